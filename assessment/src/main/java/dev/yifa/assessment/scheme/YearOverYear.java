package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Year-over-year change between two results of the same units: totals, ranks and grades. Units
 * match by id. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class YearOverYear {
  private YearOverYear() {}

  /**
   * Compares two periods.
   *
   * @param previous the earlier result
   * @param current the later result
   * @return one change per unit of the later result, in its rank order
   */
  public static List<UnitChange> compare(AssessmentResult previous, AssessmentResult current) {
    checkNotNull(previous, "previous");
    checkNotNull(current, "current");
    List<UnitChange> out = new ArrayList<>();
    for (UnitScore now : current.units()) {
      Optional<UnitScore> before = previous.unit(now.unitId());
      out.add(new UnitChange(
          now.unitId(),
          now.unitName(),
          before.map(UnitScore::total).orElse(null),
          now.total(),
          before.map(b -> now.total().subtract(b.total())).orElse(null),
          before.map(UnitScore::rank).orElse(null),
          now.rank(),
          before.map(b -> b.rank() - now.rank()).orElse(null),
          before.map(UnitScore::grade).orElse(null),
          now.grade()));
    }
    return List.copyOf(out);
  }
}
