package dev.yifa.core.profile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * An amount that a value reaches or exceeds, with the statute's own choice of bound: {@code 以上}
 * ("3,000 or more", inclusive) or {@code 超过} ("more than 1,000", exclusive). Rules compare with
 * {@link #isReachedBy(BigDecimal)} so that the bound is never mistaken. Immutable and thread-safe.
 *
 * @param amount the amount in yuan, not negative
 * @param inclusive true if the amount itself reaches the threshold (≥), false if only more does (&gt;)
 * @since 0.1
 */
public record Threshold(BigDecimal amount, boolean inclusive) {
  /** Validates the components. */
  public Threshold {
    checkNotNull(amount, "amount");
    checkArgument(amount.signum() >= 0, "amount must not be negative: %s", amount);
  }

  /**
   * A threshold reached by the amount and more ({@code 以上}, ≥).
   *
   * @param amount the amount in yuan
   * @return the threshold
   */
  public static Threshold atLeast(BigDecimal amount) {
    return new Threshold(amount, true);
  }

  /**
   * A threshold reached only by more than the amount ({@code 超过}, &gt;).
   *
   * @param amount the amount in yuan
   * @return the threshold
   */
  public static Threshold moreThan(BigDecimal amount) {
    return new Threshold(amount, false);
  }

  /**
   * Tells whether a value reaches the threshold.
   *
   * @param value the value in yuan
   * @return {@code value >= amount} if inclusive, {@code value > amount} otherwise
   */
  public boolean isReachedBy(BigDecimal value) {
    checkNotNull(value, "value");
    int c = value.compareTo(amount);
    return inclusive ? c >= 0 : c > 0;
  }

  /**
   * Renders the threshold, e.g. {@code ≥3000} or {@code >1000}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (inclusive ? "≥" : ">") + amount.toPlainString();
  }
}
