package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.decision.AgendaGate;
import dev.yifa.core.decision.DecisionStatistics;
import dev.yifa.core.decision.DecisionStep;
import dev.yifa.core.decision.MajorDecision;
import dev.yifa.core.decision.MajorDecisionChecker;
import dev.yifa.core.document.DocumentStatus;
import dev.yifa.core.document.NormativeDocument;
import dev.yifa.core.document.NormativeDocumentChecker;
import dev.yifa.core.document.NormativeDocumentRegistry;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Severity;
import dev.yifa.testkit.DemoCounty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The demo's major decisions and normative documents: the agenda gate's verdicts, the decision
 * statistics by year and step, the documents' findings (the township revocation called out), what
 * the registry holds in force on the as-of day, and per unit the figures the assessment indicators
 * stand for. Pure: the same county and reports give the same result.
 */
final class DemoGovernance {
  /** The assessment's filing-on-time period: 15 days from publication (default county scheme, practice.md §3.4). */
  static final int TIMELY_FILING_DAYS = 15;

  /** A step the agenda gate finds missing. */
  record Missing(String step, String defect, String citations) {}

  /** A decision that may not go to the meeting. */
  record Barred(String id, String title, String undertaker, LocalDate meetingDay, List<Missing> missing) {}

  /** One finding on a decision or document. */
  record Item(String id, String title, String body, String rule, Severity severity, String citations, String zh, String en) {}

  /** A document in force on the as-of day. */
  record InForce(String number, String title, String issuer, LocalDate effectiveFrom) {}

  /**
   * One unit's figures: decisions it undertook and how many went through the statutory procedure
   * (no ERROR finding), decisions and documents without legality review, documents issued, filed,
   * filed within {@value #TIMELY_FILING_DAYS} days, and found unlawful (an ERROR finding).
   */
  record UnitFacts(int decisions, int lawfulDecisions, List<String> unreviewed, int documents, int filed, int filedTimely,
      List<String> unlawful) {}

  final int decisions;
  final DecisionStatistics statistics;
  final List<Barred> barred;
  final List<Item> decisionFindings;
  final int documents;
  final List<Item> documentFindings;
  final List<InForce> inForce;
  final Map<DocumentStatus, Integer> statusOnAsOf;
  final Map<String, UnitFacts> units;

  private DemoGovernance(int decisions, DecisionStatistics statistics, List<Barred> barred, List<Item> decisionFindings,
      int documents, List<Item> documentFindings, List<InForce> inForce, Map<DocumentStatus, Integer> statusOnAsOf,
      Map<String, UnitFacts> units) {
    this.decisions = decisions;
    this.statistics = statistics;
    this.barred = barred;
    this.decisionFindings = decisionFindings;
    this.documents = documents;
    this.documentFindings = documentFindings;
    this.inForce = inForce;
    this.statusOnAsOf = statusOnAsOf;
    this.units = units;
  }

