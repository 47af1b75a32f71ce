package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionStatisticsTest {
  /**
   * A county's four years: 2021–2024, 40 decisions a year by two bodies; every year 28 went to
   * public comment (so 112 over four years), the others were heard at symposiums only.
   */
  private static List<MajorDecision> fourYears() {
    List<MajorDecision> out = new ArrayList<>();
    int n = 0;
    for (int year = 2021; year <= 2024; year++) {
      for (int k = 0; k < 40; k++) {
        ObjectNode t =
            Samples.tree("decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");
        t.put("id", "XS-JC-" + year + "-" + (++n));
        t.put("startedOn", year + "-01-10");
        ((ObjectNode) t.get("decision")).put("decidedOn", year + "-11-18");
        if (k % 2 == 1) {
          ((ObjectNode) t.get("decisionBody")).put("name", "修水县人民政府办公室");
        }
        if (k >= 28) {
          ObjectNode p = (ObjectNode) t.get("publicParticipation");
          p.remove("publicComment");
          p.putArray("methods").add("SYMPOSIUM");
        }
        if (k >= 30) {
          t.remove("expertArgumentation");
        }
        out.add(MajorDecisionChecker.read(t));
      }
    }
    return out;
  }

  @Test
  void count_publicCommentOverFourYears_reproducesTheCountysFigure() {
    DecisionStatistics s = DecisionStatistics.of(fourYears());
    assertThat(s.count(DecisionStep.PUBLIC_COMMENT, 2021, 2024)).isEqualTo(112);
    assertThat(s.count(DecisionStep.PUBLIC_COMMENT, 2022, 2022)).isEqualTo(28);
    assertThat(s.total()).isEqualTo(160);
  }

  @Test
  void byYearBodyAndStep_countDecisions() {
    DecisionStatistics s = DecisionStatistics.of(fourYears());
    assertThat(s.byYear()).containsExactly(
        Map.entry(2021, 40L), Map.entry(2022, 40L), Map.entry(2023, 40L), Map.entry(2024, 40L));
    assertThat(s.byBody()).containsEntry("修水县人民政府", 80L).containsEntry("修水县人民政府办公室", 80L);
    assertThat(s.byStep())
        .containsEntry(DecisionStep.PUBLIC_PARTICIPATION, 160L)
        .containsEntry(DecisionStep.PUBLIC_COMMENT, 112L)
        .containsEntry(DecisionStep.EXPERT_ARGUMENTATION, 120L)
        .containsEntry(DecisionStep.LEGALITY_REVIEW, 160L);
    assertThat(s.byYearAndStep().get(2023)).containsEntry(DecisionStep.EXPERT_ARGUMENTATION, 30L);
    assertThat(s.byBodyAndStep().get("修水县人民政府")).containsEntry(DecisionStep.PUBLIC_COMMENT, 56L);
  }

  @Test
  void of_nothing_countsNothing() {
    DecisionStatistics s = DecisionStatistics.of(List.of());
    assertThat(s.total()).isZero();
    assertThat(s.byStep()).isEmpty();
    assertThat(s.count(DecisionStep.PUBLIC_COMMENT, 2000, 2100)).isZero();
  }
}
