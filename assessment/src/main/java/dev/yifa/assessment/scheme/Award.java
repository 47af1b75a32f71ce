package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An award of a scheme: the units ranked {@code topN} or better (units tied at the border all
 * qualify), not vetoed, and graded at least {@code minGrade} receive it, e.g. the rotating trophy
 * (流动红旗) for the top three, recorded in the year's book. Immutable and thread-safe.
 *
 * @param id the award's id
 * @param name the award's Chinese name
 * @param topN the lowest rank that qualifies, positive
 * @param minGrade the id of the lowest grade that qualifies, or null for any
 * @param recordedIn where the award is recorded, e.g. {@code 年度法治政府建设工作汇编}, or null
 * @since 0.1
 */
public record Award(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) int topN,
    @Nullable String minGrade,
    @Nullable String recordedIn) {
  /** Validates the components. */
  public Award {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(topN > 0, "topN must be positive: %s", topN);
  }
}
