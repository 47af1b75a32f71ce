package dev.yifa.assessment.scheme;

/**
 * Whether more is better for a ratio or value indicator.
 *
 * @since 0.1
 */
public enum Direction {
  /** More is better (a filing rate, training hours). */
  HIGHER_IS_BETTER,
  /** Less is better (a litigation loss rate, a reconsideration correction rate). */
  LOWER_IS_BETTER
}
