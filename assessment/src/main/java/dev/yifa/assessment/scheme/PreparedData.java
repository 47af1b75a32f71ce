package dev.yifa.assessment.scheme;

import java.util.List;

/**
 * Assessment data checked against one scorer's scheme and laid out for fast scoring: every datum
 * in fixed point, every graded level resolved. Made by {@link AssessmentScorer#prepare}; scoring it
 * again and again costs no parsing. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PreparedData {
  final AssessmentScorer scorer;
  final AssessmentData data;
  final int units;
  /** Per unit × leaf: numerator, value, count, yes (1/0) or level index, in fixed point where decimal. */
  final long[] a;
  /** Per unit × leaf: the denominator of a ratio, in fixed point. */
  final long[] b;
  final boolean[] present;

  PreparedData(AssessmentScorer scorer, AssessmentData data, long[] a, long[] b, boolean[] present) {
    this.scorer = scorer;
    this.data = data;
    this.units = data.units().size();
    this.a = a;
    this.b = b;
    this.present = present;
  }

  /**
   * Returns the data this was prepared from.
   *
   * @return the data
   */
  public AssessmentData data() {
    return data;
  }

  /**
   * Returns the units, in the data's order.
   *
   * @return the units
   */
  public List<UnitData> units() {
    return data.units();
  }
}
