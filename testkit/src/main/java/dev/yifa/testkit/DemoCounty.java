package dev.yifa.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.FindingMapping;
import dev.yifa.assessment.card.MisconductType;
import dev.yifa.assessment.card.Officer;
import dev.yifa.assessment.card.OfficerEvent;
import dev.yifa.assessment.card.OfficerEventType;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.core.document.InMemoryNormativeDocumentRegistry;
import dev.yifa.core.document.NormativeDocument;
import dev.yifa.core.document.NormativeDocumentChecker;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.time.WorkingDayCalendar;
import dev.yifa.enforcement.penalty.PenaltyCase;
import dev.yifa.enforcement.penalty.PenaltyPacks;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo county (示范县): a deterministic, synthetic county modelled on the county of the seed
 * report — 45 enforcement units holding 294 enforcement powers, about 800 enforcement officers under
 * red/yellow/green card management, a year of administrative penalty cases (some with the defects
 * case-file review finds in practice), the quarry that was reported and never dealt with, two years
 * of the government's major decisions, and the normative documents of the government, its
 * departments and townships — among them the township's notice "revoking" a 2004 decision of the
 * county family-planning bureau.
 *
 * <p>The county uses the division code 360424 (修水县, Jiangxi) so that the Jiangxi hearing
 * thresholds apply (江西省行政处罚听证程序规定 第二条, profile 360000); its names ("示范县…") are
 * invented, and so is every party, officer and case. Legal bases cite real articles only where the
 * article is certain (食品安全法, 广告法, 产品质量法, 价格法, 土地管理法, 环境保护法, 大气污染防治法,
 * 水污染防治法, 行政处罚法); the other powers cite a clearly fictitious local regulation,
 * {@value #GENERIC_BASIS}.
 *
 * <p>Generation uses a seeded {@link SplittableRandom} and no clock: the same seed gives the same
 * documents, byte for byte ({@link #toJson(JsonNode)}). Every case day lies in 2025, every step of
 * the major decisions and normative documents in 2024–2025 (one document takes effect in 2026): the
 * working-day calendar covers 2024–2026, so every period the rules count is computable. The county
 * is seen as of {@link #AS_OF}. Cases with a designed defect are listed by {@link
 * #designedDefects()}, with the rule each one should trigger (decisions and documents by {@link
 * #decisionDefects()} and {@link #documentDefects()}); the others are lawful and draw no finding.
 *
 * <pre>{@code
 * DemoCounty county = DemoCounty.generate(DemoCounty.DEFAULT_SEED);
 * JsonNode catalog = county.catalog();
 * List<JsonNode> cases = county.penaltyCases();
 * JsonNode log = county.officerEvents();
 * }</pre>
 *
 * <p>Immutable and thread-safe once generated (the JSON trees must not be modified by callers).
 *
 * @since 0.1
 */
public final class DemoCounty {
  /** The division code of the county: 360424 (修水县, Jiangxi). */
  public static final String REGION = "360424";

  /** The county's name in the documents. */
  public static final String NAME = "示范县";

  /** The day the county is seen as of. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** The day the county's annual case-file review (案卷评查) establishes its findings. */
  public static final LocalDate REVIEWED_ON = LocalDate.of(2025, 12, 15);

  /** The seed of the standard demo. */
  public static final long DEFAULT_SEED = 20251231L;

  /** The number of enforcement units (the seed report: 45 个行政执法单位). */
  public static final int UNITS = 45;

  /** The number of enforcement powers (the seed report: 具体执法事项 294 项). */
  public static final int POWERS = 294;

  /** The number of officers (the seed report: 800 多名行政执法人员). */
  public static final int OFFICERS = 800;

  /** The number of penalty documents (cases and leads) of the year. */
  public static final int CASES = 300;

  /** The fictitious instrument cited where no real article is certain. */
  public static final String GENERIC_BASIS = "示范省行政执法条例（演示用，虚构）";

  /** The fictitious administrative regulation cited for levies and fees (which need one). */
  public static final String GENERIC_REGULATION = "示范行政收费征收条例（演示用，虚构）";

  /**
   * The id of the township document that "revokes" a 2004 decision of the county family-planning
   * bureau (the seed report: 某乡发文撤销2004年县计生局作出的征收社会抚养费决定).
   */
  public static final String TOWNSHIP_REVOCATION = DemoPolicies.TOWNSHIP_REVOCATION;

  /** The id of the quarry lead: reported, never filed (the seed report's 石料厂). */
  public static final String QUARRY_CASE = "SFX-ZR-2025-Q001";

  private static final ObjectMapper MAPPER = YifaJson.mapper();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();
  private static final double DEFECT_RATE = 0.27;

  // -------------------------------------------------------------------------------- public API

  private final long seed;
  private final ObjectNode catalog;
  private final List<ObjectNode> cases;
  private final ObjectNode officerEvents;
  private final Map<String, String> designedDefects;
  private final Map<String, List<String>> caseOfficers;
  private final List<Unit> units;
  private final DemoPolicies.Result policies;

  private DemoCounty(
      long seed,
      ObjectNode catalog,
      List<ObjectNode> cases,
      ObjectNode officerEvents,
      Map<String, String> designedDefects,
      Map<String, List<String>> caseOfficers,
      List<Unit> units,
      DemoPolicies.Result policies) {
    this.seed = seed;
    this.catalog = catalog;
    this.cases = cases;
    this.officerEvents = officerEvents;
    this.designedDefects = designedDefects;
    this.caseOfficers = caseOfficers;
    this.units = units;
    this.policies = policies;
  }

  /**
   * Generates the county.
   *
   * @param seed the random seed; {@link #DEFAULT_SEED} for the standard demo
   * @return the county
   */
  public static DemoCounty generate(long seed) {
    return new Generator(seed).run();
  }

  /**
   * Returns the seed the county was generated with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the county's catalog of enforcement powers, a {@code power-catalog} document: 45 units,
   * 294 powers, three of them with a designed defect.
   *
   * @return the document
   */
  public JsonNode catalog() {
    return catalog;
  }

  /**
   * Returns the year's {@code penalty-case} documents, in id order: cases and leads, the quarry
   * lead among them.
   *
   * @return the documents, unmodifiable
   */
  public List<JsonNode> penaltyCases() {
    return Collections.unmodifiableList(cases);
  }

  /**
   * Returns the {@code officer-events} log: every officer's certificate, training, exams, cases
   * handled, misconduct found in daily supervision, and the misconduct the case-file review found
   * (the ERROR findings of the cases each officer signed, mapped by {@link
   * FindingMapping#defaultMapping()}, dated {@link #REVIEWED_ON}).
   *
   * @return the document
   */
  public JsonNode officerEvents() {
    return officerEvents;
  }

  /**
   * Returns the county government's {@code major-decision} documents of 2024 and 2025, in id
   * order: twelve a year, five of them with a designed defect ({@link #decisionDefects()}).
   *
   * @return the documents, unmodifiable
   */
  public List<JsonNode> majorDecisions() {
    return Collections.unmodifiableList(policies.decisions());
  }

  /**
   * Returns the major decisions generated with a defect, and the rules each should draw: no
   * legality review before the meeting, a comment period under 30 days, the county head departing
   * from the majority without recorded reasons.
   *
   * @return decision id to rule ids, in id order, unmodifiable
   */
  public Map<String, List<String>> decisionDefects() {
    return policies.decisionDefects();
  }

  /**
   * Returns the {@code normative-document} documents the government, its departments and two
   * townships issued in 2024 and 2025, in id order: most lawful, one repealed by its revision, one
   * not yet in force on {@link #AS_OF}, and three with designed defects ({@link
   * #documentDefects()}), among them {@link #TOWNSHIP_REVOCATION}.
   *
   * @return the documents, unmodifiable
   */
  public List<JsonNode> normativeDocuments() {
    return Collections.unmodifiableList(policies.documents());
  }

  /**
   * Returns the normative documents generated with a defect, and the rules each should draw.
   *
   * @return document id to rule ids, in id order, unmodifiable
   */
  public Map<String, List<String>> documentDefects() {
    return policies.documentDefects();
  }

  /**
   * Returns a new in-memory registry holding the county's normative documents, for "what is in
   * force on day D" and basis checks.
   *
   * @return a new registry (callers may add to it)
   */
  public InMemoryNormativeDocumentRegistry documentRegistry() {
    List<NormativeDocument> docs = new ArrayList<>();
    for (ObjectNode d : policies.documents()) {
      docs.add(NormativeDocumentChecker.read(d));
    }
    return InMemoryNormativeDocumentRegistry.of(docs);
  }

  /**
   * Returns the cases generated with a defect, and the rule id each should draw.
   *
   * @return case id to rule id, in id order, unmodifiable
   */
  public Map<String, String> designedDefects() {
    return designedDefects;
  }

  /**
   * Returns the officers (ids in the officer log) who signed each case.
   *
   * @return case id to officer ids, unmodifiable
   */
  public Map<String, List<String>> caseOfficers() {
    return caseOfficers;
  }

  /**
   * Returns the enforcement units: name, unified social credit code, and whether a township.
   *
   * @return the units in catalog order, unmodifiable
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Writes a document as pretty-printed JSON with a final newline, the same bytes every time.
   *
   * @param document the document
   * @return the JSON text
   */
  public static String toJson(JsonNode document) {
    checkNotNull(document, "document");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One enforcement unit of the county.
   *
   * @param id its unified social credit code
   * @param name its name, e.g. {@code 示范县市场监督管理局}
   * @param shortName its abbreviation in document numbers, e.g. {@code 示市监}
   * @param township whether it is a township or town government
   * @since 0.1
   */
  public record Unit(String id, String name, String shortName, boolean township) {
    /** Validates the components. */
    public Unit {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      checkNotNull(shortName, "shortName");
    }
  }

  // -------------------------------------------------------------------------------- data

  /** A citation spec: instrument title, level, version, article. */
  private record Basis(String instrument, String level, String version, int article) {}

  private static final Basis FOOD_LICENCE = new Basis("中华人民共和国食品安全法", "LAW", "2021", 35);
  private static final Basis FOOD_SEIZE = new Basis("中华人民共和国食品安全法", "LAW", "2021", 110);
  private static final Basis FOOD_UNLICENSED = new Basis("中华人民共和国食品安全法", "LAW", "2021", 122);
  private static final Basis FOOD_STANDARD = new Basis("中华人民共和国食品安全法", "LAW", "2021", 124);
  private static final Basis FOOD_MANAGEMENT = new Basis("中华人民共和国食品安全法", "LAW", "2021", 126);
  private static final Basis AD_FALSE = new Basis("中华人民共和国广告法", "LAW", "2021", 55);
  private static final Basis AD_OTHER = new Basis("中华人民共和国广告法", "LAW", "2021", 58);
  private static final Basis PRODUCT_SEIZE = new Basis("中华人民共和国产品质量法", "LAW", "2018", 18);
  private static final Basis PRODUCT_HEALTH = new Basis("中华人民共和国产品质量法", "LAW", "2018", 49);
  private static final Basis PRODUCT_FAKE = new Basis("中华人民共和国产品质量法", "LAW", "2018", 50);
  private static final Basis PRICE = new Basis("中华人民共和国价格法", "LAW", "1997", 39);
  private static final Basis LAND_TRANSFER = new Basis("中华人民共和国土地管理法", "LAW", "2019", 74);
  private static final Basis LAND_OCCUPY = new Basis("中华人民共和国土地管理法", "LAW", "2019", 77);
  private static final Basis ENV_SEIZE = new Basis("中华人民共和国环境保护法", "LAW", "2014", 25);
  private static final Basis ENV_DAILY = new Basis("中华人民共和国环境保护法", "LAW", "2014", 59);
  private static final Basis AIR = new Basis("中华人民共和国大气污染防治法", "LAW", "2018", 99);
  private static final Basis WATER = new Basis("中华人民共和国水污染防治法", "LAW", "2017", 83);

  /** A power template: name, category, penalty kinds, basis (null: the generic one), violation. */
  private record Template(String name, String category, List<String> kinds, Basis basis, String violation) {}

  private static Template penalty(String violation, Basis basis, String... kinds) {
    return new Template("对" + violation + "的行政处罚", "PENALTY", List.of(kinds), basis, violation);
  }

  private static Template other(String name, String category, Basis basis) {
    return new Template(name, category, List.of(), basis, "");
  }

  private static Basis generic(int article) {
    return new Basis(GENERIC_BASIS, "LOCAL_REGULATION", "2020", article);
  }

  private static Basis regulation(int article) {
    return new Basis(GENERIC_REGULATION, "ADMINISTRATIVE_REGULATION", "2019", article);
  }

  /** A county department: name, abbreviation, templates, share of officers. */
  private record Dept(String name, String abbr, List<Template> templates, int officers) {}

  private static List<Dept> departments() {
    List<Dept> d = new ArrayList<>();
    d.add(new Dept("市场监督管理局", "示市监", List.of(
        penalty("未取得食品经营许可从事食品经营活动", FOOD_UNLICENSED, "WARNING", "FINE", "CONFISCATE_GAINS", "CONFISCATE_PROPERTY"),
        penalty("经营致病性微生物等污染物质含量超过食品安全标准限量的食品", FOOD_STANDARD, "FINE", "CONFISCATE_GAINS", "SUSPEND_BUSINESS"),
        penalty("食品经营者未按规定建立并遵守进货查验记录制度", FOOD_MANAGEMENT, "WARNING", "FINE"),
        penalty("发布虚假广告", AD_FALSE, "FINE", "CONFISCATE_GAINS"),
        penalty("发布违反广告准则的广告", AD_OTHER, "FINE"),
        penalty("生产、销售不符合保障人体健康和人身、财产安全标准的产品", PRODUCT_HEALTH, "FINE", "CONFISCATE_GAINS", "CONFISCATE_PROPERTY"),
        penalty("在产品中掺杂、掺假，以假充真，以次充好", PRODUCT_FAKE, "FINE", "CONFISCATE_GAINS", "CONFISCATE_PROPERTY"),
        penalty("经营者不执行法定的价格干预措施、紧急措施", PRICE, "FINE", "CONFISCATE_GAINS"),
        other("食品经营许可", "LICENSING", FOOD_LICENCE),
        other("对有证据证明不符合食品安全标准的食品的查封、扣押", "COERCION", FOOD_SEIZE),
        other("对涉嫌不符合保障人体健康标准的产品的查封、扣押", "COERCION", PRODUCT_SEIZE),
        other("食品经营监督检查", "INSPECTION", FOOD_SEIZE)), 90));
    d.add(new Dept("自然资源局", "示自然资", List.of(
        penalty("未经批准非法占用土地", LAND_OCCUPY, "FINE", "CONFISCATE_PROPERTY"),
        penalty("买卖或者以其他形式非法转让土地", LAND_TRANSFER, "FINE", "CONFISCATE_GAINS"),
        penalty("未取得采矿许可证擅自开采砂石土", generic(21), "WARNING", "FINE", "CONFISCATE_GAINS"),
        other("建设项目用地预审", "LICENSING", generic(3)),
        other("矿产资源开采监督检查", "INSPECTION", generic(20)),
        other("土地违法行为巡查", "INSPECTION", LAND_OCCUPY)), 45));
    d.add(new Dept("生态环境局", "示环", List.of(
        penalty("超过大气污染物排放标准排放大气污染物", AIR, "FINE"),
        penalty("超过水污染物排放标准排放水污染物", WATER, "FINE"),
        penalty("违法排放污染物，受到罚款处罚，被责令改正，拒不改正", ENV_DAILY, "FINE"),
        other("对违法排放污染物造成或者可能造成严重污染的设施、设备的查封、扣押", "COERCION", ENV_SEIZE),
        other("排污单位现场检查", "INSPECTION", ENV_SEIZE)), 40));
    d.add(new Dept("交通运输局", "示交", List.of(
        penalty("未取得道路运输经营许可擅自从事道路运输经营", generic(31), "WARNING", "FINE", "CONFISCATE_GAINS"),
        penalty("超限运输车辆擅自行驶公路", generic(32), "WARNING", "FINE"),
        penalty("擅自占用、挖掘公路", generic(33), "WARNING", "FINE"),
        other("道路运输经营许可", "LICENSING", generic(30)),
        other("道路运输市场监督检查", "INSPECTION", generic(30))), 55));
    d.add(new Dept("城市管理局", "示城管", List.of(
        penalty("占用城市道路设摊经营", generic(41), "WARNING", "FINE"),
        penalty("随意倾倒、抛撒、堆放建筑垃圾", generic(42), "WARNING", "FINE"),
        penalty("未经批准擅自设置大型户外广告", generic(43), "WARNING", "FINE"),
        penalty("在城市人民政府确定的禁止区域内露天烧烤食品", generic(44), "WARNING", "FINE"),
        other("城市建筑垃圾处置核准", "LICENSING", generic(40)),
        other("市容环境卫生日常巡查", "INSPECTION", generic(40))), 80));
    d.add(new Dept("农业农村局", "示农", List.of(
        penalty("经营假劣农药", generic(51), "WARNING", "FINE", "CONFISCATE_GAINS"),
        penalty("未按规定使用兽药", generic(52), "WARNING", "FINE"),
        penalty("在禁渔区、禁渔期进行捕捞", generic(53), "WARNING", "FINE", "CONFISCATE_PROPERTY"),
        other("农药经营许可", "LICENSING", generic(50)),
        other("农资市场监督检查", "INSPECTION", generic(50))), 40));
    d.add(new Dept("水利局", "示水", List.of(
        penalty("未经许可在河道管理范围内采砂", generic(61), "FINE", "CONFISCATE_GAINS"),
        penalty("未经批准取水", generic(62), "WARNING", "FINE"),
        other("河道采砂许可", "LICENSING", generic(60)),
        other("取水许可", "LICENSING", generic(60)),
        other("水资源费征收", "LEVY", regulation(63))), 25));
    d.add(new Dept("林业局", "示林", List.of(
        penalty("未经批准擅自改变林地用途", generic(71), "FINE"),
        penalty("滥伐林木", generic(72), "FINE"),
        other("林木采伐许可", "LICENSING", generic(70)),
        other("森林资源监督检查", "INSPECTION", generic(70))), 30));
    d.add(new Dept("应急管理局", "示应急", List.of(
        penalty("生产经营单位未按规定开展安全生产教育和培训", generic(81), "WARNING", "FINE"),
        penalty("未取得烟花爆竹零售许可证经营", generic(82), "FINE", "CONFISCATE_PROPERTY"),
        other("烟花爆竹经营（零售）许可", "LICENSING", generic(80)),
        other("安全生产监督检查", "INSPECTION", generic(80))), 30));
    d.add(new Dept("卫生健康委员会", "示卫健", List.of(
        penalty("未取得医疗机构执业许可证擅自执业", generic(91), "FINE", "CONFISCATE_GAINS", "CONFISCATE_PROPERTY"),
        penalty("公共场所经营者未取得卫生许可证经营", generic(92), "WARNING", "FINE"),
        other("医疗机构执业登记", "LICENSING", generic(90)),
        other("公共场所卫生监督检查", "INSPECTION", generic(90))), 35));
    d.add(new Dept("文化广电新闻出版旅游局", "示文旅", List.of(
        penalty("擅自从事互联网上网服务经营活动", generic(101), "FINE", "CONFISCATE_GAINS"),
        penalty("旅行社未按规定与旅游者订立合同", generic(102), "WARNING", "FINE"),
        other("娱乐场所经营许可", "LICENSING", generic(100)),
        other("文化市场日常检查", "INSPECTION", generic(100))), 25));
    d.add(new Dept("住房和城乡建设局", "示住建", List.of(
        penalty("未取得施工许可证擅自施工", generic(111), "FINE"),
        penalty("建设单位未按规定办理工程质量监督手续", generic(112), "WARNING", "FINE"),
        other("建筑工程施工许可", "LICENSING", generic(110)),
        other("建筑工程质量安全检查", "INSPECTION", generic(110))), 35));
    d.add(new Dept("人力资源和社会保障局", "示人社", List.of(
        penalty("用人单位违反规定延长劳动者工作时间", generic(121), "WARNING", "FINE"),
        other("劳动保障监察", "INSPECTION", generic(120)),
        other("失业保险金给付", "PAYMENT", generic(122))), 20));
    d.add(new Dept("教育体育局", "示教体", List.of(
        penalty("擅自举办民办学校", generic(131), "FINE", "CONFISCATE_GAINS"),
        other("民办学校办学许可", "LICENSING", generic(130))), 15));
    d.add(new Dept("商务局", "示商", List.of(
        penalty("单用途商业预付卡发卡企业未按规定备案", generic(141), "WARNING", "FINE"),
        other("成品油零售经营监督检查", "INSPECTION", generic(140))), 12));
    d.add(new Dept("民政局", "示民", List.of(
        penalty("社会组织未按规定接受年度检查", generic(151), "WARNING"),
        other("最低生活保障金给付", "PAYMENT", generic(152)),
        other("社会团体成立登记", "CONFIRMATION", generic(150))), 12));
    d.add(new Dept("医疗保障局", "示医保", List.of(
        penalty("定点医药机构骗取医疗保障基金支出", generic(161), "FINE"),
        other("医疗保障基金使用监督检查", "INSPECTION", generic(160))), 15));
    d.add(new Dept("发展和改革委员会", "示发改", List.of(
        penalty("招标人规避招标", generic(171), "WARNING", "FINE"),
        other("企业投资项目核准", "LICENSING", generic(170))), 12));
    d.add(new Dept("工业和信息化局", "示工信", List.of(
        penalty("无线电发射设备未经许可擅自使用", generic(181), "WARNING", "FINE"),
        other("民用爆炸物品使用监督检查", "INSPECTION", generic(180))), 10));
    d.add(new Dept("统计局", "示统", List.of(
        penalty("拒绝提供统计资料或者提供不真实统计资料", generic(191), "WARNING", "FINE"),
        other("统计执法检查", "INSPECTION", generic(190))), 8));
    d.add(new Dept("财政局", "示财", List.of(
        penalty("违反会计法规定不依法设置会计账簿", generic(201), "FINE"),
        other("政府采购监督检查", "INSPECTION", generic(200))), 8));
    d.add(new Dept("审计局", "示审", List.of(
        other("财政财务收支审计", "INSPECTION", generic(210)),
        other("审计决定执行检查", "OTHER", generic(210))), 8));
    d.add(new Dept("司法局", "示司", List.of(
        penalty("律师事务所违反规定接受委托", generic(221), "WARNING", "FINE"),
        other("基层法律服务工作者执业核准", "LICENSING", generic(220))), 8));
    d.add(new Dept("退役军人事务局", "示退役", List.of(
        other("优抚对象抚恤补助金给付", "PAYMENT", generic(230)),
        other("退役军人安置待遇确认", "CONFIRMATION", generic(230))), 6));
    d.add(new Dept("气象局", "示气", List.of(
        penalty("在气象探测环境保护范围内从事危害气象探测环境活动", generic(241), "WARNING", "FINE"),
        other("雷电防护装置设计审核", "LICENSING", generic(240))), 6));
    d.add(new Dept("档案局", "示档", List.of(
        penalty("损毁、丢失属于国家所有的档案", generic(251), "WARNING", "FINE"),
        other("档案工作监督检查", "INSPECTION", generic(250))), 5));
    d.add(new Dept("国防动员办公室", "示动员", List.of(
        penalty("拒不修建人民防空工程", generic(261), "WARNING", "FINE"),
        other("人民防空工程易地建设费征收", "FEE", regulation(260))), 6));
    d.add(new Dept("粮食和物资储备局", "示粮", List.of(
        penalty("粮食经营者未按规定建立粮食经营台账", generic(271), "WARNING", "FINE"),
        other("粮食流通监督检查", "INSPECTION", generic(270))), 6));
    d.add(new Dept("行政审批局", "示审批", List.of(
        other("投资项目审批服务", "OTHER", generic(280)),
        other("企业登记确认", "CONFIRMATION", generic(280))), 8));
    d.add(new Dept("人民政府", "示府", List.of(
        other("土地征收补偿安置", "LEVY", regulation(290)),
        other("行政区域边界争议裁决", "ADJUDICATION", generic(290))), 0));
    return d;
  }

  private static final List<String> TOWNSHIPS =
      List.of("城关镇", "东岭镇", "西港镇", "南山乡", "北屏乡", "青石镇", "白水乡", "竹坪乡", "杉林镇",
          "黄沙镇", "马鞍乡", "溪口镇", "石门乡", "上坊乡", "新塘乡");

  /** A township's powers; the fictitious basis gives each township its own article (委托乡镇的事项). */
  private static List<Template> townshipTemplates(int township) {
    int a = 300 + 10 * township;
    return List.of(
        penalty("在村庄规划区内未经批准擅自建设", generic(a + 1), "WARNING", "FINE"),
        penalty("在公共场所焚烧秸秆、垃圾", generic(a + 2), "WARNING", "FINE"),
        other("农村宅基地申请审查", "CONFIRMATION", generic(a + 3)),
        other("农村危房改造补助给付", "PAYMENT", generic(a + 4)),
        other("乡村环境卫生检查", "INSPECTION", generic(a + 5)));
  }

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡"
  };
  private static final String[] GIVEN = {
    "建国", "建军", "秀英", "桂英", "志强", "海涛", "晓燕", "文斌", "小军", "国庆", "丽", "鹏", "伟", "敏", "静", "磊",
    "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "芳", "婷", "斌", "宇", "浩", "辉", "红", "健", "琳"
  };
  private static final String[] FIRMS = {
    "恒昌", "宏达", "鑫源", "富民", "华泰", "金山", "兴旺", "顺发", "永丰", "嘉禾", "瑞祥", "天成", "万家", "广源", "新华", "德润"
  };
  private static final String[] TRADES = {"食品有限公司", "商贸有限公司", "建材有限公司", "农业开发有限公司", "运输有限公司", "餐饮店", "超市", "药店"};

  // -------------------------------------------------------------------------------- generator

  /** The defects a case may be given, with the rule each should draw. */
  private enum Defect {
    HEARING_NOT_OFFERED("APL-063-hearing-not-offered", 6),
    HEARING_NOT_HELD("APL-063-hearing-not-held", 2),
    SERVICE_LATE("APL-061-service-late", 6),
    DECISION_LATE("APL-060-decision-late", 5),
    ONE_OFFICER("APL-042-two-officers", 4),
    EXPIRED_CERTIFICATE("APL-042-officer-not-certified", 3),
    NOTICE_INCOMPLETE("APL-044-notice-incomplete", 6),
    DECISION_CONTENTS("APL-059-decision-contents", 5),
    AGENCY_COLLECTED("APL-067-agency-collected", 3),
    LEGAL_REVIEW_MISSING("APL-058-legal-review", 3),
    COLLECTIVE_DISCUSSION_MISSING("APL-057-collective-discussion", 2),
    SUMMARY_OVER_LIMIT("APL-051-summary-not-allowed", 3),
    NOT_DECIDED("APL-060-not-decided", 3),
    PARTY_ID_INVALID("APL-059-party-id-invalid", 4),
    OUTSIDE_DISCRETION("APL-005-outside-discretion", 4),
    NOT_ENFORCED("APL-072-not-enforced", 3),
    LEAD_FILED_LATE("APL-054-lead-not-filed", 2);

    final String rule;
    final int weight;

    Defect(String rule, int weight) {
      this.rule = rule;
      this.weight = weight;
    }
  }

  /** An officer of the log, as the generator knows it. */
  private record Person(String id, String name, int unit, boolean auxiliary, String certificateNo, LocalDate validUntil) {}

  private static final class Generator {
    private final long seed;
    private final SplittableRandom random;
    private final List<Unit> units = new ArrayList<>();
    private final List<List<Template>> unitTemplates = new ArrayList<>();
    private final List<List<String>> unitPowerCodes = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<List<Person>> certifiedByUnit = new ArrayList<>();
    private final Map<String, String> defects = new LinkedHashMap<>();
    private final Map<String, List<String>> caseOfficers = new LinkedHashMap<>();
    private final Map<String, Integer> decisionNumbers = new LinkedHashMap<>();

    Generator(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
    }

    DemoCounty run() {
      ObjectNode catalog = catalog();
      officers();
      List<ObjectNode> cases = cases();
      ObjectNode log = log(cases);
      return new DemoCounty(
          seed,
          catalog,
          List.copyOf(cases),
          log,
          Collections.unmodifiableMap(defects),
          Collections.unmodifiableMap(caseOfficers),
          List.copyOf(units),
          DemoPolicies.generate(seed, units));
    }

    // ------------------------------------------------------------------ catalog

    private static String uscc(String prefix, int n) {
      String org = String.format(Locale.ROOT, "%08d", 1_465_700 + n);
      String first17 = prefix + org + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org);
      return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private ObjectNode catalog() {
      List<Dept> depts = departments();
      // 29 county units and 16 townships: 45 units (the seed report's 45 行政执法单位).
      for (int i = 0; i < depts.size(); i++) {
        Dept d = depts.get(i);
        units.add(new Unit(uscc("11" + REGION, i), NAME + d.name(), d.abbr(), false));
        unitTemplates.add(d.templates());
      }
      for (int i = 0; i < TOWNSHIPS.size(); i++) {
        String name = TOWNSHIPS.get(i);
        units.add(new Unit(uscc("11" + REGION, 100 + i), NAME + name + "人民政府", "示" + name.substring(0, 2), true));
        unitTemplates.add(townshipTemplates(i));
      }
      checkArgument(units.size() == UNITS, "units: %s", units.size());
      ObjectNode doc = MAPPER.createObjectNode();
      doc.put("type", "power-catalog");
      doc.put("id", REGION + "-2025-ZFSX");
      doc.put("region", REGION);
      doc.put("name", NAME + "行政执法事项目录（2025年，演示数据）");
      ArrayNode bodies = doc.putArray("bodies");
      String government = units.get(depts.size() - 1).id();
      for (Unit u : units) {
        ObjectNode b = bodies.addObject();
        b.put("id", u.id());
        b.put("name", u.name());
        b.put("level", u.township() ? "TOWNSHIP" : "COUNTY");
        b.put("kind", u.name().endsWith("人民政府") ? "GOVERNMENT" : "DEPARTMENT");
        b.put("region", REGION);
        if (!u.id().equals(government)) {
          b.put("parentId", government);
        }
      }
      // Powers: each unit's templates first, then more inspection items in turn, up to 294.
      ArrayNode powers = doc.putArray("powers");
      List<int[]> order = new ArrayList<>();
      for (int u = 0; u < units.size(); u++) {
        unitPowerCodes.add(new ArrayList<>());
        for (int t = 0; t < unitTemplates.get(u).size(); t++) {
          order.add(new int[] {u, t});
        }
      }
      int extra = 0;
      while (order.size() < POWERS) {
        order.add(new int[] {extra % (units.size() - TOWNSHIPS.size() - 1), -1 - extra});
        extra++;
      }
      checkArgument(order.size() == POWERS, "powers: %s", order.size());
      int[] serial = new int[units.size()];
      int index = 0;
      for (int[] o : order) {
        int u = o[0];
        Unit unit = units.get(u);
        Template t = o[1] >= 0
            ? unitTemplates.get(u).get(o[1])
            : other(unit.name().substring(NAME.length()) + "专项执法检查（" + chineseOrdinal(-o[1]) + "）", "INSPECTION", generic(900 + u));
        String code = String.format(Locale.ROOT, "%s-%02d-%s-%04d", REGION, u + 1, shortCategory(t.category()), ++serial[u]);
        ObjectNode p = powers.addObject();
        p.put("code", code);
        p.put("name", t.name());
        p.put("category", t.category());
        if (t.category().equals("COERCION")) {
          p.put("subcategory", "MEASURE");
        }
        p.put("body", unit.id());
        ArrayNode basis = p.putArray("basis");
        // Designed catalog defects (案卷与目录评查 finds these): a township power with no basis, a
        // township penalty resting on its own notice, a licence resting on a county notice.
        if (index == townshipPower(1, 0)) {
          // no basis at all
        } else if (index == townshipPower(3, 1)) {
          citation(basis.addObject(), new Basis(NAME + "南山乡人民政府关于加强村容村貌管理的通知", "NORMATIVE_DOCUMENT", "2024", 5));
        } else if (index == 57) {
          citation(basis.addObject(), new Basis(NAME + "人民政府办公室关于规范建材市场经营的通知", "NORMATIVE_DOCUMENT", "2023", 3));
          p.put("category", "LICENSING");
          p.put("name", "建材经营备案核准");
        } else {
          citation(basis.addObject(), t.basis());
        }
        if (!t.kinds().isEmpty() && p.get("category").asText().equals("PENALTY")) {
          ArrayNode kinds = p.putArray("penaltyKinds");
          t.kinds().forEach(kinds::add);
          if (o[1] >= 0) {
            unitPowerCodes.get(u).add(code);
          }
        }
        ArrayNode resp = p.putArray("responsibilities");
        for (String r : responsibilities(p.get("category").asText())) {
          resp.add(r);
        }
        p.putArray("accountability").add("不履行或者不正确履行" + t.name() + "职责的").add("滥用职权、玩忽职守、徇私舞弊的");
        index++;
      }
      return doc;
    }

    /** The index in the power order of a township's template, given the order built above. */
    private int townshipPower(int township, int template) {
      int index = 0;
      int firstTownship = units.size() - TOWNSHIPS.size();
      for (int u = 0; u < firstTownship + township; u++) {
        index += unitTemplates.get(u).size();
      }
      return index + template;
    }

    private static String chineseOrdinal(int n) {
      return String.valueOf(n);
    }

    private static String shortCategory(String category) {
      return switch (category) {
        case "PENALTY" -> "CF";
        case "LICENSING" -> "XK";
        case "COERCION" -> "QZ";
        case "INSPECTION" -> "JC";
        case "PAYMENT" -> "GF";
        case "LEVY" -> "ZS";
        case "FEE" -> "SF";
        case "CONFIRMATION" -> "QR";
        case "ADJUDICATION" -> "CJ";
        default -> "QT";
      };
    }

    private static List<String> responsibilities(String category) {
      if (category.equals("PENALTY")) {
        return List.of("立案责任：对发现的违法行为及时审查，决定是否立案", "调查取证责任：执法人员不少于两人，出示执法证件",
            "审查责任：审查案件事实、证据、依据和程序", "告知责任：告知拟处罚内容及陈述、申辩、听证权利",
            "决定责任：依法作出处罚决定", "送达责任：依法送达处罚决定书", "执行责任：督促履行，依法申请强制执行");
      }
      return List.of("受理或者启动责任", "审查责任", "决定责任", "送达责任", "事后监管责任");
    }

    private static void citation(ObjectNode c, Basis b) {
      c.put("instrument", b.instrument());
      c.put("level", b.level());
      c.put("version", b.version());
      c.put("article", b.article());
    }

    // ------------------------------------------------------------------ officers

    private String personName() {
      return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private void officers() {
      List<Dept> depts = departments();
      int[] quota = new int[units.size()];
      int assigned = 0;
      for (int i = 0; i < depts.size(); i++) {
        quota[i] = depts.get(i).officers();
        assigned += quota[i];
      }
      int firstTownship = depts.size();
      for (int i = firstTownship; i < units.size(); i++) {
        quota[i] = (OFFICERS - assigned) / TOWNSHIPS.size();
      }
      int total = 0;
      for (int q : quota) {
        total += q;
      }
      quota[firstTownship] += OFFICERS - total;
      int n = 0;
      for (int u = 0; u < units.size(); u++) {
        certifiedByUnit.add(new ArrayList<>());
        for (int k = 0; k < quota[u]; k++) {
          n++;
          String id = String.format(Locale.ROOT, "SFX-%04d", n);
          boolean auxiliary = random.nextInt(10) == 0;
          // A few certificates lapsed at the end of 2024 and were not renewed.
          LocalDate until = !auxiliary && random.nextInt(60) == 0 ? LocalDate.of(2024, 12, 31) : LocalDate.of(2027, 12, 31);
          String cert = auxiliary ? "" : String.format(Locale.ROOT, "36042420%04d", n);
          Person p = new Person(id, personName(), u, auxiliary, cert, until);
          people.add(p);
          if (!auxiliary) {
            certifiedByUnit.get(u).add(p);
          }
        }
      }
    }

    // ------------------------------------------------------------------ cases

    private LocalDate day(LocalDate from, int days) {
      return from.plusDays(random.nextInt(days + 1));
    }

    private LocalDate working(LocalDate from, int n) {
      return CALENDAR.plusWorkingDays(from, n);
    }

    private static LocalDate workingBefore(LocalDate to, int n) {
      LocalDate d = to;
      for (int k = 0; k < n; ) {
        d = d.minusDays(1);
        if (CALENDAR.isWorkingDay(d)) {
          k++;
        }
      }
      return d;
    }

    private Defect pickDefect() {
      int total = 0;
      for (Defect d : Defect.values()) {
        total += d.weight;
      }
      int r = random.nextInt(total);
      for (Defect d : Defect.values()) {
        r -= d.weight;
        if (r < 0) {
          return d;
        }
      }
      throw new AssertionError();
    }

    private List<ObjectNode> cases() {
      List<Integer> enforcing = new ArrayList<>();
      for (int u = 0; u < units.size(); u++) {
        if (!unitPowerCodes.get(u).isEmpty() && certifiedByUnit.get(u).size() >= 3) {
          enforcing.add(u);
        }
      }
      List<ObjectNode> out = new ArrayList<>();
      out.add(quarry());
      // The same party fined twice for the same violation by the market regulator.
      ObjectNode first = null;
      for (int i = 1; out.size() < CASES; i++) {
        // Busy units handle more cases: weight by the number of officers.
        int u = pickUnit(enforcing);
        String id = caseId(u, i);
        Defect defect = i == 7 || i == 8 ? null : random.nextDouble() < DEFECT_RATE ? pickDefect() : null;
        ObjectNode c = penaltyCase(id, u, defect);
        if (i == 7) {
          first = c;
        } else if (i == 8 && first != null) {
          doubleFine(first, c);
        }
        out.add(c);
      }
      out.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
      return out;
    }

    private int pickUnit(List<Integer> enforcing) {
      int total = 0;
      for (int u : enforcing) {
        total += certifiedByUnit.get(u).size();
      }
      int r = random.nextInt(total);
      for (int u : enforcing) {
        r -= certifiedByUnit.get(u).size();
        if (r < 0) {
          return u;
        }
      }
      throw new AssertionError();
    }

    private String caseId(int unit, int i) {
      return String.format(Locale.ROOT, "SFX-%02d-2025-%04d", unit + 1, i);
    }

    private ObjectNode agency(ObjectNode c, int u) {
      Unit unit = units.get(u);
      ObjectNode a = c.putObject("agency");
      a.put("id", unit.id());
      a.put("name", unit.name());
      a.put("level", unit.township() ? "TOWNSHIP" : "COUNTY");
      a.put("kind", unit.township() ? "GOVERNMENT" : "DEPARTMENT");
      return a;
    }

    private List<Person> twoOfficers(int u) {
      List<Person> pool = certifiedByUnit.get(u);
      List<Person> valid = new ArrayList<>();
      for (Person p : pool) {
        if (p.validUntil().getYear() > 2025) {
          valid.add(p);
        }
      }
      Person a = valid.get(random.nextInt(valid.size()));
      Person b;
      do {
        b = valid.get(random.nextInt(valid.size()));
      } while (b == a);
      return List.of(a, b);
    }

    private static void officer(ArrayNode officers, Person p) {
      ObjectNode o = officers.addObject();
      o.put("name", p.name());
      if (!p.auxiliary()) {
        o.put("certificateNo", p.certificateNo());
        o.put("certificateValidUntil", p.validUntil().toString());
      }
      o.put("auxiliary", p.auxiliary());
    }

    /** The seed report's quarry: reported again and again, never filed, never rejected. */
    private ObjectNode quarry() {
      int u = 1; // 自然资源局
      ObjectNode c = MAPPER.createObjectNode();
      c.put("type", "penalty-case");
      c.put("id", QUARRY_CASE);
      c.put("region", REGION);
      agency(c, u);
      ObjectNode party = c.putObject("party");
      party.put("kind", "ORGANISATION");
      party.put("id", uscc("91" + REGION, 9000));
      party.put("name", NAME + "青石镇宏达石料厂");
      ObjectNode v = c.putObject("violation");
      v.put("description", "未取得采矿许可证擅自开采石料，越界爆破，群众多次举报（石料厂）");
      v.put("code", unitPowerCodes.get(u).get(2));
      v.put("startedOn", "2025-01-06");
      v.put("discoveredOn", "2025-03-10");
      v.put("harm", "SERIOUS");
      ArrayNode officers = c.putArray("officers");
      List<Person> two = twoOfficers(u);
      two.forEach(p -> officer(officers, p));
      caseOfficers.put(QUARRY_CASE, List.of(two.get(0).id(), two.get(1).id()));
      ObjectNode lead = c.putObject("lead");
      lead.put("receivedOn", "2025-03-10");
      lead.put("source", "REPORT");
      defects.put(QUARRY_CASE, "APL-054-lead-not-filed");
      return c;
    }

    private void doubleFine(ObjectNode first, ObjectNode second) {
      // Same party, same violation code, both fined: the second case is the unit's other team.
      second.set("party", first.get("party").deepCopy());
      ((ObjectNode) second.get("violation")).put("code", first.get("violation").get("code").asText());
      ((ObjectNode) second.get("violation")).put("description", first.get("violation").get("description").asText());
      second.set("agency", first.get("agency").deepCopy());
      defects.put(first.get("id").asText(), "APL-029-double-fine");
      defects.put(second.get("id").asText(), "APL-029-double-fine");
    }

    private String party(ObjectNode c, int i, boolean individual) {
      ObjectNode party = c.putObject("party");
      if (individual) {
        LocalDate birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = REGION + String.format(Locale.ROOT, "%04d%02d%02d%03d",
            birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
        party.put("kind", "INDIVIDUAL");
        party.put("id", first17 + ResidentIdNumber.checkCharacter(first17));
        party.put("name", personName());
        party.put("birthDate", birth.toString());
        party.put("mentalCondition", "NONE");
        return "INDIVIDUAL";
      }
      boolean business = random.nextInt(4) == 0;
      party.put("kind", business ? "INDIVIDUAL_BUSINESS" : "ORGANISATION");
      party.put("id", uscc(business ? "92" + REGION : "91" + REGION, 2000 + i));
      String firm = FIRMS[random.nextInt(FIRMS.length)];
      party.put("name", business
          ? NAME + firm + (random.nextBoolean() ? "餐饮店" : "便利店")
          : NAME + firm + TRADES[random.nextInt(TRADES.length)]);
      return business ? "INDIVIDUAL_BUSINESS" : "ORGANISATION";
    }

    private String decisionNumber(int u) {
      Unit unit = units.get(u);
      int n = decisionNumbers.merge(unit.id(), 1, Integer::sum);
      return unit.shortName() + "罚字〔2025〕" + n + "号";
    }

    private ObjectNode penaltyCase(String id, int u, Defect defect) {
      boolean summary = defect == Defect.SUMMARY_OVER_LIMIT || (defect == null && random.nextInt(7) == 0);
      ObjectNode c = MAPPER.createObjectNode();
      c.put("type", "penalty-case");
      c.put("id", id);
      c.put("region", REGION);
      agency(c, u);
      String kind = party(c, Integer.parseInt(id.substring(id.length() - 4)), summary && defect == null);
      boolean person = !kind.equals("ORGANISATION");
      int powerIndex = random.nextInt(unitPowerCodes.get(u).size());
      String code = unitPowerCodes.get(u).get(powerIndex);
      Template t = penaltyTemplate(u, powerIndex);

      // Fine: summary cases small; ordinary cases either below or at/above the hearing threshold.
      long threshold = person ? 3_000 : 20_000; // 江西省行政处罚听证程序规定 第二条第（一）项
      long fine;
      boolean hearingSize;
      if (summary) {
        fine = defect == Defect.SUMMARY_OVER_LIMIT ? 5_000 : 50L * (1 + random.nextInt(4));
        hearingSize = false;
      } else {
        hearingSize = defect == Defect.HEARING_NOT_OFFERED || defect == Defect.HEARING_NOT_HELD || random.nextInt(3) == 0;
        fine = hearingSize
            ? threshold * (1 + random.nextInt(4))
            : (person ? 200L * (1 + random.nextInt(14)) : 1_000L * (1 + random.nextInt(19)));
      }
      if (defect == Defect.SUMMARY_OVER_LIMIT) {
        // an organisation fined on the spot above 3000 yuan
        ObjectNode party = c.putObject("party");
        party.put("kind", "ORGANISATION");
        party.put("id", uscc("91" + REGION, 5000 + Integer.parseInt(id.substring(id.length() - 4))));
        party.put("name", NAME + FIRMS[random.nextInt(FIRMS.length)] + "建材有限公司");
      }

      LocalDate discovered = summary ? day(LocalDate.of(2025, 1, 6), 330) : day(LocalDate.of(2025, 1, 6), 200);
      if (defect == Defect.NOT_ENFORCED) {
        discovered = day(LocalDate.of(2025, 1, 6), 30);
      }
      ObjectNode v = c.putObject("violation");
      v.put("description", t.violation());
      v.put("code", code);
      LocalDate started = discovered.minusDays(random.nextInt(30));
      v.put("startedOn", started.toString());
      v.put("discoveredOn", discovered.toString());
      v.put("affectsLifeHealthOrFinance", false);
      v.put("firstOffence", false);
      v.put("harm", "GENERAL");
      v.put("correctedInTime", true);
      v.put("fault", true);
      if (summary) {
        c.put("procedure", "SUMMARY");
      } else {
        c.put("procedure", "ORDINARY");
      }

      LocalDate filed = summary ? discovered : working(discovered, random.nextInt(5));
      if (defect == Defect.LEAD_FILED_LATE) {
        ObjectNode lead = c.putObject("lead");
        lead.put("receivedOn", discovered.toString());
        lead.put("source", "REPORT");
        filed = working(discovered, 25 + random.nextInt(10));
      }
      if (!summary) {
        c.put("filedOn", filed.toString());
      }

      ArrayNode officers = c.putArray("officers");
      List<Person> two = twoOfficers(u);
      List<String> ids = new ArrayList<>();
      if (defect == Defect.ONE_OFFICER) {
        officer(officers, two.get(0));
        ids.add(two.get(0).id());
        Person aux = auxiliaryOf(u);
        officer(officers, aux);
        ids.add(aux.id());
      } else if (defect == Defect.EXPIRED_CERTIFICATE) {
        Person lapsed = lapsedOfficer();
        officer(officers, two.get(0));
        officer(officers, lapsed);
        ids.add(two.get(0).id());
        ids.add(lapsed.id());
      } else {
        two.forEach(p -> officer(officers, p));
        two.forEach(p -> ids.add(p.id()));
      }
      caseOfficers.put(id, List.copyOf(ids));

      if (defect == Defect.NOT_DECIDED) {
        c.put("filedOn", day(LocalDate.of(2025, 5, 6), 60).toString());
        c.set("violation", v);
        ((ObjectNode) c.get("violation")).put("discoveredOn", LocalDate.parse(c.get("filedOn").asText()).minusDays(3).toString());
        ((ObjectNode) c.get("violation")).put("startedOn", LocalDate.parse(c.get("filedOn").asText()).minusDays(20).toString());
        c.putObject("recording").put("audioVideo", true);
        defects.put(id, defect.rule);
        return c;
      }

      // Prior notice, hearing, review, decision.
      LocalDate noticeDay = summary ? discovered : filed.plusDays(10 + random.nextInt(25));
      ObjectNode notice = c.putObject("notice");
      notice.put("servedOn", noticeDay.toString());
      ArrayNode stated = notice.putArray("stated");
      for (String s : List.of("FACTS", "REASONS", "BASIS", "PENALTY", "RIGHT_TO_STATE", "RIGHT_TO_HEARING")) {
        if (summary && s.equals("RIGHT_TO_HEARING")) {
          continue;
        }
        if (defect == Defect.HEARING_NOT_OFFERED && s.equals("RIGHT_TO_HEARING")) {
          continue;
        }
        if (defect == Defect.NOTICE_INCOMPLETE && s.equals("PENALTY")) {
          continue;
        }
        stated.add(s);
      }
      ArrayNode proposed = notice.putArray("proposed");
      penaltyNode(proposed, fine);

      LocalDate decided;
      boolean hearingHeld = false;
      if (summary) {
        decided = noticeDay;
      } else if (hearingSize && defect == Defect.HEARING_NOT_HELD) {
        ObjectNode h = c.putObject("hearing");
        h.put("requestedOn", working(noticeDay, 2).toString());
        decided = working(noticeDay, 12 + random.nextInt(6));
      } else if (hearingSize && defect != Defect.HEARING_NOT_OFFERED && random.nextInt(3) == 0) {
        ObjectNode h = c.putObject("hearing");
        LocalDate requested = working(noticeDay, 1 + random.nextInt(3));
        LocalDate noticeServed = working(requested, 2);
        LocalDate held = working(noticeServed, 8 + random.nextInt(3));
        h.put("requestedOn", requested.toString());
        h.put("noticeServedOn", noticeServed.toString());
        h.put("heldOn", held.toString());
        h.put("waived", false);
        hearingHeld = true;
        decided = working(held, 5 + random.nextInt(5));
      } else {
        decided = working(noticeDay, 8 + random.nextInt(10));
      }
      if (!summary && !decided.isAfter(filed.plusDays(80)) && defect == Defect.DECISION_LATE) {
        decided = working(filed.plusDays(95), random.nextInt(20));
      }
      if (!summary && decided.isAfter(filed.plusDays(85)) && defect != Defect.DECISION_LATE) {
        decided = filed.plusDays(80);
        while (!CALENDAR.isWorkingDay(decided)) {
          decided = decided.minusDays(1);
        }
      }

      boolean major = defect == Defect.LEGAL_REVIEW_MISSING || defect == Defect.COLLECTIVE_DISCUSSION_MISSING
          || (!summary && hearingSize && random.nextInt(4) == 0);
      if (major) {
        c.put("majorCase", true);
        c.putArray("legalReviewTriggers").add("MAJOR_PUBLIC_INTEREST");
      }
      if ((hearingHeld || major) && defect != Defect.LEGAL_REVIEW_MISSING) {
        ObjectNode lr = c.putObject("legalReview");
        lr.put("completedOn", workingBefore(decided, 2).toString());
        lr.put("reviewerQualified", true);
        lr.put("passed", true);
      }
      if (major && defect != Defect.COLLECTIVE_DISCUSSION_MISSING) {
        c.putObject("collectiveDiscussion").put("heldOn", workingBefore(decided, 1).toString());
      }

      ObjectNode d = c.putObject("decision");
      d.put("number", decisionNumber(u));
      d.put("decidedOn", decided.toString());
      LocalDate served = summary ? decided
          : defect == Defect.SERVICE_LATE ? working(decided, 12 + random.nextInt(8)) : working(decided, random.nextInt(4));
      d.put("servedOn", served.toString());
      if (!summary) {
        d.put("timeLimitExtended", false);
      }
      penaltyNode(d.putArray("penalties"), fine);
      citation(d.putArray("basis").addObject(), t.basis());
      if (!summary) {
        ObjectNode disc = d.putObject("discretion");
        disc.put("level", "GENERAL");
        disc.put("min", defect == Defect.OUTSIDE_DISCRETION ? fine * 2 : Math.max(1, fine / 2));
        disc.put("max", defect == Defect.OUTSIDE_DISCRETION ? fine * 4 : fine * 2);
      }
      ArrayNode items = d.putArray("stated");
      for (String s : List.of("PARTY", "FACTS", "EVIDENCE", "PENALTY", "BASIS", "PAYMENT", "REMEDY", "AGENCY", "DATE", "SEAL")) {
        if ((summary && s.equals("EVIDENCE")) || (defect == Defect.DECISION_CONTENTS && s.equals("REMEDY"))) {
          continue;
        }
        items.add(s);
      }
      if (hearingHeld) {
        d.put("hearingRecordBased", true);
      }

      if (defect != Defect.NOT_ENFORCED) {
        ObjectNode pay = c.putObject("payment");
        boolean onTheSpot = summary && fine <= 100;
        pay.put("collector", defect == Defect.AGENCY_COLLECTED ? "AGENCY" : onTheSpot ? "ON_THE_SPOT" : "BANK");
        LocalDate paid = onTheSpot ? decided : served.plusDays(2 + random.nextInt(12));
        pay.put("paidOn", paid.toString());
        pay.put("amount", fine);
        if (!summary) {
          c.putObject("publication").put("publishedOn", working(served, 3).toString());
          c.putObject("recording").put("audioVideo", true);
        }
        // Every carried-out case is closed and archived (行政处罚法 art. 47), summary ones too.
        c.put("closedOn", paid.plusDays(5).toString());
      } else {
        c.putObject("publication").put("publishedOn", working(served, 3).toString());
        c.putObject("recording").put("audioVideo", true);
      }
      if (defect == Defect.PARTY_ID_INVALID) {
        ObjectNode party = (ObjectNode) c.get("party");
        String good = party.get("id").asText();
        char last = good.charAt(good.length() - 1);
        party.put("id", good.substring(0, good.length() - 1) + (last == '0' ? '1' : '0'));
      }
      if (defect != null) {
        defects.put(id, defect.rule);
      }
      return c;
    }

    private Template penaltyTemplate(int u, int powerIndex) {
      int k = 0;
      for (Template t : unitTemplates.get(u)) {
        if (t.category().equals("PENALTY")) {
          if (k == powerIndex) {
            return t;
          }
          k++;
        }
      }
      throw new AssertionError("no penalty template " + powerIndex + " for unit " + u);
    }

    private static void penaltyNode(ArrayNode list, long fine) {
      ObjectNode p = list.addObject();
      p.put("kind", "FINE");
      p.put("amount", fine);
    }

    private Person auxiliaryOf(int u) {
      for (Person p : people) {
        if (p.auxiliary() && p.unit() == u) {
          return p;
        }
      }
      for (Person p : people) {
        if (p.auxiliary()) {
          return p;
        }
      }
      throw new AssertionError("no auxiliary officer");
    }

    private Person lapsedOfficer() {
      List<Person> lapsed = new ArrayList<>();
      for (Person p : people) {
        if (!p.auxiliary() && p.validUntil().getYear() < 2025) {
          lapsed.add(p);
        }
      }
      return lapsed.get(random.nextInt(lapsed.size()));
    }

    // ------------------------------------------------------------------ officer log

    private ObjectNode log(List<ObjectNode> cases) {
      CardPolicy policy = CardPolicy.defaultPolicy();
      List<Officer> officers = new ArrayList<>(people.size());
      List<OfficerEvent> events = new ArrayList<>();
      for (Person p : people) {
        Unit unit = units.get(p.unit());
        officers.add(new Officer(p.id(), p.name(), unit.name(), p.auxiliary()));
        if (!p.auxiliary()) {
          LocalDate issued = LocalDate.of(2021 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
          if (p.validUntil().getYear() < 2025) {
            issued = LocalDate.of(2019, 1, 2);
          }
          events.add(OfficerEvent.of("CERT-" + p.id(), p.id(), issued, OfficerEventType.CERTIFICATE_ISSUED)
              .withCertificate(p.certificateNo(), p.validUntil())
              .withBasis("江西省行政执法证件核发"));
        }
        LocalDate training = LocalDate.of(2025, 3, 3).plusDays(random.nextInt(200));
        events.add(OfficerEvent.of("TRN-" + p.id(), p.id(), training, OfficerEventType.TRAINING_COMPLETED));
        if (!p.auxiliary()) {
          events.add(OfficerEvent.of("EXM-" + p.id(), p.id(), training.plusDays(14), OfficerEventType.EXAM_TAKEN)
              .withPassed(random.nextInt(25) != 0));
        }
      }
      // Cases handled.
      for (Map.Entry<String, List<String>> e : caseOfficers.entrySet()) {
        for (String officer : e.getValue()) {
          events.add(OfficerEvent.of("CASE-" + e.getKey() + "-" + officer, officer, LocalDate.of(2025, 1, 2), OfficerEventType.CASE_HANDLED)
              .withCaseId(e.getKey()));
        }
      }
      // Misconduct from daily supervision (督查通报): mostly the lesser types.
      List<MisconductType> types = policy.misconduct();
      int n = 0;
      for (Person p : people) {
        int r = random.nextInt(100);
        int count = r < 80 ? 0 : r < 94 ? 1 : r < 99 ? 2 : 3;
        for (int k = 0; k < count; k++) {
          MisconductType t = types.get(types.size() - 1 - random.nextInt(random.nextInt(40) == 0 ? types.size() : 6));
          LocalDate day = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(330));
          events.add(OfficerEvent.misconduct(String.format(Locale.ROOT, "DC-%04d", ++n), p.id(), day, t.code(), "督查通报〔2025〕第" + n + "期"));
        }
      }
      // Misconduct found by the case-file review: ERROR findings of the cases each officer signed.
      List<PenaltyCase> parsed = new ArrayList<>(cases.size());
      List<RuleContext> contexts = new ArrayList<>(cases.size());
      RuleContext ctx = RuleContext.of(AS_OF, Profiles.builtIn().profileFor(REGION, AS_OF));
      for (ObjectNode c : cases) {
        parsed.add(PenaltyCase.read(c));
        contexts.add(ctx);
      }
      List<Report> reports = PenaltyPacks.checkBatch(parsed, contexts);
      FindingMapping mapping = FindingMapping.defaultMapping();
      for (Report report : reports) {
        events.addAll(mapping.events(report, REVIEWED_ON, caseOfficers.get(report.subject())));
      }
      // Fix the case-handled dates to the case's decision or filing day.
      List<OfficerEvent> dated = new ArrayList<>(events.size());
      Map<String, LocalDate> caseDays = new LinkedHashMap<>();
      for (PenaltyCase pc : parsed) {
        LocalDate day = pc.procedureDay();
        caseDays.put(pc.id(), day == null ? LocalDate.of(2025, 1, 2) : day);
      }
      for (OfficerEvent e : events) {
        if (e.type() == OfficerEventType.CASE_HANDLED && e.caseId() != null) {
          dated.add(new OfficerEvent(e.id(), e.officer(), caseDays.get(e.caseId()), e.type(), e.supersedes(), e.misconduct(),
              e.points(), e.basis(), e.caseId(), e.colour(), e.appealOf(), e.outcome(), e.certificateNo(), e.validUntil(),
              e.passed(), e.note()));
        } else {
          dated.add(e);
        }
      }
      dated.sort(OfficerEvent.ORDER);
      OfficerLog log = OfficerLog.of(REGION + "-2025", REGION, officers, dated);
      return (ObjectNode) YifaJson.read(log.toJson(), JsonNode.class);
    }
  }
}
