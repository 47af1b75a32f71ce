package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A defect seen across a batch: the rule id (or the reviewer's reason) behind it, its category and
 * reason, how many files it cost points, and the points it cost in all. Immutable and thread-safe.
 *
 * @param key the rule id, or {@code reviewer: <reason>} for a reviewer's mark
 * @param category the category id
 * @param reason the reason of the first deduction seen
 * @param files the number of files with the defect
 * @param points the points it took off in all the files, after flooring
 * @since 0.1
 */
public record DefectCount(String key, String category, String reason, int files, BigDecimal points) {
  /** Validates the components. */
  public DefectCount {
    checkNotNull(key, "key");
    checkNotNull(category, "category");
    checkNotNull(reason, "reason");
    checkNotNull(points, "points");
  }
}
