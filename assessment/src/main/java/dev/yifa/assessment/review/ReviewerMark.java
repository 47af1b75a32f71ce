package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's mark for what software cannot see, such as the quality of a decision's reasoning
 * (说理): points off a category, the reason, and optionally a veto. Immutable and thread-safe.
 *
 * @param category the id of the category the points come off
 * @param points the points taken off, not negative
 * @param reason why, in the reviewer's words
 * @param veto the veto the mark carries, or null
 * @param reviewer who marked, or null
 * @since 0.1
 */
public record ReviewerMark(
    @JsonProperty(required = true) String category,
    @JsonProperty(required = true) BigDecimal points,
    @JsonProperty(required = true) String reason,
    @Nullable Veto veto,
    @Nullable String reviewer) {

  /** Validates the components. */
  public ReviewerMark {
    checkNotNull(category, "category");
    checkNotNull(points, "points");
    checkNotNull(reason, "reason");
    checkArgument(points.signum() >= 0, "points must not be negative: %s", points);
  }

  /**
   * Creates a mark without veto or reviewer name.
   *
   * @param category the category id
   * @param points the points taken off
   * @param reason why
   * @return the mark
   */
  public static ReviewerMark of(String category, BigDecimal points, String reason) {
    return new ReviewerMark(category, points, reason, null, null);
  }
}
