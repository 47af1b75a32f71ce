package dev.yifa.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for dates on a {@link WorkingDayCalendar}: dates inside the years the
 * calendar knows, start dates from which a count of working days stays inside, working days and
 * holidays. The methods without a calendar use {@link WorkingDayCalendar#china()}.
 *
 * <p>Every generator shrinks toward the calendar's first day.
 *
 * @since 0.1
 */
public final class CalendarGens {
  private CalendarGens() {}

  /**
   * Generates dates in the years the bundled calendar knows.
   *
   * @return the generator
   */
  public static Gen<LocalDate> knownDates() {
    return knownDates(WorkingDayCalendar.china());
  }

  /**
   * Generates dates in the years a calendar knows.
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Gen<LocalDate> knownDates(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return DateGens.between(first(calendar), last(calendar));
  }

  /**
   * Generates start dates on the bundled calendar from which {@code n} working days can be counted
   * without leaving the known years.
   *
   * @param n the working days to be counted, zero or more
   * @return the generator
   */
  public static Gen<LocalDate> startDatesFor(int n) {
    return startDatesFor(WorkingDayCalendar.china(), n);
  }

  /**
   * Generates start dates on a calendar from which {@code n} working days can be counted without
   * leaving the known years: {@code calendar.plusWorkingDays(d, n)} never throws for them.
   *
   * @param calendar the calendar
   * @param n the working days to be counted, zero or more
   * @return the generator
   * @throws IllegalArgumentException if the calendar has fewer than {@code n + 1} working days
   */
  public static Gen<LocalDate> startDatesFor(WorkingDayCalendar calendar, int n) {
    requireNonNull(calendar, "calendar");
    checkArgument(n >= 0, "n must not be negative: %s", n);
    LocalDate first = first(calendar);
    LocalDate last = last(calendar);
    int available = calendar.workingDaysBetween(first, last);
    checkArgument(
        available >= n,
        "the calendar has %s working days after %s, fewer than n: %s",
        available,
        first,
        n);
    LocalDate latest = n == 0 ? last : calendar.minusWorkingDays(lastWorkingDay(calendar), n);
    return DateGens.between(first, latest);
  }

  /**
   * Generates working days of the bundled calendar.
   *
   * @return the generator
   */
  public static Gen<LocalDate> workingDays() {
    return workingDays(WorkingDayCalendar.china());
  }

  /**
   * Generates working days of a calendar, make-up weekend days included.
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Gen<LocalDate> workingDays(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return pick(calendar, calendar::isWorkingDay, "working day");
  }

  /**
   * Generates statutory holidays (listed days off) of the bundled calendar.
   *
   * @return the generator
   */
  public static Gen<LocalDate> holidays() {
    return holidays(WorkingDayCalendar.china());
  }

  /**
   * Generates statutory holidays (listed days off, weekend or not) of a calendar.
   *
   * @param calendar the calendar
   * @return the generator
   * @throws IllegalArgumentException if the calendar lists no holiday
   */
  public static Gen<LocalDate> holidays(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return pick(calendar, calendar::isHoliday, "holiday");
  }

  /**
   * Generates days that are not working days (weekends and holidays) of a calendar.
   *
   * @param calendar the calendar
   * @return the generator
   */
  public static Gen<LocalDate> nonWorkingDays(WorkingDayCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return pick(calendar, d -> !calendar.isWorkingDay(d), "non-working day");
  }

  private static Gen<LocalDate> pick(WorkingDayCalendar calendar, Predicate<LocalDate> keep, String what) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first(calendar); !d.isAfter(last(calendar)); d = d.plusDays(1)) {
      if (keep.test(d)) {
        days.add(d);
      }
    }
    checkArgument(!days.isEmpty(), "the calendar has no %s", what);
    List<LocalDate> chosen = List.copyOf(days);
    return SourceDSL.integers().between(0, chosen.size() - 1).map(chosen::get);
  }

  private static LocalDate first(WorkingDayCalendar calendar) {
    return LocalDate.of(calendar.firstYear(), 1, 1);
  }

  private static LocalDate last(WorkingDayCalendar calendar) {
    return LocalDate.of(calendar.lastYear(), 12, 31);
  }

  private static LocalDate lastWorkingDay(WorkingDayCalendar calendar) {
    LocalDate d = last(calendar);
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }
}
