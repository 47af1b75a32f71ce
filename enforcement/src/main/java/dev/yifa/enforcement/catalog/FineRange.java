package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yifa.core.money.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A closed range of fines in yuan, either side possibly open (unbounded). Immutable and thread-safe.
 *
 * @param min the lowest fine, or null for no lower bound
 * @param max the highest fine, or null for no upper bound
 * @since 0.1
 */
public record FineRange(@Nullable Money min, @Nullable Money max) {

  /** The range with no bounds. */
  public static final FineRange UNBOUNDED = new FineRange(null, null);

  /**
   * Validates the bounds.
   *
   * @throws IllegalArgumentException if min is above max
   */
  public FineRange {
    checkArgument(min == null || max == null || !min.isGreaterThan(max), "min %s is above max %s", min, max);
  }

  /**
   * Makes the range of a benchmark or a statute for one case: multiples of the illegal gains when
   * the case has gains and the range sets multiples, else the amount range.
   *
   * @param min the lowest amount, or null
   * @param max the highest amount, or null
   * @param multipleMin the lowest multiple of the gains, or null
   * @param multipleMax the highest multiple of the gains, or null
   * @param gains the case's illegal gains, or null if none
   * @return the range
   */
  static FineRange of(
      @Nullable Money min,
      @Nullable Money max,
      @Nullable BigDecimal multipleMin,
      @Nullable BigDecimal multipleMax,
      @Nullable Money gains) {
    if (gains != null && !gains.isZero() && (multipleMin != null || multipleMax != null)) {
      return new FineRange(
          multipleMin == null ? null : gains.times(multipleMin),
          multipleMax == null ? null : gains.times(multipleMax));
    }
    return new FineRange(min, max);
  }

  /**
   * Tells whether a fine lies in the range.
   *
   * @param fine the fine
   * @return true if {@code min <= fine <= max} on the sides that are bounded
   */
  public boolean contains(Money fine) {
    return !notReachedBy(fine) && !exceededBy(fine);
  }

  /**
   * Tells whether a fine exceeds the upper bound.
   *
   * @param fine the fine
   * @return true if bounded above and {@code fine > max}
   */
  public boolean exceededBy(Money fine) {
    return max != null && fine.isGreaterThan(max);
  }

  /**
   * Tells whether a fine is under the lower bound.
   *
   * @param fine the fine
   * @return true if bounded below and {@code fine < min}
   */
  public boolean notReachedBy(Money fine) {
    return min != null && fine.isLessThan(min);
  }

  /**
   * Renders the range for messages.
   *
   * @return e.g. {@code 100000.00–200000.00}, with {@code …} for an open side
   */
  public String toText() {
    return (min == null ? "…" : min.toPlainString()) + "–" + (max == null ? "…" : max.toPlainString());
  }
}
