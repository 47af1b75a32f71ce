package dev.yifa.core.time;

/**
 * The unit in which a statute states a period.
 *
 * @since 0.1
 */
public enum PeriodUnit {
  /** Working days (工作日): weekends and statutory holidays are not counted; make-up days are. */
  WORKING_DAYS,
  /** Calendar days (日): every day counts; a last day that is not a working day moves forward. */
  DAYS,
  /** Calendar months (月), counted to the corresponding day of the last month. */
  MONTHS,
  /** Calendar years (年), counted to the corresponding day of the last year. */
  YEARS
}
