package dev.yifa.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of the 2021 pack over generated cases (local generators: yifa-testkit depends on this module). */
class PenaltyPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  private static final RuleContext CTX = RuleContext.of(AS_OF, Profiles.builtIn().profileFor("360424", AS_OF));
  private static final Set<String> DEADLINE_RULES =
      Set.of("APL-060-decision-late");

  private static JsonNode base() {
    try (InputStream in = PenaltyPropertiesTest.class.getResourceAsStream("/scenarios/penalty-2021/base/org.json")) {
      return YifaJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A lawful case: filed on a 2025 day, noticed 20 days later, decided 15 days after, served the next day, paid in 5, fine below the hearing figure. */
  private static Gen<PenaltyCase> lawfulCases() {
    return SourceDSL.integers().between(0, 300).zip(SourceDSL.integers().between(100, 1999900), (day, fen) -> {
      LocalDate filed = LocalDate.of(2025, 1, 2).plusDays(day);
      ObjectNode doc = (ObjectNode) base();
      doc.put("filedOn", filed.toString());
      ((ObjectNode) doc.get("violation")).put("startedOn", filed.minusDays(40).toString()).put("endedOn", filed.minusDays(30).toString()).put("discoveredOn", filed.minusDays(5).toString());
      ((ObjectNode) doc.get("notice")).put("servedOn", filed.plusDays(20).toString());
      ObjectNode d = (ObjectNode) doc.get("decision");
      d.put("decidedOn", filed.plusDays(35).toString()).put("servedOn", filed.plusDays(36).toString());
      String amount = String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
      ((ObjectNode) d.get("penalties").get(0)).put("amount", amount);
      ((ObjectNode) doc.get("notice").get("proposed").get(0)).put("amount", amount);
      d.remove("discretion");
      ((ObjectNode) doc.get("payment")).put("paidOn", filed.plusDays(41).toString()).put("amount", amount);
      doc.put("closedOn", filed.plusDays(50).toString());
      doc.remove("publication");
      return PenaltyCase.read(doc);
    });
  }

  @Test
  void generatedLawfulCase_hasNoError() {
    qt().forAll(lawfulCases()).check(c -> {
      Report r = PenaltyPacks.check(c, CTX);
      return r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
    });
  }

  @Test
  void movingTheDecisionLater_neverRemovesADeadlineFinding() {
    qt().forAll(lawfulCases(), SourceDSL.integers().between(0, 200), SourceDSL.integers().between(1, 60))
        .check((c, extra, more) -> {
          Set<String> before = deadlineFindings(withDecisionAfter(c, extra));
          Set<String> after = deadlineFindings(withDecisionAfter(c, extra + more));
          return after.containsAll(before);
        });
  }

  private static PenaltyCase withDecisionAfter(PenaltyCase c, int days) {
    PenaltyCase.Decision d = c.decision();
    LocalDate decided = d.decidedOn().plusDays(days);
    PenaltyCase.Decision moved = new PenaltyCase.Decision(d.number(), decided, decided.plusDays(1), d.timeLimitExtended(), d.penalties(), d.basis(), d.discretion(), d.stated(), d.mitigated(), d.hearingRecordBased(), d.mitigationGrounds());
    return new PenaltyCase(c.type(), c.id(), c.region(), c.agency(), c.party(), c.violation(), c.procedure(), c.lead(), c.filedOn(), c.officers(), c.notice(), c.statement(), c.hearing(), c.legalReview(), c.legalReviewTriggers(), c.majorCase(), c.collectiveDiscussion(), moved, null, null, null, c.recording(), null);
  }

  private static Set<String> deadlineFindings(PenaltyCase c) {
    Set<String> ids = new TreeSet<>();
    for (Finding f : PenaltyPacks.check(c, CTX).findings()) {
      if (DEADLINE_RULES.contains(f.ruleId())) {
        ids.add(f.ruleId());
      }
    }
    return ids;
  }

  @Test
  void packs_haveDistinctVersionsAndCiteTheirOwnLaw() {
    assertThat(PenaltyPacks.PACK_2017.rules()).allSatisfy(r -> assertThat(r.citations().get(0).version()).isIn("2017"));
    assertThat(PenaltyPacks.PACK_2021.rules()).allSatisfy(r -> assertThat(r.citations().get(0).version()).isEqualTo("2021"));
    assertThat(PenaltyPacks.PACK_2021.rules()).hasSizeGreaterThan(45);
  }
}
