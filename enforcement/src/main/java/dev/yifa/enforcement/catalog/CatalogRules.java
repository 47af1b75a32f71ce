package dev.yifa.enforcement.catalog;

import static dev.yifa.core.law.Laws.ACL_2011;
import static dev.yifa.core.law.Laws.APL_2021;
import static dev.yifa.core.law.Laws.LEGISLATION_2023;
import static dev.yifa.core.law.Laws.LICENSING_2019;
import static dev.yifa.enforcement.catalog.DiscretionRules.APL_2021_IN_FORCE;
import static dev.yifa.enforcement.catalog.DiscretionRules.MESSAGES;

import dev.yifa.core.body.AdministrativeBody;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code catalog/2021.1} rule pack over {@link PowerCatalog} (document type {@code
 * power-catalog}) and the {@code benchmarks/2021.1} pack over {@link DiscretionBenchmarks} (document
 * type {@code discretion-benchmarks}). Each rule cites the article it enforces; messages are in zh and
 * en. Thread-safe.
 *
 * @since 0.1
 */
public final class CatalogRules {
  /**
   * 中共中央办公厅、国务院办公厅《关于推行地方各级政府工作部门权力清单制度的指导意见》（中办发〔2015〕21号）,
   * whose part 二 (主要任务) asks that powers be sorted out and cleared of duplication and that each
   * power carry its responsibilities (积极推进责任清单工作). Its "articles" are the document's numbered
   * parts (一、二、…), see core's law catalog.
   */
  public static final InstrumentVersion POWER_LIST_GUIDANCE_2015 =
      LawCatalog.builtIn().requireVersion("power-list-guidance", "2015");

  private static final LocalDate LICENSING_2019_IN_FORCE = LocalDate.of(2019, 4, 23);
  private static final LocalDate ACL_IN_FORCE = LocalDate.of(2012, 1, 1);
  private static final LocalDate LEGISLATION_2023_IN_FORCE = LocalDate.of(2023, 3, 15);

  private static final Set<String> RULE_PENALTY_KINDS = Set.of("WARNING", "NOTICE_OF_CRITICISM", "FINE");

  private CatalogRules() {}

