package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A unit's change from one period to the next. Immutable and thread-safe.
 *
 * @param unitId the unit's id
 * @param unitName the unit's name in the later period
 * @param previousTotal the earlier total, or null if the unit was not assessed then
 * @param currentTotal the later total
 * @param delta {@code currentTotal - previousTotal}, or null
 * @param previousRank the earlier rank, or null
 * @param currentRank the later rank
 * @param rankChange places gained (positive means moved up), or null
 * @param previousGrade the earlier grade id, or null
 * @param currentGrade the later grade id
 * @since 0.1
 */
public record UnitChange(
    String unitId,
    String unitName,
    @Nullable BigDecimal previousTotal,
    BigDecimal currentTotal,
    @Nullable BigDecimal delta,
    @Nullable Integer previousRank,
    int currentRank,
    @Nullable Integer rankChange,
    @Nullable String previousGrade,
    String currentGrade) {
  /** Validates the components. */
  public UnitChange {
    checkNotNull(unitId, "unitId");
    checkNotNull(unitName, "unitName");
    checkNotNull(currentTotal, "currentTotal");
    checkNotNull(currentGrade, "currentGrade");
  }
}