  static DemoGovernance of(DemoCounty county, List<Report> reports) {
    Map<String, Report> byId = new LinkedHashMap<>();
    for (Report r : reports) {
      if (r.type().equals(MajorDecision.TYPE) || r.type().equals(NormativeDocument.TYPE)) {
        byId.put(r.subject(), r);
      }
    }
    RuleContext ctx = RuleContext.of(DemoCounty.AS_OF, Profiles.builtIn().profileFor(DemoCounty.REGION, DemoCounty.AS_OF));
    Map<String, int[]> counts = new LinkedHashMap<>(); // decisions, lawful, documents, filed, timely
    Map<String, List<String>> unreviewed = new LinkedHashMap<>();
    Map<String, List<String>> unlawful = new LinkedHashMap<>();

    List<MajorDecision> decisions = new ArrayList<>();
    List<Barred> barred = new ArrayList<>();
    List<Item> decisionFindings = new ArrayList<>();
    for (JsonNode json : county.majorDecisions()) {
      MajorDecision d = MajorDecisionChecker.read(json);
      decisions.add(d);
      String unit = d.undertaker() == null ? d.decisionBody().name() : d.undertaker().name();
      AgendaGate.Verdict v = AgendaGate.mayGoToMeeting(d, ctx);
      if (!v.mayGo()) {
        List<Missing> missing = new ArrayList<>();
        for (AgendaGate.MissingStep m : v.missing()) {
          missing.add(new Missing(m.step().name(), m.defect(), chinese(m.citations())));
        }
        barred.add(new Barred(d.id(), d.title(), unit, v.meetingDay(), List.copyOf(missing)));
      }
      Report r = byId.get(d.id());
      int[] c = counts.computeIfAbsent(unit, k -> new int[5]);
      c[0]++;
      if (r != null && r.compliant()) {
        c[1]++;
      }
      if (r != null) {
        for (Finding f : r.findings()) {
          decisionFindings.add(item(d.id(), d.title(), unit, f));
          if (f.ruleId().equals("MAJ-025-no-legality-review")) {
            unreviewed.computeIfAbsent(unit, k -> new ArrayList<>()).add(d.title());
          }
        }
      }
    }

    List<Item> documentFindings = new ArrayList<>();
    for (JsonNode json : county.normativeDocuments()) {
      NormativeDocument d = NormativeDocumentChecker.read(json);
      String unit = d.issuer().name();
      int[] c = counts.computeIfAbsent(unit, k -> new int[5]);
      c[2]++;
      if (d.filing() != null) {
        c[3]++;
        if (d.publication() != null
            && ChronoUnit.DAYS.between(d.publication().publishedOn(), d.filing().filedOn()) <= TIMELY_FILING_DAYS) {
          c[4]++;
        }
      }
      Report r = byId.get(d.id());
      if (r != null) {
        for (Finding f : r.findings()) {
          documentFindings.add(item(d.id(), d.title(), unit, f));
          if (f.ruleId().equals("NDOC-006-no-legality-review")) {
            unreviewed.computeIfAbsent(unit, k -> new ArrayList<>()).add(d.title());
          }
        }
        if (!r.compliant()) {
          unlawful.computeIfAbsent(unit, k -> new ArrayList<>()).add(d.title());
        }
      }
    }

    NormativeDocumentRegistry registry = county.documentRegistry();
    List<InForce> inForce = new ArrayList<>();
    for (NormativeDocument d : registry.inForce(DivisionCode.parse(DemoCounty.REGION), DemoCounty.AS_OF)) {
      inForce.add(new InForce(d.number() == null ? d.id() : d.number().toString(), d.title(), d.issuer().name(), d.effectiveFrom()));
    }
    inForce.sort((a, b) -> a.number().compareTo(b.number()));
    Map<DocumentStatus, Integer> status = new LinkedHashMap<>();
    for (DocumentStatus s : DocumentStatus.values()) {
      status.put(s, 0);
    }
    for (JsonNode json : county.normativeDocuments()) {
      status.merge(NormativeDocumentChecker.read(json).statusOn(DemoCounty.AS_OF), 1, Integer::sum);
    }

    Map<String, UnitFacts> units = new LinkedHashMap<>();
    for (DemoCounty.Unit u : county.units()) {
      int[] c = counts.getOrDefault(u.name(), new int[5]);
      units.put(u.name(), new UnitFacts(c[0], c[1], List.copyOf(unreviewed.getOrDefault(u.name(), List.of())), c[2], c[3], c[4],
          List.copyOf(unlawful.getOrDefault(u.name(), List.of()))));
    }
    return new DemoGovernance(decisions.size(), DecisionStatistics.of(decisions), List.copyOf(barred),
        List.copyOf(decisionFindings), county.normativeDocuments().size(), List.copyOf(documentFindings), List.copyOf(inForce),
        status, units);
  }

