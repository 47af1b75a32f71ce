package dev.yifa.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A date, or a count of days, that falls outside the years a working-day calendar knows. The
 * calendar never guesses about a year for which it has no holiday notice: it throws this instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CalendarRangeException extends YifaException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final int firstYear;
  private final int lastYear;

  /**
   * Creates the exception with the standard message, e.g. {@code "2023-05-04 is outside the
   * calendar's known years 2024–2026"}.
   *
   * @param date the date outside the calendar
   * @param firstYear the first year the calendar knows
   * @param lastYear the last year the calendar knows
   */
  public CalendarRangeException(LocalDate date, int firstYear, int lastYear) {
    this(date, firstYear, lastYear, describe(date, firstYear, lastYear));
  }

  /**
   * Creates the exception with a message that says how the date was reached, e.g. by counting
   * working days past the calendar's last year.
   *
   * @param date the date outside the calendar
   * @param firstYear the first year the calendar knows
   * @param lastYear the last year the calendar knows
   * @param message the full message
   */
  public CalendarRangeException(LocalDate date, int firstYear, int lastYear, String message) {
    super(requireNonNull(message, "message"));
    this.date = requireNonNull(date, "date");
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  private static String describe(LocalDate date, int firstYear, int lastYear) {
    requireNonNull(date, "date");
    return String.format(
        Locale.ROOT, "%s is outside the calendar's known years %d–%d", date, firstYear, lastYear);
  }

  /**
   * Returns the date that fell outside the calendar.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the first year the calendar knows.
   *
   * @return the first known year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year the calendar knows.
   *
   * @return the last known year
   */
  public int lastYear() {
    return lastYear;
  }
}
