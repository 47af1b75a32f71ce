package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/** Checks shared by the calendar's data records. Not API. */
final class DayPlans {
  private DayPlans() {}

  /** Returns the years sorted, after checking there is at least one and they are consecutive. */
  static List<CalendarYear> sortedConsecutive(List<CalendarYear> years, String what) {
    List<CalendarYear> sorted =
        years.stream().sorted(Comparator.comparingInt(CalendarYear::year)).toList();
    checkArgument(!sorted.isEmpty(), "%s must not be empty", what);
    for (int i = 1; i < sorted.size(); i++) {
      int previous = sorted.get(i - 1).year();
      int year = sorted.get(i).year();
      checkArgument(year != previous, "%s: year %s listed twice", what, year);
      checkArgument(
          year == previous + 1,
          "%s must be consecutive: %s is followed by %s",
          what,
          previous,
          year);
    }
    return sorted;
  }

  /** Checks that no date is listed twice, as a day off or as a working day. */
  static void checkNoConflicts(List<Holiday> holidays) {
    var seen = new HashMap<LocalDate, String>();
    for (Holiday h : holidays) {
      for (LocalDate day : h.daysOff()) {
        String before = seen.put(day, h.name() + " (day off)");
        checkArgument(
            before == null, "%s is listed twice: %s and %s (day off)", day, before, h.name());
      }
      for (LocalDate day : h.workingDays()) {
        String before = seen.put(day, h.name() + " (working day)");
        checkArgument(
            before == null, "%s is listed twice: %s and %s (working day)", day, before, h.name());
      }
    }
  }
}
