package dev.yifa.enforcement.penalty;

import static dev.yifa.core.rule.Severity.ERROR;
import static dev.yifa.core.rule.Severity.NOTICE;
import static dev.yifa.core.rule.Severity.WARNING;

import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.id.DocumentNumber;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.law.Laws;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.profile.Threshold;
import dev.yifa.core.rule.Check;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.Severity;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import dev.yifa.enforcement.penalty.PenaltyCase.Collector;
import dev.yifa.enforcement.penalty.PenaltyCase.Decision;
import dev.yifa.enforcement.penalty.PenaltyCase.DecisionItem;
import dev.yifa.enforcement.penalty.PenaltyCase.Harm;
import dev.yifa.enforcement.penalty.PenaltyCase.MentalCondition;
import dev.yifa.enforcement.penalty.PenaltyCase.NoticeItem;
import dev.yifa.enforcement.penalty.PenaltyCase.OnTheSpotReason;
import dev.yifa.enforcement.penalty.PenaltyCase.PartyKind;
import dev.yifa.enforcement.penalty.PenaltyCase.Procedure;
import dev.yifa.enforcement.penalty.Periods.Within;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the Administrative Penalty Law, written once and instantiated for the 2017 text
 * (in force 2018-01-01 to 2021-07-14) and the 2021 text (in force from 2021-07-15), each citing
 * its own article numbers. Article texts: LawRefBook/Laws {@code 行政法/行政处罚法.md} (2021) and
 * {@code 行政法/行政处罚法(2017-09-01).md} (2017, from flk.npc.gov.cn), both read for this file.
 *
 * <p>Which text a rule applies is decided by the pack ({@link PenaltyPacks#forCase}): the law in
 * force when the procedure was taken (decision day, else filing day, else lead day). Substantive
 * rules that the 2021 text made heavier for the party (the five-year limitation) apply only to
 * acts completed on or after 2021-07-15; rules it made lighter (no penalty without fault) apply to
 * every case decided under it (从旧兼从轻, 行政处罚法（2021）第三十七条).
 */
final class PenaltyRules {
  /** The day the 2021 text took effect (行政处罚法（2021）第八十六条). */
  static final LocalDate APL_2021_FROM = LocalDate.of(2021, 7, 15);

  /** The day the 2017 amendment took effect. */
  static final LocalDate APL_2017_FROM = LocalDate.of(2018, 1, 1);

  /** One version of the law: its rule-id prefix, text and interval. */
  enum Ver {
    V2017("APL2017", Laws.APL_2017),
    V2021("APL", Laws.APL_2021);

    final String prefix;
    final InstrumentVersion law;

    Ver(String prefix, InstrumentVersion law) {
      this.prefix = prefix;
      this.law = law;
    }

    Citation a(int article) {
      return law.article(article);
    }

    Citation a(int article, int paragraph) {
      return law.article(article).paragraph(paragraph);
    }

    Citation a(int article, int paragraph, int item) {
      return law.article(article).paragraph(paragraph).item(item);
    }

    /** An item of an article that has a single paragraph (第九条第（六）项). */
    Citation item(int article, int item) {
      return law.article(article).item(item);
    }

    boolean is2021() {
      return this == V2021;
    }
  }

  private static final Set<PenaltyKind> RULE_KINDS =
      EnumSet.of(PenaltyKind.WARNING, PenaltyKind.NOTICE_OF_CRITICISM, PenaltyKind.FINE);

  /** Kinds the 2017 text does not list (第八条): only a law or an administrative regulation may create them. */
  private static final Set<PenaltyKind> NOT_LISTED_2017 =
      EnumSet.of(
          PenaltyKind.NOTICE_OF_CRITICISM,
          PenaltyKind.LOWER_QUALIFICATION,
          PenaltyKind.RESTRICT_OPERATION,
          PenaltyKind.ORDER_CLOSURE,
          PenaltyKind.RESTRICT_EMPLOYMENT,
          PenaltyKind.OTHER);

  private static final Set<PenaltyKind> HEARING_KINDS_2021 =
      EnumSet.of(
          PenaltyKind.LOWER_QUALIFICATION,
          PenaltyKind.REVOKE_LICENCE,
          PenaltyKind.SUSPEND_BUSINESS,
          PenaltyKind.ORDER_CLOSURE,
          PenaltyKind.RESTRICT_EMPLOYMENT);

  private static final Set<PenaltyKind> HEARING_KINDS_2017 =
      EnumSet.of(PenaltyKind.REVOKE_LICENCE, PenaltyKind.SUSPEND_BUSINESS);

  private static final List<DecisionItem> DECISION_ITEMS = List.of(DecisionItem.values());

  private static final List<DecisionItem> SUMMARY_ITEMS_2021 =
      List.of(
          DecisionItem.FACTS,
          DecisionItem.PENALTY,
          DecisionItem.BASIS,
          DecisionItem.DATE,
          DecisionItem.REMEDY,
          DecisionItem.AGENCY);

  private static final List<DecisionItem> SUMMARY_ITEMS_2017 =
      List.of(DecisionItem.FACTS, DecisionItem.BASIS, DecisionItem.DATE, DecisionItem.AGENCY);

  /** 行政处罚法（2017）第三十三条：对公民处以五十元以下、对法人或者其他组织处以一千元以下罚款. */
  private static final Money SUMMARY_LIMIT_2017_INDIVIDUAL = Money.ofYuan(50);

  private static final Money SUMMARY_LIMIT_2017_ORGANISATION = Money.ofYuan(1000);

  /** 行政处罚法（2021）第六十八条第（一）项 一百元以下; 2017 第四十七条第（一）项 二十元以下. */
  private static final Money ON_THE_SPOT_2021 = Money.ofYuan(100);

  private static final Money ON_THE_SPOT_2017 = Money.ofYuan(20);

  private static final BigDecimal THREE_PERCENT = new BigDecimal("3");

  private PenaltyRules() {}

  /**
   * Returns the rules of one version, in a stable order.
   *
   * @param v the version
   * @return the rules
   */
  static List<Rule<PenaltyCase>> rules(Ver v) {
    boolean n = v.is2021();
    List<Rule<PenaltyCase>> r = new ArrayList<>();
    r.add(twoOfficers(v));
    r.add(officerNotCertified(v));
    r.add(noBasis(v));
    r.add(normativeDocumentBasis(v));
    r.add(detentionNotByLaw(v));
    r.add(localRegulationBusinessLicence(v));
    r.add(rulePenaltyKind(v));
    r.add(localRuleFineOverCap(v));
    r.add(kindNotCreated(v));
    r.add(limitation(v));
    r.add(underFourteen(v));
    r.add(minorNotMitigated(v));
    r.add(mentalIncapacity(v));
    r.add(minorCorrected(v));
    if (n) {
      r.add(noFault(v));
      r.add(firstOffence(v));
    }
    r.add(noticeMissing(v));
    r.add(noticeIncomplete(v));
    r.add(noticeAfterDecision(v));
    r.add(heavierAfterStatement(v));
    r.add(summaryNotAllowed(v));
    r.add(summaryNotDelivered(v));
    r.add(summaryContents(v));
    r.add(collectiveDiscussion(v));
    r.add(legalReview(v));
    r.add(reviewerNotQualified(v));
    r.add(decisionContents(v));
    r.add(partyIdInvalid(v));
    r.add(decisionNumberInvalid(v));
    r.add(decidedBeforeFiling(v));
    if (n) {
      r.add(decisionLate(v));
      r.add(timeLimitExtended(v));
      r.add(notDecided(v));
      r.add(notClosed(v));
    }
    r.add(serviceLate(v));
    r.add(hearingNotOffered(v));
    r.add(hearingNotHeld(v));
    r.add(decidedInRequestWindow(v));
    r.add(hearingNoticeShort(v));
    r.add(hearingRecord(v));
    r.add(agencyCollected(v));
    r.add(onTheSpotNotAllowed(v));
    r.add(paidLate(v));
    r.add(surchargeExcessive(v));
    r.add(notEnforced(v));
    if (n) {
      r.add(notPublished(v));
    }
    r.add(outsideDiscretion(v));
    r.add(doubleFine(v));
    r.add(leadNotFiled(v));
    r.add(outsideCalendar(v));
    return List.copyOf(r);
  }

  private static Rule<PenaltyCase> rule(
      Ver v, int article, String what, Severity severity, List<Citation> cites, Check<PenaltyCase> check) {
    Rule.Builder<PenaltyCase> b =
        Rule.<PenaltyCase>builder(v.prefix + "-" + String.format(Locale.ROOT, "%03d", article) + "-" + what)
            .cites(cites)
            .severity(severity)
            .message("penalty." + what)
            .check(check);
    if (v.is2021()) {
      b.appliesFrom(APL_2021_FROM);
    } else {
      b.appliesUntil(APL_2021_FROM);
    }
    return b.build();
  }

  private static int art(Ver v, int a2017, int a2021) {
    return v.is2021() ? a2021 : a2017;
  }

  // ---------------------------------------------------------------- officers

  /** The days on which officers act: filing, prior notice, decision. */
  private static List<LocalDate> actDays(PenaltyCase c) {
    List<LocalDate> days = new ArrayList<>(3);
    if (c.filedOn() != null) {
      days.add(c.filedOn());
    }
    if (c.notice() != null && !days.contains(c.notice().servedOn())) {
      days.add(c.notice().servedOn());
    }
    if (c.decision() != null && !days.contains(c.decision().decidedOn())) {
      days.add(c.decision().decidedOn());
    }
    return days;
  }

  /**
   * 2021 第四十二条第一款：行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。 / 2017
   * 第三十七条第一款：行政机关在调查或者进行检查时，执法人员不得少于两人，并应当向当事人或者有关人员出示证件。 At least two certified
   * officers act on each step; auxiliary staff do not count.
   */
  private static Rule<PenaltyCase> twoOfficers(Ver v) {
    int a = art(v, 37, 42);
    return rule(v, a, "two-officers", ERROR, List.of(v.a(a, 1)), (c, ctx, out) -> {
      List<EnforcementOfficer> officers = c.officers();
      for (LocalDate day : actDays(c)) {
        int certified = 0;
        int auxiliary = 0;
        for (int i = 0, n = officers.size(); i < n; i++) {
          EnforcementOfficer o = officers.get(i);
          if (o.auxiliary()) {
            auxiliary++;
          } else if (o.mayEnforceOn(day)) {
            certified++;
          }
        }
        if (certified < 2) {
          out.finding("/officers")
              .value("day", day)
              .value("certified", certified)
              .value("auxiliary", auxiliary);
        }
      }
    });
  }

  /** 2021 第四十二条第一款 / 2017 第三十七条第一款: each officer who is not auxiliary holds a valid certificate on the days acted. */
  private static Rule<PenaltyCase> officerNotCertified(Ver v) {
    int a = art(v, 37, 42);
    return rule(v, a, "officer-not-certified", WARNING, List.of(v.a(a, 1)), (c, ctx, out) -> {
      List<EnforcementOfficer> officers = c.officers();
      List<LocalDate> days = actDays(c);
      for (int i = 0, n = officers.size(); i < n; i++) {
        EnforcementOfficer o = officers.get(i);
        if (o.auxiliary()) {
          continue;
        }
        for (LocalDate day : days) {
          if (!o.mayEnforceOn(day)) {
            out.finding("/officers/" + i).value("name", o.name()).value("day", day);
            break;
          }
        }
      }
    });
  }

  // ---------------------------------------------------------------- legal basis

  private static boolean hasPenalty(PenaltyCase c) {
    return c.decision() != null && !c.decision().penalties().isEmpty();
  }

  /** The highest level among the basis citations (LAW highest), or null if none is a creating level. */
  private static @Nullable InstrumentLevel highestBasis(Decision d) {
    InstrumentLevel best = null;
    for (Citation cite : d.basis()) {
      InstrumentLevel l = cite.instrument().level();
      if (rank(l) > 0 && (best == null || rank(l) > rank(best))) {
        best = l;
      }
    }
    return best;
  }

  private static int rank(InstrumentLevel l) {
    return switch (l) {
      case CONSTITUTION, LAW -> 6;
      case ADMINISTRATIVE_REGULATION -> 5;
      case LOCAL_REGULATION -> 4;
      case DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE -> 3;
      default -> 0;
    };
  }

  /** 2021 第三十八条第一款：行政处罚没有依据……的，行政处罚无效。 / 2017 第三条第二款：没有法定依据……的，行政处罚无效。 */
  private static Rule<PenaltyCase> noBasis(Ver v) {
    int a = art(v, 3, 38);
    return rule(v, a, "no-basis", ERROR, List.of(v.a(a, v.is2021() ? 1 : 2)), (c, ctx, out) -> {
      if (hasPenalty(c) && c.decision().basis().isEmpty()) {
        out.finding("/decision/basis");
      }
    });
  }

  /** 2021 第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚。 / 2017 第十四条. */
  private static Rule<PenaltyCase> normativeDocumentBasis(Ver v) {
    int a = art(v, 14, 16);
    return rule(v, a, "normative-document-basis", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      if (hasPenalty(c) && !c.decision().basis().isEmpty() && highestBasis(c.decision()) == null) {
        out.finding("/decision/basis")
            .value("level", c.decision().basis().get(0).instrument().level());
      }
    });
  }

  /** 2021 第十条第二款：限制人身自由的行政处罚，只能由法律设定。 / 2017 第九条第二款. */
  private static Rule<PenaltyCase> detentionNotByLaw(Ver v) {
    int a = art(v, 9, 10);
    return rule(v, a, "detention-not-by-law", ERROR, List.of(v.a(a, 2)), (c, ctx, out) -> {
      if (!hasPenalty(c)) {
        return;
      }
      InstrumentLevel top = highestBasis(c.decision());
      if (top == null || rank(top) >= 6) {
        return;
      }
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).kind() == PenaltyKind.DETENTION) {
          out.finding("/decision/penalties/" + i, "/decision/basis").value("level", top);
        }
      }
    });
  }

  /** 2021 第十二条第一款：地方性法规可以设定除限制人身自由、吊销营业执照以外的行政处罚。 / 2017 第十一条第一款（吊销企业营业执照）. */
  private static Rule<PenaltyCase> localRegulationBusinessLicence(Ver v) {
    int a = art(v, 11, 12);
    return rule(v, a, "local-regulation-business-licence", ERROR, List.of(v.a(a, 1)), (c, ctx, out) -> {
      if (!hasPenalty(c) || highestBasis(c.decision()) != InstrumentLevel.LOCAL_REGULATION) {
        return;
      }
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).revokesBusinessLicence()) {
          out.finding("/decision/penalties/" + i, "/decision/basis");
        }
      }
    });
  }

  /**
   * 2021 第十三条第二款、第十四条第二款：尚未制定法律、行政法规（法规）的，部门规章（地方政府规章）可以设定警告、通报批评或者一定数额罚款的行政处罚。
   * / 2017 第十二条第二款、第十三条第二款（警告或者一定数量罚款）. Where rules are the highest basis, only those kinds.
   */
  private static Rule<PenaltyCase> rulePenaltyKind(Ver v) {
    int a = art(v, 12, 13);
    return rule(v, a, "rule-penalty-kind", ERROR, List.of(v.a(a, 2), v.a(a + 1, 2)), (c, ctx, out) -> {
      if (!hasPenalty(c)) {
        return;
      }
      InstrumentLevel top = highestBasis(c.decision());
      if (top != InstrumentLevel.DEPARTMENTAL_RULE && top != InstrumentLevel.LOCAL_GOVERNMENT_RULE) {
        return;
      }
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        PenaltyKind k = ps.get(i).kind();
        boolean allowed = RULE_KINDS.contains(k) && (v.is2021() || k != PenaltyKind.NOTICE_OF_CRITICISM);
        if (!allowed) {
          out.finding("/decision/penalties/" + i, "/decision/basis").value("kind", k).value("level", top);
        }
      }
    });
  }

  /**
   * 2021 第十四条第二款 / 2017 第十三条第二款：尚未制定法律、法规的，地方政府规章……可以设定警告、通报批评或者一定数额罚款的行政处罚。罚款的限额由省、自治区、直辖市人民代表大会常务委员会规定。
   * A fine resting on a local government rule alone may not exceed the province's cap in force on
   * the day of the decision (the raised cap where the violation involves life, health or financial
   * security — the fields the provincial caps list); provinces without a cap in the profile are not
   * judged.
   */
  private static Rule<PenaltyCase> localRuleFineOverCap(Ver v) {
    int a = art(v, 13, 14);
    return rule(v, a, "local-rule-fine-over-cap", ERROR, List.of(v.a(a, 2)), (c, ctx, out) -> {
      if (!hasPenalty(c) || highestBasis(c.decision()) != InstrumentLevel.LOCAL_GOVERNMENT_RULE) {
        return;
      }
      boolean raised = Boolean.TRUE.equals(c.violation().affectsLifeHealthOrFinance());
      Optional<BigDecimal> cap =
          ctx.profile()
              .find(raised ? ProfileKeys.LOCAL_RULE_FINE_CAP_RAISED : ProfileKeys.LOCAL_RULE_FINE_CAP, actDay(c, ctx));
      if (cap.isEmpty()) {
        return;
      }
      Money limit = Money.of(cap.get());
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        Penalty p = ps.get(i);
        if (p.kind() == PenaltyKind.FINE && p.amount() != null && p.amount().isGreaterThan(limit)) {
          out.finding("/decision/penalties/" + i + "/amount", "/decision/basis")
              .value("amount", p.amount().toPlainString())
              .value("cap", limit.toPlainString());
        }
      }
    });
  }

  /**
   * 2021 第九条第（六）项：法律、行政法规规定的其他行政处罚。 / 2017 第八条第（七）项 (and the kinds the 2017 text does not
   * list). Other kinds need a law or an administrative regulation.
   */
  private static Rule<PenaltyCase> kindNotCreated(Ver v) {
    int a = art(v, 8, 9);
    return rule(v, a, "kind-not-created", ERROR, List.of(v.item(a, v.is2021() ? 6 : 7)), (c, ctx, out) -> {
      if (!hasPenalty(c)) {
        return;
      }
      InstrumentLevel top = highestBasis(c.decision());
      if (top == null || rank(top) >= 5) {
        return;
      }
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        PenaltyKind k = ps.get(i).kind();
        if (v.is2021() ? k == PenaltyKind.OTHER : NOT_LISTED_2017.contains(k)) {
          out.finding("/decision/penalties/" + i).value("kind", k).value("level", top);
        }
      }
    });
  }

  // ---------------------------------------------------------------- application

  /**
   * 2021 第三十六条：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。……从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。
   * / 2017 第二十九条（二年）. The five years apply only to acts completed on or after 2021-07-15: the 2021 text is
   * heavier there, and 第三十七条 keeps the old law for earlier acts.
   */
  private static Rule<PenaltyCase> limitation(Ver v) {
    int a = art(v, 29, 36);
    return rule(v, a, "limitation", ERROR, List.of(v.a(a, 1), v.a(a, 2)), (c, ctx, out) -> {
      if (!hasPenalty(c)) {
        return;
      }
      PenaltyCase.Violation vi = c.violation();
      LocalDate discovered = vi.discoveredOn() != null ? vi.discoveredOn() : c.filedOn();
      if (discovered == null) {
        return;
      }
      LocalDate from = vi.completedOn();
      boolean five =
          v.is2021()
              && !from.isBefore(APL_2021_FROM)
              && Boolean.TRUE.equals(vi.affectsLifeHealthOrFinance())
              && vi.harm() != null
              && vi.harm() != Harm.NONE;
      int years = five ? 5 : 2;
      // The start day is not counted; discovery on the same calendar day two years later is in time.
      if (discovered.isAfter(from.plusYears(years))) {
        out.finding("/violation/discoveredOn", "/violation/endedOn")
            .value("from", from)
            .value("discovered", discovered)
            .value("years", years);
      }
    });
  }

  /**
   * The party's birth date: given, or read from a valid resident identity number.
   */
  static @Nullable LocalDate birthDate(PenaltyCase c) {
    if (c.party().kind() != PartyKind.INDIVIDUAL) {
      return null;
    }
    if (c.party().birthDate() != null) {
      return c.party().birthDate();
    }
    String id = c.party().id();
    if (id != null && id.length() == 18 && ResidentIdNumber.isValid(id)) {
      return ResidentIdNumber.parse(id).birthDate();
    }
    return null;
  }

  /**
   * Whether a person born on {@code birth} has reached full {@code years} of age on {@code day}. Full
   * age starts the day after the birthday (最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释 第二条：“周岁”，按照公历的年、月、日计算，从周岁生日的第二天起算),
   * read here by analogy for administrative penalties.
   */
  static boolean hasFullAge(LocalDate birth, int years, LocalDate day) {
    return day.isAfter(birth.plusYears(years));
  }

  /** 2021 第三十条：不满十四周岁的未成年人有违法行为的，不予行政处罚。 / 2017 第二十五条. Age on the day the act was completed. */
  private static Rule<PenaltyCase> underFourteen(Ver v) {
    int a = art(v, 25, 30);
    return rule(v, a, "under-fourteen", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      LocalDate birth = birthDate(c);
      if (birth != null && hasPenalty(c) && !hasFullAge(birth, 14, c.violation().completedOn())) {
        out.finding("/party/birthDate", "/decision/penalties")
            .value("birthDate", birth)
            .value("actedOn", c.violation().completedOn());
      }
    });
  }

  /** 2021 第三十条：已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚。 / 2017 第二十五条. */
  private static Rule<PenaltyCase> minorNotMitigated(Ver v) {
    int a = art(v, 25, 30);
    return rule(v, a, "minor-not-mitigated", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      LocalDate birth = birthDate(c);
      if (birth == null || !hasPenalty(c)) {
        return;
      }
      LocalDate day = c.violation().completedOn();
      if (hasFullAge(birth, 14, day)
          && !hasFullAge(birth, 18, day)
          && !Boolean.TRUE.equals(c.decision().mitigated())) {
        out.finding("/decision/mitigated", "/party/birthDate")
            .value("birthDate", birth)
            .value("actedOn", day);
      }
    });
  }

  /** 2021 第三十一条：精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚。 / 2017 第二十六条. */
  private static Rule<PenaltyCase> mentalIncapacity(Ver v) {
    int a = art(v, 26, 31);
    return rule(v, a, "mental-incapacity", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      if (hasPenalty(c) && c.party().mentalCondition() == MentalCondition.NONE_CAPACITY) {
        out.finding("/party/mentalCondition", "/decision/penalties");
      }
    });
  }

  /** 2021 第三十三条第一款：违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。 / 2017 第二十七条第二款（及时纠正）. */
  private static Rule<PenaltyCase> minorCorrected(Ver v) {
    Citation cite = v.is2021() ? v.a(33, 1) : v.a(27, 2);
    return rule(v, art(v, 27, 33), "minor-corrected", ERROR, List.of(cite), (c, ctx, out) -> {
      PenaltyCase.Violation vi = c.violation();
      if (hasPenalty(c)
          && Boolean.TRUE.equals(vi.minor())
          && Boolean.TRUE.equals(vi.correctedInTime())
          && vi.harm() == Harm.NONE) {
        out.finding("/violation/minor", "/violation/correctedInTime", "/violation/harm");
      }
    });
  }

  /**
   * 2021 第三十三条第二款：当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。 New in 2021 and lighter,
   * so it applies to every case decided under the 2021 text; a WARNING because a law or regulation may provide otherwise.
   */
  private static Rule<PenaltyCase> noFault(Ver v) {
    return rule(v, 33, "no-fault", WARNING, List.of(v.a(33, 2)), (c, ctx, out) -> {
      if (hasPenalty(c) && Boolean.FALSE.equals(c.violation().fault())) {
        out.finding("/violation/fault", "/decision/penalties");
      }
    });
  }

  /** 2021 第三十三条第一款：初次违法且危害后果轻微并及时改正的，可以不予行政处罚。 Discretionary: a NOTICE. */
  private static Rule<PenaltyCase> firstOffence(Ver v) {
    return rule(v, 33, "first-offence", NOTICE, List.of(v.a(33, 1)), (c, ctx, out) -> {
      PenaltyCase.Violation vi = c.violation();
      if (hasPenalty(c)
          && Boolean.TRUE.equals(vi.firstOffence())
          && Boolean.TRUE.equals(vi.correctedInTime())
          && vi.harm() == Harm.MINOR) {
        out.finding("/violation/firstOffence", "/decision/penalties");
      }
    });
  }

  // ---------------------------------------------------------------- notice, statement

  /**
   * 2021 第四十四条 + 第六十二条：作出行政处罚决定之前，应当告知……；未告知……不得作出行政处罚决定。 / 2017 第三十一条 +
   * 第四十一条（行政处罚决定不能成立）.
   */
  private static Rule<PenaltyCase> noticeMissing(Ver v) {
    List<Citation> cites = v.is2021() ? List.of(v.a(44), v.a(62)) : List.of(v.a(31), v.a(41));
    return rule(v, art(v, 31, 44), "notice-missing", ERROR, cites, (c, ctx, out) -> {
      if (hasPenalty(c) && c.notice() == null) {
        out.finding("/notice");
      }
    });
  }

  /**
   * 2021 第四十四条：应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。 / 2017
   * 第三十一条：告知当事人作出行政处罚决定的事实、理由及依据，并告知当事人依法享有的权利。 A notice served before 2021-07-15 is judged by the 2017
   * text (no proposed penalty required).
   */
  private static Rule<PenaltyCase> noticeIncomplete(Ver v) {
    int a = art(v, 31, 44);
    return rule(v, a, "notice-incomplete", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      PenaltyCase.Notice notice = c.notice();
      if (notice == null) {
        return;
      }
      boolean penaltyRequired = v.is2021() && !notice.servedOn().isBefore(APL_2021_FROM);
      StringJoiner missing = new StringJoiner(",");
      for (NoticeItem item :
          List.of(NoticeItem.FACTS, NoticeItem.REASONS, NoticeItem.BASIS, NoticeItem.PENALTY, NoticeItem.RIGHT_TO_STATE)) {
        if (item == NoticeItem.PENALTY && !penaltyRequired) {
          continue;
        }
        if (!notice.stated().contains(item)) {
          missing.add(item.name());
        }
      }
      if (missing.length() > 0) {
        out.finding("/notice/stated").value("missing", missing.toString());
      }
    });
  }

  /** 2021 第六十二条 / 2017 第四十一条: the notice must come before the decision. */
  private static Rule<PenaltyCase> noticeAfterDecision(Ver v) {
    int a = art(v, 41, 62);
    return rule(v, a, "notice-after-decision", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      if (c.notice() != null && c.decision() != null && c.notice().servedOn().isAfter(c.decision().decidedOn())) {
        out.finding("/notice/servedOn", "/decision/decidedOn")
            .value("notice", c.notice().servedOn())
            .value("decision", c.decision().decidedOn());
      }
    });
  }

  /** Why the decided penalties are heavier than those proposed, or null. */
  static @Nullable String heavier(List<Penalty> decided, List<Penalty> proposed) {
    Money dFine = Money.ZERO;
    Money pFine = Money.ZERO;
    Money dConf = Money.ZERO;
    Money pConf = Money.ZERO;
    EnumSet<PenaltyKind> pKinds = EnumSet.noneOf(PenaltyKind.class);
    for (Penalty p : proposed) {
      pKinds.add(p.kind());
      if (p.kind() == PenaltyKind.FINE) {
        pFine = pFine.plus(p.amountOrZero());
      } else if (p.kind().isMonetary()) {
        pConf = pConf.plus(p.amountOrZero());
      }
    }
    for (Penalty p : decided) {
      if (!pKinds.contains(p.kind()) && p.kind() != PenaltyKind.WARNING && p.kind() != PenaltyKind.NOTICE_OF_CRITICISM) {
        return p.kind().name();
      }
      if (p.kind() == PenaltyKind.FINE) {
        dFine = dFine.plus(p.amountOrZero());
      } else if (p.kind().isMonetary()) {
        dConf = dConf.plus(p.amountOrZero());
      }
    }
    if (dFine.isGreaterThan(pFine)) {
      return "FINE " + pFine.toPlainString() + " -> " + dFine.toPlainString();
    }
    if (dConf.isGreaterThan(pConf)) {
      return "CONFISCATION " + pConf.toPlainString() + " -> " + dConf.toPlainString();
    }
    return null;
  }

  /**
   * 2021 第四十五条第二款：行政机关不得因当事人陈述、申辩而给予更重的处罚。 / 2017 第三十二条第二款（不得因当事人申辩而加重处罚）. After a statement,
   * penalties heavier than those the notice proposed are taken to be because of it.
   */
  private static Rule<PenaltyCase> heavierAfterStatement(Ver v) {
    int a = art(v, 32, 45);
    return rule(v, a, "heavier-after-statement", ERROR, List.of(v.a(a, 2)), (c, ctx, out) -> {
      if (c.statement() == null || c.notice() == null || !hasPenalty(c) || c.notice().proposed().isEmpty()) {
        return;
      }
      String why = heavier(c.decision().penalties(), c.notice().proposed());
      if (why != null) {
        out.finding("/decision/penalties", "/notice/proposed", "/statement").value("change", why);
      }
    });
  }

  // ---------------------------------------------------------------- summary procedure

  private static boolean summary(PenaltyCase c) {
    return c.procedureOrOrdinary() == Procedure.SUMMARY;
  }

  private static Money summaryLimit(Ver v, PenaltyCase c, RuleContext ctx) {
    boolean person = c.party().kind().isNaturalPerson();
    if (!v.is2021()) {
      return person ? SUMMARY_LIMIT_2017_INDIVIDUAL : SUMMARY_LIMIT_2017_ORGANISATION;
    }
    // The limit in force on the day of the decision, not on the day of the check.
    return Money.of(
        ctx.profile()
            .find(
                person ? ProfileKeys.SUMMARY_FINE_LIMIT_INDIVIDUAL : ProfileKeys.SUMMARY_FINE_LIMIT_ORGANISATION,
                actDay(c, ctx))
            .orElse(person ? new BigDecimal("200") : new BigDecimal("3000")));
  }

  /** The day a case's thresholds are judged by: the day its procedure was taken, else the check day. */
  private static LocalDate actDay(PenaltyCase c, RuleContext ctx) {
    LocalDate day = c.procedureDay();
    return day == null ? ctx.asOf() : day;
  }

  /**
   * 2021 第五十一条：违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。
   * / 2017 第三十三条（五十元、一千元）. Individual businesses count as citizens.
   */
  private static Rule<PenaltyCase> summaryNotAllowed(Ver v) {
    int a = art(v, 33, 51);
    return rule(v, a, "summary-not-allowed", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      if (!summary(c) || !hasPenalty(c)) {
        return;
      }
      List<Penalty> ps = c.decision().penalties();
      for (int i = 0; i < ps.size(); i++) {
        PenaltyKind k = ps.get(i).kind();
        if (k != PenaltyKind.WARNING && k != PenaltyKind.FINE) {
          out.finding("/procedure", "/decision/penalties/" + i).value("kind", k).value("limit", "-");
        }
      }
      Money limit = summaryLimit(v, c, ctx);
      Money fine = c.totalFine();
      if (fine.isGreaterThan(limit)) {
        out.finding("/procedure", "/decision/penalties")
            .value("kind", PenaltyKind.FINE + " " + fine.toPlainString())
            .value("limit", limit.toPlainString());
      }
    });
  }

  /** 2021 第五十二条第一款：……填写预定格式、编有号码的行政处罚决定书，并当场交付当事人。 / 2017 第三十四条第一款. */
  private static Rule<PenaltyCase> summaryNotDelivered(Ver v) {
    int a = art(v, 34, 52);
    return rule(v, a, "summary-not-delivered", WARNING, List.of(v.a(a, 1)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (summary(c) && d != null && (d.servedOn() == null || !d.servedOn().equals(d.decidedOn()))) {
        out.finding("/decision/servedOn").value("decided", d.decidedOn());
      }
    });
  }

  /** 2021 第五十二条第二款 / 2017 第三十四条第二款: what an on-the-spot decision states. */
  private static Rule<PenaltyCase> summaryContents(Ver v) {
    int a = art(v, 34, 52);
    List<DecisionItem> items = v.is2021() ? SUMMARY_ITEMS_2021 : SUMMARY_ITEMS_2017;
    return rule(v, a, "summary-contents", WARNING, List.of(v.a(a, 2)), (c, ctx, out) -> {
      if (summary(c) && c.decision() != null) {
        String missing = missing(c.decision().stated(), items);
        if (missing != null) {
          out.finding("/decision/stated").value("missing", missing);
        }
      }
    });
  }

  private static @Nullable String missing(List<DecisionItem> stated, List<DecisionItem> required) {
    StringJoiner j = null;
    for (DecisionItem item : required) {
      if (!stated.contains(item)) {
        if (j == null) {
          j = new StringJoiner(",");
        }
        j.add(item.name());
      }
    }
    return j == null ? null : j.toString();
  }

  // ---------------------------------------------------------------- ordinary procedure

  /** 2021 第五十七条第二款：对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。 / 2017 第三十八条第二款. */
  private static Rule<PenaltyCase> collectiveDiscussion(Ver v) {
    int a = art(v, 38, 57);
    return rule(v, a, "collective-discussion", ERROR, List.of(v.a(a, 2)), (c, ctx, out) -> {
      if (!hasPenalty(c) || !Boolean.TRUE.equals(c.majorCase())) {
        return;
      }
      PenaltyCase.CollectiveDiscussion cd = c.collectiveDiscussion();
      if (cd == null || cd.heldOn().isAfter(c.decision().decidedOn())) {
        out.finding("/collectiveDiscussion", "/majorCase");
      }
    });
  }

  private static boolean reviewRequired(Ver v, PenaltyCase c) {
    if (!v.is2021()) {
      // 2017 第三十八条第三款: every ordinary-procedure decision is reviewed.
      return !summary(c);
    }
    return !c.legalReviewTriggers().isEmpty() || (c.hearing() != null && c.hearing().heldOn() != null);
  }

  /**
   * 2021 第五十八条第一款：有下列情形之一……应当由从事行政处罚决定法制审核的人员进行法制审核；未经法制审核或者审核未通过的，不得作出决定。 (a
   * hearing held counts as 第（二）项) / 2017 第三十八条第三款：在行政机关负责人作出决定之前，应当由从事行政处罚决定审核的人员进行审核。
   */
  private static Rule<PenaltyCase> legalReview(Ver v) {
    int a = art(v, 38, 58);
    Citation cite = v.is2021() ? v.a(58, 1) : v.a(38, 3);
    return rule(v, a, "legal-review", ERROR, List.of(cite), (c, ctx, out) -> {
      if (!hasPenalty(c) || !reviewRequired(v, c)) {
        return;
      }
      PenaltyCase.LegalReview lr = c.legalReview();
      LocalDate decided = c.decision().decidedOn();
      if (lr == null) {
        out.finding("/legalReview").value("problem", "MISSING");
      } else if (lr.completedOn() != null && lr.completedOn().isAfter(decided)) {
        out.finding("/legalReview/completedOn").value("problem", "AFTER_DECISION");
      } else if (v.is2021() && !Boolean.TRUE.equals(lr.passed())) {
        out.finding("/legalReview/passed").value("problem", "NOT_PASSED");
      }
    });
  }

  /** 2021 第五十八条第二款 / 2017 第三十八条第三款：初次从事……审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。 */
  private static Rule<PenaltyCase> reviewerNotQualified(Ver v) {
    int a = art(v, 38, 58);
    Citation cite = v.is2021() ? v.a(58, 2) : v.a(38, 3);
    return rule(v, a, "reviewer-not-qualified", WARNING, List.of(cite), (c, ctx, out) -> {
      if (c.legalReview() != null && Boolean.FALSE.equals(c.legalReview().reviewerQualified())) {
        out.finding("/legalReview/reviewerQualified");
      }
    });
  }

  /** 2021 第五十九条 / 2017 第三十九条: what a decision letter states, and its seal. */
  private static Rule<PenaltyCase> decisionContents(Ver v) {
    int a = art(v, 39, 59);
    return rule(v, a, "decision-contents", ERROR, List.of(v.a(a, 1), v.a(a, 2)), (c, ctx, out) -> {
      if (!summary(c) && hasPenalty(c)) {
        String missing = missing(c.decision().stated(), DECISION_ITEMS);
        if (missing != null) {
          out.finding("/decision/stated").value("missing", missing);
        }
      }
    });
  }

  /** 2021 第五十九条第一款第（一）项 / 2017 第三十九条第一款第（一）项: the party's identity, with a valid identifier. */
  private static Rule<PenaltyCase> partyIdInvalid(Ver v) {
    int a = art(v, 39, 59);
    return rule(v, a, "party-id-invalid", WARNING, List.of(v.a(a, 1, 1)), (c, ctx, out) -> {
      String id = c.party().id();
      if (id == null) {
        return;
      }
      boolean valid =
          c.party().kind() == PartyKind.INDIVIDUAL
              ? ResidentIdNumber.isValid(id)
              : UnifiedSocialCreditCode.isValid(id) || ResidentIdNumber.isValid(id);
      if (!valid) {
        out.finding("/party/id").value("id", mask(id));
      }
    });
  }

  private static String mask(String id) {
    if (id.length() <= 8) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
  }

  /** 2021 第五十九条第一款 / 2017 第三十九条第一款: the decision letter carries a well-formed document number. */
  private static Rule<PenaltyCase> decisionNumberInvalid(Ver v) {
    int a = art(v, 39, 59);
    return rule(v, a, "decision-number-invalid", WARNING, List.of(v.a(a, 1)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d != null && d.number() != null && !DocumentNumber.isValid(d.number())) {
        out.finding("/decision/number").value("number", d.number());
      }
    });
  }

  /** 2021 第六十条 / 2017 第三十八条: a decision follows the filing of the case. */
  private static Rule<PenaltyCase> decidedBeforeFiling(Ver v) {
    int a = art(v, 38, 60);
    return rule(v, a, "decided-before-filing", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      if (c.decision() != null && c.filedOn() != null && c.decision().decidedOn().isBefore(c.filedOn())) {
        out.finding("/decision/decidedOn", "/filedOn")
            .value("filed", c.filedOn())
            .value("decided", c.decision().decidedOn());
      }
    });
  }

  private static final StatutoryPeriod NINETY_DAYS = StatutoryPeriod.ofDays(90);

  /**
   * 2021 第六十条：行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。 Calendar days (第八十五条
   * names only 2, 3, 5, 7 days as working days); a last day on a holiday moves to the next working day.
   */
  private static Rule<PenaltyCase> decisionLate(Ver v) {
    return rule(v, 60, "decision-late", ERROR, List.of(v.a(60)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || c.filedOn() == null || summary(c) || Boolean.TRUE.equals(d.timeLimitExtended())) {
        return;
      }
      if (Periods.within(ctx.calendar(), c.filedOn(), d.decidedOn(), NINETY_DAYS) == Within.NO) {
        out.finding("/decision/decidedOn", "/filedOn")
            .value("filed", c.filedOn())
            .value("decided", d.decidedOn())
            .value("days", ChronoUnit.DAYS.between(c.filedOn(), d.decidedOn()));
      }
    });
  }

  /** 2021 第六十条 second sentence: a period set by another law, regulation or rule was relied on. */
  private static Rule<PenaltyCase> timeLimitExtended(Ver v) {
    return rule(v, 60, "time-limit-extended", NOTICE, List.of(v.a(60)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || c.filedOn() == null || !Boolean.TRUE.equals(d.timeLimitExtended())) {
        return;
      }
      if (Periods.within(ctx.calendar(), c.filedOn(), d.decidedOn(), NINETY_DAYS) != Within.YES) {
        out.finding("/decision/timeLimitExtended")
            .value("days", ChronoUnit.DAYS.between(c.filedOn(), d.decidedOn()));
      }
    });
  }

  /** 2021 第六十条 (inaction): a case filed and neither decided nor closed when 90 days have passed. */
  private static Rule<PenaltyCase> notDecided(Ver v) {
    return rule(v, 60, "not-decided", ERROR, List.of(v.a(60)), (c, ctx, out) -> {
      if (c.filedOn() == null || c.decision() != null || c.closedOn() != null) {
        return;
      }
      if (Periods.within(ctx.calendar(), c.filedOn(), ctx.asOf(), NINETY_DAYS) == Within.NO) {
        out.finding("/decision", "/filedOn").value("filed", c.filedOn()).value("asOf", ctx.asOf());
      }
    });
  }

  /**
   * 2021 第四十七条：行政机关应当依法以文字、音像等形式，对行政处罚的启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存。
   * (inaction) A decision carried out — the fine paid, the decision executed, or, with nothing to
   * pay, the decision served — whose case is still not closed and archived after the profile's
   * closing period (a practice figure, so a WARNING).
   */
  private static Rule<PenaltyCase> notClosed(Ver v) {
    return rule(v, 47, "case-not-closed", WARNING, List.of(v.a(47)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || c.closedOn() != null) {
        return;
      }
      LocalDate done = null;
      if (c.payment() != null && c.payment().paidOn() != null) {
        done = c.payment().paidOn();
      } else if (c.enforcement() != null && c.enforcement().executedOn() != null) {
        done = c.enforcement().executedOn();
      } else if (c.totalFine().equals(Money.ZERO) && d.servedOn() != null) {
        done = d.servedOn();
      }
      if (done == null) {
        return;
      }
      int days = ctx.profile().find(ProfileKeys.CLOSING_PERIOD_DAYS, done).orElse(30);
      if (ctx.asOf().isAfter(done.plusDays(days))) {
        out.finding("/closedOn").value("carriedOut", done).value("days", days).value("asOf", ctx.asOf());
      }
    });
  }

  /**
   * 2021 第六十一条第一款：当事人不在场的，行政机关应当在七日内……送达当事人。 (7 working days, 第八十五条) / 2017 第四十条 (7 calendar
   * days). Served on the decision day is on the spot.
   */
  private static Rule<PenaltyCase> serviceLate(Ver v) {
    int a = art(v, 40, 61);
    StatutoryPeriod seven = v.is2021() ? StatutoryPeriod.penaltyLawDays(7) : StatutoryPeriod.ofDays(7);
    Citation cite = v.is2021() ? v.a(61, 1) : v.a(40);
    return rule(v, a, "service-late", ERROR, List.of(cite), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || summary(c)) {
        return;
      }
      LocalDate served = d.servedOn() != null ? d.servedOn() : ctx.asOf();
      if (Periods.within(ctx.calendar(), d.decidedOn(), served, seven) == Within.NO) {
        out.finding("/decision/servedOn")
            .value("decided", d.decidedOn())
            .value("served", d.servedOn() == null ? "-" : d.servedOn().toString());
      }
    });
  }

  // ---------------------------------------------------------------- hearing

  /** The JSON pointer of the first penalty that entitles the party to a hearing, or null. */
  static @Nullable String hearingPenalty(Ver v, PenaltyCase c, RuleContext ctx) {
    String p = hearingPenalty(v, c, ctx, c.penalties(), "/decision/penalties/");
    if (p == null && c.notice() != null) {
      p = hearingPenalty(v, c, ctx, c.notice().proposed(), "/notice/proposed/");
    }
    return p;
  }

  private static @Nullable String hearingPenalty(
      Ver v, PenaltyCase c, RuleContext ctx, List<Penalty> ps, String base) {
    // The threshold in force on the day of the decision (行政处罚法 2021 art. 37: the law of the act).
    Threshold t =
        ctx.profile()
            .find(
                c.party().kind().isNaturalPerson()
                    ? ProfileKeys.HEARING_LARGE_FINE_INDIVIDUAL
                    : ProfileKeys.HEARING_LARGE_FINE_ORGANISATION,
                actDay(c, ctx))
            // No figure known for that day (the data start later): the profile's current figure.
            .or(
                () ->
                    ctx.profile()
                        .find(
                            c.party().kind().isNaturalPerson()
                                ? ProfileKeys.HEARING_LARGE_FINE_INDIVIDUAL
                                : ProfileKeys.HEARING_LARGE_FINE_ORGANISATION))
            .orElse(null);
    Set<PenaltyKind> kinds = v.is2021() ? HEARING_KINDS_2021 : HEARING_KINDS_2017;
    Money fines = Money.ZERO;
    for (int i = 0; i < ps.size(); i++) {
      Penalty p = ps.get(i);
      if (kinds.contains(p.kind())) {
        return base + i;
      }
      if (p.kind() == PenaltyKind.FINE) {
        fines = fines.plus(p.amountOrZero());
        if (t != null && t.isReachedBy(fines.toYuan())) {
          return base + i + "/amount";
        }
      } else if (v.is2021() && p.kind().isMonetary() && t != null && t.isReachedBy(p.amountOrZero().toYuan())) {
        // 第六十三条第一款第（二）项: confiscation of a large amount, measured by the same figure.
        return base + i + "/amount";
      }
    }
    return null;
  }

  /**
   * 2021 第六十三条第一款：拟作出下列行政处罚决定，应当告知当事人有要求听证的权利：（一）较大数额罚款；（二）没收较大数额违法所得、没收较大价值非法财物；（三）降低资质等级、吊销许可证件；（四）责令停产停业、责令关闭、限制从业……
   * / 2017 第四十二条第一款（责令停产停业、吊销许可证或者执照、较大数额罚款）. "Large" is the profile's figure.
   */
  private static Rule<PenaltyCase> hearingNotOffered(Ver v) {
    int a = art(v, 42, 63);
    return rule(v, a, "hearing-not-offered", ERROR, List.of(v.a(a, 1)), (c, ctx, out) -> {
      if (c.decision() == null || c.hearing() != null) {
        return;
      }
      if (c.notice() != null && c.notice().stated().contains(NoticeItem.RIGHT_TO_HEARING)) {
        return;
      }
      String path = hearingPenalty(v, c, ctx);
      if (path != null) {
        out.finding(path, "/notice/stated");
      }
    });
  }

  private static StatutoryPeriod requestWindow(Ver v) {
    // 2021 第六十四条第（一）项 五日 (working days, 第八十五条); 2017 第四十二条第一款第（一）项 三日.
    return v.is2021() ? StatutoryPeriod.penaltyLawDays(5) : StatutoryPeriod.ofDays(3);
  }

  /** 2021 第六十三条第一款：当事人要求听证的，行政机关应当组织听证。 / 2017 第四十二条第一款. */
  private static Rule<PenaltyCase> hearingNotHeld(Ver v) {
    int a = art(v, 42, 63);
    return rule(v, a, "hearing-not-held", ERROR, List.of(v.a(a, 1)), (c, ctx, out) -> {
      PenaltyCase.Hearing h = c.hearing();
      if (h == null || h.requestedOn() == null || h.heldOn() != null || h.isWaived() || c.decision() == null) {
        return;
      }
      if (c.notice() != null
          && Periods.within(ctx.calendar(), c.notice().servedOn(), h.requestedOn(), requestWindow(v)) == Within.NO) {
        return; // a late request need not be granted
      }
      out.finding("/hearing/heldOn").value("requested", h.requestedOn());
    });
  }

  /**
   * 2021 第六十四条第（一）项：当事人要求听证的，应当在行政机关告知后五日内提出。 / 2017 第四十二条第一款第（一）项（三日）. Deciding before the
   * window closes cuts the right off.
   */
  private static Rule<PenaltyCase> decidedInRequestWindow(Ver v) {
    int a = art(v, 42, 64);
    Citation cite = v.is2021() ? v.item(64, 1) : v.a(42, 1, 1);
    return rule(v, a, "decided-in-request-window", ERROR, List.of(cite), (c, ctx, out) -> {
      Decision d = c.decision();
      PenaltyCase.Notice n = c.notice();
      if (d == null || n == null || summary(c) || (c.hearing() != null && (c.hearing().isWaived() || c.hearing().heldOn() != null))) {
        return;
      }
      if (d.decidedOn().isBefore(n.servedOn())) {
        return; // the notice-after-decision rule reports it
      }
      if (!n.stated().contains(NoticeItem.RIGHT_TO_HEARING) && hearingPenalty(v, c, ctx) == null) {
        return;
      }
      if (Periods.within(ctx.calendar(), n.servedOn(), d.decidedOn(), requestWindow(v)) == Within.YES) {
        out.finding("/decision/decidedOn", "/notice/servedOn")
            .value("notice", n.servedOn())
            .value("decided", d.decidedOn());
      }
    });
  }

  /**
   * 2021 第六十四条第（二）项：行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点。(7 working days) / 2017
   * 第四十二条第一款第（二）项 (7 calendar days).
   */
  private static Rule<PenaltyCase> hearingNoticeShort(Ver v) {
    int a = art(v, 42, 64);
    Citation cite = v.is2021() ? v.item(64, 2) : v.a(42, 1, 2);
    StatutoryPeriod seven = v.is2021() ? StatutoryPeriod.penaltyLawDays(7) : StatutoryPeriod.ofDays(7);
    return rule(v, a, "hearing-notice-short", ERROR, List.of(cite), (c, ctx, out) -> {
      PenaltyCase.Hearing h = c.hearing();
      if (h == null || h.heldOn() == null) {
        return;
      }
      if (h.noticeServedOn() == null) {
        out.finding("/hearing/noticeServedOn").value("notice", "-").value("held", h.heldOn());
        return;
      }
      if (Periods.reaches(ctx.calendar(), h.noticeServedOn(), h.heldOn(), seven) == Within.NO) {
        out.finding("/hearing/noticeServedOn", "/hearing/heldOn")
            .value("notice", h.noticeServedOn())
            .value("held", h.heldOn());
      }
    });
  }

  /** 2021 第六十五条：听证结束后，行政机关应当根据听证笔录……作出决定。 / 2017 第四十三条：听证结束后……作出决定。 */
  private static Rule<PenaltyCase> hearingRecord(Ver v) {
    int a = art(v, 43, 65);
    return rule(v, a, "hearing-record", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      PenaltyCase.Hearing h = c.hearing();
      Decision d = c.decision();
      if (h == null || h.heldOn() == null || d == null) {
        return;
      }
      if (d.decidedOn().isBefore(h.heldOn())) {
        out.finding("/decision/decidedOn", "/hearing/heldOn").value("problem", "BEFORE_HEARING");
      } else if (v.is2021() && Boolean.FALSE.equals(d.hearingRecordBased())) {
        out.finding("/decision/hearingRecordBased").value("problem", "NOT_ON_RECORD");
      }
    });
  }

  // ---------------------------------------------------------------- execution

  /** 2021 第六十七条第二款：……作出行政处罚决定的行政机关及其执法人员不得自行收缴罚款。 / 2017 第四十六条第二款. */
  private static Rule<PenaltyCase> agencyCollected(Ver v) {
    int a = art(v, 46, 67);
    return rule(v, a, "agency-collected", ERROR, List.of(v.a(a, 1), v.a(a, 2)), (c, ctx, out) -> {
      if (c.payment() != null && c.payment().collector() == Collector.AGENCY) {
        out.finding("/payment/collector");
      }
    });
  }

  /**
   * 2021 第六十八条：依照本法第五十一条的规定当场作出行政处罚决定，有下列情形之一，执法人员可以当场收缴罚款：（一）依法给予一百元以下罚款的；（二）不当场收缴事后难以执行的。
   * 第六十九条 (边远、水上、交通不便地区，经当事人提出) / 2017 第四十七条（二十元以下）、第四十八条.
   */
  private static Rule<PenaltyCase> onTheSpotNotAllowed(Ver v) {
    int a = art(v, 47, 68);
    return rule(v, a, "on-the-spot-not-allowed", ERROR, List.of(v.a(a), v.a(a + 1)), (c, ctx, out) -> {
      PenaltyCase.Payment p = c.payment();
      if (p == null || p.collector() != Collector.ON_THE_SPOT) {
        return;
      }
      if (p.onTheSpotReason() == OnTheSpotReason.REMOTE_AREA_AT_PARTY_REQUEST) {
        return;
      }
      Money small = v.is2021() ? ON_THE_SPOT_2021 : ON_THE_SPOT_2017;
      boolean allowed =
          summary(c)
              && (!c.totalFine().isGreaterThan(small) || p.onTheSpotReason() == OnTheSpotReason.HARD_TO_COLLECT_LATER);
      if (!allowed) {
        out.finding("/payment/collector", "/procedure")
            .value("amount", c.totalFine().toPlainString())
            .value("limit", small.toPlainString());
      }
    });
  }

  /** The day the party received the decision: the service day, else the decision day. */
  private static LocalDate received(Decision d) {
    return d.servedOn() != null ? d.servedOn() : d.decidedOn();
  }

  private static final StatutoryPeriod FIFTEEN_DAYS = StatutoryPeriod.ofDays(15);

  /**
   * 2021 第六十七条第三款：当事人应当自收到行政处罚决定书之日起十五日内……缴纳罚款。 / 2017 第四十六条第三款. The party's default, not the
   * agency's: a NOTICE that the agency may add a surcharge.
   */
  private static Rule<PenaltyCase> paidLate(Ver v) {
    int a = art(v, 46, 67);
    return rule(v, a, "paid-late", NOTICE, List.of(v.a(a, 3)), (c, ctx, out) -> {
      Decision d = c.decision();
      PenaltyCase.Payment p = c.payment();
      if (d == null || p == null || p.paidOn() == null || p.collector() == Collector.ON_THE_SPOT) {
        return;
      }
      if (Periods.within(ctx.calendar(), received(d), p.paidOn(), FIFTEEN_DAYS) == Within.NO) {
        out.finding("/payment/paidOn")
            .value("received", received(d))
            .value("paid", p.paidOn());
      }
    });
  }

  /**
   * 2021 第七十二条第一款第（一）项：到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。 / 2017
   * 第五十一条第（一）项 (3% a day), capped by 行政强制法第四十五条第二款（加处罚款或者滞纳金的数额不得超出金钱给付义务的数额）.
   */
  private static Rule<PenaltyCase> surchargeExcessive(Ver v) {
    int a = art(v, 51, 72);
    List<Citation> cites =
        v.is2021() ? List.of(v.a(72, 1, 1)) : List.of(v.item(51, 1), Laws.ACL_2011.article(45).paragraph(2));
    return rule(v, a, "surcharge-excessive", ERROR, cites, (c, ctx, out) -> {
      Decision d = c.decision();
      PenaltyCase.Payment p = c.payment();
      if (d == null || p == null || p.surcharge() == null || p.surcharge().isZero()) {
        return;
      }
      Money fine = c.totalFine();
      LocalDate due = Periods.deadlineOrEarliest(ctx.calendar(), received(d), FIFTEEN_DAYS);
      LocalDate paid = p.paidOn() != null ? p.paidOn() : ctx.asOf();
      long late = Math.max(0, ChronoUnit.DAYS.between(due, paid));
      Money max = fine.percent(THREE_PERCENT).times(late).min(fine);
      if (p.surcharge().isGreaterThan(max)) {
        out.finding("/payment/surcharge")
            .value("surcharge", p.surcharge().toPlainString())
            .value("max", max.toPlainString())
            .value("daysLate", late);
      }
    });
  }

  /**
   * 2021 第七十二条第一款第（四）项：依照《中华人民共和国行政强制法》的规定申请人民法院强制执行 / 2017 第五十一条第（三）项, with 行政强制法第五十三条：……可以自期限届满之日起三个月内……申请人民法院强制执行。
   * Inaction: an unpaid fine neither enforced nor sent to court by service + 6 months (time to sue) + 3 months.
   */
  private static Rule<PenaltyCase> notEnforced(Ver v) {
    int a = art(v, 51, 72);
    Citation cite = v.is2021() ? v.a(72, 1, 4) : v.item(51, 3);
    return rule(v, a, "not-enforced", WARNING, List.of(cite, Laws.ACL_2011.article(53)), (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || c.totalFine().isZero()) {
        return;
      }
      if (c.payment() != null && c.payment().paidOn() != null) {
        return;
      }
      PenaltyCase.Enforcement e = c.enforcement();
      if (e != null && (e.courtApplicationOn() != null || e.executedOn() != null)) {
        return;
      }
      LocalDate lastDay = received(d).plusMonths(9);
      if (ctx.asOf().isAfter(lastDay)) {
        out.finding("/payment", "/enforcement").value("lastDay", lastDay);
      }
    });
  }

  /**
   * 2021 第四十八条第一款：具有一定社会影响的行政处罚决定应当依法公开。 Read here as: a decision on an organisation or business that
   * revokes, closes or suspends, or fines at the hearing threshold. A NOTICE: the law leaves the judgement to the agency.
   */
  private static Rule<PenaltyCase> notPublished(Ver v) {
    return rule(v, 48, "not-published", NOTICE, List.of(v.a(48, 1)), (c, ctx, out) -> {
      if (!hasPenalty(c) || c.publication() != null || c.party().kind() == PartyKind.INDIVIDUAL) {
        return;
      }
      if (hearingPenalty(v, c, ctx) != null) {
        out.finding("/publication");
      }
    });
  }

  /** 2021 第五条第二款（与违法行为的事实、性质、情节以及社会危害程度相当）and 第三十四条 (裁量基准) / 2017 第四条第二款: fines within the band applied. */
  private static Rule<PenaltyCase> outsideDiscretion(Ver v) {
    int a = art(v, 4, 5);
    List<Citation> cites = v.is2021() ? List.of(v.a(5, 2), v.a(34)) : List.of(v.a(4, 2));
    return rule(v, a, "outside-discretion", WARNING, cites, (c, ctx, out) -> {
      Decision d = c.decision();
      if (d == null || d.discretion() == null) {
        return;
      }
      Money min = d.discretion().min();
      Money max = d.discretion().max();
      List<Penalty> ps = d.penalties();
      for (int i = 0; i < ps.size(); i++) {
        Penalty p = ps.get(i);
        if (p.kind() != PenaltyKind.FINE || p.amount() == null) {
          continue;
        }
        if ((min != null && p.amount().isLessThan(min)) || (max != null && p.amount().isGreaterThan(max))) {
          out.finding("/decision/penalties/" + i + "/amount", "/decision/discretion")
              .value("amount", p.amount().toPlainString())
              .value("min", min == null ? "-" : min.toPlainString())
              .value("max", max == null ? "-" : max.toPlainString());
        }
      }
    });
  }

  /** 2021 第二十九条：对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。 / 2017 第二十四条. Seen across a batch. */
  private static Rule<PenaltyCase> doubleFine(Ver v) {
    int a = art(v, 24, 29);
    return rule(v, a, "double-fine", ERROR, List.of(v.a(a)), (c, ctx, out) -> {
      PenaltyBatch batch = ctx.find(PenaltyBatch.KEY).orElse(null);
      if (batch == null) {
        return;
      }
      List<String> others = batch.othersFining(c.id());
      if (!others.isEmpty()) {
        out.finding("/decision/penalties", "/violation").value("others", String.join(",", others));
      }
    });
  }

  /**
   * 2021 第五十四条第二款：符合立案标准的，行政机关应当及时立案。 / 2017 第三十六条, with the filing period of the profile, modelled on
   * 市场监督管理行政处罚程序规定 第十八条 (15 working days, extendable by 15). Inaction: a lead neither filed nor rejected in time.
   */
  private static Rule<PenaltyCase> leadNotFiled(Ver v) {
    Citation apl = v.is2021() ? v.a(54, 2) : v.a(36);
    Citation samr = PenaltyPacks.SAMR_PROCEDURE.article(18);
    return rule(v, art(v, 36, 54), "lead-not-filed", WARNING, List.of(apl, samr), (c, ctx, out) -> {
      PenaltyCase.Lead lead = c.lead();
      if (lead == null) {
        return;
      }
      int days = ctx.profile().find(ProfileKeys.FILING_PERIOD_WORKING_DAYS, lead.receivedOn()).orElse(15);
      if (Boolean.TRUE.equals(lead.extended())) {
        days +=
            ctx.profile()
                .find(ProfileKeys.FILING_PERIOD_EXTENSION_WORKING_DAYS, lead.receivedOn())
                .orElse(15);
      }
      LocalDate decided = c.filedOn() != null ? c.filedOn() : lead.rejectedOn();
      LocalDate day = decided != null ? decided : ctx.asOf();
      if (Periods.within(ctx.calendar(), lead.receivedOn(), day, StatutoryPeriod.ofWorkingDays(days)) == Within.NO) {
        out.finding(decided == null ? "/filedOn" : (c.filedOn() != null ? "/filedOn" : "/lead/rejectedOn"), "/lead/receivedOn")
            .value("received", lead.receivedOn())
            .value("workingDays", days)
            .value("decided", decided == null ? "NOT_DECIDED" : decided.toString());
      }
    });
  }

  /**
   * 2021 第八十五条：本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。 / 2017 第四十条、第四十二条、第四十六条 (calendar days whose
   * last day may move past a holiday). A period the calendar cannot count is reported, never guessed.
   */
  private static Rule<PenaltyCase> outsideCalendar(Ver v) {
    List<Citation> cites = v.is2021() ? List.of(v.a(85)) : List.of(v.a(40), v.a(42), v.a(46));
    return rule(v, art(v, 40, 85), "outside-calendar", NOTICE, cites, (c, ctx, out) -> {
      WorkingDayCalendar cal = ctx.calendar();
      Decision d = c.decision();
      if (d != null && !summary(c)) {
        StatutoryPeriod seven = v.is2021() ? StatutoryPeriod.penaltyLawDays(7) : StatutoryPeriod.ofDays(7);
        unknown(cal, d.decidedOn(), d.servedOn() != null ? d.servedOn() : ctx.asOf(), seven, "/decision/servedOn", out);
      }
      if (d != null && c.notice() != null) {
        unknown(cal, c.notice().servedOn(), d.decidedOn(), requestWindow(v), "/notice/servedOn", out);
      }
      PenaltyCase.Hearing h = c.hearing();
      if (h != null && h.noticeServedOn() != null && h.heldOn() != null) {
        StatutoryPeriod seven = v.is2021() ? StatutoryPeriod.penaltyLawDays(7) : StatutoryPeriod.ofDays(7);
        if (Periods.reaches(cal, h.noticeServedOn(), h.heldOn(), seven) == Within.UNKNOWN) {
          out.finding("/hearing/noticeServedOn").value("start", h.noticeServedOn()).value("period", seven.toChinese());
        }
      }
      if (v.is2021() && d != null && c.filedOn() != null) {
        unknown(cal, c.filedOn(), d.decidedOn(), NINETY_DAYS, "/decision/decidedOn", out);
      }
      if (d != null && c.payment() != null && c.payment().paidOn() != null) {
        unknown(cal, received(d), c.payment().paidOn(), FIFTEEN_DAYS, "/payment/paidOn", out);
      }
    });
  }

  private static void unknown(
      WorkingDayCalendar cal,
      LocalDate start,
      LocalDate actual,
      StatutoryPeriod p,
      String path,
      dev.yifa.core.rule.Findings out) {
    if (Periods.within(cal, start, actual, p) == Within.UNKNOWN) {
      out.finding(path).value("start", start).value("period", p.toChinese());
    }
  }
}
