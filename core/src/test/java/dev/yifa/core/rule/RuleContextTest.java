package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.profile.Profiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  private static final ContextKey<String> CATALOG = ContextKey.of("catalog", String.class);
  private static final ContextKey<String> OTHER = ContextKey.of("catalog", String.class);

  @Test
  void with_addsATypedSlot_withoutChangingTheOriginal() {
    RuleContext base = Fixtures.jiangxi();
    RuleContext extended = base.with(CATALOG, "powers");

    assertThat(extended.get(CATALOG)).isEqualTo("powers");
    assertThat(base.find(CATALOG)).isEmpty();
    // Keys compare by identity: a second key with the same name is another slot.
    assertThat(extended.find(OTHER)).isEmpty();
    assertThatThrownBy(() -> base.get(CATALOG))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("catalog");
  }

  @Test
  void withAsOfAndProfile_replaceOnlyThatField() {
    RuleContext base = Fixtures.jiangxi().with(CATALOG, "powers");
    LocalDate day = LocalDate.of(2020, 1, 1);

    RuleContext moved = base.withAsOf(day).withProfile(Profiles.builtIn().national(day));

    assertThat(moved.asOf()).isEqualTo(day);
    assertThat(moved.profile().id()).startsWith("000000@");
    assertThat(moved.get(CATALOG)).isEqualTo("powers");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void with_valueOfTheWrongType_isRejected() {
    ContextKey raw = CATALOG;
    assertThatThrownBy(() -> Fixtures.jiangxi().with(raw, 42)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void draft_rejectsBadPathsAndRepeatedValues() {
    Rule<SampleCase> rule =
        Rule.<SampleCase>builder("APL-063-large-fine-x")
            .cites(SamplePack.APL_2021.article(63))
            .severity(Severity.NOTICE)
            .message("penalty.largeFine")
            .check((c, ctx, out) -> out.finding("/fine").value("amount", "1").value("amount", "2"))
            .build();
    Rule<SampleCase> badPath =
        Rule.<SampleCase>builder("APL-063-large-fine-y")
            .cites(SamplePack.APL_2021.article(63))
            .severity(Severity.NOTICE)
            .message("penalty.largeFine")
            .check((c, ctx, out) -> out.finding("fine").value("amount", "1"))
            .build();

    assertThatThrownBy(() -> Checker.of(SamplePack.pack(List.of(rule))).check(SampleCase.lawful(), Fixtures.jiangxi()))
        .isInstanceOf(dev.yifa.core.InvalidRuleException.class)
        .hasMessageContaining("value set twice: amount");
    assertThatThrownBy(() -> Checker.of(SamplePack.pack(List.of(badPath))).check(SampleCase.lawful(), Fixtures.jiangxi()))
        .isInstanceOf(dev.yifa.core.InvalidRuleException.class)
        .hasMessageContaining("JSON pointer");
  }
}
