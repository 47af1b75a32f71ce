package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The local holidays of one province-level division, laid over the national calendar: for
 * example the 壮族三月三 holiday that the Guangxi Zhuang Autonomous Region (450000) gives under its own
 * measures (《全国年节及纪念日放假办法》 art. 4 lets autonomous regions set days off for local ethnic
 * festivals).
 *
 * <p>An overlay's days off and working days win over the national ones on the same date. An
 * overlay covers only the years it lists: the regional calendar knows a year only when both the
 * national data and the overlay have it, so that a missing local notice is an error, not a silent
 * national answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param division the province-level division code (GB/T 2260), six digits ending in {@code 0000},
 *     e.g. {@code 450000}
 * @param name the division's name, e.g. {@code 广西壮族自治区}
 * @param years the years the overlay covers, consecutive, in any order, at least one
 * @since 0.1
 */
public record RegionOverlay(String division, String name, List<CalendarYear> years) {

  /** Validates the overlay and copies the list of years. */
  public RegionOverlay {
    checkNotNull(division, "division");
    checkNotNull(name, "name");
    checkArgument(
        division.matches("[1-9][0-9]0000"),
        "division must be a province-level code of six digits ending in 0000: '%s'",
        division);
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    years = DayPlans.sortedConsecutive(years, "years of region " + division);
    DayPlans.checkNoConflicts(years.stream().flatMap(y -> y.holidays().stream()).toList());
  }
}
