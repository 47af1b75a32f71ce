package dev.yifa.assessment.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's datum for one indicator; which fields count depends on the indicator's kind: {@code
 * numerator} and {@code denominator} (RATIO), {@code value} (VALUE), {@code count} or {@code items}
 * (COUNT; each item describes one thing counted, e.g. a document filed late), {@code yes} (YES_NO,
 * VETO), {@code level} (GRADED). Immutable and thread-safe.
 *
 * @param numerator the ratio's numerator, e.g. documents filed on time
 * @param denominator the ratio's denominator, e.g. documents issued
 * @param value the value, e.g. average training hours per officer
 * @param count the number of items counted
 * @param items the items counted, described; when given, their number is the count
 * @param yes whether the thing happened or is in place
 * @param level the level reached
 * @param note where the datum comes from, or null
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IndicatorValue(
    @Nullable BigDecimal numerator,
    @Nullable BigDecimal denominator,
    @Nullable BigDecimal value,
    @Nullable Integer count,
    @Nullable List<String> items,
    @Nullable Boolean yes,
    @Nullable String level,
    @Nullable String note) {

  /** Copies the items. */
  public IndicatorValue {
    items = items == null ? null : List.copyOf(items);
  }

  /**
   * Creates a ratio datum.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the datum
   */
  public static IndicatorValue ratio(long numerator, long denominator) {
    return new IndicatorValue(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null, null, null, null, null, null);
  }

  /**
   * Creates a value datum.
   *
   * @param value the value
   * @return the datum
   */
  public static IndicatorValue of(BigDecimal value) {
    return new IndicatorValue(null, null, value, null, null, null, null, null);
  }

  /**
   * Creates a count datum.
   *
   * @param count the count
   * @return the datum
   */
  public static IndicatorValue count(int count) {
    return new IndicatorValue(null, null, null, count, null, null, null, null);
  }

  /**
   * Creates a yes/no datum.
   *
   * @param yes whether
   * @return the datum
   */
  public static IndicatorValue yes(boolean yes) {
    return new IndicatorValue(null, null, null, null, null, yes, null, null);
  }

  /**
   * Creates a level datum.
   *
   * @param level the level
   * @return the datum
   */
  public static IndicatorValue level(String level) {
    return new IndicatorValue(null, null, null, null, null, null, level, null);
  }
}
