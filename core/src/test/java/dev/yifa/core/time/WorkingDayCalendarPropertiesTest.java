package dev.yifa.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.CalendarRangeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Laws of working-day counting, checked on the bundled calendar. */
class WorkingDayCalendarPropertiesTest {
  private static final WorkingDayCalendar CN = WorkingDayCalendar.china();
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  private static Gen<LocalDate> between(LocalDate first, LocalDate last) {
    return SourceDSL.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  private static Gen<LocalDate> known() {
    return between(FIRST, LAST);
  }

  private static Gen<Integer> counts() {
    return SourceDSL.integers().between(0, 400);
  }

  /** Working days left in the calendar after d, capped: n working days after d stay inside. */
  private static int fit(LocalDate d, int n) {
    return Math.min(n, CN.workingDaysBetween(d, LAST));
  }

  private static Gen<LocalDate> workingDays() {
    return known().map(CN::nextWorkingDayOnOrAfter);
  }

  /** The simple model: step day by day. */
  private static LocalDate stepForward(LocalDate d, int n) {
    LocalDate day = d;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (CN.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  @Test
  void plusWorkingDays_agreesWithSteppingDayByDay() {
    qt().forAll(known(), counts())
        .checkAssert(
            (d, n) -> assertThat(CN.plusWorkingDays(d, fit(d, n))).isEqualTo(stepForward(d, fit(d, n))));
  }

  @Test
  void minusWorkingDays_undoesPlusWorkingDays_fromAWorkingDay() {
    qt().forAll(workingDays(), counts())
        .checkAssert(
            (d, n) ->
                assertThat(CN.minusWorkingDays(CN.plusWorkingDays(d, fit(d, n)), fit(d, n))).isEqualTo(d));
  }

  @Test
  void workingDaysBetween_startAndPlusWorkingDays_isN() {
    qt().forAll(known(), counts())
        .checkAssert(
            (d, n) -> assertThat(CN.workingDaysBetween(d, CN.plusWorkingDays(d, fit(d, n)))).isEqualTo(fit(d, n)));
  }

  @Test
  void plusWorkingDays_isStrictlyIncreasingInN() {
    qt().forAll(between(FIRST, LAST.minusDays(30)), counts())
        .checkAssert(
            (d, n) -> {
              int m = fit(d, n + 1) - 1;
              assertThat(CN.plusWorkingDays(d, m + 1)).isAfter(CN.plusWorkingDays(d, m));
            });
  }

  @Test
  void plusWorkingDays_positiveN_alwaysLandsOnAWorkingDay() {
    qt().forAll(between(FIRST, LAST.minusDays(30)), SourceDSL.integers().between(1, 400))
        .check((d, n) -> CN.isWorkingDay(CN.plusWorkingDays(d, Math.max(1, fit(d, n)))));
  }

  @Test
  void workingDaysBetween_isAntisymmetricAndAdditive() {
    qt().forAll(known(), known(), known())
        .checkAssert(
            (a, b, c) -> {
              assertThat(CN.workingDaysBetween(a, b)).isEqualTo(-CN.workingDaysBetween(b, a));
              assertThat(CN.workingDaysBetween(a, b) + CN.workingDaysBetween(b, c))
                  .isEqualTo(CN.workingDaysBetween(a, c));
            });
  }

  @Test
  void nextWorkingDayOnOrAfter_isAWorkingDay_withOnlyNonWorkingDaysBefore() {
    qt().forAll(between(FIRST, LAST.minusDays(20)))
        .checkAssert(
            d -> {
              LocalDate next = CN.nextWorkingDayOnOrAfter(d);
              assertThat(CN.isWorkingDay(next)).isTrue();
              for (LocalDate day = d; day.isBefore(next); day = day.plusDays(1)) {
                assertThat(CN.isWorkingDay(day)).isFalse();
              }
            });
  }

  @Test
  void deadlineInDays_isTheNominalDayOrTheFirstWorkingDayAfterIt() {
    qt().forAll(between(FIRST, LAST.minusDays(400)), SourceDSL.integers().between(0, 365))
        .checkAssert(
            (d, n) -> {
              Deadline dl = CN.explain(d, StatutoryPeriod.ofDays(n));
              assertThat(dl.nominalEnd()).isEqualTo(d.plusDays(n));
              assertThat(CN.isWorkingDay(dl.end())).isTrue();
              assertThat(dl.nonWorkingDaysSkipped())
                  .isEqualTo((int) (dl.end().toEpochDay() - dl.nominalEnd().toEpochDay()));
              for (LocalDate day = dl.nominalEnd(); day.isBefore(dl.end()); day = day.plusDays(1)) {
                assertThat(CN.isWorkingDay(day)).isFalse();
              }
            });
  }

  @Test
  void datesOutsideTheKnownYears_throwCalendarRangeException() {
    Gen<LocalDate> outside =
        between(LocalDate.of(1900, 1, 1), FIRST.minusDays(1))
            .mix(between(LAST.plusDays(1), LocalDate.of(2200, 12, 31)));
    qt().forAll(outside)
        .checkAssert(
            d -> {
              assertThatThrownBy(() -> CN.isWorkingDay(d))
                  .isInstanceOfSatisfying(
                      CalendarRangeException.class, e -> assertThat(e.date()).isEqualTo(d));
              assertThatThrownBy(() -> CN.plusWorkingDays(d, 1)).isInstanceOf(CalendarRangeException.class);
              assertThatThrownBy(() -> CN.workingDaysBetween(FIRST, d))
                  .isInstanceOf(CalendarRangeException.class);
            });
  }
}
