package dev.yifa.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.internal.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact, non-negative amount of money in yuan, to the fen (0.01 yuan): a fine, a surcharge, a
 * threshold. Amounts in Yifa's documents are never negative, so neither is a {@code Money}: {@link
 * #minus(Money)} refuses to go below zero and {@link #minusOrZero(Money)} stops at zero. The largest
 * amount is {@link #MAX} (10¹³ yuan).
 *
 * <p>Equality is by amount: {@code 50000} and {@code 50000.00} are the same {@code Money}.
 *
 * <p>JSON: reads a number ({@code 50000}, {@code 50000.5}) or a decimal string ({@code
 * "50000.00"}); writes a string with two decimals ({@code "200000.00"}), as report values show, so
 * that no reader turns it into a binary floating-point number. Both forms round-trip. Schema: {@code
 * /schemas/money.schema.json}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@JsonSerialize(using = MoneyJson.Serializer.class)
@JsonDeserialize(using = MoneyJson.Deserializer.class)
public final class Money implements Comparable<Money> {
  private static final long MAX_FEN = 1_000_000_000_000_000L; // 10^13 yuan
  private static final long FEN_PER_WAN = 1_000_000L;
  private static final long FEN_PER_YI = 10_000_000_000L;
  private static final int MAX_TEXT_LENGTH = 40;
  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  /** The largest amount: 10¹³ yuan (10,000,000,000,000.00). */
  public static final Money MAX = new Money(MAX_FEN);

  static final String EXPECTED =
      "an amount in yuan: a non-negative decimal with at most two places, e.g. 50000 or \"50000.00\"";

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * Returns an amount of whole yuan.
   *
   * @param yuan the amount, 0 to 10¹³
   * @return the amount
   */
  public static Money ofYuan(long yuan) {
    checkArgument(yuan >= 0 && yuan <= MAX_FEN / 100, "yuan must be between 0 and 10^13: %s", yuan);
    return new Money(yuan * 100);
  }

  /**
   * Returns an amount of fen (0.01 yuan).
   *
   * @param fen the amount in fen, 0 to 10¹⁵
   * @return the amount
   */
  public static Money ofFen(long fen) {
    checkArgument(fen >= 0 && fen <= MAX_FEN, "fen must be between 0 and 10^15: %s", fen);
    return new Money(fen);
  }

  /**
   * Returns an amount given in yuan as a decimal, which must be exact to the fen.
   *
   * @param yuan the amount, e.g. {@code 50000.00}; {@code 12.345} is refused, {@code 12.340} is not
   * @return the amount
   * @throws IllegalArgumentException if the amount is negative, finer than a fen or above {@link #MAX}
   */
  public static Money of(BigDecimal yuan) {
    checkNotNull(yuan, "yuan");
    String problem = problemWith(yuan);
    checkArgument(problem == null, "%s: %s", problem, yuan.toPlainString());
    return new Money(yuan.movePointRight(2).longValueExact());
  }

  /**
   * Reads an amount written as a plain decimal in yuan: digits, optionally a point and decimals that
   * are exact to the fen. No sign, no exponent, no grouping separators, no spaces, no {@code 万}.
   *
   * @param text e.g. {@code 50000}, {@code 50000.00}, {@code 0.5}
   * @return the amount
   * @throws InvalidInputException if the text is not such a decimal, is finer than a fen, or is above
   *     {@link #MAX}; the pointer is {@code ""} and the message shows the text
   */
  public static Money parse(String text) {
    checkNotNull(text, "text");
    String problem = problemWith(text);
    if (problem != null) {
      throw new InvalidInputException("", EXPECTED, problem);
    }
    return new Money(new BigDecimal(text).movePointRight(2).longValueExact());
  }

  /** Says why a text is not an amount, or returns null if it is one. */
  static @Nullable String problemWith(String text) {
    String shown = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) + "…" : text;
    if (text.startsWith("-")) {
      return "amounts of money must not be negative: '" + shown + "'";
    }
    if (text.length() > MAX_TEXT_LENGTH || !DECIMAL.matcher(text).matches()) {
      return "not an amount in yuan (plain decimal digits, e.g. 50000 or 50000.00): '" + shown + "'";
    }
    String problem = problemWith(new BigDecimal(text));
    return problem == null ? null : problem + ": '" + shown + "'";
  }

  private static @Nullable String problemWith(BigDecimal yuan) {
    if (yuan.signum() < 0) {
      return "amounts of money must not be negative";
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      return "amounts of money are exact to the fen (at most two decimal places)";
    }
    if (yuan.compareTo(BigDecimal.valueOf(MAX_FEN, 2)) > 0) {
      return "amount above the largest allowed (10^13 yuan)";
    }
    return null;
  }

  /**
   * Returns the amount in fen.
   *
   * @return e.g. 5000000 for 50000.00 yuan
   */
  public long toFen() {
    return fen;
  }

  /**
   * Returns the amount in yuan with scale 2.
   *
   * @return e.g. {@code 50000.00}
   */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * Tells whether this is zero.
   *
   * @return true for 0.00 yuan
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Adds an amount.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException if the sum is above {@link #MAX}
   */
  public Money plus(Money other) {
    checkNotNull(other, "other");
    long sum = fen + other.fen; // both at most 10^15: no long overflow
    if (sum > MAX_FEN) {
      throw new ArithmeticException("sum above the largest amount (10^13 yuan): " + this + " + " + other);
    }
    return new Money(sum);
  }

  /**
   * Subtracts an amount that is not larger than this one.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ArithmeticException if {@code other} is larger than this amount (money is never
   *     negative; see {@link #minusOrZero(Money)})
   */
  public Money minus(Money other) {
    checkNotNull(other, "other");
    if (other.fen > fen) {
      throw new ArithmeticException("difference would be negative: " + this + " - " + other);
    }
    return new Money(fen - other.fen);
  }

  /**
   * Subtracts an amount, stopping at zero.
   *
   * @param other the amount to subtract
   * @return the difference, or zero if {@code other} is larger
   */
  public Money minusOrZero(Money other) {
    checkNotNull(other, "other");
    return other.fen >= fen ? ZERO : new Money(fen - other.fen);
  }

  /**
   * Multiplies by a non-negative factor, rounding half up to the fen.
   *
   * @param factor e.g. {@code 3} for three times the amount, {@code 0.5} for half
   * @return the product
   * @throws ArithmeticException if the product is above {@link #MAX}
   */
  public Money times(BigDecimal factor) {
    checkNotNull(factor, "factor");
    checkArgument(factor.signum() >= 0, "factor must not be negative: %s", factor.toPlainString());
    BigDecimal product = toYuan().multiply(factor).setScale(2, RoundingMode.HALF_UP);
    if (product.compareTo(BigDecimal.valueOf(MAX_FEN, 2)) > 0) {
      throw new ArithmeticException("product above the largest amount (10^13 yuan): " + this + " × " + factor.toPlainString());
    }
    return new Money(product.movePointRight(2).longValueExact());
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the factor, 0 or more
   * @return the product
   * @throws ArithmeticException if the product is above {@link #MAX}
   */
  public Money times(long factor) {
    checkArgument(factor >= 0, "factor must not be negative: %s", factor);
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * Returns a percentage of this amount, rounding half up to the fen: {@code percent(3)} of a
   * 1,000-yuan fine is 30 yuan (the daily surcharge of 行政处罚法 Art 72(1)).
   *
   * @param percent the percentage, 0 or more, e.g. {@code 3} or {@code 0.5}
   * @return the share
   * @throws ArithmeticException if the result is above {@link #MAX}
   */
  public Money percent(BigDecimal percent) {
    checkNotNull(percent, "percent");
    checkArgument(percent.signum() >= 0, "percent must not be negative: %s", percent.toPlainString());
    return times(percent.movePointLeft(2));
  }

  /**
   * Returns the larger of this and another amount.
   *
   * @param other the other amount
   * @return the larger amount
   */
  public Money max(Money other) {
    checkNotNull(other, "other");
    return fen >= other.fen ? this : other;
  }

  /**
   * Returns the smaller of this and another amount.
   *
   * @param other the other amount
   * @return the smaller amount
   */
  public Money min(Money other) {
    checkNotNull(other, "other");
    return fen <= other.fen ? this : other;
  }

  /**
   * Tells whether this amount is larger than another.
   *
   * @param other the other amount
   * @return true if strictly larger
   */
  public boolean isGreaterThan(Money other) {
    checkNotNull(other, "other");
    return fen > other.fen;
  }

  /**
   * Tells whether this amount is at least another.
   *
   * @param other the other amount
   * @return true if larger or equal
   */
  public boolean isAtLeast(Money other) {
    checkNotNull(other, "other");
    return fen >= other.fen;
  }

  /**
   * Tells whether this amount is smaller than another.
   *
   * @param other the other amount
   * @return true if strictly smaller
   */
  public boolean isLessThan(Money other) {
    checkNotNull(other, "other");
    return fen < other.fen;
  }

  /**
   * Writes the amount as a plain decimal with two places, the form reports use.
   *
   * @return e.g. {@code 200000.00}
   */
  public String toPlainString() {
    return toYuan().toPlainString();
  }

  /**
   * Writes the amount the way Chinese documents usually do: in 万元 or 亿元 when it is a whole number
   * of them, in whole 元 when it is a whole number of yuan, else with two decimals.
   *
   * @return e.g. {@code 5万元}, {@code 2亿元}, {@code 15000万元} (not 1.5亿元), {@code 3000元}, {@code
   *     1234.50元}, {@code 0元}
   */
  public String toChinese() {
    if (fen != 0 && fen % FEN_PER_YI == 0) {
      return Texts.format("%d亿元", fen / FEN_PER_YI);
    }
    if (fen != 0 && fen % FEN_PER_WAN == 0) {
      return Texts.format("%d万元", fen / FEN_PER_WAN);
    }
    if (fen % 100 == 0) {
      return Texts.format("%d元", fen / 100);
    }
    return toPlainString() + "元";
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && fen == other.fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * Returns the amount as {@link #toPlainString()} writes it.
   *
   * @return e.g. {@code 50000.00}
   */
  @Override
  public String toString() {
    return toPlainString();
  }
}
