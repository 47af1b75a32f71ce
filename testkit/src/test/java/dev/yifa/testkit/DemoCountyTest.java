package dev.yifa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.card.CardColour;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.Cards;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.core.rule.DocumentCheckers;
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
