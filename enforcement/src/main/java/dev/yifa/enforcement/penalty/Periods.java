package dev.yifa.enforcement.penalty;

import dev.yifa.core.CalendarRangeException;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * Counts statutory periods on the working-day calendar, and bounds them when the calendar does not
 * know the days: a period of n days or working days never ends before start + n calendar days, and
 * never more than a holiday week after the weekday count. A date between the bounds is {@link
 * Within#UNKNOWN}, which a rule turns into an explicit finding rather than a guess.
 */
final class Periods {
  /** The most calendar days a period's end can move for a holiday week (Spring Festival, 8–9 days). */
  private static final int HOLIDAY_SLACK = 12;

  enum Within {
    YES,
    NO,
    UNKNOWN
  }

  private Periods() {}

  /** Whether {@code actual} is on or before the last day of the period from {@code start}. */
  static Within within(WorkingDayCalendar cal, LocalDate start, LocalDate actual, StatutoryPeriod p) {
    if (actual.isBefore(start)) {
      return Within.YES;
    }
    try {
      return actual.isAfter(cal.deadline(start, p)) ? Within.NO : Within.YES;
    } catch (CalendarRangeException e) {
      if (!actual.isAfter(earliest(start, p))) {
        return Within.YES;
      }
      return actual.isAfter(latest(start, p)) ? Within.NO : Within.UNKNOWN;
    }
  }

  /** Whether {@code actual} is on or after the last day of the period from {@code start}. */
  static Within reaches(WorkingDayCalendar cal, LocalDate start, LocalDate actual, StatutoryPeriod p) {
    try {
      return actual.isBefore(cal.deadline(start, p)) ? Within.NO : Within.YES;
    } catch (CalendarRangeException e) {
      if (!actual.isAfter(latest(start, p)) && actual.isBefore(earliest(start, p))) {
        return Within.NO;
      }
      return actual.isAfter(latest(start, p)) ? Within.YES : Within.UNKNOWN;
    }
  }

  /** The last day of the period, or the earliest it can be when the calendar does not know. */
  static LocalDate deadlineOrEarliest(WorkingDayCalendar cal, LocalDate start, StatutoryPeriod p) {
    try {
      return cal.deadline(start, p);
    } catch (CalendarRangeException e) {
      return earliest(start, p);
    }
  }

  static LocalDate earliest(LocalDate start, StatutoryPeriod p) {
    return switch (p.unit()) {
      case WORKING_DAYS, DAYS -> start.plusDays(p.amount());
      case MONTHS -> start.plusMonths(p.amount());
      case YEARS -> start.plusYears(p.amount());
    };
  }

  static LocalDate latest(LocalDate start, StatutoryPeriod p) {
    return switch (p.unit()) {
      case WORKING_DAYS -> start.plusDays((p.amount() / 5) * 7L + p.amount() % 5 + 2 + HOLIDAY_SLACK);
      default -> earliest(start, p).plusDays(HOLIDAY_SLACK);
    };
  }
}
