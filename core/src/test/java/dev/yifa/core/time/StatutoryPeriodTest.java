package dev.yifa.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryPeriodTest {
  @Test
  void penaltyLawDays_twoThreeFiveSeven_areWorkingDays_othersCalendarDays() {
    for (int n : new int[] {2, 3, 5, 7}) {
      assertThat(StatutoryPeriod.penaltyLawDays(n)).isEqualTo(StatutoryPeriod.ofWorkingDays(n));
    }
    for (int n : new int[] {1, 4, 10, 15, 60, 90}) {
      assertThat(StatutoryPeriod.penaltyLawDays(n)).isEqualTo(StatutoryPeriod.ofDays(n));
    }
  }

  @Test
  void licensingLawDays_areAlwaysWorkingDays() {
    assertThat(StatutoryPeriod.licensingLawDays(20).unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(StatutoryPeriod.licensingLawDays(45).unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
  }

  @Test
  void coercionLawDays_tenOrFewer_areWorkingDays() {
    assertThat(StatutoryPeriod.coercionLawDays(10).unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(StatutoryPeriod.coercionLawDays(1).unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(StatutoryPeriod.coercionLawDays(11).unit()).isEqualTo(PeriodUnit.DAYS);
    assertThat(StatutoryPeriod.coercionLawDays(30).unit()).isEqualTo(PeriodUnit.DAYS);
  }

  @Test
  void reconsiderationLawDays_threeFiveSevenTen_areWorkingDays() {
    for (int n : new int[] {3, 5, 7, 10}) {
      assertThat(StatutoryPeriod.reconsiderationLawDays(n).unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    }
    for (int n : new int[] {2, 15, 60}) {
      assertThat(StatutoryPeriod.reconsiderationLawDays(n).unit()).isEqualTo(PeriodUnit.DAYS);
    }
  }

  @Test
  void negativeAmount_isRejected() {
    assertThatThrownBy(() -> StatutoryPeriod.ofDays(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative: -1");
  }

  @Test
  void textForms() {
    assertThat(StatutoryPeriod.ofWorkingDays(5).toChinese()).isEqualTo("5个工作日");
    assertThat(StatutoryPeriod.ofDays(15).toChinese()).isEqualTo("15日");
    assertThat(StatutoryPeriod.ofMonths(3).toChinese()).isEqualTo("3个月");
    assertThat(StatutoryPeriod.ofYears(2).toChinese()).isEqualTo("2年");
    assertThat(StatutoryPeriod.ofWorkingDays(1).toEnglish()).isEqualTo("1 working day");
    assertThat(StatutoryPeriod.ofMonths(3).toEnglish()).isEqualTo("3 months");
  }

  @Test
  void valueTypes_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(StatutoryPeriod.ofDays(5), new StatutoryPeriod(5, PeriodUnit.DAYS))
        .addEqualityGroup(StatutoryPeriod.ofWorkingDays(5), StatutoryPeriod.penaltyLawDays(5))
        .addEqualityGroup(StatutoryPeriod.ofMonths(5))
        .testEquals();
    LocalDate d = LocalDate.of(2025, 3, 1);
    new EqualsTester()
        .addEqualityGroup(Holiday.of("a", d, d), new Holiday("a", d, d, List.of(), null))
        .addEqualityGroup(Holiday.of("a", d, d.plusDays(1)))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(LocalDate.class, d)
            .setDefault(StatutoryPeriod.class, StatutoryPeriod.ofDays(1))
            .setDefault(CalendarData.class, WorkingDayCalendar.china().data());
    npt.testAllPublicStaticMethods(StatutoryPeriod.class);
    npt.testAllPublicConstructors(StatutoryPeriod.class);
    npt.testAllPublicConstructors(Holiday.class);
    npt.testAllPublicConstructors(Notice.class);
    npt.testAllPublicConstructors(Deadline.class);
    npt.testAllPublicStaticMethods(WorkingDayCalendar.class);
    npt.testAllPublicInstanceMethods(WorkingDayCalendar.china());
  }
}
