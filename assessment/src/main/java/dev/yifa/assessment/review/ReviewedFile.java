package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.rule.Report;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One case file to review in a batch: its report, the reviewer's marks and its unit. Immutable and
 * thread-safe.
 *
 * @param report the report of the file's check
 * @param marks the reviewer's marks, possibly empty
 * @param unit the unit (agency) the file belongs to, or null if unknown
 * @since 0.1
 */
public record ReviewedFile(Report report, List<ReviewerMark> marks, @Nullable String unit) {
  /** Validates the components and copies the marks. */
  public ReviewedFile {
    checkNotNull(report, "report");
    marks = List.copyOf(checkNotNull(marks, "marks"));
  }

  /**
   * Creates a file without marks.
   *
   * @param report the report
   * @param unit the unit, or null
   * @return the file
   */
  public static ReviewedFile of(Report report, @Nullable String unit) {
    return new ReviewedFile(report, List.of(), unit);
  }
}
