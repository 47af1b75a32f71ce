package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A unit's subtotal on a group of indicators. Immutable and thread-safe.
 *
 * @param path the path of indicator ids, e.g. {@code /enforcement}
 * @param name the group's Chinese name
 * @param points the points the group carries
 * @param score the sum of its leaves' scores, scale 2
 * @since 0.1
 */
public record GroupScore(String path, String name, BigDecimal points, BigDecimal score) {
  /** Validates the components. */
  public GroupScore {
    checkNotNull(path, "path");
    checkNotNull(name, "name");
    checkNotNull(points, "points");
    checkNotNull(score, "score");
  }
}
