package dev.yifa.core.rule;

import static dev.yifa.core.rule.SamplePack.APL_2021;
import static dev.yifa.core.rule.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidRuleException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackTest {
  @Test
  void build_keepsRulesInOrder_andFindsThemById() {
    RulePack<SampleCase> pack = SamplePack.PACK;

    assertThat(pack.name()).isEqualTo("penalty/2021.1");
    assertThat(pack.documentType()).isEqualTo("penalty-case");
    assertThat(pack.rules()).containsExactlyElementsOf(SamplePack.RULES);
    assertThat(pack.rule("APL-063-hearing-not-offered")).contains(SamplePack.HEARING);
    assertThat(pack.rule("APL-999-none")).isEmpty();
  }

  @Test
  void build_duplicateRuleId_isInvalidRule() {
    assertThatThrownBy(
            () -> SamplePack.pack(List.of(SamplePack.TWO_OFFICERS, SamplePack.HEARING, SamplePack.TWO_OFFICERS)))
        .isInstanceOfSatisfying(
            InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("APL-042-two-officers"))
        .hasMessageContaining("twice");
  }

  @Test
  void build_messageKeyMissingInOneLanguage_isInvalidRule() {
    Messages zhOnly = Messages.of("test", Map.of("k", "中文{a}"), Map.of());
    Rule<SampleCase> rule =
        Rule.<SampleCase>builder("APL-001-x").cites(APL_2021.article(1)).severity(ERROR).message("k").check((c, ctx, out) -> {}).build();

    assertThatThrownBy(
            () -> RulePack.builder("p", "1", SampleCase.class).documentType("d").subjectId(SampleCase::id).messages(zhOnly).add(rule).build())
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("APL-001-x"))
        .hasMessageContaining("missing from test (en)");
  }

  @Test
  void build_languagesNamingDifferentParameters_isInvalidRule() {
    Messages mismatch = Messages.of("test", Map.of("k", "罚款{amount}元"), Map.of("k", "a fine of {amuont}"));
    Rule<SampleCase> rule =
        Rule.<SampleCase>builder("APL-001-x").cites(APL_2021.article(1)).severity(ERROR).message("k").check((c, ctx, out) -> {}).build();

    assertThatThrownBy(
            () -> RulePack.builder("p", "1", SampleCase.class).documentType("d").subjectId(SampleCase::id).messages(mismatch).add(rule).build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("different parameters");
  }

  @Test
  void build_noMessagesAnywhere_isInvalidRule() {
    assertThatThrownBy(
            () -> RulePack.builder("p", "1", SampleCase.class).documentType("d").subjectId(SampleCase::id).add(SamplePack.HEARING).build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("names no messages");
  }

  @Test
  void builder_missingOrTwiceSetFields_areInvalidRule() {
    assertThatThrownBy(() -> RulePack.builder("p", "1", SampleCase.class).subjectId(SampleCase::id).build())
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("documentType");
    assertThatThrownBy(() -> RulePack.builder("p", "1", SampleCase.class).documentType("d").build())
        .hasMessageContaining("subjectId");
    assertThatThrownBy(() -> RulePack.builder("p", "1", SampleCase.class).documentType("d").documentType("e"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> RulePack.builder("Penalty", "1", SampleCase.class))
        .isInstanceOf(InvalidRuleException.class);
    assertThatThrownBy(() -> RulePack.builder("penalty", "2021/1", SampleCase.class))
        .isInstanceOf(InvalidRuleException.class);
  }

  @Test
  void toBuilder_addingARule_keepsTheOthers() {
    Rule<SampleCase> extra =
        Rule.<SampleCase>builder("APL-001-extra").cites(APL_2021.article(1)).severity(ERROR)
            .message("penalty.largeFine").check((c, ctx, out) -> {}).build();

    RulePack<SampleCase> bigger = SamplePack.PACK.toBuilder().add(extra).build();

    assertThat(bigger.rules()).hasSize(SamplePack.RULES.size() + 1);
    assertThat(bigger.rules().get(0).id()).isEqualTo(SamplePack.RULES.get(0).id());
    assertThat(bigger.name()).isEqualTo("penalty/2021.1");
  }
}
