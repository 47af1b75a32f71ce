package dev.yifa.assessment.scheme;

/**
 * What a veto indicator does to a unit's result when it occurred (practice.md §3.3: Xinyang's
 * "当年行政执法责任目标未完成").
 *
 * @since 0.1
 */
public enum VetoEffect {
  /** The unit's total becomes zero and it takes the lowest grade; it ranks last and wins no award. */
  FAIL,
  /** The unit keeps its total but cannot take the top grade. */
  NO_EXCELLENT
}
