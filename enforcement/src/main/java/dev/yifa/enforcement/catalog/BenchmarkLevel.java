package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One circumstance level (阶次) of a discretion benchmark: its name, the fine range it allows (an
 * amount range, a range of multiples of the illegal gains, or both), and the circumstances that put
 * a case in it. A level may be a no-penalty level (不予处罚 / 免予处罚) or a mitigation band (减轻), which
 * alone may go below the statutory minimum (行政处罚法第三十二条; reference/practice.md §6.2–6.3).
 *
 * <p>Level names are data: UPPER_SNAKE words, e.g. {@link #MINOR}, {@link #GENERAL}, {@link
 * #SERIOUS}, {@link #PARTICULARLY_SERIOUS} as FORMATS.md's {@code discretion.level} uses them, or
 * {@code MORE_SERIOUS}, {@code LENIENT}, {@code MITIGATED} for other schemes. Immutable and
 * thread-safe.
 *
 * @param level the level's name, UPPER_SNAKE
 * @param min the lowest fine in yuan, if the level sets one
 * @param max the highest fine in yuan, if the level sets one
 * @param gainsMultipleMin the lowest fine as a multiple of the illegal gains, if set
 * @param gainsMultipleMax the highest fine as a multiple of the illegal gains, if set
 * @param noPenalty whether the level imposes no penalty (不予处罚); then it sets no range
 * @param mitigated whether the level is a mitigation band (减轻), allowed below the statutory minimum
 * @param circumstances the circumstances (情节) that put a case in this level
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BenchmarkLevel(
    @JsonProperty(required = true) String level,
    @Nullable Money min,
    @Nullable Money max,
    @Nullable BigDecimal gainsMultipleMin,
    @Nullable BigDecimal gainsMultipleMax,
    @Nullable Boolean noPenalty,
    @Nullable Boolean mitigated,
    List<String> circumstances) {

  /** 轻微. */
  public static final String MINOR = "MINOR";
  /** 一般. */
  public static final String GENERAL = "GENERAL";
  /** 严重. */
  public static final String SERIOUS = "SERIOUS";
  /** 特别严重. */
  public static final String PARTICULARLY_SERIOUS = "PARTICULARLY_SERIOUS";

  static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the name is not UPPER_SNAKE, a minimum exceeds its
   *     maximum, a multiple is negative, or a no-penalty level sets a range
   */
  public BenchmarkLevel {
    checkNotNull(level, "level");
    checkArgument(NAME.matcher(level).matches(), "level must be UPPER_SNAKE: '%s'", level);
    checkArgument(
        min == null || max == null || !min.isGreaterThan(max),
        "level %s: min %s is above max %s",
        level,
        min,
        max);
    checkArgument(gainsMultipleMin == null || gainsMultipleMin.signum() >= 0, "gainsMultipleMin must not be negative: %s", gainsMultipleMin);
    checkArgument(gainsMultipleMax == null || gainsMultipleMax.signum() >= 0, "gainsMultipleMax must not be negative: %s", gainsMultipleMax);
    checkArgument(
        gainsMultipleMin == null || gainsMultipleMax == null || gainsMultipleMin.compareTo(gainsMultipleMax) <= 0,
        "level %s: gainsMultipleMin %s is above gainsMultipleMax %s",
        level,
        gainsMultipleMin,
        gainsMultipleMax);
    checkArgument(
        !Boolean.TRUE.equals(noPenalty)
            || (min == null && max == null && gainsMultipleMin == null && gainsMultipleMax == null),
        "level %s: a no-penalty level sets no fine range",
        level);
    if (circumstances == null) {
      circumstances = List.of();
    } else {
      circumstances.forEach(c -> checkNotNull(c, "circumstances"));
      circumstances = List.copyOf(circumstances);
    }
  }

  /**
   * Creates a level with an amount range.
   *
   * @param level the name
   * @param min the lowest fine
   * @param max the highest fine
   * @return the level
   */
  public static BenchmarkLevel ofAmounts(String level, Money min, Money max) {
    return new BenchmarkLevel(level, min, max, null, null, null, null, List.of());
  }

  /**
   * Tells whether the level imposes no penalty.
   *
   * @return true for a 不予处罚 level
   */
  public boolean imposesNoPenalty() {
    return Boolean.TRUE.equals(noPenalty);
  }

  /**
   * Tells whether the level is a mitigation (减轻) band.
   *
   * @return true if tagged {@code mitigated}
   */
  public boolean mitigationBand() {
    return Boolean.TRUE.equals(mitigated);
  }

  /**
   * Returns the fine range this level allows for a case.
   *
   * @param illegalGains the illegal gains of the case, or null if there are none or they are unknown
   * @return the range; unbounded on a side the level does not set
   */
  public FineRange rangeFor(@Nullable Money illegalGains) {
    if (imposesNoPenalty()) {
      return new FineRange(Money.ZERO, Money.ZERO);
    }
    return FineRange.of(min, max, gainsMultipleMin, gainsMultipleMax, illegalGains);
  }
}
