package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's result for a period with its explanation: rank, total, grade, vetoes, awards, group
 * subtotals and every indicator's score. Immutable and thread-safe.
 *
 * @param rank the unit's rank, 1 for the best; equal totals share a rank
 * @param unitId the unit's id
 * @param unitName the unit's name
 * @param total the total, scale 2 (0 when a FAIL veto applies)
 * @param grade the grade id
 * @param gradeName the grade's Chinese name
 * @param vetoes the vetoes that occurred, as {@code <indicator id>: <effect>}
 * @param awards the names of the awards the unit receives
 * @param formula how the total and grade were reached
 * @param groups the group subtotals, depth first
 * @param indicators every leaf indicator's score, depth first
 * @since 0.1
 */
public record UnitScore(
    int rank,
    String unitId,
    String unitName,
    BigDecimal total,
    String grade,
    String gradeName,
    List<String> vetoes,
    List<String> awards,
    String formula,
    List<GroupScore> groups,
    List<IndicatorScore> indicators) {
  /** Validates the components and copies the lists. */
  public UnitScore {
    checkNotNull(unitId, "unitId");
    checkNotNull(unitName, "unitName");
    checkNotNull(total, "total");
    checkNotNull(grade, "grade");
    checkNotNull(gradeName, "gradeName");
    checkNotNull(formula, "formula");
    vetoes = List.copyOf(checkNotNull(vetoes, "vetoes"));
    awards = List.copyOf(checkNotNull(awards, "awards"));
    groups = List.copyOf(checkNotNull(groups, "groups"));
    indicators = List.copyOf(checkNotNull(indicators, "indicators"));
  }
}
