package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.assessment.card.Card;
import dev.yifa.assessment.card.CardColour;
import dev.yifa.assessment.card.Officer;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.assessment.scheme.AwardResult;
import dev.yifa.assessment.scheme.UnitScore;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import dev.yifa.testkit.DemoCounty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code yifa demo} found, computed once and rendered three ways: JSON for programs, text
 * and HTML for people. Pure: the same inputs give the same bytes.
 */
final class DemoReport {
  /** Rules that mean an agency failed to act (不作为). */
  static final Set<String> INACTION =
      Set.of("APL-054-lead-not-filed", "APL-060-not-decided", "APL-072-not-enforced");

  /** One rule's findings across the county. */
  record RuleCount(String rule, Severity severity, int findings, int subjects, String citation, String zh, String en) {}

  /** One unit's row. */
  record UnitRow(String name, int cases, int casesWithError, int officers, int yellow, int red) {}

  /** One inaction finding. */
  record Inaction(String subject, String rule, String agency, String zh, String en) {}

  private final DemoCounty county;
  private final Map<String, Integer> documentsByType;
  private final Map<Severity, Integer> bySeverity;
  private final List<RuleCount> rules;
  private final int cases;
  private final int casesWithError;
  private final int casesWithFindings;
  private final List<Inaction> inaction;
  private final Map<CardColour, Integer> cardCounts;
  private final List<Card> red;
  private final Map<String, String> officerAgency;
  private final List<UnitRow> units;
  private final int officerLogFindings;
  private final int catalogFindings;
  private DemoScoring.@org.jspecify.annotations.Nullable Result scoring;
  private @org.jspecify.annotations.Nullable DemoGovernance governance;

  private DemoReport(
      DemoCounty county,
      Map<String, Integer> documentsByType,
      Map<Severity, Integer> bySeverity,
      List<RuleCount> rules,
      int cases,
      int casesWithError,
      int casesWithFindings,
      List<Inaction> inaction,
      Map<CardColour, Integer> cardCounts,
      List<Card> red,
      Map<String, String> officerAgency,
      List<UnitRow> units,
      int officerLogFindings,
      int catalogFindings) {
    this.county = county;
    this.documentsByType = documentsByType;
    this.bySeverity = bySeverity;
    this.rules = rules;
    this.cases = cases;
    this.casesWithError = casesWithError;
    this.casesWithFindings = casesWithFindings;
    this.inaction = inaction;
    this.cardCounts = cardCounts;
    this.red = red;
    this.officerAgency = officerAgency;
    this.units = units;
    this.officerLogFindings = officerLogFindings;
    this.catalogFindings = catalogFindings;
  }

