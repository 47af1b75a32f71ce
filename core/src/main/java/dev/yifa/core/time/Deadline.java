package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A statutory period counted on a calendar, with what the count went through, so that a person can
 * check it: the start day (not counted), the nominal last day, the last day after moving past days
 * off, and the holidays involved.
 *
 * <p>For a period in working days, {@code nominalEnd} equals {@code end}, {@code
 * nonWorkingDaysSkipped} counts the days inside the period that were not counted, and {@code
 * holidays} names the holidays among them. For a period in days, months or years, {@code
 * nonWorkingDaysSkipped} counts the days from the nominal last day up to the real one, and {@code
 * holidays} names the holidays among those.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the day the period runs from (not counted)
 * @param period the period
 * @param nominalEnd the last day before any move past days off
 * @param end the last day of the period: the deadline
 * @param nonWorkingDaysSkipped the days passed over, as described above
 * @param holidays the names of the statutory holidays among the days passed over, in date order,
 *     each once
 * @since 0.1
 */
public record Deadline(
    LocalDate start,
    StatutoryPeriod period,
    LocalDate nominalEnd,
    LocalDate end,
    int nonWorkingDaysSkipped,
    List<String> holidays) {

  /** Validates the deadline and copies the holiday names. */
  public Deadline {
    checkNotNull(start, "start");
    checkNotNull(period, "period");
    checkNotNull(nominalEnd, "nominalEnd");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(nominalEnd), "end must not be before nominalEnd: %s < %s", end, nominalEnd);
    checkArgument(
        nonWorkingDaysSkipped >= 0, "nonWorkingDaysSkipped must not be negative: %s", nonWorkingDaysSkipped);
    holidays = List.copyOf(holidays);
  }

  /**
   * Returns whether the last day was moved forward because the nominal last day was not a working
   * day (Civil Code art. 203, Civil Procedure Law art. 85).
   *
   * @return {@code true} if {@code end} is after {@code nominalEnd}
   */
  public boolean moved() {
    return end.isAfter(nominalEnd);
  }

  /**
   * Returns whether an act done on {@code actual} was done within the period: not before the start
   * day and not after the deadline.
   *
   * @param actual the day of the act
   * @return {@code true} if {@code start <= actual <= end}
   */
  public boolean isWithin(LocalDate actual) {
    checkNotNull(actual, "actual");
    return !actual.isBefore(start) && !actual.isAfter(end);
  }
}