  private static Item item(String id, String title, String body, Finding f) {
    return new Item(id, title, body, f.ruleId(), f.severity(), chinese(f.citations()), f.message().zh(), f.message().en());
  }

  private static String chinese(List<Citation> citations) {
    StringJoiner j = new StringJoiner("、");
    citations.forEach(c -> j.add(c.toChinese()));
    return j.toString();
  }

  /** The decision steps the report shows, in procedure order. */
  private static final List<DecisionStep> SHOWN = List.of(DecisionStep.PUBLIC_COMMENT, DecisionStep.HEARING,
      DecisionStep.EXPERT_ARGUMENTATION, DecisionStep.RISK_ASSESSMENT, DecisionStep.FAIR_COMPETITION_REVIEW,
      DecisionStep.LEGALITY_REVIEW, DecisionStep.COLLECTIVE_DISCUSSION, DecisionStep.PUBLICATION);

  private static String stepName(DecisionStep s, boolean zh) {
    if (!zh) {
      return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return switch (s) {
      case PUBLIC_PARTICIPATION -> "公众参与";
      case PUBLIC_COMMENT -> "公开征求意见";
      case HEARING -> "听证";
      case EXPERT_ARGUMENTATION -> "专家论证";
      case RISK_ASSESSMENT -> "风险评估";
      case FAIR_COMPETITION_REVIEW -> "公平竞争审查";
      case LEGALITY_REVIEW -> "合法性审查";
      case COLLECTIVE_DISCUSSION -> "集体讨论";
      case PARTY_COMMITTEE_REPORT -> "向党委请示报告";
      case DECISION -> "决定";
      case PUBLICATION -> "公布";
      case ARCHIVING -> "归档";
      case IMPLEMENTATION -> "执行";
      case POST_EVALUATION -> "决策后评估";
    };
  }

  private boolean isTownship(String id) {
    return id.equals(DemoCounty.TOWNSHIP_REVOCATION);
  }

  // ---------------------------------------------------------------- JSON

  void toJson(ObjectNode root) {
    ObjectNode md = root.putObject("majorDecisions");
    md.put("total", decisions);
    ObjectNode byYear = md.putObject("byYear");
    statistics.byYear().forEach((y, n) -> byYear.put(String.valueOf(y), n));
    ObjectNode steps = md.putObject("byYearAndStep");
    statistics.byYearAndStep().forEach((y, m) -> {
      ObjectNode o = steps.putObject(String.valueOf(y));
      m.forEach((s, n) -> o.put(s.name(), n));
    });
    ArrayNode gate = md.putArray("mayNotGoToMeeting");
    for (Barred b : barred) {
      ObjectNode o = gate.addObject().put("id", b.id()).put("title", b.title()).put("undertaker", b.undertaker())
          .put("meetingDay", b.meetingDay().toString());
      ArrayNode ms = o.putArray("missing");
      for (Missing m : b.missing()) {
        ms.addObject().put("step", m.step()).put("defect", m.defect()).put("citations", m.citations());
      }
    }
    items(md.putArray("findings"), decisionFindings);
    ObjectNode nd = root.putObject("normativeDocuments");
    nd.put("total", documents);
    ObjectNode st = nd.putObject("statusOnAsOf");
    statusOnAsOf.forEach((s, n) -> st.put(s.name(), n));
    items(nd.putArray("findings"), documentFindings);
    ArrayNode in = nd.putArray("inForce");
    for (InForce f : inForce) {
      in.addObject().put("number", f.number()).put("title", f.title()).put("issuer", f.issuer())
          .put("effectiveFrom", f.effectiveFrom().toString());
    }
  }

  private void items(ArrayNode a, List<Item> items) {
    for (Item i : items) {
      ObjectNode o = a.addObject().put("subject", i.id()).put("title", i.title()).put("body", i.body()).put("rule", i.rule())
          .put("severity", i.severity().name()).put("citations", i.citations());
      if (isTownship(i.id())) {
        o.put("township", true);
      }
      o.putObject("message").put("zh", i.zh()).put("en", i.en());
    }
  }

  // ---------------------------------------------------------------- text

  void toText(StringBuilder b, boolean zh) {
    b.append(zh ? String.format(Locale.ROOT, "重大行政决策  %d 项（县人民政府，%s）%n", decisions, years())
        : String.format(Locale.ROOT, "Major decisions  %d (county government, %s)%n", decisions, years()));
    b.append(zh ? "  年度  决策" : "  year  total");
    for (DecisionStep s : SHOWN) {
      b.append("  ").append(stepName(s, zh));
    }
    b.append('\n');
    statistics.byYearAndStep().forEach((y, m) -> {
      b.append(String.format(Locale.ROOT, "  %d  %4d", y, statistics.byYear().get(y)));
      for (DecisionStep s : SHOWN) {
        b.append(String.format(Locale.ROOT, "  %" + Math.max(2, stepName(s, zh).length() * (zh ? 2 : 1)) + "d", m.getOrDefault(s, 0L)));
      }
      b.append('\n');
    });
    long comment = statistics.count(DecisionStep.PUBLIC_COMMENT, 0, 9999);
    b.append(zh ? String.format(Locale.ROOT, "  %d 项决策公开征求了意见%n", comment)
        : String.format(Locale.ROOT, "  %d decisions sought public comment%n", comment));
    b.append(zh ? "  不得提交会议讨论（议程把关 AgendaGate）：" : "  May not go to the meeting (agenda gate): ").append(barred.size()).append('\n');
    for (Barred x : barred) {
      b.append("    ").append(x.id()).append("  ").append(x.title()).append('\n');
      for (Missing m : x.missing()) {
        b.append("      ").append(m.step()).append(' ').append(m.defect()).append("  ").append(m.citations()).append('\n');
      }
    }
    b.append(zh ? "  决策发现：" : "  Findings on decisions: ").append(decisionFindings.size()).append('\n');
    for (Item i : decisionFindings) {
      b.append(String.format(Locale.ROOT, "    %-16s %-34s %s%n", i.id(), i.rule(), i.title()));
    }
    b.append('\n');

    b.append(zh ? String.format(Locale.ROOT, "行政规范性文件  %d 件；截至 %s 有效 %d 件%n", documents, DemoCounty.AS_OF, inForce.size())
        : String.format(Locale.ROOT, "Normative documents  %d; %d in force on %s%n", documents, inForce.size(), DemoCounty.AS_OF));
    b.append("  ");
    statusOnAsOf.forEach((s, n) -> b.append(s.name()).append(' ').append(n).append("  "));
    b.append('\n');
    for (Item i : documentFindings) {
      b.append(String.format(Locale.ROOT, "  %s%-16s %-36s %s%n", isTownship(i.id()) ? "★ " : "  ", i.id(), i.rule(), i.title()));
      if (isTownship(i.id())) {
        b.append("      ").append(zh ? "乡政府撤销县计生局决定：" + i.zh() : "the township revokes the bureau's decision: " + i.en())
            .append("（").append(i.citations()).append("）\n");
      }
    }
    b.append(zh ? "  有效文件（登记库 InMemoryNormativeDocumentRegistry）：" : "  In force (InMemoryNormativeDocumentRegistry):").append('\n');
    for (InForce f : inForce) {
      b.append("    ").append(f.number()).append("  ").append(f.title()).append('\n');
    }
    b.append('\n');
  }

  private String years() {
    List<Integer> ys = new ArrayList<>(statistics.byYear().keySet());
    return ys.isEmpty() ? "" : ys.get(0) + "–" + ys.get(ys.size() - 1);
  }

  // ---------------------------------------------------------------- HTML

  void toHtml(StringBuilder b, boolean zh) {
    b.append("<h2>").append(DemoReport.esc(zh ? "重大行政决策" : "Major decisions")).append("</h2>\n");
    b.append("<p>").append(DemoReport.esc(zh
        ? String.format(Locale.ROOT, "县人民政府 %s 年共 %d 项重大行政决策，其中 %d 项公开征求了意见；%d 项依法不得提交会议讨论。", years(), decisions,
            statistics.count(DecisionStep.PUBLIC_COMMENT, 0, 9999), barred.size())
        : String.format(Locale.ROOT, "The county government made %d major decisions in %s; %d sought public comment; %d could not lawfully go to the meeting.",
            decisions, years(), statistics.count(DecisionStep.PUBLIC_COMMENT, 0, 9999), barred.size()))).append("</p>\n");
    b.append("<table>\n<tr><th>").append(DemoReport.esc(zh ? "年度" : "year")).append("</th><th>").append(DemoReport.esc(zh ? "决策" : "decisions")).append("</th>");
    for (DecisionStep s : SHOWN) {
      b.append("<th>").append(DemoReport.esc(stepName(s, zh))).append("</th>");
    }
    b.append("</tr>\n");
    statistics.byYearAndStep().forEach((y, m) -> {
      b.append("<tr><td>").append(y).append("</td><td class=\"n\">").append(statistics.byYear().get(y)).append("</td>");
      for (DecisionStep s : SHOWN) {
        b.append("<td class=\"n\">").append(m.getOrDefault(s, 0L)).append("</td>");
      }
      b.append("</tr>\n");
    });
    b.append("</table>\n<h3>").append(DemoReport.esc(zh ? "不得提交会议讨论（依法无据不上会）" : "May not go to the meeting")).append("</h3>\n<table>\n");
    for (Barred x : barred) {
      for (Missing m : x.missing()) {
        b.append("<tr><td>").append(DemoReport.esc(x.id())).append("</td><td>").append(DemoReport.esc(x.title())).append("</td><td><code>")
            .append(DemoReport.esc(m.step() + " " + m.defect())).append("</code></td><td>").append(DemoReport.esc(m.citations())).append("</td></tr>\n");
      }
    }
    b.append("</table>\n");
    itemTable(b, decisionFindings, zh);

    b.append("<h2>").append(DemoReport.esc(zh ? "行政规范性文件" : "Normative documents")).append("</h2>\n");
    b.append("<p>").append(DemoReport.esc(zh
        ? String.format(Locale.ROOT, "共 %d 件，截至 %s 有效 %d 件。", documents, DemoCounty.AS_OF, inForce.size())
        : String.format(Locale.ROOT, "%d documents, %d in force on %s.", documents, inForce.size(), DemoCounty.AS_OF))).append("</p>\n");
    itemTable(b, documentFindings, zh);
    b.append("<h3>").append(DemoReport.esc(zh ? "有效文件" : "In force")).append("</h3>\n<table>\n");
    for (InForce f : inForce) {
      b.append("<tr><td>").append(DemoReport.esc(f.number())).append("</td><td>").append(DemoReport.esc(f.title())).append("</td><td>")
          .append(DemoReport.esc(f.issuer())).append("</td><td>").append(f.effectiveFrom()).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private void itemTable(StringBuilder b, List<Item> items, boolean zh) {
    b.append("<table>\n");
    for (Item i : items) {
      boolean township = isTownship(i.id());
      b.append(township ? "<tr class=\"quarry\">" : "<tr>").append("<td>").append(DemoReport.esc(i.id()))
          .append(township ? DemoReport.esc(zh ? "（乡政府撤销县计生局决定）" : " (the township revocation)") : "")
          .append("</td><td>").append(DemoReport.esc(i.title())).append("</td><td><code>").append(DemoReport.esc(i.rule()))
          .append("</code></td><td class=\"").append(i.severity().name()).append("\">").append(i.severity().name()).append("</td><td>")
          .append(DemoReport.esc(zh ? i.zh() : i.en())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }
}
