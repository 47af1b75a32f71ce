package dev.yifa.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo county's major decisions (重大行政决策) and normative documents (行政规范性文件): the
 * county government's decisions of 2024 and 2025, and the documents the government, its
 * departments and two townships issued, among them the seed report's township document "revoking"
 * a 2004 decision of the county family-planning bureau (某乡发文撤销2004年县计生局作出的征收社会抚养费决定).
 *
 * <p>Every dated step lies in 2024–2025 (2026 for a document not yet in force), inside the
 * working-day calendar, so every period the rules count is computable. Not public: {@link
 * DemoCounty} exposes the documents.
 */
final class DemoPolicies {
  private static final ObjectMapper MAPPER = YifaJson.mapper();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

  /** What was generated: documents in id order and, for each designed defect, its rule ids. */
  record Result(
      List<ObjectNode> decisions,
      Map<String, List<String>> decisionDefects,
      List<ObjectNode> documents,
      Map<String, List<String>> documentDefects) {}

  /** A decision of the table below: title, category, undertaking department, features. */
  private record DecisionRow(String title, String category, String undertaker, String features) {}

  /**
   * The county government's major decisions, twelve a year (titles invented). Features: T
   * technical (expert argumentation), S social stability (risk assessment), M market entities
   * (fair-competition review), D direct interests (a hearing is held).
   */
  private static final List<DecisionRow> DECISIONS = List.of(
      new DecisionRow("城乡生活垃圾分类实施方案", "PUBLIC_POLICY", "城市管理局", "TS"),
      new DecisionRow("老旧小区改造三年行动计划", "PUBLIC_PROJECT", "住房和城乡建设局", "TSD"),
      new DecisionRow("国土空间总体规划（2021—2035年）", "DEVELOPMENT_PLAN", "自然资源局", "TS"),
      new DecisionRow("城区公共停车收费标准调整方案", "PUBLIC_POLICY", "发展和改革委员会", "SMD"),
      new DecisionRow("农村供水保障工程建设方案", "PUBLIC_PROJECT", "水利局", "T"),
      new DecisionRow("义务教育学校布局调整方案", "PUBLIC_POLICY", "教育体育局", "SD"),
      new DecisionRow("河道采砂规划（2024—2028年）", "RESOURCE_POLICY", "水利局", "TSM"),
      new DecisionRow("城区农贸市场改造提升方案", "PUBLIC_PROJECT", "市场监督管理局", "SM"),
      new DecisionRow("殡葬改革实施方案", "PUBLIC_POLICY", "民政局", "SD"),
      new DecisionRow("工业园区扩区调区方案", "DEVELOPMENT_PLAN", "发展和改革委员会", "TSM"),
      new DecisionRow("公益林生态补偿办法", "RESOURCE_POLICY", "林业局", "S"),
      new DecisionRow("城乡公交一体化实施方案", "PUBLIC_POLICY", "交通运输局", "TSM"),
      new DecisionRow("城区自来水价格调整方案", "PUBLIC_POLICY", "发展和改革委员会", "SMD"),
      new DecisionRow("县域医疗卫生共同体建设方案", "PUBLIC_POLICY", "卫生健康委员会", "TS"),
      new DecisionRow("城区道路交通组织优化方案", "PUBLIC_POLICY", "交通运输局", "TS"),
      new DecisionRow("历史文化街区保护规划", "RESOURCE_POLICY", "文化广电新闻出版旅游局", "T"),
      new DecisionRow("城区户外广告设施设置规划", "DEVELOPMENT_PLAN", "城市管理局", "TM"),
      new DecisionRow("乡镇污水处理设施建设项目", "PUBLIC_PROJECT", "住房和城乡建设局", "TS"),
      new DecisionRow("公共租赁住房配租办法", "PUBLIC_POLICY", "住房和城乡建设局", "SD"),
      new DecisionRow("县城规划区集体土地征收补偿标准", "PUBLIC_POLICY", "自然资源局", "SD"),
      new DecisionRow("矿产资源总体规划（2021—2025年）", "RESOURCE_POLICY", "自然资源局", "TSM"),
      new DecisionRow("学前教育发展布局规划", "DEVELOPMENT_PLAN", "教育体育局", "S"),
      new DecisionRow("乡村振兴示范带建设规划", "DEVELOPMENT_PLAN", "农业农村局", "TS"),
      new DecisionRow("城区集中供气特许经营方案", "PUBLIC_PROJECT", "住房和城乡建设局", "TSM"));

