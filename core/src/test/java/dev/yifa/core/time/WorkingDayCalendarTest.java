package dev.yifa.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.CalendarRangeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
  private static final WorkingDayCalendar CN = WorkingDayCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void china_knowsTheBundledYears() {
    assertThat(CN.firstYear()).isEqualTo(2024);
    assertThat(CN.lastYear()).isEqualTo(2026);
    assertThat(CN.data().years())
        .extracting(y -> y.source().number())
        .containsExactly("国办发明电〔2023〕7号", "国办发明电〔2024〕12号", "国办发明电〔2025〕7号");
  }

  @Test
  void workingDaysIn_bundledYears_matchTheCountsOfTheNotices() {
    // practice.md §4: 2024 has 251 working days, 2025 and 2026 have 248 each.
    assertThat(CN.workingDaysIn(2024)).isEqualTo(251);
    assertThat(CN.workingDaysIn(2025)).isEqualTo(248);
    assertThat(CN.workingDaysIn(2026)).isEqualTo(248);
  }

  @Test
  void workingDaysIn_agreesWithCountingDayByDay() {
    for (int year = 2024; year <= 2026; year++) {
      int count = 0;
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        count += CN.isWorkingDay(day) ? 1 : 0;
      }
      assertThat(CN.workingDaysIn(year)).as("year %s", year).isEqualTo(count);
    }
  }

  @Test
  void everyListedDayOff_isAHolidayAndNotAWorkingDay_andEveryMakeUpDayIsWorking() {
    for (CalendarYear year : CN.data().years()) {
      for (Holiday h : year.holidays()) {
        for (LocalDate day : h.daysOff()) {
          assertThat(CN.isHoliday(day)).as("%s %s", h.name(), day).isTrue();
          assertThat(CN.isWorkingDay(day)).as("%s %s", h.name(), day).isFalse();
          assertThat(CN.holidayName(day)).contains(h.name());
        }
        for (LocalDate day : h.workingDays()) {
          assertThat(CN.isWorkingDay(day)).as("%s %s", h.name(), day).isTrue();
          assertThat(CN.isHoliday(day)).isFalse();
          assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
      }
    }
  }

  @Test
  void plusWorkingDays_acrossNationalDay2025_skipsHolidaysAndCountsMakeUpSaturday() {
    assertThat(CN.plusWorkingDays(d("2025-09-30"), 5)).isEqualTo(d("2025-10-14"));
    assertThat(CN.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
    assertThat(CN.plusWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
  }

  @Test
  void plusWorkingDays_zero_isTheStartDayEvenOnAHoliday() {
    assertThat(CN.plusWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
    assertThat(CN.minusWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
  }

  @Test
  void plusWorkingDays_fromAHoliday_countsFromTheNextWorkingDay() {
    assertThat(CN.plusWorkingDays(d("2025-10-03"), 1)).isEqualTo(d("2025-10-09"));
  }

  @Test
  void minusWorkingDays_acrossSpringFestival2025_skipsHolidays() {
    // 2025-02-05 (Wed) back one working day: 02-04..01-28 are off, 01-27 (Mon) works.
    assertThat(CN.minusWorkingDays(d("2025-02-05"), 1)).isEqualTo(d("2025-01-27"));
    assertThat(CN.minusWorkingDays(d("2025-02-05"), 2)).isEqualTo(d("2025-01-26"));
  }

  @Test
  void isWorkingDay_makeUpSaturdayAfterNationalDay2025_isWorking() {
    assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(CN.isWorkingDay(d("2025-10-11"))).isTrue();
    assertThat(CN.holidayName(d("2025-10-11"))).contains("国庆节、中秋节");
  }

  @Test
  void isWorkingDay_springFestivalEve2024_isANormalWorkingDay() {
    // 2024-02-09 (除夕, Fri): the 2024 notice only encourages employers to give it off.
    assertThat(CN.isWorkingDay(d("2024-02-09"))).isTrue();
    assertThat(CN.isHoliday(d("2024-02-09"))).isFalse();
    assertThat(CN.holidayName(d("2024-02-09"))).isEmpty();
  }

  @Test
  void springFestival2026_nineDaysOff_andBothSaturdaysWorked() {
    for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
      assertThat(CN.isWorkingDay(day)).as("%s", day).isFalse();
      assertThat(CN.isHoliday(day)).as("%s", day).isTrue();
    }
    assertThat(CN.isWorkingDay(d("2026-02-14"))).isTrue();
    assertThat(CN.isWorkingDay(d("2026-02-28"))).isTrue();
    assertThat(CN.isWorkingDay(d("2026-02-24"))).isTrue();
  }

  @Test
  void isHoliday_plainWeekend_isNeitherHolidayNorWorkingDay() {
    assertThat(CN.isHoliday(d("2025-03-08"))).isFalse();
    assertThat(CN.isWorkingDay(d("2025-03-08"))).isFalse();
  }

  @Test
  void workingDaysBetween_countsEndNotStart() {
    assertThat(CN.workingDaysBetween(d("2025-09-30"), d("2025-10-14"))).isEqualTo(5);
    assertThat(CN.workingDaysBetween(d("2025-10-14"), d("2025-09-30"))).isEqualTo(-5);
    assertThat(CN.workingDaysBetween(d("2025-10-01"), d("2025-10-01"))).isZero();
    assertThat(CN.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
  }

  @Test
  void nextWorkingDayOnOrAfter_holidayOrWorkingDay() {
    assertThat(CN.nextWorkingDayOnOrAfter(d("2025-10-01"))).isEqualTo(d("2025-10-09"));
    assertThat(CN.nextWorkingDayOnOrAfter(d("2025-10-09"))).isEqualTo(d("2025-10-09"));
    assertThat(CN.nextWorkingDayOnOrAfter(d("2025-03-08"))).isEqualTo(d("2025-03-10"));
  }

  @Test
  void isWorkingDay_yearNotKnown_throwsWithTheDateAndRange() {
    assertThatThrownBy(() -> CN.isWorkingDay(d("2023-05-04")))
        .isInstanceOfSatisfying(
            CalendarRangeException.class,
            e -> {
              assertThat(e.date()).isEqualTo(d("2023-05-04"));
              assertThat(e.firstYear()).isEqualTo(2024);
              assertThat(e.lastYear()).isEqualTo(2026);
            })
        .hasMessage("2023-05-04 is outside the calendar's known years 2024–2026");
    assertThatThrownBy(() -> CN.isHoliday(d("2027-01-01"))).isInstanceOf(CalendarRangeException.class);
    assertThat(CN.covers(d("2026-12-31"))).isTrue();
    assertThat(CN.covers(d("2027-01-01"))).isFalse();
  }

  @Test
  void plusWorkingDays_runningPastTheLastYear_throwsInsteadOfGuessing() {
    assertThat(CN.plusWorkingDays(d("2026-12-20"), 9)).isEqualTo(d("2026-12-31"));
    assertThatThrownBy(() -> CN.plusWorkingDays(d("2026-12-20"), 10))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(d("2027-01-01")))
        .hasMessageContaining("counting 10 working days after 2026-12-20 reaches 2027-01-01");
    assertThatThrownBy(() -> CN.minusWorkingDays(d("2024-01-03"), 2))
        .isInstanceOfSatisfying(
            CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(d("2023-12-31")));
    assertThatThrownBy(() -> CN.nextWorkingDayOnOrAfter(d("2026-12-31").plusDays(1)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void plusWorkingDays_negative_isAProgrammingError() {
    assertThatThrownBy(() -> CN.plusWorkingDays(d("2025-01-02"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must not be negative: -1");
  }

  // ---------------------------------------------------------------- statutory periods

  @Test
  void deadline_oneMonthFromJanuary31_endsOnTheLastDayOfFebruary() {
    assertThat(CN.deadline(d("2025-01-31"), StatutoryPeriod.ofMonths(1))).isEqualTo(d("2025-02-28"));
    assertThat(CN.deadline(d("2024-01-31"), StatutoryPeriod.ofMonths(1))).isEqualTo(d("2024-02-29"));
    assertThat(CN.deadline(d("2024-02-29"), StatutoryPeriod.ofYears(1))).isEqualTo(d("2025-02-28"));
  }

  @Test
  void deadline_daysEndingInNationalDayWeek_movesToTheNextWorkingDay() {
    Deadline dl = CN.explain(d("2025-09-30"), StatutoryPeriod.ofDays(3));
    assertThat(dl.nominalEnd()).isEqualTo(d("2025-10-03"));
    assertThat(dl.end()).isEqualTo(d("2025-10-09"));
    assertThat(dl.moved()).isTrue();
    assertThat(dl.nonWorkingDaysSkipped()).isEqualTo(6);
    assertThat(dl.holidays()).containsExactly("国庆节、中秋节");
    assertThat(CN.deadline(d("2025-09-30"), StatutoryPeriod.ofDays(3))).isEqualTo(d("2025-10-09"));
  }

  @Test
  void deadline_daysEndingOnPlainSaturday_movesToMonday() {
    Deadline dl = CN.explain(d("2025-03-01"), StatutoryPeriod.ofDays(7));
    assertThat(dl.end()).isEqualTo(d("2025-03-10"));
    assertThat(dl.nonWorkingDaysSkipped()).isEqualTo(2);
    assertThat(dl.holidays()).isEmpty();
  }

  @Test
  void deadline_daysEndingOnMakeUpSaturday_staysThere() {
    Deadline dl = CN.explain(d("2025-10-01"), StatutoryPeriod.ofDays(10));
    assertThat(dl.end()).isEqualTo(d("2025-10-11"));
    assertThat(dl.moved()).isFalse();
  }

  @Test
  void deadline_workingDays_explainsTheDaysNotCounted() {
    Deadline dl = CN.explain(d("2025-09-30"), StatutoryPeriod.ofWorkingDays(5));
    assertThat(dl.end()).isEqualTo(d("2025-10-14"));
    assertThat(dl.nominalEnd()).isEqualTo(dl.end());
    // 10-01..10-08 off and Sunday 10-12; Saturday 10-11 is worked.
    assertThat(dl.nonWorkingDaysSkipped()).isEqualTo(9);
    assertThat(dl.holidays()).containsExactly("国庆节、中秋节");
  }

  @Test
  void deadline_penaltyLawSevenDays_areWorkingDays_fifteenDaysAreCalendarDays() {
    LocalDate decided = d("2025-09-26");
    // 7 working days: 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13.
    assertThat(CN.deadline(decided, StatutoryPeriod.penaltyLawDays(7))).isEqualTo(d("2025-10-13"));
    // 15 calendar days from 2025-09-26 is 10-11, a make-up Saturday: a working day.
    assertThat(CN.deadline(decided, StatutoryPeriod.penaltyLawDays(15))).isEqualTo(d("2025-10-11"));
  }

  @Test
  void deadline_zeroPeriod_endsOnStartOrNextWorkingDay() {
    assertThat(CN.deadline(d("2025-10-01"), StatutoryPeriod.ofDays(0))).isEqualTo(d("2025-10-09"));
    assertThat(CN.deadline(d("2025-10-01"), StatutoryPeriod.ofWorkingDays(0))).isEqualTo(d("2025-10-09"));
    assertThat(CN.deadline(d("2025-10-09"), StatutoryPeriod.ofWorkingDays(0))).isEqualTo(d("2025-10-09"));
  }

  @Test
  void deadline_calendarDaysFromBeforeTheKnownYears_needsOnlyTheLastDay() {
    assertThat(CN.deadline(d("2023-12-20"), StatutoryPeriod.ofDays(30))).isEqualTo(d("2024-01-19"));
    assertThatThrownBy(() -> CN.deadline(d("2023-12-20"), StatutoryPeriod.ofWorkingDays(5)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> CN.deadline(d("2026-12-01"), StatutoryPeriod.ofMonths(1)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void isWithin_actOnTheDeadline_isWithin_dayAfterIsNot() {
    StatutoryPeriod p = StatutoryPeriod.ofDays(3);
    assertThat(CN.isWithin(d("2025-09-30"), d("2025-10-09"), p)).isTrue();
    assertThat(CN.isWithin(d("2025-09-30"), d("2025-10-10"), p)).isFalse();
    assertThat(CN.isWithin(d("2025-09-30"), d("2025-09-29"), p)).isFalse();
    assertThat(CN.isWithin(d("2025-09-30"), d("2025-09-30"), p)).isTrue();
    Deadline dl = CN.explain(d("2025-09-30"), p);
    assertThat(dl.isWithin(d("2025-10-09"))).isTrue();
    assertThat(dl.isWithin(d("2025-10-10"))).isFalse();
  }

  // ---------------------------------------------------------------- data and regions

  private static final Notice TEST_NOTICE =
      new Notice("测试〔2025〕1号", "test notice, not real data", LocalDate.of(2025, 1, 1), "https://example.invalid/", null);

  private static RegionOverlay guangxiTestOverlay() {
    // Test data shaped like Guangxi's 壮族三月三 holiday; the dates are not from a real notice.
    return new RegionOverlay(
        "450000",
        "广西壮族自治区",
        List.of(
            new CalendarYear(
                2025,
                TEST_NOTICE,
                List.of(new Holiday("壮族三月三", d("2025-03-31"), d("2025-04-01"), List.of(d("2025-04-06")), null)))));
  }

  @Test
  void forRegion_withOverlay_addsLocalDaysOffAndWinsOverNational() {
    WorkingDayCalendar cal =
        CN.extendedWith(List.of(), List.of(guangxiTestOverlay()));
    WorkingDayCalendar gx = cal.forRegion("450102");
    assertThat(gx.region()).contains("450000");
    assertThat(gx.isWorkingDay(d("2025-03-31"))).isFalse();
    assertThat(gx.isHoliday(d("2025-04-01"))).isTrue();
    // 2025-04-06 is a national day off (清明节); the overlay makes it a working day.
    assertThat(gx.isWorkingDay(d("2025-04-06"))).isTrue();
    assertThat(cal.isWorkingDay(d("2025-03-31"))).isTrue();
    assertThat(gx.workingDaysIn(2025)).isEqualTo(248 - 2 + 1);
    assertThat(gx.firstYear()).isEqualTo(2025);
    assertThat(gx.lastYear()).isEqualTo(2025);
    assertThatThrownBy(() -> gx.isWorkingDay(d("2024-06-03"))).isInstanceOf(CalendarRangeException.class);
    assertThat(gx.forRegion("110000")).isSameAs(cal);
    assertThat(cal.forRegion("110105")).isSameAs(cal);
    assertThat(cal.forRegion("110105").region()).isEmpty();
  }

  @Test
  void forRegion_badCode_isAProgrammingError() {
    assertThatThrownBy(() -> CN.forRegion("45")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extendedWith_aYear_replacesIt() {
    CalendarYear y2025 = CN.data().years().get(1);
    CalendarYear without =
        new CalendarYear(2025, y2025.source(), y2025.holidays().subList(1, y2025.holidays().size()));
    WorkingDayCalendar cal = CN.extendedWith(new CalendarData(List.of(without), List.of()));
    assertThat(cal.isWorkingDay(d("2025-01-01"))).isTrue();
    assertThat(CN.isWorkingDay(d("2025-01-01"))).isFalse();
  }

  @Test
  void extendedWith_aNextYear_extendsTheRange() {
    CalendarYear y2027 = new CalendarYear(2027, TEST_NOTICE, List.of(Holiday.of("元旦", d("2027-01-01"), d("2027-01-01"))));
    WorkingDayCalendar cal = CN.extendedWith(new CalendarData(List.of(y2027), List.of()));
    assertThat(cal.lastYear()).isEqualTo(2027);
    assertThat(cal.plusWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
  }

  @Test
  void builder_yearsMustBeConsecutiveAndNotRepeated() {
    CalendarYear y2024 = CN.data().years().get(0);
    CalendarYear y2026 = CN.data().years().get(2);
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear(y2024).addYear(y2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year already added: 2024");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().addYear(y2024).addYear(y2026).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consecutive");
    WorkingDayCalendar only2026 = WorkingDayCalendar.builder().addYear(y2026).build();
    assertThat(only2026.workingDaysIn(2026)).isEqualTo(248);
  }

  @Test
  void holiday_makeUpDayOnAWeekday_isRejected() {
    assertThatThrownBy(() -> new Holiday("x", d("2025-05-01"), d("2025-05-05"), List.of(d("2025-04-28")), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a make-up working day must be a Saturday or Sunday: 2025-04-28 is a MONDAY");
  }

  @Test
  void toString_namesRangeAndRegion() {
    assertThat(CN.toString()).isEqualTo("WorkingDayCalendar[2024–2026]");
  }
}
