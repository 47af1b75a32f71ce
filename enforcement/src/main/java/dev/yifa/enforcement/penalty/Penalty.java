package dev.yifa.enforcement.penalty;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One penalty proposed or imposed: {@code {"kind": "FINE", "amount": 5000}}. Immutable.
 *
 * @param kind the kind of penalty
 * @param amount the amount in yuan for fines and confiscations; absent for the other kinds
 * @param businessLicence for {@link PenaltyKind#REVOKE_LICENCE}: whether the licence revoked is a
 *     business licence (营业执照), which a local regulation may not revoke (optional, beyond
 *     FORMATS)
 * @since 0.1
 */
public record Penalty(PenaltyKind kind, @Nullable Money amount, @Nullable Boolean businessLicence) {
  /** Validates the components. */
  public Penalty {
    checkNotNull(kind, "kind");
  }

  /**
   * Creates a penalty without an amount.
   *
   * @param kind the kind
   * @return the penalty
   */
  public static Penalty of(PenaltyKind kind) {
    return new Penalty(kind, null, null);
  }

  /**
   * Creates a penalty with an amount.
   *
   * @param kind the kind
   * @param amount the amount
   * @return the penalty
   */
  public static Penalty of(PenaltyKind kind, Money amount) {
    checkNotNull(amount, "amount");
    return new Penalty(kind, amount, null);
  }

  /**
   * Returns the amount, or zero.
   *
   * @return the amount, zero when absent
   */
  public Money amountOrZero() {
    return amount == null ? Money.ZERO : amount;
  }

  /**
   * Tells whether a revoked licence is a business licence.
   *
   * @return true only if {@code businessLicence} is true
   */
  public boolean revokesBusinessLicence() {
    return kind == PenaltyKind.REVOKE_LICENCE && Boolean.TRUE.equals(businessLicence);
  }
}
