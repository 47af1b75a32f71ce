package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The deduction for a finding whose rule no deduction item names. Immutable and thread-safe.
 *
 * @param category the id of the category the points come off
 * @param points the points taken off, not negative
 * @since 0.1
 */
public record DefaultDeduction(
    @JsonProperty(required = true) String category,
    @JsonProperty(required = true) BigDecimal points) {

  /** Validates the components. */
  public DefaultDeduction {
    checkNotNull(category, "category");
    checkNotNull(points, "points");
    checkArgument(points.signum() >= 0, "points must not be negative: %s", points);
  }
}
