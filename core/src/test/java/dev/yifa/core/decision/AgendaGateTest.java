package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaGateTest {
  private static MajorDecision draft(ObjectNode tree) {
    // A draft on its way to the meeting: no meeting, no decision, nothing after.
    for (String f :
        List.of(
            "meeting",
            "partyCommitteeReport",
            "decision",
            "publication",
            "implementation",
            "postEvaluation",
            "archiving")) {
      tree.remove(f);
    }
    return MajorDecisionChecker.read(tree);
  }

  private static ObjectNode lawfulTree() {
    return Samples.tree(
        "decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");
  }

  @Test
  void mayGoToMeeting_completeRecord_goes() {
    AgendaGate.Verdict v =
        AgendaGate.mayGoToMeeting(draft(lawfulTree()), Samples.context(LocalDate.of(2025, 11, 13)));
    assertThat(v.mayGo()).isTrue();
    assertThat(v.missing()).isEmpty();
    assertThat(v.cautions()).isEmpty();
    assertThat(v.meetingDay()).isEqualTo(LocalDate.of(2025, 11, 13));
  }

  @Test
  void mayGoToMeeting_withoutLegalityReview_isRefusedCitingArticle25() {
    ObjectNode t = lawfulTree();
    t.remove("legalityReview");
    AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(draft(t), Samples.context(LocalDate.of(2025, 11, 13)));
    assertThat(v.mayGo()).isFalse();
    assertThat(v.missing()).singleElement().satisfies(m -> {
      assertThat(m.step()).isEqualTo(DecisionStep.LEGALITY_REVIEW);
      assertThat(m.defect()).isEqualTo("MISSING");
      assertThat(m.citations().stream().map(Citation::toChinese))
          .containsExactly(
              "《重大行政决策程序暂行条例》第二十五条第一款", "《重大行政决策程序暂行条例》第二十五条第二款");
    });
  }

  @Test
  void mayGoToMeeting_reviewNotYetDone_isRefused() {
    AgendaGate.Verdict v =
        AgendaGate.mayGoToMeeting(draft(lawfulTree()), Samples.context(LocalDate.of(2025, 11, 5)));
    assertThat(v.missing()).extracting(AgendaGate.MissingStep::defect).containsExactly("AFTER_MEETING");
  }

  @Test
  void mayGoToMeeting_commentStillOpen_isRefused() {
    AgendaGate.Verdict v =
        AgendaGate.mayGoToMeeting(draft(lawfulTree()), Samples.context(LocalDate.of(2025, 10, 15)));
    assertThat(v.missing())
        .extracting(AgendaGate.MissingStep::step)
        .contains(DecisionStep.PUBLIC_COMMENT, DecisionStep.LEGALITY_REVIEW);
  }

  @Test
  void mayGoToMeeting_everyMissingStepNamedWithItsArticle() {
    ObjectNode t = lawfulTree();
    for (String f :
        List.of("publicParticipation", "expertArgumentation", "riskAssessment", "fairCompetitionReview", "legalityReview")) {
      t.remove(f);
    }
    AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(draft(t), Samples.context(LocalDate.of(2025, 11, 13)));
    assertThat(v.missing())
        .extracting(AgendaGate.MissingStep::step)
        .containsExactly(
            DecisionStep.PUBLIC_PARTICIPATION,
            DecisionStep.EXPERT_ARGUMENTATION,
            DecisionStep.RISK_ASSESSMENT,
            DecisionStep.FAIR_COMPETITION_REVIEW,
            DecisionStep.LEGALITY_REVIEW);
    assertThat(v.missing().get(1).citations())
        .containsExactly(Laws.MAJOR_DECISIONS_2019.article(19).paragraph(1));
  }

  @Test
  void mayGoToMeeting_exploratoryReformWithRiskStated_goesWithoutReview() {
    ObjectNode t = lawfulTree();
    t.remove("legalityReview");
    t.putObject("exploratoryReform").put("legalRiskStated", true);
    assertThat(AgendaGate.mayGoToMeeting(draft(t), Samples.context(LocalDate.of(2025, 11, 13))).mayGo())
        .isTrue();
  }

  @Test
  void mayGoToMeeting_shortReviewAcrossSpringFestival_isACautionNotABar() {
    ObjectNode t = lawfulTree();
    ObjectNode r = (ObjectNode) t.get("legalityReview");
    r.put("submittedOn", "2026-02-12");
    r.put("completedOn", "2026-02-27");
    AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(draft(t), Samples.context(LocalDate.of(2026, 3, 5)));
    assertThat(v.mayGo()).isTrue();
    assertThat(v.cautions()).extracting(AgendaGate.MissingStep::defect).containsExactly("REVIEW_TIME_SHORT");
  }

  @Test
  void mayGoToMeeting_riskUncontrollable_isRefusedCitingArticle24() {
    ObjectNode t = lawfulTree();
    ((ObjectNode) t.get("riskAssessment")).put("conclusion", "NOT_CONTROLLABLE");
    AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(draft(t), Samples.context(LocalDate.of(2025, 11, 13)));
    assertThat(v.missing()).singleElement().satisfies(m -> {
      assertThat(m.defect()).isEqualTo("NOT_CONTROLLABLE");
      assertThat(m.citations()).containsExactly(Laws.MAJOR_DECISIONS_2019.article(24));
    });
  }
}
