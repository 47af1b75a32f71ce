package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One deduction within an indicator's score: the reason, the points it took off, and the data item
 * behind it. Immutable and thread-safe.
 *
 * @param reason why the points came off
 * @param points the points taken off, after the cap
 * @param item the data item behind it (e.g. the document filed late), or null
 * @since 0.1
 */
public record ItemDeduction(String reason, BigDecimal points, @Nullable String item) {
  /** Validates the components. */
  public ItemDeduction {
    checkNotNull(reason, "reason");
    checkNotNull(points, "points");
  }
}
