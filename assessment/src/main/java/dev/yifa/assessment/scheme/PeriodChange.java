package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The changes of every unit from one period to the next. Immutable and thread-safe.
 *
 * @param from the earlier period
 * @param to the later period
 * @param units one change per unit of the later period, in its rank order
 * @since 0.1
 */
public record PeriodChange(String from, String to, List<UnitChange> units) {
  /** Validates the components and copies the list. */
  public PeriodChange {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    units = List.copyOf(checkNotNull(units, "units"));
  }
}
