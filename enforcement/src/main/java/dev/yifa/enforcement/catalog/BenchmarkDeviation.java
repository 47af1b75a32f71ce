package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.money.Money;
import dev.yifa.core.rule.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DiscretionBenchmarks#assess} found about one fine: its kind (which says the rule id and
 * severity a finding about it carries), and the range it was measured against. Immutable and
 * thread-safe.
 *
 * @param kind what is wrong, or worth a look
 * @param violationCode the violation code assessed
 * @param level the level assessed
 * @param fine the fine assessed
 * @param range the range the fine was measured against, or null when nothing was found to measure
 * @since 0.1
 */
public record BenchmarkDeviation(
    Kind kind, String violationCode, String level, Money fine, @Nullable FineRange range) {

  /** Validates the components. */
  public BenchmarkDeviation {
    checkNotNull(kind, "kind");
    checkNotNull(violationCode, "violationCode");
    checkNotNull(level, "level");
    checkNotNull(fine, "fine");
  }

  /**
   * Returns the severity of a finding about this deviation.
   *
   * @return the kind's severity
   */
  public Severity severity() {
    return kind.severity();
  }

  /**
   * The kinds of deviation, each the subject of one rule of {@link DiscretionRules#forFines}.
   *
   * @since 0.1
   */
  public enum Kind {
    /** No benchmark for the violation code: it cannot be assessed. */
    VIOLATION_NOT_FOUND(DiscretionRules.NOT_FOUND_ID, Severity.NOTICE),
    /** The violation's benchmark has no such level. */
    LEVEL_NOT_FOUND(DiscretionRules.NOT_FOUND_ID, Severity.NOTICE),
    /** The fine exceeds the statutory maximum: no basis for the excess. */
    ABOVE_STATUTORY_MAXIMUM(DiscretionRules.ABOVE_STATUTORY_ID, Severity.ERROR),
    /** The fine is below the statutory minimum and no ground for mitigation (减轻) is claimed. */
    BELOW_STATUTORY_MINIMUM(DiscretionRules.BELOW_STATUTORY_ID, Severity.ERROR),
    /** The fine is outside the level's range and no ground for going below it is claimed. */
    OUTSIDE_LEVEL(DiscretionRules.OUTSIDE_LEVEL_ID, Severity.ERROR),
    /** The fine is below the level's range with a ground of 行政处罚法第三十二条 claimed: check it. */
    MITIGATED_BELOW_LEVEL(DiscretionRules.MITIGATED_ID, Severity.NOTICE);

    private final String ruleId;
    private final Severity severity;

    Kind(String ruleId, Severity severity) {
      this.ruleId = ruleId;
      this.severity = severity;
    }

    /**
     * Returns the id of the rule that reports this kind.
     *
     * @return e.g. {@code APL-034-fine-outside-benchmark}
     */
    public String ruleId() {
      return ruleId;
    }

    /**
     * Returns the severity of a finding of this kind.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }
  }
}
