package dev.yifa.assessment.card;

/**
 * How a card policy's assessment period (考核周期) runs: the window in which misconduct points add up.
 *
 * @since 0.1
 */
public enum PeriodKind {
  /** Points add up from 1 January and reset each year. */
  CALENDAR_YEAR,
  /** Points add up over the last {@code periodMonths} months, each falling away on its own. */
  ROLLING_MONTHS
}
