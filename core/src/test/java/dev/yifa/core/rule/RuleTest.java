package dev.yifa.core.rule;

import static dev.yifa.core.rule.SamplePack.APL_2021;
import static dev.yifa.core.rule.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidRuleException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RuleTest {
  private static final Check<SampleCase> NOTHING = (c, ctx, out) -> {};

  private static Rule.Builder<SampleCase> complete() {
    return Rule.<SampleCase>builder("APL-042-two-officers")
        .cites(APL_2021.article(42))
        .severity(ERROR)
        .message("penalty.twoOfficers")
        .check(NOTHING);
  }

  @Test
  void builder_completeRule_keepsEveryField() {
    Rule<SampleCase> rule =
        complete().appliesFrom(LocalDate.of(2021, 7, 15)).appliesUntil(LocalDate.of(2030, 1, 1)).build();

    assertThat(rule.id()).isEqualTo("APL-042-two-officers");
    assertThat(rule.citations()).containsExactly(APL_2021.article(42));
    assertThat(rule.severity()).isEqualTo(ERROR);
    assertThat(rule.messageKey()).isEqualTo("penalty.twoOfficers");
    assertThat(rule.appliesFrom()).contains(LocalDate.of(2021, 7, 15));
    assertThat(rule.appliesUntil()).contains(LocalDate.of(2030, 1, 1));
    assertThat(rule.messages()).isEmpty();
  }

  @Test
  void builder_fieldSetTwice_isInvalidRule() {
    assertTwice(b -> b.cites(APL_2021.article(43)), "cites");
    assertTwice(b -> b.severity(ERROR), "severity");
    assertTwice(b -> b.message("other"), "message");
    assertTwice(b -> b.check(NOTHING), "check");
    assertTwice(
        b -> b.appliesFrom(LocalDate.of(2021, 1, 1)).appliesFrom(LocalDate.of(2021, 1, 1)),
        "appliesFrom");
    assertTwice(
        b -> b.appliesUntil(LocalDate.of(2031, 1, 1)).appliesUntil(LocalDate.of(2031, 1, 1)),
        "appliesUntil");
  }

  private static void assertTwice(UnaryOperator<Rule.Builder<SampleCase>> twice, String field) {
    assertThatThrownBy(() -> twice.apply(complete()))
        .isInstanceOfSatisfying(
            InvalidRuleException.class,
            e -> assertThat(e.ruleId()).isEqualTo("APL-042-two-officers"))
        .hasMessageContaining(field + " twice");
  }

  @Test
  void builder_missingField_isInvalidRuleNamingIt() {
    assertThatThrownBy(
            () -> Rule.<SampleCase>builder("APL-042-x").severity(ERROR).message("k").check(NOTHING).build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("missing cites");
    assertThatThrownBy(
            () -> Rule.<SampleCase>builder("APL-042-x").cites(APL_2021.article(42)).message("k").check(NOTHING).build())
        .hasMessageContaining("missing severity");
    assertThatThrownBy(
            () -> Rule.<SampleCase>builder("APL-042-x").cites(APL_2021.article(42)).severity(ERROR).check(NOTHING).build())
        .hasMessageContaining("missing message");
    assertThatThrownBy(
            () -> Rule.<SampleCase>builder("APL-042-x").cites(APL_2021.article(42)).severity(ERROR).message("k").build())
        .hasMessageContaining("missing check");
  }

  @Test
  void builder_badId_isInvalidRule() {
    for (String bad : new String[] {"apl-042-x", "APL", "APL-", "APL_042", "APL-042 x", "-APL-1"}) {
      assertThatThrownBy(() -> Rule.builder(bad))
          .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo(bad));
    }
    assertThat(Rule.builder("APL2017-037-two-officers")).isNotNull();
  }

  @Test
  void builder_emptyInterval_isInvalidRule() {
    assertThatThrownBy(
            () -> complete().appliesFrom(LocalDate.of(2021, 7, 15)).appliesUntil(LocalDate.of(2021, 7, 15)).build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("appliesUntil must be after appliesFrom");
  }

  @Test
  void builder_ownMessagesWithoutKey_isInvalidRule() {
    assertThatThrownBy(
            () -> Rule.<SampleCase>builder("APL-042-x")
                .cites(APL_2021.article(42))
                .severity(ERROR)
                .message(SamplePack.MESSAGES, "no.such.key")
                .check(NOTHING)
                .build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void appliesOn_fromInclusive_untilExclusive() {
    Rule<SampleCase> rule =
        complete().appliesFrom(LocalDate.of(2021, 7, 15)).appliesUntil(LocalDate.of(2030, 1, 1)).build();

    assertThat(rule.appliesOn(LocalDate.of(2021, 7, 14))).isFalse();
    assertThat(rule.appliesOn(LocalDate.of(2021, 7, 15))).isTrue();
    assertThat(rule.appliesOn(LocalDate.of(2029, 12, 31))).isTrue();
    assertThat(rule.appliesOn(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(complete().build().appliesOn(LocalDate.of(1900, 1, 1))).isTrue();
  }
}
