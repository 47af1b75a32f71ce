package dev.yifa.core.decision;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The agenda gate and the rule pack say the same thing about the steps before the meeting. */
class AgendaGatePropertiesTest {
  private static final Checker<MajorDecision> CHECKER = Checker.of(DecisionRules.PACK);
  private static final ObjectNode LAWFUL =
      Samples.tree("decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");
  private static final RuleContext CTX = Samples.context(LocalDate.of(2025, 12, 31));

  /** The rules whose ERROR findings mean the draft should not have gone to the meeting. */
  private static final Set<String> BEFORE_MEETING =
      Set.of(
          "MAJ-014-no-public-participation",
          "MAJ-015-comment-period-short",
          "MAJ-019-no-expert-argumentation",
          "MAJ-022-no-risk-assessment",
          "MAJ-024-risk-not-controllable",
          "MAJ-025-no-legality-review",
          "MAJ-029-no-fair-competition-review");

  private static Gen<MajorDecision> drafts() {
    List<String> features = List.of("TECHNICAL", "SOCIAL_STABILITY", "MARKET_ENTITIES", "NOT_DISCLOSED");
    List<String> blocks =
        List.of("publicParticipation", "expertArgumentation", "riskAssessment", "fairCompetitionReview", "legalityReview");
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              ObjectNode t = LAWFUL.deepCopy();
              ArrayNode fs = t.putArray("features");
              for (String f : features) {
                if (r.nextInt(3) != 0) {
                  fs.add(f);
                }
              }
              for (String b : blocks) {
                if (r.nextInt(4) == 0) {
                  t.remove(b);
                }
              }
              if (t.has("publicParticipation")) {
                ((ObjectNode) t.get("publicParticipation").get("publicComment"))
                    .put("openedOn", LocalDate.of(2025, 9, 1).plusDays(r.nextInt(40)).toString());
              }
              if (t.has("legalityReview")) {
                ((ObjectNode) t.get("legalityReview"))
                    .put("passed", r.nextInt(4) != 0)
                    .put("completedOn", LocalDate.of(2025, 11, 7).plusDays(r.nextInt(10)).toString());
              }
              if (t.has("riskAssessment")) {
                String[] c = {"CONTROLLABLE", "CONTROLLABLE_AFTER_ADJUSTMENT", "NOT_CONTROLLABLE"};
                ((ObjectNode) t.get("riskAssessment")).put("conclusion", c[r.nextInt(3)]);
              }
              if (t.has("fairCompetitionReview")) {
                ((ObjectNode) t.get("fairCompetitionReview")).put("passed", r.nextInt(4) != 0);
              }
              if (r.nextInt(5) == 0) {
                t.remove("legalityReview");
                t.putObject("exploratoryReform").put("legalRiskStated", r.nextBoolean());
              }
              return MajorDecisionChecker.read(t);
            });
  }

  @Test
  void gate_refusesExactlyWhenARuleFindsAPreMeetingStepMissing() {
    qt().withExamples(500)
        .forAll(drafts())
        .check(
            d -> {
              Report report = CHECKER.check(d, CTX);
              boolean ruleObjects =
                  report.findings().stream()
                      .filter(f -> f.severity() == Severity.ERROR)
                      .map(Finding::ruleId)
                      .anyMatch(BEFORE_MEETING::contains);
              AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(d, CTX);
              boolean onlyStillOpen =
                  !v.missing().isEmpty()
                      && v.missing().stream().allMatch(m -> m.defect().equals("STILL_OPEN"));
              return ruleObjects ? !v.mayGo() : (v.mayGo() || onlyStillOpen);
            });
  }
}
