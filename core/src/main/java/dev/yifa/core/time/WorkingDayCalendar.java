package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.CalendarRangeException;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * China's working-day calendar: which days are working days, given the weekends, the public
 * holidays and the make-up working days (调休) that the State Council's annual notices set, and how
 * statutory periods count on it.
 *
 * <p>A calendar knows a range of whole years and nothing else: every method given a date outside
 * that range, or whose count runs past it, throws {@link CalendarRangeException} rather than guess.
 * {@link #china()} knows 2024 to 2026 from the bundled notices; embedders add or replace years with
 * {@link #extendedWith(CalendarData)} or build their own with {@link #builder()} or {@link
 * #fromJson(InputStream)}. Local holidays of autonomous regions are overlays selected with {@link
 * #forRegion(String)}.
 *
 * <p>Counting is O(1): the calendar precomputes, for each day it knows, how many working days
 * precede it, and the position of every working day, so {@link #plusWorkingDays(LocalDate, int)}
 * and {@link #workingDaysBetween(LocalDate, LocalDate)} are two array reads.
 *
 * <p>Immutable and thread-safe; share one instance.
 *
 * @since 0.1
 */
public final class WorkingDayCalendar {
  private static final String BUNDLED = "cn-holidays.json";
  private static final byte WORKING = 1;
  private static final byte HOLIDAY = 2;

  private final CalendarData data;
  private final @Nullable RegionOverlay region;
  private final int firstYear;
  private final int lastYear;
  private final long base;
  private final byte[] flags;
  private final @Nullable String[] names;
  /** prefix[i]: working days among days 0..i. */
  private final int[] prefix;
  /** nth[k]: the day index of the k-th working day, k from 1; nth[0] is unused. */
  private final int[] nth;
  /** The overlays' calendars, by division; empty in a regional calendar. */
  private final Map<String, WorkingDayCalendar> regional;
  /** The national calendar this one overlays, or {@code null} if this is the national one. */
  private final @Nullable WorkingDayCalendar national;

  private WorkingDayCalendar(
      CalendarData data, @Nullable RegionOverlay region, @Nullable WorkingDayCalendar national) {
    this.data = data;
    this.region = region;
    this.national = national;
    int first = data.firstYear();
    int last = data.lastYear();
    if (region != null) {
      first = Math.max(first, region.years().get(0).year());
      last = Math.min(last, region.years().get(region.years().size() - 1).year());
      checkArgument(
          first <= last,
          "region %s covers no year of the national calendar %s–%s",
          region.division(),
          data.firstYear(),
          data.lastYear());
    }
    this.firstYear = first;
    this.lastYear = last;
    this.base = LocalDate.of(first, 1, 1).toEpochDay();
    int size = (int) (LocalDate.of(last + 1, 1, 1).toEpochDay() - base);
    this.flags = new byte[size];
    this.names = new String[size];
    for (int i = 0; i < size; i++) {
      DayOfWeek dow = LocalDate.ofEpochDay(base + i).getDayOfWeek();
      flags[i] = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0 : WORKING;
    }
    apply(data.years());
    if (region != null) {
      apply(region.years());
    }
    this.prefix = new int[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      if ((flags[i] & WORKING) != 0) {
        count++;
      }
      prefix[i] = count;
    }
    this.nth = new int[count + 1];
    nth[0] = -1;
    for (int i = 0, k = 0; i < size; i++) {
      if ((flags[i] & WORKING) != 0) {
        nth[++k] = i;
      }
    }
    if (region == null) {
      var byDivision = new LinkedHashMap<String, WorkingDayCalendar>();
      for (RegionOverlay r : data.regions()) {
        byDivision.put(r.division(), new WorkingDayCalendar(data, r, this));
      }
      this.regional = Map.copyOf(byDivision);
    } else {
      this.regional = Map.of();
    }
  }

  private void apply(List<CalendarYear> years) {
    for (CalendarYear year : years) {
      for (Holiday h : year.holidays()) {
        for (LocalDate day : h.daysOff()) {
          int i = indexOrMinus(day);
          if (i >= 0) {
            flags[i] = HOLIDAY;
            names[i] = h.name();
          }
        }
        for (LocalDate day : h.workingDays()) {
          int i = indexOrMinus(day);
          if (i >= 0) {
            flags[i] = WORKING;
            names[i] = h.name();
          }
        }
      }
    }
  }

  private int indexOrMinus(LocalDate day) {
    long i = day.toEpochDay() - base;
    return i < 0 || i >= flags.length ? -1 : (int) i;
  }

  // ---------------------------------------------------------------- factories

  /**
   * Returns the national calendar built from the bundled State Council notices (2024: 国办发明电〔2023〕7号;
   * 2025: 国办发明电〔2024〕12号; 2026: 国办发明电〔2025〕7号).
   *
   * @return the shared bundled calendar
   */
  public static WorkingDayCalendar china() {
    return Bundled.CHINA;
  }

  /** Loads the bundled data once, on first use. */
  private static final class Bundled {
    static final WorkingDayCalendar CHINA = load();

    private static WorkingDayCalendar load() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled calendar missing: " + BUNDLED);
        }
        return fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Builds a calendar from data.
   *
   * @param data the years and regional overlays
   * @return the national calendar, with the overlays reachable through {@link #forRegion(String)}
   */
  public static WorkingDayCalendar of(CalendarData data) {
    checkNotNull(data, "data");
    return new WorkingDayCalendar(data, null, null);
  }

  /**
   * Reads a calendar from JSON in the format of the bundled {@code cn-holidays.json} (JSON Schema
   * {@code /schemas/calendar.schema.json}). The stream is not closed.
   *
   * @param in the JSON, UTF-8
   * @return the calendar
   * @throws InvalidInputException if the JSON does not fit the format or the data is inconsistent
   */
  public static WorkingDayCalendar fromJson(InputStream in) {
    checkNotNull(in, "in");
    return of(YifaJson.read(in, CalendarData.class));
  }

  /**
   * Returns a builder for a calendar assembled year by year.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a calendar with more data: each year of {@code more} replaces the year of the same
   * number or is added (the years must stay consecutive), and each regional year likewise within
   * its region.
   *
   * @param more the years and overlays to add or replace
   * @return the extended national calendar
   */
  public WorkingDayCalendar extendedWith(CalendarData more) {
    checkNotNull(more, "more");
    return extendedWith(more.years(), more.regions());
  }

  /**
   * Returns a calendar with more years or regional overlays: each year replaces the year of the
   * same number or is added (the years must stay consecutive); each overlay's years replace or add
   * to that region's years.
   *
   * @param years national years to add or replace; may be empty
   * @param overlays regional overlays to add or merge; may be empty
   * @return the extended national calendar
   */
  public WorkingDayCalendar extendedWith(List<CalendarYear> years, List<RegionOverlay> overlays) {
    checkNotNull(years, "years");
    checkNotNull(overlays, "overlays");
    var merged = new TreeMap<Integer, CalendarYear>();
    data.years().forEach(y -> merged.put(y.year(), y));
    years.forEach(y -> merged.put(y.year(), y));
    var regions = new TreeMap<String, RegionOverlay>();
    data.regions().forEach(r -> regions.put(r.division(), r));
    for (RegionOverlay r : overlays) {
      RegionOverlay old = regions.get(r.division());
      if (old == null) {
        regions.put(r.division(), r);
      } else {
        var regionYears = new TreeMap<Integer, CalendarYear>();
        old.years().forEach(y -> regionYears.put(y.year(), y));
        r.years().forEach(y -> regionYears.put(y.year(), y));
        regions.put(
            r.division(), new RegionOverlay(r.division(), r.name(), List.copyOf(regionYears.values())));
      }
    }
    return of(new CalendarData(List.copyOf(merged.values()), List.copyOf(regions.values())));
  }

  /**
   * Returns the calendar of a region: the national calendar with the overlay of the province-level
   * division that contains {@code divisionCode} (so {@code 450102}, a district of Nanning, selects
   * Guangxi's {@code 450000}). A division without an overlay gets the national calendar.
   *
   * @param divisionCode a six-digit administrative-division code (GB/T 2260)
   * @return the regional calendar, or the national one
   */
  public WorkingDayCalendar forRegion(String divisionCode) {
    checkNotNull(divisionCode, "divisionCode");
    checkArgument(
        divisionCode.matches("[1-9][0-9]{5}"),
        "divisionCode must be six digits: '%s'",
        divisionCode);
    WorkingDayCalendar root = national == null ? this : national;
    WorkingDayCalendar r = root.regional.get(divisionCode.substring(0, 2) + "0000");
    return r == null ? root : r;
  }

  /**
   * Returns the province-level division whose overlay this calendar applies.
   *
   * @return the division code, or empty for the national calendar
   */
  public Optional<String> region() {
    return region == null ? Optional.empty() : Optional.of(region.division());
  }

  /**
   * Returns the data this calendar was built from, including every regional overlay.
   *
   * @return the data
   */
  public CalendarData data() {
    return data;
  }

  // ---------------------------------------------------------------- days

  /**
   * Returns the first year this calendar knows.
   *
   * @return the first year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year this calendar knows.
   *
   * @return the last year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns whether this calendar knows the date.
   *
   * @param date the date
   * @return {@code true} if the date's year is from {@link #firstYear()} to {@link #lastYear()}
   */
  public boolean covers(LocalDate date) {
    checkNotNull(date, "date");
    int y = date.getYear();
    return y >= firstYear && y <= lastYear;
  }

  private int index(LocalDate date) {
    long i = date.toEpochDay() - base;
    if (i < 0 || i >= flags.length) {
      throw new CalendarRangeException(date, firstYear, lastYear);
    }
    return (int) i;
  }

  private LocalDate dateAt(int index) {
    return LocalDate.ofEpochDay(base + index);
  }

  /**
   * Returns whether the date is a working day: a weekday that is not a day off, or a make-up
   * working day on a weekend.
   *
   * @param date the date
   * @return {@code true} for a working day
   * @throws CalendarRangeException if the calendar does not know the date
   */
  public boolean isWorkingDay(LocalDate date) {
    checkNotNull(date, "date");
    return (flags[index(date)] & WORKING) != 0;
  }

  /**
   * Returns whether the date is a statutory day off that a notice lists (法定休假日), weekend or not.
   * A plain weekend outside a holiday is not a holiday, though it is not a working day either.
   *
   * @param date the date
   * @return {@code true} for a listed day off
   * @throws CalendarRangeException if the calendar does not know the date
   */
  public boolean isHoliday(LocalDate date) {
    checkNotNull(date, "date");
    return (flags[index(date)] & HOLIDAY) != 0;
  }

  /**
   * Returns the name of the holiday the date belongs to, as a day off or as a make-up working day.
   *
   * @param date the date
   * @return the holiday's name, e.g. {@code 春节}, or empty for an ordinary day
   * @throws CalendarRangeException if the calendar does not know the date
   */
  public Optional<String> holidayName(LocalDate date) {
    checkNotNull(date, "date");
    return Optional.ofNullable(names[index(date)]);
  }

  /**
   * Returns the number of working days in a year.
   *
   * @param year a year this calendar knows
   * @return the working days of the year (2025: 248)
   * @throws CalendarRangeException if the calendar does not know the year
   */
  public int workingDaysIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    int from = index(first);
    int to = index(LocalDate.of(year, 12, 31));
    return prefix[to] - prefix[from] + (flags[from] & WORKING);
  }

  /**
   * Returns the day {@code n} working days after {@code date}, not counting {@code date} itself:
   * 5 working days after 2025-09-30 is 2025-10-14. For {@code n == 0} returns {@code date}.
   *
   * @param date the start day, not counted
   * @param n the working days to count, zero or more
   * @return the {@code n}-th working day after {@code date}, always a working day when {@code n > 0}
   * @throws CalendarRangeException if the calendar does not know {@code date} or the count runs past
   *     its last year
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    checkNotNull(date, "date");
    checkArgument(n >= 0, "n must not be negative: %s", n);
    int i = index(date);
    if (n == 0) {
      return date;
    }
    int k = prefix[i] + n;
    if (k >= nth.length) {
      throw runsPast(date, n, "after");
    }
    return dateAt(nth[k]);
  }

  /**
   * Returns the day {@code n} working days before {@code date}, not counting {@code date} itself;
   * the inverse of {@link #plusWorkingDays(LocalDate, int)} for working days. For {@code n == 0}
   * returns {@code date}.
   *
   * @param date the day counted back from, not counted
   * @param n the working days to count back, zero or more
   * @return the {@code n}-th working day before {@code date}
   * @throws CalendarRangeException if the calendar does not know {@code date} or the count runs
   *     before its first year
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    checkNotNull(date, "date");
    checkArgument(n >= 0, "n must not be negative: %s", n);
    int i = index(date);
    if (n == 0) {
      return date;
    }
    int before = prefix[i] - (flags[i] & WORKING);
    int k = before - n + 1;
    if (k < 1) {
      throw runsPast(date, n, "before");
    }
    return dateAt(nth[k]);
  }

  private CalendarRangeException runsPast(LocalDate date, int n, String direction) {
    boolean after = direction.equals("after");
    LocalDate outside = after ? LocalDate.of(lastYear + 1, 1, 1) : LocalDate.of(firstYear - 1, 12, 31);
    return new CalendarRangeException(
        outside,
        firstYear,
        lastYear,
        String.format(
            Locale.ROOT,
            "counting %d working days %s %s reaches %s, outside the calendar's known years %d–%d",
            n,
            direction,
            date,
            outside,
            firstYear,
            lastYear));
  }

  /**
   * Returns the number of working days after {@code fromExclusive} up to and including {@code
   * toInclusive}; negative (the count from {@code toInclusive} to {@code fromExclusive}, negated)
   * when {@code toInclusive} is earlier.
   *
   * @param fromExclusive the day counted from, not counted
   * @param toInclusive the day counted to, counted
   * @return the working days between
   * @throws CalendarRangeException if the calendar does not know either date
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    checkNotNull(fromExclusive, "fromExclusive");
    checkNotNull(toInclusive, "toInclusive");
    return prefix[index(toInclusive)] - prefix[index(fromExclusive)];
  }

  /**
   * Returns {@code date} if it is a working day, else the first working day after it.
   *
   * @param date the date
   * @return the first working day on or after {@code date}
   * @throws CalendarRangeException if the calendar does not know {@code date} or has no working
   *     day after it
   */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    checkNotNull(date, "date");
    int i = index(date);
    if ((flags[i] & WORKING) != 0) {
      return date;
    }
    int k = prefix[i] + 1;
    if (k >= nth.length) {
      throw runsPast(date, 1, "after");
    }
    return dateAt(nth[k]);
  }

  // ---------------------------------------------------------------- statutory periods

  /**
   * Returns the last day of a statutory period that runs from {@code start}, counted as the
   * statutes count:
   *
   * <ul>
   *   <li>the start day is not counted (《民法典》第二百零一条：按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算；
   *       《民事诉讼法》第八十五条：期间开始的时和日，不计算在期间内);
   *   <li>working days are counted on this calendar and end on a working day;
   *   <li>months and years end on the corresponding day of the last month, or on the month's last
   *       day if it has no such day (《民法典》第二百零二条：没有对应日的，月末日为期间的最后一日), so 2025-01-31
   *       plus one month ends on 2025-02-28;
   *   <li>a period in days, months or years whose last day is not a working day ends on the next
   *       working day (《民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日；
   *       《民事诉讼法》第八十五条：期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期);
   *   <li>a period of zero ends on the start day, or on the next working day if the start day is
   *       not one.
   * </ul>
   *
   * <p>For a period in days, months or years only the last day must be a day the calendar knows.
   *
   * @param start the day the period runs from, not counted
   * @param period the period
   * @return the last day of the period
   * @throws CalendarRangeException if the calendar does not know a day the count needs
   */
  public LocalDate deadline(LocalDate start, StatutoryPeriod period) {
    checkNotNull(start, "start");
    checkNotNull(period, "period");
    if (period.unit() == PeriodUnit.WORKING_DAYS && period.amount() > 0) {
      return plusWorkingDays(start, period.amount());
    }
    return nextWorkingDayOnOrAfter(nominalEnd(start, period));
  }

  private static LocalDate nominalEnd(LocalDate start, StatutoryPeriod period) {
    return switch (period.unit()) {
      case WORKING_DAYS -> start;
      case DAYS -> start.plusDays(period.amount());
      case MONTHS -> start.plusMonths(period.amount());
      case YEARS -> start.plusYears(period.amount());
    };
  }

  /**
   * Counts a statutory period as {@link #deadline(LocalDate, StatutoryPeriod)} does and explains
   * the count: the nominal last day, the days passed over and the holidays among them.
   *
   * @param start the day the period runs from, not counted
   * @param period the period
   * @return the deadline with its explanation
   * @throws CalendarRangeException if the calendar does not know a day the count needs
   */
  public Deadline explain(LocalDate start, StatutoryPeriod period) {
    LocalDate end = deadline(start, period);
    List<String> holidays = new ArrayList<>();
    if (period.unit() == PeriodUnit.WORKING_DAYS && period.amount() > 0) {
      int from = index(start);
      int to = index(end);
      collectHolidays(from + 1, to, holidays);
      int skipped = (to - from) - period.amount();
      return new Deadline(start, period, end, end, skipped, holidays);
    }
    LocalDate nominal = nominalEnd(start, period);
    int from = index(nominal);
    int to = index(end);
    collectHolidays(from, to - 1, holidays);
    return new Deadline(start, period, nominal, end, to - from, holidays);
  }

  private void collectHolidays(int from, int to, Collection<String> into) {
    for (int i = from; i <= to; i++) {
      String name = names[i];
      if ((flags[i] & HOLIDAY) != 0 && name != null && !into.contains(name)) {
        into.add(name);
      }
    }
  }

  /**
   * Returns whether an act done on {@code actual} was done within a period that runs from {@code
   * start}: not before the start day and not after the period's last day.
   *
   * @param start the day the period runs from, not counted
   * @param actual the day of the act
   * @param period the period
   * @return {@code true} if {@code start <= actual <= deadline(start, period)}
   * @throws CalendarRangeException if the calendar does not know a day the count needs
   */
  public boolean isWithin(LocalDate start, LocalDate actual, StatutoryPeriod period) {
    checkNotNull(actual, "actual");
    LocalDate end = deadline(start, period);
    return !actual.isBefore(start) && !actual.isAfter(end);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "WorkingDayCalendar[%d–%d%s]",
        firstYear,
        lastYear,
        region == null ? "" : ", region " + region.division());
  }

  // ---------------------------------------------------------------- builder

  /**
   * Assembles a calendar year by year. A year or region given twice is an error; to replace data use
   * {@link WorkingDayCalendar#extendedWith(CalendarData)}.
   *
   * <p>Not thread-safe; use it on one thread and throw it away.
   */
  public static final class Builder {
    private final Map<Integer, CalendarYear> years = new TreeMap<>();
    private final Map<String, RegionOverlay> regions = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a national year.
     *
     * @param year the year
     * @return this builder
     * @throws IllegalArgumentException if the year was already added
     */
    public Builder addYear(CalendarYear year) {
      checkNotNull(year, "year");
      checkArgument(!years.containsKey(year.year()), "year already added: %s", year.year());
      years.put(year.year(), year);
      return this;
    }

    /**
     * Adds a regional overlay.
     *
     * @param overlay the overlay
     * @return this builder
     * @throws IllegalArgumentException if an overlay for the division was already added
     */
    public Builder addRegion(RegionOverlay overlay) {
      checkNotNull(overlay, "overlay");
      checkArgument(
          !regions.containsKey(overlay.division()), "region already added: %s", overlay.division());
      regions.put(overlay.division(), overlay);
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the national calendar with its overlays
     * @throws IllegalArgumentException if no year was added, the years are not consecutive, or a
     *     date is listed twice
     */
    public WorkingDayCalendar build() {
      return of(new CalendarData(List.copyOf(years.values()), List.copyOf(regions.values())));
    }
  }
}
