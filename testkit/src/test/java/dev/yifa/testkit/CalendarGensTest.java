package dev.yifa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarGensTest {
  private static final WorkingDayCalendar CN = WorkingDayCalendar.china();

  @Test
  void knownDates_areCovered() {
    qt().forAll(CalendarGens.knownDates()).check(CN::covers);
  }

  @Test
  void startDatesFor_leaveRoomForTheCount_andReachTheLatestSuchDay() {
    qt().forAll(CalendarGens.startDatesFor(30))
        .checkAssert(d -> assertThat(CN.covers(CN.plusWorkingDays(d, 30))).isTrue());
    // 2026-12-31 (Thu) is the last working day; 30 working days before it is the latest start.
    LocalDate latest = CN.minusWorkingDays(LocalDate.of(2026, 12, 31), 30);
    qt().forAll(CalendarGens.startDatesFor(30)).check(d -> !d.isAfter(latest));
  }

  @Test
  void workingDays_areWorkingDays_holidaysAreHolidays() {
    qt().forAll(CalendarGens.workingDays()).check(CN::isWorkingDay);
    qt().forAll(CalendarGens.holidays()).check(d -> CN.isHoliday(d) && !CN.isWorkingDay(d));
    qt().forAll(CalendarGens.nonWorkingDays(CN)).check(d -> !CN.isWorkingDay(d));
  }
}
