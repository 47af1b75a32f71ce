package dev.yifa.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.yifa.core.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for {@link Money}, at fen precision.
 *
 * @since 0.1
 */
public final class MoneyGens {
  private MoneyGens() {}

  /**
   * Generates amounts from {@code min} to {@code max}, both included, to the fen, shrinking toward
   * {@code min}.
   *
   * @param min the smallest amount
   * @param max the largest amount, not below {@code min}
   * @return the generator
   */
  public static Gen<Money> between(Money min, Money max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    checkArgument(!max.isLessThan(min), "max must not be below min: %s < %s", max, min);
    return SourceDSL.longs().between(min.toFen(), max.toFen()).map(Money::ofFen);
  }

  /**
   * Generates amounts the size of administrative fines: 0.00 to 10,000,000.00 yuan.
   *
   * @return the generator
   */
  public static Gen<Money> fines() {
    return between(Money.ZERO, Money.ofYuan(10_000_000));
  }

  /**
   * Generates whole-yuan amounts from {@code minYuan} to {@code maxYuan}.
   *
   * @param minYuan the smallest amount in yuan, 0 or more
   * @param maxYuan the largest amount in yuan, not below {@code minYuan}
   * @return the generator
   */
  public static Gen<Money> wholeYuan(long minYuan, long maxYuan) {
    checkArgument(minYuan >= 0 && maxYuan >= minYuan, "need 0 <= minYuan <= maxYuan: %s, %s", minYuan, maxYuan);
    return SourceDSL.longs().between(minYuan, maxYuan).map(Money::ofYuan);
  }

  /**
   * Generates any amount from zero to {@link Money#MAX}.
   *
   * @return the generator
   */
  public static Gen<Money> any() {
    return between(Money.ZERO, Money.MAX);
  }
}
