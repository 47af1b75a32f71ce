package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.rule.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One deduction in a file's score, with what lies behind it: the finding (rule id, severity,
 * citation texts, paths) and the scheme item that priced it, or the reviewer's mark. Immutable and
 * thread-safe.
 *
 * @param category the id of the category the points came off
 * @param points the points the item or mark takes off
 * @param applied the points actually taken off, less than {@code points} when the category had
 *     fewer left (deductions stop at zero)
 * @param reason the scheme's or the reviewer's reason
 * @param item the scheme item that priced a finding: its rule glob, {@code defaultDeduction} or
 *     {@code warningDeduction}; null for a reviewer's mark
 * @param ruleId the id of the rule behind the finding, or null for a reviewer's mark
 * @param severity the finding's severity, or null for a reviewer's mark
 * @param citations the Chinese texts of the finding's citations, empty for a reviewer's mark
 * @param paths the JSON pointers the finding names, possibly empty
 * @param reviewer who marked, or null
 * @param veto the veto this deduction carries, or null
 * @since 0.1
 */
public record Deduction(
    String category,
    BigDecimal points,
    BigDecimal applied,
    String reason,
    @Nullable String item,
    @Nullable String ruleId,
    @Nullable Severity severity,
    List<String> citations,
    List<String> paths,
    @Nullable String reviewer,
    @Nullable Veto veto) {

  /** Validates the components and copies the lists. */
  public Deduction {
    checkNotNull(category, "category");
    checkNotNull(points, "points");
    checkNotNull(applied, "applied");
    checkNotNull(reason, "reason");
    checkArgument(applied.compareTo(points) <= 0, "applied must not exceed points: %s > %s", applied, points);
    citations = List.copyOf(checkNotNull(citations, "citations"));
    paths = List.copyOf(checkNotNull(paths, "paths"));
  }

  /**
   * Tells whether a finding lies behind the deduction (rather than a reviewer's mark).
   *
   * @return true for a finding
   */
  public boolean fromFinding() {
    return ruleId != null;
  }
}
