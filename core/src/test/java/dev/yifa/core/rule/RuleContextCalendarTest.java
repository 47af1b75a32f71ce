package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.profile.Profiles;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleContextCalendarTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

  @Test
  void of_knownProvince_countsOnChinaCalendar() {
    RuleContext ctx = RuleContext.of(AS_OF, Profiles.builtIn().profileFor("360424", AS_OF));
    assertThat(ctx.calendar().plusWorkingDays(LocalDate.of(2025, 9, 30), 5))
        .isEqualTo(LocalDate.of(2025, 10, 14));
  }

  @Test
  void of_unknownRegion_usesNationalCalendar() {
    RuleContext ctx = RuleContext.of(AS_OF, Profiles.builtIn().profileFor("999999", AS_OF));
    assertThat(ctx.calendar().region()).isEmpty();
  }

  @Test
  void withCalendar_replacesCalendarAndKeepsTheRest() {
    RuleContext ctx = RuleContext.of(AS_OF, Profiles.builtIn().national(AS_OF));
    WorkingDayCalendar other = WorkingDayCalendar.china().forRegion("450000");
    RuleContext changed = ctx.withCalendar(other);
    assertThat(changed.calendar()).isSameAs(other);
    assertThat(changed.asOf()).isEqualTo(AS_OF);
    assertThat(changed.profile()).isSameAs(ctx.profile());
  }
}