  /** The decisions generated with a defect (index in {@link #DECISIONS}) and the rule each should draw. */
  private static final Map<Integer, String> DECISION_DEFECTS = Map.of(
      4, "MAJ-025-no-legality-review",
      9, "MAJ-015-comment-period-short",
      15, "MAJ-030-departure-unexplained",
      19, "MAJ-025-no-legality-review",
      22, "MAJ-015-comment-period-short");

  private final SplittableRandom random;
  private final List<DemoCounty.Unit> units;
  private final DemoCounty.Unit government;

  private DemoPolicies(SplittableRandom random, List<DemoCounty.Unit> units) {
    this.random = random;
    this.units = units;
    DemoCounty.Unit g = null;
    for (DemoCounty.Unit u : units) {
      if (!u.township() && u.name().equals(DemoCounty.NAME + "人民政府")) {
        g = u;
      }
    }
    if (g == null) {
      throw new AssertionError("no county government among the units");
    }
    this.government = g;
  }

  /**
   * Generates the decisions and documents with their own random stream, so that the other
   * documents of the county stay what they were.
   */
  static Result generate(long seed, List<DemoCounty.Unit> units) {
    DemoPolicies p = new DemoPolicies(new SplittableRandom(seed ^ 0x3E_C151_0DL), units);
    Map<String, List<String>> decisionDefects = new LinkedHashMap<>();
    List<ObjectNode> decisions = p.decisions(decisionDefects);
    Map<String, List<String>> documentDefects = new LinkedHashMap<>();
    List<ObjectNode> documents = p.documents(documentDefects);
    return new Result(
        List.copyOf(decisions),
        Collections.unmodifiableMap(decisionDefects),
        List.copyOf(documents),
        Collections.unmodifiableMap(documentDefects));
  }

  // ------------------------------------------------------------------ bodies

