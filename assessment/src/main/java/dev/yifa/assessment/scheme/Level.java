package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A level of a graded indicator and its points. Immutable and thread-safe.
 *
 * @param level the level's id, e.g. {@code A}
 * @param points the points the level earns, not negative
 * @param description what the level means, or null
 * @since 0.1
 */
public record Level(
    @JsonProperty(required = true) String level,
    @JsonProperty(required = true) BigDecimal points,
    @Nullable String description) {
  /** Validates the components. */
  public Level {
    checkNotNull(level, "level");
    checkNotNull(points, "points");
    checkArgument(points.signum() >= 0, "points must not be negative: %s", points);
  }
}
