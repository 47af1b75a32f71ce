package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data a {@link WorkingDayCalendar} is built from, in the shape of the bundled resource
 * {@code dev/yifa/core/time/cn-holidays.json} (JSON Schema: {@code /schemas/calendar.schema.json}):
 * national holiday years and regional overlays.
 *
 * <p>Immutable and thread-safe.
 *
 * @param years the national years, consecutive, at least one; held sorted by year
 * @param regions the regional overlays, one per division; may be empty; held sorted by division
 * @since 0.1
 */
public record CalendarData(
    List<CalendarYear> years,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RegionOverlay> regions) {

  /** Validates the data, sorts it, and copies the lists. */
  public CalendarData {
    years = DayPlans.sortedConsecutive(years, "years");
    DayPlans.checkNoConflicts(years.stream().flatMap(y -> y.holidays().stream()).toList());
    var divisions = new HashSet<String>();
    for (RegionOverlay r : regions) {
      checkArgument(divisions.add(r.division()), "region listed twice: %s", r.division());
    }
    regions =
        regions.stream()
            .sorted((a, b) -> a.division().compareTo(b.division()))
            .toList();
  }

  @JsonCreator
  static CalendarData fromJson(
      @JsonProperty(value = "years", required = true) List<CalendarYear> years,
      @JsonProperty("regions") @Nullable List<RegionOverlay> regions) {
    return new CalendarData(years, regions == null ? List.of() : regions);
  }

  /**
   * Returns the first national year.
   *
   * @return the first year
   */
  public int firstYear() {
    return years.get(0).year();
  }

  /**
   * Returns the last national year.
   *
   * @return the last year
   */
  public int lastYear() {
    return years.get(years.size() - 1).year();
  }
}