  static DemoReport of(DemoCounty county, List<String> paths, List<Report> reports, OfficerLog log, List<Card> cards) {
    Map<String, Integer> byType = new TreeMap<>();
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0);
    }
    Map<String, List<Finding>> byRule = new TreeMap<>();
    Map<String, Set<String>> subjectsByRule = new TreeMap<>();
    int cases = 0;
    int withError = 0;
    int withFindings = 0;
    int logFindings = 0;
    int catalogFindings = 0;
    Map<String, String> caseAgency = new LinkedHashMap<>();
    for (JsonNode c : county.penaltyCases()) {
      caseAgency.put(c.get("id").asText(), c.get("agency").get("name").asText());
    }
    Map<String, int[]> unitCases = new LinkedHashMap<>();
    for (DemoCounty.Unit u : county.units()) {
      unitCases.put(u.name(), new int[2]);
    }
    List<Inaction> inaction = new ArrayList<>();
    for (Report r : reports) {
      byType.merge(r.type(), 1, Integer::sum);
      for (Finding f : r.findings()) {
        bySeverity.merge(f.severity(), 1, Integer::sum);
        byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        subjectsByRule.computeIfAbsent(f.ruleId(), k -> new java.util.TreeSet<>()).add(r.subject());
        if (INACTION.contains(f.ruleId())) {
          inaction.add(new Inaction(r.subject(), f.ruleId(), caseAgency.getOrDefault(r.subject(), ""),
              f.message().zh(), f.message().en()));
        }
      }
      switch (r.type()) {
        case "penalty-case" -> {
          cases++;
          int[] row = unitCases.get(caseAgency.get(r.subject()));
          if (row != null) {
            row[0]++;
          }
          if (!r.compliant()) {
            withError++;
            if (row != null) {
              row[1]++;
            }
          }
          if (!r.findings().isEmpty()) {
            withFindings++;
          }
        }
        case "officer-events" -> logFindings += r.findings().size();
        case "power-catalog" -> catalogFindings += r.findings().size();
        default -> { }
      }
    }
    List<RuleCount> rules = new ArrayList<>();
    byRule.forEach((rule, fs) -> {
      Finding first = fs.get(0);
      Citation c = first.citations().get(0);
      rules.add(new RuleCount(rule, first.severity(), fs.size(), subjectsByRule.get(rule).size(), c.toChinese(),
          first.message().zh(), first.message().en()));
    });
    rules.sort((a, b) -> a.findings() != b.findings() ? Integer.compare(b.findings(), a.findings()) : a.rule().compareTo(b.rule()));

    Map<String, String> officerAgency = new LinkedHashMap<>();
    for (Officer o : log.officers()) {
      officerAgency.put(o.id(), o.agency() == null ? "" : o.agency());
    }
    Map<CardColour, Integer> counts = new EnumMap<>(CardColour.class);
    for (CardColour c : CardColour.values()) {
      counts.put(c, 0);
    }
    Map<String, int[]> unitOfficers = new LinkedHashMap<>();
    List<Card> red = new ArrayList<>();
    for (Card card : cards) {
      counts.merge(card.colour(), 1, Integer::sum);
      int[] row = unitOfficers.computeIfAbsent(officerAgency.getOrDefault(card.officer(), ""), k -> new int[3]);
      row[0]++;
      if (card.colour() == CardColour.YELLOW) {
        row[1]++;
      } else if (card.colour() == CardColour.RED) {
        row[2]++;
        red.add(card);
      }
    }
    List<UnitRow> units = new ArrayList<>();
    unitCases.forEach((name, c) -> {
      int[] o = unitOfficers.getOrDefault(name, new int[3]);
      units.add(new UnitRow(name, c[0], c[1], o[0], o[1], o[2]));
    });
    inaction.sort((a, b) -> a.subject().compareTo(b.subject()));
    return new DemoReport(county, byType, bySeverity, List.copyOf(rules), cases, withError, withFindings,
        List.copyOf(inaction), counts, List.copyOf(red), officerAgency, List.copyOf(units), logFindings, catalogFindings);
  }

  /** Adds the major decisions and normative documents. */
  DemoReport withGovernance(DemoGovernance g) {
    this.governance = g;
    return this;
  }

  /** Adds the case-file review and the ranking. */
  DemoReport withScoring(DemoScoring.Result result) {
    this.scoring = result;
    return this;
  }

  private int designed() {
    return county.designedDefects().size();
  }

  private static String pct(int part, int whole) {
    return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  // ---------------------------------------------------------------- JSON

  String toJson() {
    ObjectNode root = YifaJson.mapper().createObjectNode();
    ObjectNode c = root.putObject("county");
    c.put("name", DemoCounty.NAME);
    c.put("region", DemoCounty.REGION);
    c.put("asOf", DemoCounty.AS_OF.toString());
    c.put("seed", county.seed());
    c.put("units", county.units().size());
    ObjectNode docs = root.putObject("documents");
    documentsByType.forEach(docs::put);
    ObjectNode sev = root.putObject("findingsBySeverity");
    bySeverity.forEach((k, v) -> sev.put(k.name(), v));
    ObjectNode pc = root.putObject("penaltyCases");
    pc.put("total", cases);
    pc.put("withError", casesWithError);
    pc.put("withAnyFinding", casesWithFindings);
    pc.put("designedDefects", designed());
    root.put("catalogFindings", catalogFindings);
    root.put("officerLogFindings", officerLogFindings);
    ArrayNode rs = root.putArray("rules");
    for (RuleCount r : rules) {
      ObjectNode o = rs.addObject();
      o.put("rule", r.rule());
      o.put("severity", r.severity().name());
      o.put("findings", r.findings());
      o.put("subjects", r.subjects());
      o.put("citation", r.citation());
      o.putObject("example").put("zh", r.zh()).put("en", r.en());
    }
    ArrayNode in = root.putArray("inaction");
    for (Inaction i : inaction) {
      ObjectNode o = in.addObject();
      o.put("subject", i.subject());
      o.put("rule", i.rule());
      o.put("agency", i.agency());
      o.put("quarry", i.subject().equals(DemoCounty.QUARRY_CASE));
      o.putObject("message").put("zh", i.zh()).put("en", i.en());
    }
    if (governance != null) {
      governance.toJson(root);
    }
    ObjectNode cards = root.putObject("cards");
    cardCounts.forEach((k, v) -> cards.put(k.name(), v));
    ArrayNode reds = cards.putArray("red");
    for (Card card : red) {
      reds.addObject().put("officer", card.officer()).put("name", card.name())
          .put("agency", officerAgency.getOrDefault(card.officer(), "")).put("points", card.points());
    }
    ArrayNode us = root.putArray("units");
    for (UnitRow u : units) {
      us.addObject().put("name", u.name()).put("cases", u.cases()).put("casesWithError", u.casesWithError())
          .put("officers", u.officers()).put("yellow", u.yellow()).put("red", u.red());
    }
    if (scoring == null) {
      root.putNull("review");
      root.putNull("ranking");
    } else {
      ObjectNode rv = root.putObject("review");
      rv.put("scheme", scoring.review().scheme());
      rv.put("files", scoring.review().overall().files());
      rv.put("average", scoring.review().overall().average());
      ObjectNode grades = rv.putObject("grades");
      scoring.review().overall().grades().forEach(grades::put);
      ObjectNode rk = root.putObject("ranking");
      rk.put("scheme", scoring.ranking().schemeId());
      rk.put("period", scoring.ranking().period());
      ArrayNode from = rk.putArray("indicatorsFromDocuments");
      DemoScoring.FROM_DOCUMENTS.forEach(from::add);
      ArrayNode list = rk.putArray("units");
      for (UnitScore u : scoring.ranking().units()) {
        list.addObject().put("rank", u.rank()).put("unit", u.unitName()).put("total", u.total()).put("grade", u.grade());
      }
      ArrayNode aw = rk.putArray("awards");
      for (AwardResult a : scoring.ranking().awards()) {
        ObjectNode o = aw.addObject().put("award", a.name());
        ArrayNode names = o.putArray("units");
        a.unitNames().forEach(names::add);
      }
    }
    return DemoCounty.toJson(root);
  }

  // ---------------------------------------------------------------- text

  String toText(boolean zh) {
    StringBuilder b = new StringBuilder();
    String name = zh ? "示范县（demo county，区划代码 " + DemoCounty.REGION + "，江西）"
        : "the demo county (示范县, division code " + DemoCounty.REGION + ", Jiangxi)";
    b.append(zh ? "依法 Yifa 演示：" : "Yifa demo: ").append(name).append('\n');
    b.append(zh ? "截至 " : "as of ").append(DemoCounty.AS_OF)
        .append(zh ? "；全部数据为生成的演示数据，并非真实案件\n" : "; every document is generated demo data, not real cases\n\n");

    b.append(zh ? "文书" : "Documents").append('\n');
    documentsByType.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-20s %5d%n", k, v)));
    b.append(zh ? String.format(Locale.ROOT, "  执法单位 %d 个，执法事项 %d 项，执法人员 %d 名%n", county.units().size(), DemoCounty.POWERS, DemoCounty.OFFICERS)
        : String.format(Locale.ROOT, "  %d enforcement units, %d powers, %d officers%n", county.units().size(), DemoCounty.POWERS, DemoCounty.OFFICERS));
    b.append('\n');

    b.append(zh ? "发现" : "Findings").append(String.format(Locale.ROOT, "  ERROR %d  WARNING %d  NOTICE %d%n",
        bySeverity.get(Severity.ERROR), bySeverity.get(Severity.WARNING), bySeverity.get(Severity.NOTICE)));
    b.append(zh
        ? String.format(Locale.ROOT, "  处罚案件 %d 件：%d 件有违法（ERROR），%d 件有任何发现（%s；设计缺陷 %d 件）%n",
            cases, casesWithError, casesWithFindings, pct(casesWithFindings, cases), designed())
        : String.format(Locale.ROOT, "  %d penalty cases: %d with an ERROR, %d with any finding (%s; %d designed defects)%n",
            cases, casesWithError, casesWithFindings, pct(casesWithFindings, cases), designed()));
    b.append(zh ? String.format(Locale.ROOT, "  执法事项目录发现 %d 处；执法人员记录发现 %d 处%n", catalogFindings, officerLogFindings)
        : String.format(Locale.ROOT, "  %d findings in the powers catalog; %d in the officers' log%n", catalogFindings, officerLogFindings));
    b.append('\n');

    b.append(zh ? "最常见的问题（规则 / 件数 / 依据）" : "Commonest defects (rule / count / basis)").append('\n');
    int shown = 0;
    for (RuleCount r : rules) {
      if (shown++ == 12) {
        break;
      }
      b.append(String.format(Locale.ROOT, "  %-42s %-7s %4d  %s%n", r.rule(), r.severity(), r.findings(), r.citation()));
      b.append("      ").append(zh ? r.zh() : r.en()).append('\n');
    }
    b.append('\n');

    b.append(zh ? "不作为（线索未立案、立案未决定、罚款未执行）" : "Inaction (leads not filed, cases not decided, fines not enforced)").append('\n');
    for (Inaction i : inaction) {
      b.append(String.format(Locale.ROOT, "  %s%-20s %-26s %s%n", i.subject().equals(DemoCounty.QUARRY_CASE) ? "★ " : "  ",
          i.subject(), i.rule(), i.agency()));
      if (i.subject().equals(DemoCounty.QUARRY_CASE)) {
        b.append("      ").append(zh ? "石料厂：" + i.zh() : "the quarry: " + i.en()).append('\n');
      }
    }
    b.append('\n');

    if (governance != null) {
      governance.toText(b, zh);
    }

    int total = cardCounts.values().stream().mapToInt(Integer::intValue).sum();
    b.append(zh ? "执法人员红黄绿卡" : "Officers' cards").append(String.format(Locale.ROOT, "  %s %d (%s)  %s %d (%s)  %s %d (%s)%n",
        zh ? "绿卡" : "green", cardCounts.get(CardColour.GREEN), pct(cardCounts.get(CardColour.GREEN), total),
        zh ? "黄卡" : "yellow", cardCounts.get(CardColour.YELLOW), pct(cardCounts.get(CardColour.YELLOW), total),
        zh ? "红卡" : "red", cardCounts.get(CardColour.RED), pct(cardCounts.get(CardColour.RED), total)));
    b.append('\n');

    b.append(zh ? "各单位（处罚案件 / 有违法 / 人员 / 黄卡 / 红卡），按违法率排列" : "Units (cases / with ERROR / officers / yellow / red), by error rate").append('\n');
    List<UnitRow> sorted = new ArrayList<>();
    for (UnitRow u : units) {
      if (u.cases() > 0) {
        sorted.add(u);
      }
    }
    sorted.sort((x, y) -> {
      int cmp = Long.compare((long) y.casesWithError() * x.cases(), (long) x.casesWithError() * y.cases());
      return cmp != 0 ? cmp : x.name().compareTo(y.name());
    });
    for (UnitRow u : sorted) {
      b.append(String.format(Locale.ROOT, "  %s%s %4d %4d %5d %4d %4d%n", u.name(), pad(u.name(), 16), u.cases(), u.casesWithError(), u.officers(), u.yellow(), u.red()));
    }
    b.append('\n');
    if (scoring != null) {
      var overall = scoring.review().overall();
      b.append(zh ? "案卷评查（默认评查方案）" : "Case-file review (default review scheme)")
          .append(String.format(Locale.ROOT, "  %d %s, %s %s  %s%n", overall.files(), zh ? "卷" : "files",
              zh ? "平均分" : "average", overall.average().toPlainString(), overall.grades()));
      b.append('\n');
      b.append(zh ? "依法行政考核排名（默认县级方案；法律顾问、法律专业人员、裁量基准、复议、诉讼、信访、培训为演示生成值，其余取自上列文书）"
          : "Rule-of-law assessment ranking (default county scheme; legal adviser, law graduates, discretion benchmarks, reconsideration, litigation,"
              + " petitions and training are generated demo values, the rest come from the documents)").append('\n');
      List<UnitScore> ranked = scoring.ranking().units();
      for (int i = 0; i < ranked.size(); i++) {
        UnitScore u = ranked.get(i);
        if (i < 10 || i >= ranked.size() - 3) {
          b.append(String.format(Locale.ROOT, "  %2d  %s%s %7s  %s%n", u.rank(), u.unitName(), pad(u.unitName(), 16), u.total().toPlainString(), u.gradeName()));
        } else if (i == 10) {
          b.append("  …\n");
        }
      }
      for (AwardResult a : scoring.ranking().awards()) {
        b.append(zh ? "  流动奖杯 " : "  Award ").append(a.name()).append(": ").append(String.join("、", a.unitNames())).append('\n');
      }
    }
    return b.toString();
  }

  /** Pads a name of CJK characters (two columns each) to a width in characters. */
  private static String pad(String s, int width) {
    int n = Math.max(0, width - s.length());
    return "　".repeat(n);
  }

  // ---------------------------------------------------------------- HTML

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  String toHtml(boolean zh) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(zh ? "依法 Yifa 演示：示范县" : "Yifa demo: the demo county")).append("</title>\n")
        .append("<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2rem auto;max-width:1100px;color:#1d2733;padding:0 1rem}\n")
        .append("h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde3ea;padding-bottom:.3rem}\n")
        .append(".note{color:#5b6b7c}.tiles{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}\n")
        .append(".tile{background:#f3f6f9;border-radius:8px;padding:.8rem 1.1rem;min-width:9rem}.tile b{display:block;font-size:1.6rem}\n")
        .append("table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6ebf0;vertical-align:top}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}.ERROR{color:#b42318}.WARNING{color:#b54708}.NOTICE{color:#175cd3}\n")
        .append("tr.quarry{background:#fff4e5}code{font-size:.85rem}\n")
        .append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(zh ? "依法 Yifa 演示：示范县" : "Yifa demo: the demo county (示范县)")).append("</h1>\n");
    b.append("<p class=\"note\">").append(esc(zh
        ? "区划代码 " + DemoCounty.REGION + "（江西，适用江西省听证标准），截至 " + DemoCounty.AS_OF + "。全部文书均为生成的演示数据，不是真实案件。"
        : "Division code " + DemoCounty.REGION + " (Jiangxi hearing thresholds apply), as of " + DemoCounty.AS_OF
            + ". Every document is generated demo data, not a real case.")).append("</p>\n");
    b.append("<div class=\"tiles\">\n");
    tile(b, zh ? "执法单位" : "units", county.units().size());
    tile(b, zh ? "执法事项" : "powers", DemoCounty.POWERS);
    tile(b, zh ? "执法人员" : "officers", DemoCounty.OFFICERS);
    tile(b, zh ? "处罚案件" : "penalty cases", cases);
    tile(b, zh ? "有违法的案件" : "cases with an ERROR", casesWithError);
    tile(b, "ERROR", bySeverity.get(Severity.ERROR));
    tile(b, "WARNING", bySeverity.get(Severity.WARNING));
    b.append("</div>\n");

    b.append("<h2>").append(esc(zh ? "最常见的问题" : "Commonest defects")).append("</h2>\n");
    barChart(b, rules.subList(0, Math.min(10, rules.size())));
    b.append("<table>\n<tr><th>").append(esc(zh ? "规则" : "rule")).append("</th><th>").append(esc(zh ? "级别" : "severity"))
        .append("</th><th>").append(esc(zh ? "发现" : "findings")).append("</th><th>").append(esc(zh ? "依据" : "basis"))
        .append("</th><th>").append(esc(zh ? "示例" : "example")).append("</th></tr>\n");
    for (RuleCount r : rules) {
      b.append("<tr><td><code>").append(esc(r.rule())).append("</code></td><td class=\"").append(r.severity().name()).append("\">")
          .append(r.severity().name()).append("</td><td class=\"n\">").append(r.findings()).append("</td><td>")
          .append(esc(r.citation())).append("</td><td>").append(esc(zh ? r.zh() : r.en())).append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2>").append(esc(zh ? "不作为：线索未立案、立案未决定、罚款未执行" : "Inaction: leads not filed, cases not decided, fines not enforced")).append("</h2>\n");
    b.append("<table>\n");
    for (Inaction i : inaction) {
      boolean quarry = i.subject().equals(DemoCounty.QUARRY_CASE);
      b.append(quarry ? "<tr class=\"quarry\">" : "<tr>").append("<td>").append(esc(i.subject())).append(quarry ? (zh ? "（石料厂）" : " (the quarry)") : "")
          .append("</td><td><code>").append(esc(i.rule())).append("</code></td><td>").append(esc(i.agency())).append("</td><td>")
          .append(esc(zh ? i.zh() : i.en())).append("</td></tr>\n");
    }
    b.append("</table>\n");

    if (governance != null) {
      governance.toHtml(b, zh);
    }

    b.append("<h2>").append(esc(zh ? "执法人员红黄绿卡" : "Officers' red, yellow and green cards")).append("</h2>\n");
    cardChart(b, zh);
    if (!red.isEmpty()) {
      b.append("<table>\n<tr><th>").append(esc(zh ? "红卡人员" : "red card")).append("</th><th>").append(esc(zh ? "姓名" : "name"))
          .append("</th><th>").append(esc(zh ? "单位" : "unit")).append("</th><th>").append(esc(zh ? "积分" : "points")).append("</th></tr>\n");
      for (Card c : red) {
        b.append("<tr><td>").append(esc(c.officer())).append("</td><td>").append(esc(c.name())).append("</td><td>")
            .append(esc(officerAgency.getOrDefault(c.officer(), ""))).append("</td><td class=\"n\">").append(c.points()).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }

    b.append("<h2>").append(esc(zh ? "各单位" : "Units")).append("</h2>\n<table>\n<tr><th>").append(esc(zh ? "单位" : "unit"))
        .append("</th><th>").append(esc(zh ? "处罚案件" : "cases")).append("</th><th>").append(esc(zh ? "有违法" : "with ERROR"))
        .append("</th><th>").append(esc(zh ? "人员" : "officers")).append("</th><th>").append(esc(zh ? "黄卡" : "yellow"))
        .append("</th><th>").append(esc(zh ? "红卡" : "red")).append("</th></tr>\n");
    for (UnitRow u : units) {
      b.append("<tr><td>").append(esc(u.name())).append("</td><td class=\"n\">").append(u.cases()).append("</td><td class=\"n\">")
          .append(u.casesWithError()).append("</td><td class=\"n\">").append(u.officers()).append("</td><td class=\"n\">")
          .append(u.yellow()).append("</td><td class=\"n\">").append(u.red()).append("</td></tr>\n");
    }
    b.append("</table>\n");
    if (scoring != null) {
      b.append("<h2>").append(esc(zh ? "依法行政考核排名（默认县级方案）" : "Rule-of-law assessment ranking (default county scheme)")).append("</h2>\n");
      for (AwardResult a : scoring.ranking().awards()) {
        b.append("<p><b>").append(esc(a.name())).append("</b>: ").append(esc(String.join("、", a.unitNames()))).append("</p>\n");
      }
      b.append("<p class=\"note\">").append(esc(zh
          ? "案卷评查平均分、不合格案卷、红黄卡、持证率、重大案件法制审核率、全过程记录、重大行政决策履行法定程序率、未经合法性审查的决策和文件、"
              + "规范性文件报备率与报备及时率（15日内）、违法规范性文件取自上列文书；其余指标（法律顾问、法律专业人员、裁量基准、复议、诉讼、信访、培训）为演示生成值。"
          : "Case-file scores and failures, cards, certified officers, legal review of major cases, recording, major decisions through the statutory"
              + " procedure, decisions or documents without legality review, normative documents filed and filed on time (15 days) and unlawful"
              + " documents come from the documents above; the other indicators (legal adviser, law graduates, discretion benchmarks, reconsideration,"
              + " litigation, petitions, training) are generated demo values."))
          .append("</p>\n<table>\n<tr><th>#</th><th>").append(esc(zh ? "单位" : "unit")).append("</th><th>")
          .append(esc(zh ? "得分" : "score")).append("</th><th>").append(esc(zh ? "等次" : "grade")).append("</th></tr>\n");
      for (UnitScore u : scoring.ranking().units()) {
        b.append("<tr><td class=\"n\">").append(u.rank()).append("</td><td>").append(esc(u.unitName())).append("</td><td class=\"n\">")
            .append(esc(u.total().toPlainString())).append("</td><td>").append(esc(u.gradeName())).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("<p class=\"note\">").append(esc(zh ? "由 yifa demo 生成；机器可读的结果见 report.json 与 reports.jsonl。"
        : "Made by yifa demo; machine-readable results are in report.json and reports.jsonl.")).append("</p>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void tile(StringBuilder b, String label, int value) {
    b.append("<div class=\"tile\"><b>").append(value).append("</b>").append(esc(label)).append("</div>\n");
  }

  private static void barChart(StringBuilder b, List<RuleCount> top) {
    int max = 1;
    for (RuleCount r : top) {
      max = Math.max(max, r.findings());
    }
    int row = 24;
    int height = row * top.size() + 8;
    b.append("<svg role=\"img\" width=\"100%\" viewBox=\"0 0 900 ").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for (int i = 0; i < top.size(); i++) {
      RuleCount r = top.get(i);
      int y = 4 + i * row;
      int w = (int) Math.round(560.0 * r.findings() / max);
      String colour = r.severity() == Severity.ERROR ? "#d92d20" : r.severity() == Severity.WARNING ? "#f79009" : "#2e90fa";
      b.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\" font-family=\"monospace\">").append(esc(r.rule())).append("</text>")
          .append("<rect x=\"300\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"").append(colour).append("\"/>")
          .append("<text x=\"").append(306 + w).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(r.findings()).append("</text>\n");
    }
    b.append("</svg>\n");
  }

  private void cardChart(StringBuilder b, boolean zh) {
    int total = Math.max(1, cardCounts.values().stream().mapToInt(Integer::intValue).sum());
    b.append("<svg role=\"img\" width=\"100%\" viewBox=\"0 0 900 60\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int x = 0;
    String[][] parts = {
      {"GREEN", "#12b76a", zh ? "绿卡" : "green"}, {"YELLOW", "#fdb022", zh ? "黄卡" : "yellow"}, {"RED", "#d92d20", zh ? "红卡" : "red"}
    };
    for (String[] p : parts) {
      int n = cardCounts.get(CardColour.valueOf(p[0]));
      int w = (int) Math.round(900.0 * n / total);
      if (n > 0) {
        w = Math.max(w, 4);
      }
      b.append("<rect x=\"").append(x).append("\" y=\"0\" width=\"").append(w).append("\" height=\"28\" fill=\"").append(p[1]).append("\"/>\n");
      x += w;
    }
    b.append("<text x=\"0\" y=\"50\" font-size=\"14\">").append(esc(String.format(Locale.ROOT, "%s %d · %s %d · %s %d",
        parts[0][2], cardCounts.get(CardColour.GREEN), parts[1][2], cardCounts.get(CardColour.YELLOW), parts[2][2], cardCounts.get(CardColour.RED))))
        .append("</text>\n</svg>\n");
  }
}
