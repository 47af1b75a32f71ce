package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A category's result in a file's score: its points, what came off (floored at the points) and
 * what remains. Immutable and thread-safe.
 *
 * @param id the category id
 * @param name the category's Chinese name
 * @param points the points the category carries
 * @param deducted the points taken off, at most {@code points}
 * @param score {@code points - deducted}
 * @since 0.1
 */
public record CategoryScore(String id, String name, BigDecimal points, BigDecimal deducted, BigDecimal score) {
  /** Validates the components. */
  public CategoryScore {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(points, "points");
    checkNotNull(deducted, "deducted");
    checkNotNull(score, "score");
  }
}
