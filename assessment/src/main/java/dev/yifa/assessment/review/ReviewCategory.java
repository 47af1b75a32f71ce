package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One category of a review scheme (主体合法, 程序合法, 文书规范 …) with the points it carries. Deductions
 * within a category stop at zero ("扣完为止，不计负分", practice.md §1.2). Immutable and thread-safe.
 *
 * @param id the category's stable id, e.g. {@code PROCEDURE}
 * @param name the Chinese name, e.g. {@code 程序合法}
 * @param nameEn the English name, or null
 * @param points the points the category carries, positive
 * @since 0.1
 */
public record ReviewCategory(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String name,
    @Nullable String nameEn,
    @JsonProperty(required = true) BigDecimal points) {

  /** Validates the components. */
  public ReviewCategory {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(points, "points");
    checkArgument(points.signum() > 0, "points must be positive: %s", points);
  }
}
