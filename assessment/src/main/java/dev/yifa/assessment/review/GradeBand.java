package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One grade of a scheme (优秀, 良好, 合格, 不合格) and the lowest score that earns it. Immutable and
 * thread-safe.
 *
 * @param id the grade's stable id, e.g. {@code EXCELLENT}
 * @param name the grade's Chinese name, e.g. {@code 优秀}
 * @param nameEn the English name, or null
 * @param min the lowest score (inclusive) that earns the grade, not negative
 * @since 0.1
 */
public record GradeBand(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String name,
    @Nullable String nameEn,
    @JsonProperty(required = true) BigDecimal min) {

  /** Validates the components. */
  public GradeBand {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(min, "min");
    checkArgument(min.signum() >= 0, "min must not be negative: %s", min);
  }

  /**
   * Returns the name in English if the scheme gives one, else the Chinese name.
   *
   * @return the display name
   */
  public String englishName() {
    return nameEn != null ? nameEn : name;
  }
}