  /**
   * 行政处罚法第十七条、行政许可法第二十二条、行政强制法第十七条：权力由具有该权力的机关在法定职权范围内实施 — the
   * body holding a power is one of the catalog's bodies.
   */
  public static final Rule<PowerCatalog> BODY_NOT_LISTED =
      Rule.<PowerCatalog>builder("APL-017-body-not-listed")
          .cites(APL_2021.article(17), LICENSING_2019.article(22), ACL_2011.article(17))
          .severity(Severity.ERROR)
          .message(MESSAGES, "catalog.bodyNotListed")
          .check(
              (c, ctx, out) -> {
                Map<UnifiedSocialCreditCode, AdministrativeBody> bodies = c.bodiesById();
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (!bodies.containsKey(p.body())) {
                    out.finding("/powers/" + i + "/body")
                        .value("code", p.code())
                        .value("body", p.body().toString());
                  }
                }
              })
          .build();

  /**
   * 行政处罚法（2021）第二十条：受委托组织以委托行政机关名义实施处罚，不得再委托 — a penalty power held by an
   * entrusted organisation names, as parent, a listed body that is not itself entrusted.
   */
  public static final Rule<PowerCatalog> ENTRUSTED_WITHOUT_DELEGATOR =
      Rule.<PowerCatalog>builder("APL-020-entrusted-without-delegator")
          .cites(APL_2021.article(20))
          .severity(Severity.ERROR)
          .appliesFrom(APL_2021_IN_FORCE)
          .message(MESSAGES, "catalog.entrustedWithoutDelegator")
          .check(
              (c, ctx, out) -> {
                Map<UnifiedSocialCreditCode, AdministrativeBody> bodies = c.bodiesById();
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  AdministrativeBody holder = bodies.get(p.body());
                  if (p.category() != PowerCategory.PENALTY
                      || holder == null
                      || holder.kind() != BodyKind.ENTRUSTED_ORGANISATION) {
                    continue;
                  }
                  AdministrativeBody parent =
                      holder.parentId() == null ? null : bodies.get(holder.parentId());
                  if (parent == null || parent.kind() == BodyKind.ENTRUSTED_ORGANISATION) {
                    out.finding("/powers/" + i + "/body")
                        .value("code", p.code())
                        .value("body", holder.name());
                  }
                }
              })
          .build();

  /** 行政强制法第十七条：行政强制措施权不得委托 — no coercive measure held by an entrusted organisation. */
  public static final Rule<PowerCatalog> MEASURE_ENTRUSTED =
      Rule.<PowerCatalog>builder("ACL-017-measure-entrusted")
          .cites(ACL_2011.article(17))
          .severity(Severity.ERROR)
          .appliesFrom(ACL_IN_FORCE)
          .message(MESSAGES, "catalog.measureEntrusted")
          .check(
              (c, ctx, out) -> {
                Map<UnifiedSocialCreditCode, AdministrativeBody> bodies = c.bodiesById();
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  AdministrativeBody holder = bodies.get(p.body());
                  if (isMeasure(p) && holder != null && holder.kind() == BodyKind.ENTRUSTED_ORGANISATION) {
                    out.finding("/powers/" + i + "/body")
                        .value("code", p.code())
                        .value("body", holder.name());
                  }
                }
              })
          .build();

  /** 行政处罚法（2021）第三十八条：没有依据的行政处罚无效 — every power names its legal basis. */
  public static final Rule<PowerCatalog> WITHOUT_BASIS =
      Rule.<PowerCatalog>builder("APL-038-power-without-basis")
          .cites(APL_2021.article(38).paragraph(1))
          .severity(Severity.ERROR)
          .appliesFrom(APL_2021_IN_FORCE)
          .message(MESSAGES, "catalog.withoutBasis")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (p.basis().isEmpty()) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("category", p.category().name());
                  }
                }
              })
          .build();

  /** 行政处罚法（2021）第十六条：其他规范性文件不得设定行政处罚. */
  public static final Rule<PowerCatalog> PENALTY_BY_NORMATIVE_DOCUMENT =
      soleNormativeBasis("APL-016-penalty-by-normative-document", PowerCategory.PENALTY,
          APL_2021.article(16), APL_2021_IN_FORCE);

  /** 行政许可法第十七条：其他规范性文件一律不得设定行政许可. */
  public static final Rule<PowerCatalog> LICENCE_BY_NORMATIVE_DOCUMENT =
      soleNormativeBasis("LIC-017-licence-by-normative-document", PowerCategory.LICENSING,
          LICENSING_2019.article(17), LICENSING_2019_IN_FORCE);

  private static Rule<PowerCatalog> soleNormativeBasis(
      String id, PowerCategory category, Citation cites, LocalDate from) {
    return Rule.<PowerCatalog>builder(id)
        .cites(cites)
        .severity(Severity.ERROR)
        .appliesFrom(from)
        .message(MESSAGES, "catalog.normativeDocumentBasis")
        .check(
            (c, ctx, out) -> {
              for (int i = 0; i < c.powers().size(); i++) {
                Power p = c.powers().get(i);
                if (p.category() == category
                    && !p.basis().isEmpty()
                    && p.highestLegislativeLevel().isEmpty()) {
                  out.finding("/powers/" + i + "/basis")
                      .value("code", p.code())
                      .value("category", category.name());
                }
              }
            })
        .build();
  }

  /**
   * 行政处罚法（2021）第十条至第十四条：只有法律可以设定限制人身自由的处罚；行政法规不得设定限制人身自由；规章只能设定警告、通报批评或者一定数额罚款
   * — the kinds of penalty a power lists fit the highest level of its basis.
   */
  public static final Rule<PowerCatalog> PENALTY_KIND_BEYOND_BASIS =
      Rule.<PowerCatalog>builder("APL-010-penalty-kind-beyond-basis")
          .cites(
              APL_2021.article(10),
              APL_2021.article(11),
              APL_2021.article(12),
              APL_2021.article(13),
              APL_2021.article(14))
          .severity(Severity.ERROR)
          .appliesFrom(APL_2021_IN_FORCE)
          .message(MESSAGES, "catalog.penaltyKindBeyondBasis")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  Optional<InstrumentLevel> top = p.highestLegislativeLevel();
                  if (p.category() != PowerCategory.PENALTY || top.isEmpty()) {
                    continue;
                  }
                  for (int k = 0; k < p.penaltyKinds().size(); k++) {
                    String kind = p.penaltyKinds().get(k);
                    if (!mayCreatePenalty(top.get(), kind)) {
                      out.finding("/powers/" + i + "/penaltyKinds/" + k)
                          .value("code", p.code())
                          .value("kind", kind)
                          .value("level", top.get().name());
                    }
                  }
                }
              })
          .build();

  static boolean mayCreatePenalty(InstrumentLevel level, String kind) {
    return switch (level) {
      case CONSTITUTION, LAW -> true;
      case ADMINISTRATIVE_REGULATION, LOCAL_REGULATION -> !kind.equals("DETENTION");
      case DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE -> RULE_PENALTY_KINDS.contains(kind);
      case NORMATIVE_DOCUMENT, JUDICIAL_INTERPRETATION, POLICY_DOCUMENT -> false;
    };
  }

  /**
   * 行政许可法第十四条、第十五条：法律、行政法规、地方性法规可以设定行政许可；省级政府规章只可设定临时性的行政许可；部门规章不得设定 —
   * a licence rests on a law, an administrative regulation or a local regulation, or is a temporary
   * licence of a government rule.
   */
  public static final Rule<PowerCatalog> LICENCE_BASIS_LEVEL =
      Rule.<PowerCatalog>builder("LIC-014-licence-basis-level")
          .cites(LICENSING_2019.article(14), LICENSING_2019.article(15))
          .severity(Severity.ERROR)
          .appliesFrom(LICENSING_2019_IN_FORCE)
          .message(MESSAGES, "catalog.licenceBasisLevel")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  Optional<InstrumentLevel> top = p.highestLegislativeLevel();
                  if (p.category() != PowerCategory.LICENSING || top.isEmpty()) {
                    continue;
                  }
                  boolean lawful =
                      switch (top.get()) {
                        case CONSTITUTION, LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION -> true;
                        case LOCAL_GOVERNMENT_RULE -> p.temporaryLicence();
                        default -> false;
                      };
                  if (!lawful) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("level", top.get().name());
                  }
                }
              })
          .build();

  /**
   * 行政强制法第十条：行政强制措施由法律、行政法规、地方性法规设定；其他规范性文件不得设定 — a coercive measure rests on a
   * law or a regulation.
   */
  public static final Rule<PowerCatalog> MEASURE_BASIS_LEVEL =
      Rule.<PowerCatalog>builder("ACL-010-measure-basis-level")
          .cites(ACL_2011.article(10))
          .severity(Severity.ERROR)
          .appliesFrom(ACL_IN_FORCE)
          .message(MESSAGES, "catalog.measureBasisLevel")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (!isMeasure(p) || p.basis().isEmpty()) {
                    continue;
                  }
                  Optional<InstrumentLevel> top = p.highestLegislativeLevel();
                  if (top.isEmpty() || top.get().ordinal() > InstrumentLevel.LOCAL_REGULATION.ordinal()) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("level", levelName(top, p));
                  }
                }
              })
          .build();

  /** 行政强制法第十三条：行政强制执行由法律设定 — compulsory execution rests on a law. */
  public static final Rule<PowerCatalog> EXECUTION_NOT_BY_LAW =
      Rule.<PowerCatalog>builder("ACL-013-execution-not-by-law")
          .cites(ACL_2011.article(13))
          .severity(Severity.ERROR)
          .appliesFrom(ACL_IN_FORCE)
          .message(MESSAGES, "catalog.executionNotByLaw")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (p.category() == PowerCategory.COERCION
                      && Power.EXECUTION.equals(p.subcategory())
                      && !p.basis().isEmpty()
                      && p.highestLegislativeLevel().filter(l -> l.ordinal() <= InstrumentLevel.LAW.ordinal()).isEmpty()) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("level", levelName(p.highestLegislativeLevel(), p));
                  }
                }
              })
          .build();

  /** 行政许可法第五十八条：收取费用须有法律、行政法规的规定 — a fee rests on a law or an administrative regulation. */
  public static final Rule<PowerCatalog> FEE_BASIS_LEVEL =
      Rule.<PowerCatalog>builder("LIC-058-fee-basis-level")
          .cites(LICENSING_2019.article(58))
          .severity(Severity.ERROR)
          .appliesFrom(LICENSING_2019_IN_FORCE)
          .message(MESSAGES, "catalog.feeBasisLevel")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (p.category() == PowerCategory.FEE && !p.basis().isEmpty() && belowRegulation(p)) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("level", levelName(p.highestLegislativeLevel(), p));
                  }
                }
              })
          .build();

  /**
   * 立法法（2023）第十一条：对非国有财产的征收、税收基本制度只能制定法律（第十二条：可授权国务院制定行政法规）— a levy rests on a
   * law or an administrative regulation.
   */
  public static final Rule<PowerCatalog> LEVY_BASIS_LEVEL =
      Rule.<PowerCatalog>builder("LEG-011-levy-basis-level")
          .cites(LEGISLATION_2023.article(11), LEGISLATION_2023.article(12))
          .severity(Severity.WARNING)
          .appliesFrom(LEGISLATION_2023_IN_FORCE)
          .message(MESSAGES, "catalog.levyBasisLevel")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (p.category() == PowerCategory.LEVY && !p.basis().isEmpty() && belowRegulation(p)) {
                    out.finding("/powers/" + i + "/basis")
                        .value("code", p.code())
                        .value("level", levelName(p.highestLegislativeLevel(), p));
                  }
                }
              })
          .build();

  private static boolean belowRegulation(Power p) {
    return p.highestLegislativeLevel()
        .filter(l -> l.ordinal() <= InstrumentLevel.ADMINISTRATIVE_REGULATION.ordinal())
        .isEmpty();
  }

  private static String levelName(Optional<InstrumentLevel> top, Power p) {
    if (top.isPresent()) {
      return top.get().name();
    }
    InstrumentLevel best = null;
    for (Citation c : p.basis()) {
      if (best == null || c.instrument().level().ordinal() < best.ordinal()) {
        best = c.instrument().level();
      }
    }
    return best == null ? "—" : best.name();
  }

  private static boolean isMeasure(Power p) {
    return p.category() == PowerCategory.COERCION && !Power.EXECUTION.equals(p.subcategory());
  }

  /**
   * 中办发〔2015〕21号 二（大力清理调整行政职权）: the same power (same code, or same name and basis) is not
   * listed twice or held by two bodies.
   */
  public static final Rule<PowerCatalog> DUPLICATE_POWER =
      Rule.<PowerCatalog>builder("PLG-002-duplicate-power")
          .cites(POWER_LIST_GUIDANCE_2015.article(2))
          .severity(Severity.WARNING)
          .message(MESSAGES, "catalog.duplicatePower")
          .check(
              (c, ctx, out) -> {
                Map<String, Integer> byCode = new HashMap<>();
                Map<List<Object>, Integer> byNameAndBasis = new HashMap<>();
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  Integer first = byCode.putIfAbsent(p.code(), i);
                  if (first == null) {
                    first = byNameAndBasis.putIfAbsent(List.of(p.name(), Set.copyOf(p.basis())), i);
                    if (first != null && c.powers().get(first).body().equals(p.body())) {
                      first = null;
                    }
                  }
                  if (first != null) {
                    out.finding("/powers/" + i)
                        .value("code", p.code())
                        .value("other", c.powers().get(first).code())
                        .value("otherPath", "/powers/" + first);
                  }
                }
              })
          .build();

  /**
   * 中办发〔2015〕21号 二 and 行政处罚法（2021）第二十五条 (two bodies with jurisdiction): two bodies of one
   * region hold powers of the same category on the same provision — a conflict to resolve.
   */
  public static final Rule<PowerCatalog> CONFLICTING_POWERS =
      Rule.<PowerCatalog>builder("PLG-002-conflicting-powers")
          .cites(POWER_LIST_GUIDANCE_2015.article(2), APL_2021.article(25))
          .severity(Severity.WARNING)
          .message(MESSAGES, "catalog.conflictingPowers")
          .check(
              (c, ctx, out) -> {
                Map<UnifiedSocialCreditCode, AdministrativeBody> bodies = c.bodiesById();
                Map<List<Object>, Integer> seen = new HashMap<>();
                Set<Long> reported = new HashSet<>();
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  AdministrativeBody holder = bodies.get(p.body());
                  Object region =
                      holder == null || holder.region() == null ? c.region() : holder.region();
                  for (Citation cite : p.basis()) {
                    if (!Power.isLegislative(cite.instrument().level())) {
                      continue;
                    }
                    Integer first = seen.putIfAbsent(List.of(p.category(), region, cite), i);
                    if (first == null) {
                      continue;
                    }
                    Power q = c.powers().get(first);
                    boolean duplicate =
                        q.code().equals(p.code())
                            || (q.name().equals(p.name()) && Set.copyOf(q.basis()).equals(Set.copyOf(p.basis())));
                    if (!q.body().equals(p.body())
                        && !duplicate
                        && reported.add(((long) first << 32) | i)) {
                      out.finding("/powers/" + i)
                          .value("code", p.code())
                          .value("other", q.code())
                          .value("basis", cite.toChinese());
                    }
                  }
                }
              })
          .build();

  /** 中办发〔2015〕21号 二（积极推进责任清单工作）: each power lists its responsibilities (责任事项). */
  public static final Rule<PowerCatalog> WITHOUT_RESPONSIBILITIES =
      Rule.<PowerCatalog>builder("PLG-002-power-without-responsibilities")
          .cites(POWER_LIST_GUIDANCE_2015.article(2))
          .severity(Severity.WARNING)
          .message(MESSAGES, "catalog.withoutResponsibilities")
          .check(
              (c, ctx, out) -> {
                for (int i = 0; i < c.powers().size(); i++) {
                  Power p = c.powers().get(i);
                  if (p.responsibilities().isEmpty()) {
                    out.finding("/powers/" + i + "/responsibilities").value("code", p.code());
                  }
                }
              })
          .build();

  /**
   * 行政处罚法（2021）第三十四条: a benchmark embedded in a catalog refines one of its penalty powers, when
   * it names one.
   */
  public static final Rule<PowerCatalog> BENCHMARK_POWER_NOT_IN_CATALOG =
      Rule.<PowerCatalog>builder("APL-034-benchmark-power-not-in-catalog")
          .cites(APL_2021.article(34))
          .severity(Severity.WARNING)
          .appliesFrom(APL_2021_IN_FORCE)
          .message(MESSAGES, "catalog.benchmarkPowerNotInCatalog")
          .check(
              (c, ctx, out) -> {
                if (c.benchmarks() == null) {
                  return;
                }
                Map<String, PowerCategory> categories = new HashMap<>();
                for (Power p : c.powers()) {
                  categories.putIfAbsent(p.code(), p.category());
                }
                List<ViolationBenchmark> vs = c.benchmarks().violations();
                for (int i = 0; i < vs.size(); i++) {
                  String code = vs.get(i).powerCode();
                  if (code != null && categories.get(code) != PowerCategory.PENALTY) {
                    out.finding("/benchmarks/violations/" + i + "/powerCode")
                        .value("violation", vs.get(i).code())
                        .value("power", code);
                  }
                }
              })
          .build();

  /** The rules of {@link #PACK}, in order. */
  public static final List<Rule<PowerCatalog>> RULES = catalogRules();

  private static List<Rule<PowerCatalog>> catalogRules() {
    List<Rule<PowerCatalog>> rules = new ArrayList<>();
    rules.add(BODY_NOT_LISTED);
    rules.add(ENTRUSTED_WITHOUT_DELEGATOR);
    rules.add(MEASURE_ENTRUSTED);
    rules.add(WITHOUT_BASIS);
    rules.add(PENALTY_BY_NORMATIVE_DOCUMENT);
    rules.add(PENALTY_KIND_BEYOND_BASIS);
    rules.add(LICENCE_BY_NORMATIVE_DOCUMENT);
    rules.add(LICENCE_BASIS_LEVEL);
    rules.add(MEASURE_BASIS_LEVEL);
    rules.add(EXECUTION_NOT_BY_LAW);
    rules.add(FEE_BASIS_LEVEL);
    rules.add(LEVY_BASIS_LEVEL);
    rules.add(DUPLICATE_POWER);
    rules.add(CONFLICTING_POWERS);
    rules.add(WITHOUT_RESPONSIBILITIES);
    rules.add(BENCHMARK_POWER_NOT_IN_CATALOG);
    rules.add(DiscretionRules.notPublished(c -> Optional.ofNullable(c.benchmarks()), "/benchmarks"));
    rules.add(DiscretionRules.beyondStatute(c -> Optional.ofNullable(c.benchmarks()), "/benchmarks"));
    rules.add(DiscretionRules.levelsInconsistent(c -> Optional.ofNullable(c.benchmarks()), "/benchmarks"));
    return List.copyOf(rules);
  }

  /** The {@code catalog/2021.1} pack for {@code power-catalog} documents. */
  public static final RulePack<PowerCatalog> PACK =
      RulePack.builder("catalog", "2021.1", PowerCatalog.class)
          .documentType(PowerCatalog.TYPE)
          .subjectId(PowerCatalog::id)
          .messages(MESSAGES)
          .addAll(RULES)
          .build();

  /** The {@code benchmarks/2021.1} pack for {@code discretion-benchmarks} documents. */
  public static final RulePack<DiscretionBenchmarks> BENCHMARK_PACK =
      RulePack.builder("benchmarks", "2021.1", DiscretionBenchmarks.class)
          .documentType(DiscretionBenchmarks.TYPE)
          .subjectId(DiscretionBenchmarks::id)
          .messages(MESSAGES)
          .add(DiscretionRules.notPublished(Optional::of, ""))
          .add(DiscretionRules.beyondStatute(Optional::of, ""))
          .add(DiscretionRules.levelsInconsistent(Optional::of, ""))
          .build();
}
