package dev.yifa.assessment.scheme;

/**
 * How an indicator turns a unit's data into points (practice.md §3.3–3.4).
 *
 * @since 0.1
 */
public enum IndicatorKind {
  /**
   * A ratio {@code numerator / denominator} against a target: full points at or beyond the target,
   * none at or beyond {@code zeroAt}, linear between. Data: {@code numerator}, {@code denominator}.
   */
  RATIO,
  /** A single value against a target, scored like {@link #RATIO}. Data: {@code value}. */
  VALUE,
  /**
   * Points minus {@code perItem} for each item counted, the deduction capped at {@code cap}
   * ("倒扣分"). Data: {@code count} or {@code items}.
   */
  COUNT,
  /** Full points for yes, none for no. Data: {@code yes}. */
  YES_NO,
  /** The points of the level reached. Data: {@code level}. */
  GRADED,
  /** Carries no points; if it occurred, the unit's result is vetoed. Data: {@code yes}. */
  VETO
}