  private DemoCounty.Unit unit(String shortName) {
    for (DemoCounty.Unit u : units) {
      if (u.name().equals(DemoCounty.NAME + shortName)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + shortName);
  }

  private static void body(ObjectNode b, DemoCounty.Unit u) {
    b.put("name", u.name());
    b.put("level", u.township() ? "TOWNSHIP" : "COUNTY");
    boolean government = u.name().endsWith("人民政府");
    b.put("kind", government ? "GOVERNMENT" : "DEPARTMENT");
    if (!government) {
      b.put("line", line(u.name().substring(DemoCounty.NAME.length())));
    }
    b.put("region", DemoCounty.REGION);
  }

  /** The line (系统) of a department: its name without the 局/委员会/办公室 suffix. */
  private static String line(String department) {
    return department.replaceAll("(委员会|办公室|局)$", "");
  }

  private LocalDate working(LocalDate from, int n) {
    return CALENDAR.plusWorkingDays(from, n);
  }

  private int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  // ------------------------------------------------------------------ decisions

  private List<ObjectNode> decisions(Map<String, List<String>> defects) {
    List<ObjectNode> out = new ArrayList<>();
    int[] numbers = new int[2];
    for (int i = 0; i < DECISIONS.size(); i++) {
      DecisionRow row = DECISIONS.get(i);
      int year = i < 12 ? 2024 : 2025;
      String id = String.format(Locale.ROOT, "SFX-JC-%d-%03d", year, i % 12 + 1);
      String defect = DECISION_DEFECTS.get(i);
      out.add(decision(id, year, i % 12, row, defect, ++numbers[year - 2024]));
      if (defect != null) {
        defects.put(id, List.of(defect));
      }
    }
    return out;
  }

  private ObjectNode decision(String id, int year, int k, DecisionRow row, String defect, int number) {
    boolean technical = row.features().contains("T");
    boolean stability = row.features().contains("S");
    boolean market = row.features().contains("M");
    boolean direct = row.features().contains("D");
    ObjectNode d = MAPPER.createObjectNode();
    d.put("type", "major-decision");
    d.put("id", id);
    d.put("region", DemoCounty.REGION);
    d.put("title", DemoCounty.NAME + row.title());
    d.put("category", row.category());
    body(d.putObject("decisionBody"), government);
    DemoCounty.Unit undertaker = unit(row.undertaker());
    body(d.putObject("undertaker"), undertaker);
    ArrayNode features = d.putArray("features");
    if (technical) {
      features.add("TECHNICAL");
    }
    if (stability) {
      features.add("SOCIAL_STABILITY");
    }
    if (market) {
      features.add("MARKET_ENTITIES");
    }
    if (direct) {
      features.add("DIRECT_INTERESTS");
    }
    // Twelve a year, started about every two and a half weeks from January: decided within the year.
    LocalDate started = LocalDate.of(year, 1, 8).plusDays(18L * k + random.nextInt(10));
    d.put("startedOn", started.toString());

    // Public participation: most drafts go to open public comment; the others are discussed at
    // symposia and sent to the parties in writing (第十四条第二款).
    boolean comment = defect != null && defect.startsWith("MAJ-015") || direct || random.nextInt(4) != 0;
    ObjectNode pp = d.putObject("publicParticipation");
    ArrayNode methods = pp.putArray("methods");
    LocalDate opened = working(started, between(8, 15));
    LocalDate closed;
    if (comment) {
      methods.add("PUBLIC_COMMENT");
      // 第十五条第一款：一般不少于30日 — the designed defect runs for 20 days only.
      closed = defect != null && defect.startsWith("MAJ-015")
          ? opened.plusDays(20)
          : CALENDAR.deadline(opened, StatutoryPeriod.ofDays(30)).plusDays(random.nextInt(4));
    } else {
      methods.add("SYMPOSIUM").add("WRITTEN_CONSULTATION");
      closed = working(opened, between(10, 15));
    }
    if (direct) {
      methods.add("HEARING");
    }
    if (comment) {
      pp.putObject("publicComment").put("openedOn", opened.toString()).put("closedOn", closed.toString());
    }
    LocalDate ready = closed;
    if (direct) {
      // 第十六条第三款：听证材料于听证会7日前送达.
      LocalDate served = working(closed, 2);
      LocalDate held = served.plusDays(between(8, 12));
      pp.putObject("hearing").put("materialsServedOn", served.toString()).put("heldOn", held.toString());
      ready = held;
    }
    if (technical) {
      LocalDate held = working(ready, between(2, 5));
      ObjectNode ea = d.putObject("expertArgumentation");
      ea.put("heldOn", held.toString());
      ArrayNode experts = ea.putArray("experts");
      experts.addObject().put("name", "示范省" + line(row.undertaker()) + "规划研究院").put("interested", false);
      experts.addObject().put("name", "示范大学专家组").put("interested", false);
      ready = held;
    }
    if (stability) {
      LocalDate done = working(ready, between(2, 5));
      d.putObject("riskAssessment").put("completedOn", done.toString()).put("conclusion", "CONTROLLABLE");
      ready = done;
    }
    if (market) {
      LocalDate done = working(ready, between(1, 3));
      d.putObject("fairCompetitionReview").put("completedOn", done.toString()).put("passed", true);
      ready = done;
    }
    LocalDate reviewed = ready;
    if (!"MAJ-025-no-legality-review".equals(defect)) {
      // 第二十六条第二款：合法性审查一般不少于7个工作日.
      LocalDate submitted = working(ready, 1);
      reviewed = working(submitted, between(8, 12));
      ObjectNode lr = d.putObject("legalityReview");
      lr.put("submittedOn", submitted.toString());
      lr.put("completedOn", reviewed.toString());
      lr.put("passed", true);
      lr.put("legalAdviserOpinion", true);
    }
    LocalDate meetingDay = working(reviewed, between(3, 8));
    ObjectNode m = d.putObject("meeting");
    m.put("heldOn", meetingDay.toString());
    m.put("kind", "EXECUTIVE");
    if ("MAJ-030-departure-unexplained".equals(defect)) {
      // The majority would send the draft back; the county head adopts it and records no reason.
      m.put("majorityOpinion", "REJECT");
      m.put("chiefDecision", "ADOPT");
      m.put("dissent", "多数组成人员认为方案论证不充分，建议暂缓");
      m.put("dissentingMembers", 6);
    } else {
      m.put("majorityOpinion", "ADOPT");
      m.put("chiefDecision", "ADOPT");
    }
    LocalDate reported = working(meetingDay, between(1, 2));
    d.putObject("partyCommitteeReport").put("reportedOn", reported.toString());
    LocalDate decided = working(reported, between(1, 2));
    ObjectNode dec = d.putObject("decision");
    dec.put("decidedOn", decided.toString());
    dec.put("number", "示府发〔" + year + "〕" + number + "号");
    LocalDate published = working(decided, between(1, 3));
    ObjectNode pub = d.putObject("publication");
    pub.put("publishedOn", published.toString());
    pub.putArray("channels").add("GAZETTE").add("WEBSITE");
    ObjectNode impl = d.putObject("implementation");
    body(impl.putObject("unit"), undertaker);
    ArrayNode reports = impl.putArray("reportedOn");
    for (LocalDate r = decided.plusMonths(6); !r.isAfter(DemoCounty.AS_OF); r = r.plusMonths(6)) {
      reports.add(r.toString());
    }
    LocalDate archived = working(decided, between(10, 20));
    d.putObject("archiving").put("archivedOn", archived.toString()).put("complete", true);
    return d;
  }

  // ------------------------------------------------------------------ normative documents

  /**
   * A document of the table below: issuer, number prefix, title, when its comment opened, what
   * it provides, and its designed defect (null if lawful).
   */
  private record DocumentRow(
      String issuer, String prefix, String title, LocalDate opened, boolean market, String provides, String defect) {}

  private static final String MARKET_RULES = "示范县城区农贸市场管理办法";

  private static List<DocumentRow> documentRows() {
    String gov = "人民政府";
    return List.of(
        new DocumentRow(gov, "示府规", MARKET_RULES, LocalDate.of(2024, 3, 4), true, "ADDS_OBLIGATION", null),
        new DocumentRow(gov, "示府规", "示范县城区户外广告设置管理办法", LocalDate.of(2024, 4, 8), true, "", null),
        new DocumentRow("民政局", "示民规", "示范县最低生活保障审核确认办法", LocalDate.of(2024, 5, 6), false, "", null),
        new DocumentRow("交通运输局", "示交规", "示范县农村客运班线管理办法", LocalDate.of(2024, 6, 3), true, "", null),
        new DocumentRow("城市管理局", "示城管规", "关于收取城区占道经营管理费的通知", LocalDate.of(2024, 9, 2), false,
            "CREATES_FEE,CREATES_PENALTY", "NDOC-001-obligation-without-basis,NDOC-016-creates-penalty"),
        new DocumentRow("住房和城乡建设局", "示住建规", "示范县住宅小区物业服务管理办法", LocalDate.of(2025, 2, 10), true, "", null),
        new DocumentRow("南山乡人民政府", "示南山府发", "南山乡人民政府关于撤销原县计生局有关处理决定的通知", LocalDate.of(2025, 3, 3),
            false, "", "NDOC-001-revokes-specific-act,NDOC-073-revoke-beyond-authority"),
        new DocumentRow(gov, "示府规", "示范县城区养犬管理规定", LocalDate.of(2025, 3, 17), false, "", null),
        new DocumentRow("农业农村局", "示农规", "示范县农村宅基地审批管理办法", LocalDate.of(2025, 4, 7), false, "", "NDOC-075-filing-late"),
        new DocumentRow(gov, "示府规", "示范县城区户外广告设置管理办法（修订）", LocalDate.of(2025, 6, 9), true, "", null),
        new DocumentRow("青石镇人民政府", "示青石府规", "青石镇农村建房管理办法", LocalDate.of(2025, 7, 7), false, "", null),
        new DocumentRow(gov, "示府规", "示范县城区机动车停放管理办法", LocalDate.of(2025, 9, 15), true, "", null));
  }

  /** The id of the township document that "revokes" the family-planning bureau's 2004 decision. */
  static final String TOWNSHIP_REVOCATION = "SFX-GF-2025-007";

  private List<ObjectNode> documents(Map<String, List<String>> defects) {
    List<DocumentRow> rows = documentRows();
    List<ObjectNode> out = new ArrayList<>();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    LocalDate revisedEffective = null;
    for (int i = 0; i < rows.size(); i++) {
      DocumentRow row = rows.get(i);
      int year = row.opened().getYear();
      String id = String.format(Locale.ROOT, "SFX-GF-%d-%03d", year, i + 1);
      int n = numbers.merge(row.prefix() + year, 1, Integer::sum);
      ObjectNode d = document(id, row, n);
      if (row.title().endsWith("（修订）")) {
        revisedEffective = LocalDate.parse(d.get("effectiveFrom").asText());
      }
      out.add(d);
      if (row.defect() != null) {
        defects.put(id, List.of(row.defect().split(",")));
      }
    }
    // The revised outdoor-advertising rules replace the 2024 ones on the day they take effect.
    for (ObjectNode d : out) {
      if (revisedEffective != null && d.get("title").asText().equals("示范县城区户外广告设置管理办法")) {
        d.put("repealedOn", revisedEffective.toString());
      }
    }
    if (!out.get(6).get("id").asText().equals(TOWNSHIP_REVOCATION)) {
      throw new AssertionError("the township document moved: " + out.get(6).get("id"));
    }
    return out;
  }

  private ObjectNode document(String id, DocumentRow row, int number) {
    DemoCounty.Unit issuer = unit(row.issuer());
    boolean county = issuer == government;
    ObjectNode d = MAPPER.createObjectNode();
    d.put("type", "normative-document");
    d.put("id", id);
    d.put("region", DemoCounty.REGION);
    int year = row.opened().getYear();
    d.put("number", row.prefix() + "〔" + year + "〕" + number + "号");
    d.put("title", row.title());
    body(d.putObject("issuer"), issuer);
    ArrayNode features = d.putArray("features").add("RIGHTS_AND_OBLIGATIONS");
    if (row.market()) {
      features.add("MARKET_ENTITIES");
    }
    LocalDate opened = row.opened().plusDays(random.nextInt(4));
    // 优化营商环境条例第六十二条第二款：涉及市场主体的，征求意见一般不少于30日; others at least 7
    // working days (the profile's document.commentMinWorkingDays).
    LocalDate closed = row.market()
        ? CALENDAR.deadline(opened, StatutoryPeriod.ofDays(30)).plusDays(random.nextInt(3))
        : working(opened, between(10, 15));
    d.putObject("publicComment").put("openedOn", opened.toString()).put("closedOn", closed.toString());
    LocalDate submitted = working(closed, 2);
    LocalDate reviewed = working(submitted, between(6, 10));
    ObjectNode lr = d.putObject("legalityReview");
    lr.put("submittedOn", submitted.toString());
    lr.put("completedOn", reviewed.toString());
    lr.put("passed", true);
    if (row.market()) {
      d.putObject("fairCompetitionReview").put("completedOn", working(closed, 3).toString()).put("passed", true);
    }
    LocalDate deliberated = working(reviewed, between(2, 4));
    d.putObject("collectiveDeliberation").put("heldOn", deliberated.toString());
    LocalDate issued = working(deliberated, between(1, 3));
    d.put("issuedOn", issued.toString());
    LocalDate published = working(issued, between(1, 2));
    d.putObject("publication").put("publishedOn", published.toString())
        .put("channel", county ? "示范县人民政府网站" : issuer.name().substring(DemoCounty.NAME.length()) + "政务公开栏");
    LocalDate effective = row.title().equals("示范县城区机动车停放管理办法") ? LocalDate.of(2026, 1, 15) : published.plusDays(30);
    d.put("effectiveFrom", effective.toString());
    d.put("expiresOn", effective.plusYears(5).minusDays(1).toString());
    // Filed within 15 days of publication (the assessment's 报备及时率); the designed defect after 45.
    LocalDate filed = "NDOC-075-filing-late".equals(row.defect()) ? published.plusDays(45) : published.plusDays(between(5, 14));
    d.putObject("filing").put("filedOn", filed.toString())
        .put("filedWith", county ? "示范市人民政府、示范县人大常委会" : DemoCounty.NAME + "人民政府");
    if (!row.provides().isEmpty()) {
      ArrayNode provisions = d.putArray("provisions");
      int clause = 5;
      for (String kind : row.provides().split(",")) {
        ObjectNode p = provisions.addObject();
        p.put("kind", kind);
        p.put("clause", "第" + "〇一二三四五六七八九".charAt(clause) + "条");
        clause += 2;
        if (kind.equals("ADDS_OBLIGATION")) {
          ObjectNode c = p.putArray("basis").addObject();
          c.put("instrument", "中华人民共和国行政许可法");
          c.put("level", "LAW");
          c.put("version", "2019");
          c.put("article", 61);
        }
      }
    }
    if (id.equals(TOWNSHIP_REVOCATION)) {
      d.put("text", "经乡党委、政府研究，决定撤销原示范县人口和计划生育局2004年作出的关于征收社会抚养费的处理决定，已征收款项由乡财政所退还。");
      ObjectNode act = d.putArray("revokes").addObject();
      act.put("kind", "SPECIFIC_ACT");
      act.put("action", "REVOKE");
      act.put("title", "关于对某某征收社会抚养费的处理决定");
      act.put("number", "示计生字〔2004〕15号");
      ObjectNode bureau = act.putObject("issuer");
      bureau.put("name", DemoCounty.NAME + "人口和计划生育局");
      bureau.put("level", "COUNTY");
      bureau.put("kind", "DEPARTMENT");
      bureau.put("line", "人口和计划生育");
      bureau.put("region", DemoCounty.REGION);
      act.put("issuedOn", "2004-06-18");
    } else if (row.provides().contains("CREATES_FEE")) {
      d.put("text", "在城区道路两侧占道经营的，按每平方米每日2元收取占道经营管理费；拒不缴纳的，由城市管理部门处200元以上1000元以下罚款。");
    } else {
      d.put("text", "为规范" + row.title().replace("示范县", "").replace("管理办法", "").replace("（修订）", "") + "管理，制定本办法。");
    }
    return d;
  }
}
