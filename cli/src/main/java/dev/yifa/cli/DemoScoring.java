package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.assessment.card.Card;
import dev.yifa.assessment.card.CardColour;
import dev.yifa.assessment.card.Officer;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.assessment.review.CaseFileReviewer;
import dev.yifa.assessment.review.FileScore;
import dev.yifa.assessment.review.ReviewBatch;
import dev.yifa.assessment.review.ReviewBatchResult;
import dev.yifa.assessment.review.ReviewScheme;
import dev.yifa.assessment.review.ReviewedFile;
import dev.yifa.assessment.review.UnitSummary;
import dev.yifa.assessment.scheme.AssessmentData;
import dev.yifa.assessment.scheme.AssessmentResult;
import dev.yifa.assessment.scheme.AssessmentScheme;
import dev.yifa.assessment.scheme.AssessmentScorer;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.Report;
import dev.yifa.testkit.DemoCounty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's case-file review (default review scheme) and agency assessment (default county scheme,
 * rotating trophy to the top three). Indicators the generated documents show are derived from them
 * (case-file score and failures, red and yellow cards, certified officers, legal review of major
 * cases, full-process recording; major decisions through the statutory procedure and decisions or
 * documents without legality review, by undertaking unit; normative documents filed, filed within 15
 * days and found unlawful, by issuer); the others (legal adviser, law graduates, discretion benchmarks, reconsideration,
 * litigation, petitions, training) are generated demo values from the same seed.
 */
final class DemoScoring {
  /** The indicators whose values the generated documents give; the others are generated demo values. */
  static final List<String> FROM_DOCUMENTS = List.of("major-decisions-procedure", "decisions-without-review",
      "normative-filing-rate", "normative-filing-timely", "unlawful-documents", "certified-officers", "legal-review-major",
      "case-file-score", "case-file-failures", "red-cards", "yellow-cards", "full-process-recording");

  /** What was scored. */
  record Result(ReviewBatchResult review, AssessmentResult ranking, String data) {}

  private DemoScoring() {}

