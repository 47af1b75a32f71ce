package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One holiday as a notice arranges it: a block of consecutive days off, and the weekend days that
 * are worked instead (调休上班日). For example 2025's Spring Festival: days off 2025-01-28 to
 * 2025-02-04, working days 2025-01-26 (Sunday) and 2025-02-08 (Saturday).
 *
 * <p>Every day of the block is a day off, weekend or not; a make-up working day is a working day
 * even on a Saturday or Sunday.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the holiday's name as the notice gives it, e.g. {@code 春节}
 * @param firstDayOff the first day off
 * @param lastDayOff the last day off, not before {@code firstDayOff}
 * @param workingDays the make-up working days, each on a Saturday or Sunday outside the block; may
 *     be empty
 * @param source the notice that set this holiday when it is not the year's notice (a special or
 *     amending notice), or {@code null}
 * @since 0.1
 */
public record Holiday(
    String name,
    LocalDate firstDayOff,
    LocalDate lastDayOff,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalDate> workingDays,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Notice source) {

  /** The longest block of days off accepted, in days: a guard against typing the wrong month. */
  public static final int MAX_DAYS_OFF = 31;

  /** Validates the holiday and copies the list of working days. */
  public Holiday {
    checkNotNull(name, "name");
    checkNotNull(firstDayOff, "firstDayOff");
    checkNotNull(lastDayOff, "lastDayOff");
    checkNotNull(workingDays, "workingDays");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    checkArgument(
        !lastDayOff.isBefore(firstDayOff),
        "lastDayOff must not be before firstDayOff: %s < %s",
        lastDayOff,
        firstDayOff);
    long length = ChronoUnit.DAYS.between(firstDayOff, lastDayOff) + 1;
    checkArgument(
        length <= MAX_DAYS_OFF,
        "a holiday of %s days is longer than %s: %s to %s",
        length,
        MAX_DAYS_OFF,
        firstDayOff,
        lastDayOff);
    workingDays = List.copyOf(workingDays);
    var seen = new HashSet<LocalDate>();
    for (LocalDate day : workingDays) {
      checkArgument(seen.add(day), "working day listed twice: %s", day);
      checkArgument(
          day.isBefore(firstDayOff) || day.isAfter(lastDayOff),
          "working day %s falls inside the days off %s to %s",
          day,
          firstDayOff,
          lastDayOff);
      DayOfWeek dow = day.getDayOfWeek();
      checkArgument(
          dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY,
          "a make-up working day must be a Saturday or Sunday: %s is a %s",
          day,
          dow);
    }
  }

  /**
   * Creates a holiday without make-up working days, set by the year's notice.
   *
   * @param name the holiday's name
   * @param firstDayOff the first day off
   * @param lastDayOff the last day off
   * @return the holiday
   */
  public static Holiday of(String name, LocalDate firstDayOff, LocalDate lastDayOff) {
    return new Holiday(name, firstDayOff, lastDayOff, List.of(), null);
  }

  @JsonCreator
  static Holiday fromJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "firstDayOff", required = true) LocalDate firstDayOff,
      @JsonProperty(value = "lastDayOff", required = true) LocalDate lastDayOff,
      @JsonProperty("workingDays") @Nullable List<LocalDate> workingDays,
      @JsonProperty("source") @Nullable Notice source) {
    return new Holiday(
        name, firstDayOff, lastDayOff, workingDays == null ? List.of() : workingDays, source);
  }

  /**
   * Returns every day off of this holiday, in order.
   *
   * @return the days from {@link #firstDayOff()} to {@link #lastDayOff()}, unmodifiable
   */
  public List<LocalDate> daysOff() {
    var days = new ArrayList<LocalDate>();
    for (LocalDate d = firstDayOff; !d.isAfter(lastDayOff); d = d.plusDays(1)) {
      days.add(d);
    }
    return List.copyOf(days);
  }
}
