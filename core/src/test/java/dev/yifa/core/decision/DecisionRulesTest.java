package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {
  private static final Checker<MajorDecision> CHECKER = Checker.of(DecisionRules.PACK);

  private static Report check(ObjectNode t) {
    return CHECKER.check(MajorDecisionChecker.read(t), Samples.context(LocalDate.of(2025, 12, 31)));
  }

  private static ObjectNode lawful() {
    return Samples.tree(
        "decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");
  }

  @Test
  void commentPeriod_outsideTheCalendar_countsCalendarDaysWithoutHolidayMove() {
    ObjectNode t = lawful();
    ObjectNode c = (ObjectNode) t.get("publicParticipation").get("publicComment");
    c.put("openedOn", "2023-03-01").put("closedOn", "2023-03-31");
    assertThat(check(t).findings()).isEmpty();
    c.put("closedOn", "2023-03-30");
    assertThat(check(t).findings())
        .extracting(Finding::ruleId)
        .containsExactly("MAJ-015-comment-period-short");
  }

  @Test
  void rules_beforeTheDecreeTookEffect_doNotApply() {
    ObjectNode t = lawful();
    t.remove("legalityReview");
    ((ObjectNode) t.get("decision")).put("decidedOn", "2019-08-31");
    assertThat(check(t).findings()).isEmpty();
    ((ObjectNode) t.get("decision")).put("decidedOn", "2019-09-01");
    assertThat(check(t).findings())
        .extracting(Finding::ruleId)
        .containsExactly("MAJ-025-no-legality-review");
  }

  @Test
  void pendingDraft_isNotYetHeldToMeetingSteps() {
    ObjectNode t = lawful();
    for (String f : new String[] {"meeting", "decision", "legalityReview", "publicParticipation"}) {
      t.remove(f);
    }
    assertThat(check(t).findings()).isEmpty();
  }

  @Test
  void pack_isNamedAndDocumented() {
    assertThat(DecisionRules.PACK.name()).isEqualTo("decision/2019");
    assertThat(DecisionRules.PACK.rules()).hasSize(DecisionRules.RULES.size());
    assertThat(DecisionRules.RULES).allSatisfy(r -> assertThat(r.id()).startsWith("MAJ-"));
  }

  @Test
  void values_equalByComponents() {
    DivisionCode x = DivisionCode.parse("360424");
    new EqualsTester()
        .addEqualityGroup(
            ActingBody.government("修水县人民政府", BodyLevel.COUNTY, x),
            new ActingBody("修水县人民政府", BodyLevel.COUNTY, BodyKind.GOVERNMENT, null, x))
        .addEqualityGroup(ActingBody.department("修水县人民政府", BodyLevel.COUNTY, "卫生健康", x))
        .testEquals();
  }

  @Test
  void publicEntries_rejectNulls() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(DivisionCode.class, DivisionCode.parse("360424"));
    t.setDefault(MajorDecision.class, Samples.lawfulDecision());
    t.setDefault(RuleContext.class, Samples.context(LocalDate.of(2025, 12, 31)));
    t.setDefault(dev.yifa.core.rule.Findings.class, dev.yifa.core.rule.TestFindings.create());
    t.setDefault(
        ActingBody.class, ActingBody.government("修水县人民政府", BodyLevel.COUNTY, DivisionCode.parse("360424")));
    t.testAllPublicStaticMethods(DecisionAuthority.class);
    t.testAllPublicStaticMethods(AgendaGate.class);
    t.testAllPublicStaticMethods(DecisionStatistics.class);
    t.testAllPublicStaticMethods(ActingBody.class);
    t.testAllPublicInstanceMethods(Samples.lawfulDecision());
  }
}