  static Result of(DemoCounty county, List<Report> reports, OfficerLog log, List<Card> cards, DemoGovernance governance) {
    Map<String, String> caseAgency = new LinkedHashMap<>();
    Map<String, int[]> major = new LinkedHashMap<>();
    Map<String, int[]> recorded = new LinkedHashMap<>();
    for (JsonNode c : county.penaltyCases()) {
      String unit = c.get("agency").get("name").asText();
      caseAgency.put(c.get("id").asText(), unit);
      if (c.path("majorCase").asBoolean(false)) {
        int[] m = major.computeIfAbsent(unit, k -> new int[2]);
        m[1]++;
        if (c.has("legalReview")) {
          m[0]++;
        }
      }
      if ("ORDINARY".equals(c.path("procedure").asText()) && c.has("decision")) {
        int[] r = recorded.computeIfAbsent(unit, k -> new int[2]);
        r[1]++;
        if (c.path("recording").path("audioVideo").asBoolean(false)) {
          r[0]++;
        }
      }
    }
    List<ReviewedFile> files = new ArrayList<>();
    for (Report r : reports) {
      if (r.type().equals("penalty-case")) {
        files.add(ReviewedFile.of(r, caseAgency.get(r.subject())));
      }
    }
    ReviewBatchResult review = ReviewBatch.review(CaseFileReviewer.of(ReviewScheme.defaultScheme()), files);
    Map<String, UnitSummary> byUnit = new LinkedHashMap<>();
    for (UnitSummary u : review.units()) {
      byUnit.put(u.unit(), u);
    }
    Map<String, Integer> failures = new LinkedHashMap<>();
    for (FileScore f : review.files()) {
      if ("FAIL".equals(f.grade()) && f.unit() != null) {
        failures.merge(f.unit(), 1, Integer::sum);
      }
    }
    Map<String, String> officerUnit = new LinkedHashMap<>();
    for (Officer o : log.officers()) {
      officerUnit.put(o.id(), o.agency() == null ? "" : o.agency());
    }
    Map<String, int[]> people = new LinkedHashMap<>(); // officers, certified, yellow, red
    for (Card card : cards) {
      int[] p = people.computeIfAbsent(officerUnit.getOrDefault(card.officer(), ""), k -> new int[4]);
      p[0]++;
      if (card.mayEnforce()) {
        p[1]++;
      }
      if (card.colour() == CardColour.YELLOW) {
        p[2]++;
      } else if (card.colour() == CardColour.RED) {
        p[3]++;
      }
    }

    AssessmentScheme scheme = AssessmentScheme.defaultCountyScheme();
    SplittableRandom random = new SplittableRandom(county.seed() ^ 0x5C0E);
    ObjectNode data = YifaJson.mapper().createObjectNode();
    data.put("type", AssessmentData.TYPE);
    data.put("scheme", "county-rule-of-law/2021.1");
    data.put("period", "2025");
    data.put("region", DemoCounty.REGION);
    var units = data.putArray("units");
    for (DemoCounty.Unit u : county.units()) {
      ObjectNode unit = units.addObject();
      unit.put("id", u.id());
      unit.put("name", u.name());
      ObjectNode v = unit.putObject("values");
      // From the major decisions (by undertaking unit) and normative documents (by issuer).
      DemoGovernance.UnitFacts g = governance.units.get(u.name());
      ratio(v, "major-decisions-procedure", g.lawfulDecisions(), g.decisions());
      items(v, "decisions-without-review", g.unreviewed());
      ratio(v, "normative-filing-rate", g.filed(), g.documents());
      ratio(v, "normative-filing-timely", g.filedTimely(), g.documents());
      items(v, "unlawful-documents", g.unlawful());
      // Generated demo values: the documents do not show these.
      v.putObject("legal-adviser").put("yes", random.nextInt(10) != 0);
      // Derived from the documents.
      int[] p = people.getOrDefault(u.name(), new int[4]);
      ratio(v, "certified-officers", p[1], p[0]);
      ratio(v, "law-graduates", p[0] * (2 + random.nextInt(8)) / 100, p[0]);
      int[] m = major.getOrDefault(u.name(), new int[2]);
      ratio(v, "legal-review-major", m[0], m[1]);
      UnitSummary s = byUnit.get(u.name());
      if (s != null) {
        v.putObject("case-file-score").put("value", s.average()).put("note", "yifa demo 案卷评查平均分");
      }
      v.putObject("case-file-failures").put("count", failures.getOrDefault(u.name(), 0));
      v.putObject("red-cards").put("count", p[3]);
      v.putObject("yellow-cards").put("count", p[2]);
      v.putObject("training-hours").put("value", 30 + random.nextInt(40));
      v.putObject("discretion-benchmarks").put("yes", !u.township() || random.nextBoolean());
      int[] r = recorded.getOrDefault(u.name(), new int[2]);
      v.putObject("full-process-recording").put("yes", r[0] == r[1]);
      int appeals = random.nextInt(6);
      ratio(v, "reconsideration-correction-rate", appeals == 0 ? 0 : random.nextInt(appeals + 1) / 2, appeals);
      int suits = random.nextInt(4);
      ratio(v, "litigation-loss-rate", suits == 0 ? 0 : random.nextInt(suits + 1) / 2, suits);
      ratio(v, "head-appearance-rate", suits - (suits > 0 && random.nextInt(3) == 0 ? 1 : 0), suits);
      v.putObject("judgments-honoured").put("yes", random.nextInt(20) != 0);
      int petitions = 5 + random.nextInt(40);
      ratio(v, "petitions-in-time", petitions - random.nextInt(3), petitions);
      v.putObject("petition-backlog").put("count", random.nextInt(7) == 0 ? 1 : 0);
      // The quarry: the natural resources bureau's inaction led to the county being sued (seed report).
      v.putObject("serious-incident").put("yes", u.name().endsWith("自然资源局"));
    }
    String json = DemoCounty.toJson(data);
    AssessmentResult ranking = AssessmentScorer.of(scheme).score(AssessmentData.parse(json));
    return new Result(review, ranking, json);
  }

  private static void ratio(ObjectNode v, String id, int numerator, int denominator) {
    if (denominator > 0) {
      v.putObject(id).put("numerator", Math.max(0, numerator)).put("denominator", denominator);
    }
  }

  private static void items(ObjectNode v, String id, List<String> titles) {
    var a = v.putObject(id).putArray("items");
    titles.forEach(a::add);
  }
}
