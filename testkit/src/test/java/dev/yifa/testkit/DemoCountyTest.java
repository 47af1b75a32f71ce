package dev.yifa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.card.CardColour;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.Cards;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.core.decision.AgendaGate;
import dev.yifa.core.decision.DecisionStatistics;
import dev.yifa.core.decision.DecisionStep;
import dev.yifa.core.decision.MajorDecision;
import dev.yifa.core.decision.MajorDecisionChecker;
import dev.yifa.core.document.BasisStatus;
import dev.yifa.core.document.NormativeDocument;
import dev.yifa.core.document.NormativeDocumentChecker;
import dev.yifa.core.document.NormativeDocumentRegistry;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.enforcement.catalog.PowerCatalog;
import dev.yifa.enforcement.penalty.PenaltyCase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DemoCountyTest {
  private static final DemoCounty COUNTY = DemoCounty.generate(DemoCounty.DEFAULT_SEED);

  private static String bytes(DemoCounty c) {
    StringBuilder b = new StringBuilder(DemoCounty.toJson(c.catalog()));
    c.penaltyCases().forEach(j -> b.append(DemoCounty.toJson(j)));
    c.majorDecisions().forEach(j -> b.append(DemoCounty.toJson(j)));
    c.normativeDocuments().forEach(j -> b.append(DemoCounty.toJson(j)));
    return b.append(DemoCounty.toJson(c.officerEvents())).toString();
  }

  @Test
  void generate_sameSeed_sameBytes_otherSeed_otherBytes() {
    assertThat(bytes(DemoCounty.generate(DemoCounty.DEFAULT_SEED))).isEqualTo(bytes(COUNTY));
    assertThat(bytes(DemoCounty.generate(7))).isNotEqualTo(bytes(COUNTY));
  }

  @Test
  void catalog_hasTheSeedCountysUnitsAndPowers_andReadsWithoutInputError() {
    PowerCatalog catalog = PowerCatalog.fromJson(COUNTY.catalog().toString());
    assertThat(catalog.bodies()).hasSize(DemoCounty.UNITS);
    assertThat(catalog.powers()).hasSize(DemoCounty.POWERS);
    assertThat(COUNTY.units()).hasSize(DemoCounty.UNITS);
  }

  @Test
  void catalog_findingsAreTheThreeDesignedDefects() {
    Report r = DocumentCheckers.load().check(COUNTY.catalog(), DemoCounty.AS_OF);
    Set<String> rules = new TreeSet<>();
    r.findings().forEach(f -> rules.add(f.ruleId()));
    assertThat(rules)
        .containsExactlyInAnyOrder(
            "APL-038-power-without-basis", "APL-016-penalty-by-normative-document", "LIC-017-licence-by-normative-document");
    assertThat(r.findings()).hasSize(3);
  }

  @Test
  void cases_readWithoutInputError_andOnlyDesignedDefectsFindAnything() {
    assertThat(COUNTY.penaltyCases()).hasSize(DemoCounty.CASES);
    List<JsonNode> docs = COUNTY.penaltyCases();
    docs.forEach(PenaltyCase::read);
    List<Report> reports = DocumentCheckers.load().checkBatch(docs, DemoCounty.AS_OF);
    Map<String, String> designed = COUNTY.designedDefects();
    Map<String, List<String>> unexpected = new TreeMap<>();
    for (Report r : reports) {
      String expected = designed.get(r.subject());
      Set<String> rules = new TreeSet<>();
      for (Finding f : r.findings()) {
        rules.add(f.ruleId());
      }
      if (expected == null) {
        if (!r.findings().isEmpty()) {
          unexpected.put(r.subject(), new ArrayList<>(rules));
        }
      } else if (!rules.contains(expected)) {
        unexpected.put(r.subject(), List.of("missing " + expected, rules.toString()));
      }
    }
    assertThat(unexpected).isEmpty();
    double rate = designed.size() / (double) DemoCounty.CASES;
    assertThat(rate).isBetween(0.22, 0.34);
    assertThat(designed).containsEntry(DemoCounty.QUARRY_CASE, "APL-054-lead-not-filed");
    assertThat(designed.values()).contains("APL-029-double-fine", "APL-063-hearing-not-offered");
  }

  /** Checks documents and returns, for each subject with a finding, the rule ids that fired. */
  private static Map<String, Set<String>> findings(List<JsonNode> docs) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Report r : DocumentCheckers.load().checkBatch(docs, DemoCounty.AS_OF)) {
      for (Finding f : r.findings()) {
        out.computeIfAbsent(r.subject(), k -> new TreeSet<>()).add(f.ruleId());
      }
    }
    return out;
  }

  private static Map<String, Set<String>> designed(Map<String, List<String>> defects) {
    Map<String, Set<String>> out = new TreeMap<>();
    defects.forEach((id, rules) -> out.put(id, new TreeSet<>(rules)));
    return out;
  }

  @Test
  void decisions_readWithoutInputError_andDrawExactlyTheDesignedDefects() {
    assertThat(COUNTY.majorDecisions()).hasSize(24);
    List<MajorDecision> read = new ArrayList<>();
    COUNTY.majorDecisions().forEach(d -> read.add(MajorDecisionChecker.read(d)));
    assertThat(findings(COUNTY.majorDecisions())).isEqualTo(designed(COUNTY.decisionDefects()));
    assertThat(new TreeSet<>(COUNTY.decisionDefects().values().stream().flatMap(List::stream).toList()))
        .containsExactly("MAJ-015-comment-period-short", "MAJ-025-no-legality-review", "MAJ-030-departure-unexplained");
    // Every step the rules count lies inside the working-day calendar, and the decisions span both years.
    DecisionStatistics stats = DecisionStatistics.of(read);
    assertThat(stats.byYear()).containsOnlyKeys(2024, 2025);
    assertThat(stats.count(DecisionStep.PUBLIC_COMMENT, 2024, 2025)).isBetween(12L, 23L);
  }

  @Test
  void decisions_theAgendaGateStopsExactlyThoseWithoutReviewOrWithAShortComment() {
    RuleContext ctx = RuleContext.of(DemoCounty.AS_OF, Profiles.builtIn().profileFor(DemoCounty.REGION, DemoCounty.AS_OF));
    Set<String> barred = new TreeSet<>();
    for (JsonNode d : COUNTY.majorDecisions()) {
      if (!AgendaGate.mayGoToMeeting(MajorDecisionChecker.read(d), ctx).mayGo()) {
        barred.add(d.get("id").asText());
      }
    }
    Set<String> expected = new TreeSet<>();
    COUNTY.decisionDefects().forEach((id, rules) -> {
      if (!rules.contains("MAJ-030-departure-unexplained")) {
        expected.add(id);
      }
    });
    assertThat(barred).isEqualTo(expected).hasSize(4);
  }

  @Test
  void documents_readWithoutInputError_andDrawExactlyTheDesignedDefects_theTownshipCaseAmongThem() {
    COUNTY.normativeDocuments().forEach(NormativeDocumentChecker::read);
    assertThat(findings(COUNTY.normativeDocuments())).isEqualTo(designed(COUNTY.documentDefects()));
    assertThat(COUNTY.documentDefects().get(DemoCounty.TOWNSHIP_REVOCATION))
        .containsExactlyInAnyOrder("NDOC-073-revoke-beyond-authority", "NDOC-001-revokes-specific-act");
    assertThat(new TreeSet<>(COUNTY.documentDefects().values().stream().flatMap(List::stream).toList()))
        .contains("NDOC-016-creates-penalty", "NDOC-001-obligation-without-basis", "NDOC-075-filing-late");
  }

  @Test
  void documentRegistry_knowsWhatIsInForce_repealedAndNotYetInForce() {
    NormativeDocumentRegistry registry = COUNTY.documentRegistry();
    assertThat(registry.size()).isEqualTo(COUNTY.normativeDocuments().size());
    List<NormativeDocument> inForce = registry.inForce(DivisionCode.parse(DemoCounty.REGION), DemoCounty.AS_OF);
    assertThat(inForce).hasSize(COUNTY.normativeDocuments().size() - 2);
    assertThat(registry.basisStatus("示府规〔2024〕2号", DemoCounty.AS_OF)).isEqualTo(BasisStatus.REPEALED);
    assertThat(registry.basisStatus("示府规〔2025〕3号", DemoCounty.AS_OF)).isEqualTo(BasisStatus.NOT_YET_IN_FORCE);
    assertThat(registry.basisStatus(DemoCounty.TOWNSHIP_REVOCATION, DemoCounty.AS_OF)).isEqualTo(BasisStatus.IN_FORCE);
  }

  @Test
  void officerLog_readsAndGivesMostlyGreenCards_withSomeYellowAndRed() {
    JsonNode log = COUNTY.officerEvents();
    OfficerLog parsed = OfficerLog.parse(log.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.officers()).hasSize(DemoCounty.OFFICERS);
    Map<CardColour, Integer> counts = new EnumMap<>(CardColour.class);
    Cards.of(parsed, CardPolicy.defaultPolicy()).all(DemoCounty.AS_OF).forEach(c -> counts.merge(c.colour(), 1, Integer::sum));
    assertThat(counts.get(CardColour.GREEN)).isGreaterThan(600);
    assertThat(counts.get(CardColour.YELLOW)).isPositive();
    assertThat(counts.get(CardColour.RED)).isPositive();
    // The log's own check sees officers who handled cases on days they could not enforce: the
    // designed one-officer and lapsed-certificate cases, and officers whose card barred them.
    Report r = DocumentCheckers.load().check(log, DemoCounty.AS_OF);
    Set<String> cases = new TreeSet<>();
    for (Finding f : r.findings()) {
      assertThat(f.ruleId()).isEqualTo("APL-076-enforced-without-certificate");
      cases.add(f.values().get("caseId"));
    }
    COUNTY.designedDefects().forEach((id, rule) -> {
      if (rule.equals("APL-042-officer-not-certified") || rule.equals("APL-042-two-officers")) {
        assertThat(cases).contains(id);
      }
    });
  }
}
