package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of a holiday arrangement: the notice that set it and its holidays. A year with no
 * holidays (a region whose local holiday falls on a weekend, say) has an empty list.
 *
 * <p>Days set by a year's notice usually fall in that year, but may spill into a neighbouring one
 * (the 2012 notice made 2011-12-31 a working day), so dates up to one year either side are
 * accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the calendar year, 1949 to 9999
 * @param source the notice that set the year's holidays
 * @param holidays the holidays, in any order
 * @since 0.1
 */
public record CalendarYear(int year, Notice source, List<Holiday> holidays) {

  /** Validates the year and copies the list of holidays. */
  public CalendarYear {
    checkArgument(year >= 1949 && year <= 9999, "year must be from 1949 to 9999: %s", year);
    checkNotNull(source, "source");
    holidays = List.copyOf(holidays);
    for (Holiday h : holidays) {
      checkNear(year, h.firstDayOff());
      checkNear(year, h.lastDayOff());
      h.workingDays().forEach(d -> checkNear(year, d));
    }
    DayPlans.checkNoConflicts(holidays);
  }

  private static void checkNear(int year, LocalDate day) {
    checkArgument(
        Math.abs(day.getYear() - year) <= 1,
        "date %s is too far from the year %s it was given for",
        day,
        year);
  }
}
