package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountabilityTest {
  private static final Checker<MajorDecision> CHECKER = Checker.of(DecisionRules.PACK);

  @Test
  void of_lawfulDecision_recordsNobody() {
    MajorDecision d = Samples.lawfulDecision();
    Report r = CHECKER.check(d, Samples.context(LocalDate.of(2025, 12, 31)));
    assertThat(Accountability.of(d, r)).isEmpty();
  }

  @Test
  void of_procedureBreaches_splitsBetweenUndertakerAndDecisionOrgan() {
    ObjectNode t =
        Samples.tree("decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");
    t.remove("expertArgumentation");
    t.remove("legalityReview");
    ((ObjectNode) t.get("meeting")).put("dissentingMembers", 2).put("dissent", "反对");
    ((ObjectNode) t.get("postEvaluation")).put("byPreDecisionAssessor", false);
    MajorDecision d = MajorDecisionChecker.read(t);
    Report r = CHECKER.check(d, Samples.context(LocalDate.of(2025, 12, 31)));
    List<Accountability.Record> records = Accountability.of(d, r);
    assertThat(records)
        .extracting(Accountability.Record::ruleId, Accountability.Record::party, Accountability.Record::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "MAJ-019-no-expert-argumentation", Accountability.Party.UNDERTAKER, "修水县交通运输局"),
            org.assertj.core.groups.Tuple.tuple(
                "MAJ-025-no-legality-review", Accountability.Party.DECISION_ORGAN, "修水县人民政府"));
    assertThat(records.get(0).liability()).isEqualTo(Laws.MAJOR_DECISIONS_2019.article(39));
    assertThat(records.get(1).liability()).isEqualTo(Laws.MAJOR_DECISIONS_2019.article(38).paragraph(1));
    assertThat(records.get(1).dissentersRelieved()).isEqualTo(2);
    assertThat(records).allSatisfy(x -> assertThat(x.ground()).isEqualTo(Accountability.Ground.AGAINST_PROCEDURE));
    assertThat(records).allSatisfy(x -> assertThat(x.year()).isEqualTo(2025));
  }

  @Test
  void of_revocationBeyondAuthority_isCountedAsSuch() {
    ObjectNode t =
        Samples.tree("decision-2019", "MAJ-007-revoke-beyond-authority--unlawful-department-revokes-other-line");
    MajorDecision d = MajorDecisionChecker.read(t);
    Report r = CHECKER.check(d, Samples.context(LocalDate.of(2025, 12, 31)));
    assertThat(Accountability.of(d, r))
        .singleElement()
        .satisfies(x -> assertThat(x.ground()).isEqualTo(Accountability.Ground.BEYOND_AUTHORITY));
  }

  @Test
  void of_reportOfAnotherDecision_isRejected() {
    MajorDecision d = Samples.lawfulDecision();
    Report other = new Report("X", "major-decision", "decision/2019", "p", List.of(), List.of());
    assertThatThrownBy(() -> Accountability.of(d, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report is about X");
  }
}
