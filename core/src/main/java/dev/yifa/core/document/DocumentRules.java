package dev.yifa.core.document;

import static dev.yifa.core.law.Laws.ACL_2011;
import static dev.yifa.core.law.Laws.APL_2021;
import static dev.yifa.core.law.Laws.BUSINESS_ENVIRONMENT_2019;
import static dev.yifa.core.law.Laws.FAIR_COMPETITION_2024;
import static dev.yifa.core.law.Laws.LICENSING_2019;
import static dev.yifa.core.law.Laws.ORGANIC_LAW_2022;
import static dev.yifa.core.rule.Severity.ERROR;
import static dev.yifa.core.rule.Severity.NOTICE;
import static dev.yifa.core.rule.Severity.WARNING;

import dev.yifa.core.CalendarRangeException;
import dev.yifa.core.decision.ActKind;
import dev.yifa.core.decision.ActReference;
import dev.yifa.core.decision.DecisionAuthority;
import dev.yifa.core.document.NormativeDocument.Feature;
import dev.yifa.core.document.NormativeDocument.Period;
import dev.yifa.core.document.NormativeDocument.Review;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.rule.Findings;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.time.StatutoryPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule pack {@code document/2018}: what a normative document may not provide and the procedure it
 * goes through, under 国办发〔2018〕37号 (国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知, statutes.md S15), the
 * laws that reserve licences, penalties and coercive measures to higher law, 优化营商环境条例 (Decree
 * 722), 公平竞争审查条例 (2024) and the Organic Law (2022).
 *
 * <p>Rule ids are {@code NDOC-<nnn>-<what>}, {@code nnn} being the article the rule cites first (for
 * 37号, the number of its sub-item). Each rule applies from the day the instrument it cites first
 * took effect, by the document's {@code issuedOn}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentRules {
  private DocumentRules() {}

  /**
   * 国办发〔2018〕37号, cited by sub-item: {@code article(n)} is sub-item (n) (see the catalog note of
   * {@code normative-documents-circular-2018}).
   */
  public static final InstrumentVersion CIRCULAR_37_2018 =
      LawCatalog.builtIn().requireVersion("normative-documents-circular-2018", "2018");

  static final Messages MESSAGES =
      Messages.load("messages", DocumentRules.class::getResourceAsStream);

  private static void provisions(
      NormativeDocument d, Set<Provision.Kind> kinds, boolean basisExcuses, Findings out) {
    List<Provision> ps = d.provisions();
    for (int i = 0; i < ps.size(); i++) {
      Provision p = ps.get(i);
      if (kinds.contains(p.kind()) && !(basisExcuses && !p.basis().isEmpty())) {
        out.finding("/provisions/" + i + "/kind")
            .value("kind", p.kind().name())
            .value("clause", p.clause() == null ? "" : p.clause());
      }
    }
  }

  /**
   * 行政许可法（2019）第十七条：除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。 and 37号（一）严禁越权发文. A
   * normative document creates no licence.
   */
  public static final Rule<NormativeDocument> CREATES_LICENCE =
      Rule.<NormativeDocument>builder("NDOC-017-creates-licence")
          .cites(LICENSING_2019.article(17), CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(LICENSING_2019.effectiveFrom())
          .message("document.createsLicence")
          .check((d, ctx, out) -> provisions(d, EnumSet.of(Provision.Kind.CREATES_LICENCE), false, out))
          .build();

  /**
   * 行政处罚法（2021）第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚。 and 37号（一）. A normative document creates
   * no penalty.
   */
  public static final Rule<NormativeDocument> CREATES_PENALTY =
      Rule.<NormativeDocument>builder("NDOC-016-creates-penalty")
          .cites(APL_2021.article(16), CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(APL_2021.effectiveFrom())
          .message("document.createsPenalty")
          .check((d, ctx, out) -> provisions(d, EnumSet.of(Provision.Kind.CREATES_PENALTY), false, out))
          .build();

  /**
   * 行政强制法第十条第四款：法律、法规以外的其他规范性文件不得设定行政强制措施。 and 37号（一）. A normative document creates no
   * coercive measure.
   */
  public static final Rule<NormativeDocument> CREATES_COERCIVE_MEASURE =
      Rule.<NormativeDocument>builder("NDOC-010-creates-coercive-measure")
          .cites(ACL_2011.article(10).paragraph(4), CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(ACL_2011.effectiveFrom())
          .message("document.createsCoerciveMeasure")
          .check(
              (d, ctx, out) ->
                  provisions(d, EnumSet.of(Provision.Kind.CREATES_COERCIVE_MEASURE), false, out))
          .build();

  /**
   * 37号（一）严禁越权发文：不得违法减损公民、法人和其他组织的合法权益或者增加其义务. No fee, obligation or cut in rights without a
   * basis in law, regulation or rule.
   */
  public static final Rule<NormativeDocument> OBLIGATION_WITHOUT_BASIS =
      Rule.<NormativeDocument>builder("NDOC-001-obligation-without-basis")
          .cites(CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.obligationWithoutBasis")
          .check(
              (d, ctx, out) ->
                  provisions(
                      d,
                      EnumSet.of(
                          Provision.Kind.CREATES_FEE,
                          Provision.Kind.ADDS_OBLIGATION,
                          Provision.Kind.REDUCES_RIGHTS),
                      true,
                      out))
          .build();

  /** 37号（一）严禁越权发文：不得增加法律、法规规定之外的行政权力事项或者减少法定职责. No powers beyond law for the issuer. */
  public static final Rule<NormativeDocument> EXPANDS_POWERS =
      Rule.<NormativeDocument>builder("NDOC-001-expands-issuer-powers")
          .cites(CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.expandsIssuerPowers")
          .check(
              (d, ctx, out) ->
                  provisions(d, EnumSet.of(Provision.Kind.EXPANDS_ISSUER_POWERS), true, out))
          .build();

  /**
   * 公平竞争审查条例第八条至第十一条 (不得含有限制市场准入和退出、商品要素自由流动、影响生产经营成本和行为的内容) with 第十八条. No restriction of
   * fair competition.
   */
  public static final Rule<NormativeDocument> RESTRICTS_COMPETITION =
      Rule.<NormativeDocument>builder("NDOC-008-restricts-competition")
          .cites(
              FAIR_COMPETITION_2024.article(8),
              FAIR_COMPETITION_2024.article(9),
              FAIR_COMPETITION_2024.article(10),
              FAIR_COMPETITION_2024.article(11))
          .severity(ERROR)
          .appliesFrom(FAIR_COMPETITION_2024.effectiveFrom())
          .message("document.restrictsCompetition")
          .check(
              (d, ctx, out) ->
                  provisions(d, EnumSet.of(Provision.Kind.RESTRICTS_COMPETITION), false, out))
          .build();

  /**
   * 公平竞争审查条例第十八条：政策措施未经公平竞争审查，或者经公平竞争审查认为违反本条例第八条至第十一条规定且不符合第十二条规定情形的，不得出台。 Review
   * documents that touch business before issue.
   */
  public static final Rule<NormativeDocument> FAIR_COMPETITION_UNREVIEWED =
      Rule.<NormativeDocument>builder("NDOC-018-fair-competition-unreviewed")
          .cites(FAIR_COMPETITION_2024.article(18))
          .severity(ERROR)
          .appliesFrom(FAIR_COMPETITION_2024.effectiveFrom())
          .message("document.fairCompetitionUnreviewed")
          .check(
              (d, ctx, out) -> {
                if (!d.has(Feature.MARKET_ENTITIES)) {
                  return;
                }
                Review r = d.fairCompetitionReview();
                if (r == null) {
                  out.finding("/fairCompetitionReview", "/features").value("defect", "MISSING");
                } else if (!r.passed()) {
                  out.finding("/fairCompetitionReview/passed").value("defect", "FAILED");
                }
              })
          .build();

  /**
   * 地方组织法（2022）第七十三条第（三）项 (县级以上政府改变或者撤销所属工作部门和下级政府的不适当的决定) with 第七十六条 and 第八十三条第二款 (see {@link
   * DecisionAuthority}). A document revokes or amends only acts its issuer has power over.
   */
  public static final Rule<NormativeDocument> REVOKE_BEYOND_AUTHORITY =
      Rule.<NormativeDocument>builder("NDOC-073-revoke-beyond-authority")
          .cites(ORGANIC_LAW_2022.article(73).item(3))
          .severity(ERROR)
          .appliesFrom(ORGANIC_LAW_2022.effectiveFrom())
          .message("document.revokeBeyondAuthority")
          .check(
              (d, ctx, out) ->
                  DecisionAuthority.reportRevocationsBeyondAuthority(
                      d.issuer(), "/issuer", d.revokes(), out))
          .build();

  /**
   * 37号（一）严禁越权发文 — a normative document lays down general rules for the future; it cannot revoke or
   * amend a specific administrative act, which only the competent body can do by the procedure for
   * that act.
   */
  public static final Rule<NormativeDocument> REVOKES_SPECIFIC_ACT =
      Rule.<NormativeDocument>builder("NDOC-001-revokes-specific-act")
          .cites(CIRCULAR_37_2018.article(1))
          .severity(ERROR)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.revokesSpecificAct")
          .check(
              (d, ctx, out) -> {
                List<ActReference> acts = d.revokes();
                for (int i = 0; i < acts.size(); i++) {
                  if (acts.get(i).kind() == ActKind.SPECIFIC_ACT) {
                    out.finding("/revokes/" + i + "/kind")
                        .value("act", acts.get(i).title())
                        .value("action", acts.get(i).action().name());
                  }
                }
              })
          .build();

  /**
   * 37号（三）严格制发程序：重要的行政规范性文件要严格执行评估论证、公开征求意见、合法性审核、集体审议决定、向社会公开发布等程序。 Documents about rights and
   * obligations go to public comment.
   */
  public static final Rule<NormativeDocument> NO_PUBLIC_COMMENT =
      Rule.<NormativeDocument>builder("NDOC-003-no-public-comment")
          .cites(CIRCULAR_37_2018.article(3))
          .severity(WARNING)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.noPublicComment")
          .check(
              (d, ctx, out) -> {
                if ((d.has(Feature.RIGHTS_AND_OBLIGATIONS) || d.has(Feature.MARKET_ENTITIES))
                    && d.publicComment() == null) {
                  out.finding("/publicComment", "/features");
                }
              })
          .build();

  /**
   * 37号（三） with the national assessment baseline of 7 working days (profile key {@code
   * document.commentMinWorkingDays}). Comment on documents not about market entities.
   */
  public static final Rule<NormativeDocument> COMMENT_PERIOD_SHORT =
      Rule.<NormativeDocument>builder("NDOC-003-comment-period-short")
          .cites(CIRCULAR_37_2018.article(3))
          .severity(NOTICE)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.commentPeriodShort")
          .check(
              (d, ctx, out) -> {
                Period c = d.publicComment();
                if (c == null || d.has(Feature.MARKET_ENTITIES)) {
                  return;
                }
                int min = ctx.profile().get(ProfileKeys.DOCUMENT_COMMENT_MIN_WORKING_DAYS);
                int days;
                try {
                  days = ctx.calendar().workingDaysBetween(c.openedOn(), c.closedOn());
                } catch (CalendarRangeException e) {
                  return;
                }
                if (days < min) {
                  out.finding("/publicComment/openedOn", "/publicComment/closedOn")
                      .value("workingDays", days)
                      .value("minimum", min);
                }
              })
          .build();

  /**
   * 优化营商环境条例第六十二条第二款：制定与市场主体生产经营活动密切相关的……行政规范性文件，……向社会公开征求意见的期限一般不少于30日。 30
   * (calendar) days of comment on documents about market entities.
   */
  public static final Rule<NormativeDocument> BUSINESS_COMMENT_PERIOD_SHORT =
      Rule.<NormativeDocument>builder("NDOC-062-business-comment-period-short")
          .cites(BUSINESS_ENVIRONMENT_2019.article(62).paragraph(2))
          .severity(WARNING)
          .appliesFrom(BUSINESS_ENVIRONMENT_2019.effectiveFrom())
          .message("document.businessCommentPeriodShort")
          .check(
              (d, ctx, out) -> {
                Period c = d.publicComment();
                if (c == null || !d.has(Feature.MARKET_ENTITIES)) {
                  return;
                }
                LocalDate mustRunTo = thirtyDays(c.openedOn(), ctx);
                if (c.closedOn().isBefore(mustRunTo)) {
                  out.finding("/publicComment/openedOn", "/publicComment/closedOn")
                      .value("days", ChronoUnit.DAYS.between(c.openedOn(), c.closedOn()))
                      .value("mustRunTo", mustRunTo);
                }
              })
          .build();

  private static LocalDate thirtyDays(LocalDate openedOn, RuleContext ctx) {
    try {
      return ctx.calendar().deadline(openedOn, StatutoryPeriod.ofDays(30));
    } catch (CalendarRangeException e) {
      return openedOn.plusDays(30);
    }
  }

  /**
   * 37号（六）严格审核把关：未经合法性审核或者经审核不合法的，不得提交集体审议。 No passed legality review, no deliberation, no issue.
   */
  public static final Rule<NormativeDocument> NO_LEGALITY_REVIEW =
      Rule.<NormativeDocument>builder("NDOC-006-no-legality-review")
          .cites(CIRCULAR_37_2018.article(6))
          .severity(ERROR)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.noLegalityReview")
          .check(
              (d, ctx, out) -> {
                Review r = d.legalityReview();
                LocalDate before =
                    d.collectiveDeliberation() != null ? d.collectiveDeliberation().heldOn() : d.issuedOn();
                if (r == null) {
                  out.finding("/legalityReview").value("defect", "MISSING");
                } else if (!r.passed()) {
                  out.finding("/legalityReview/passed").value("defect", "FAILED");
                } else if (r.completedOn().isAfter(before)) {
                  out.finding("/legalityReview/completedOn").value("defect", "AFTER_DELIBERATION");
                }
              })
          .build();

  /**
   * 37号（六） with the minimum review time of profile key {@code
   * document.legalityReviewMinWorkingDays} (5 working days nationally, recalled from 国办发〔2018〕115号,
   * unverified). Give the reviewer time.
   */
  public static final Rule<NormativeDocument> REVIEW_TIME_SHORT =
      Rule.<NormativeDocument>builder("NDOC-006-review-time-short")
          .cites(CIRCULAR_37_2018.article(6))
          .severity(WARNING)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.reviewTimeShort")
          .check(
              (d, ctx, out) -> {
                Review r = d.legalityReview();
                if (r == null || r.submittedOn() == null) {
                  return;
                }
                int min = ctx.profile().get(ProfileKeys.DOCUMENT_LEGALITY_REVIEW_MIN_WORKING_DAYS);
                int days;
                try {
                  days = ctx.calendar().workingDaysBetween(r.submittedOn(), r.completedOn());
                } catch (CalendarRangeException e) {
                  return; // NDOC-006-review-time-uncountable says so
                }
                if (days < min) {
                  out.finding("/legalityReview/submittedOn", "/legalityReview/completedOn")
                      .value("workingDays", days)
                      .value("minimum", min);
                }
              })
          .build();

  /** 37号（六） — the review time cannot be counted: a day lies outside the calendar's years. */
  public static final Rule<NormativeDocument> REVIEW_TIME_UNCOUNTABLE =
      Rule.<NormativeDocument>builder("NDOC-006-review-time-uncountable")
          .cites(CIRCULAR_37_2018.article(6))
          .severity(NOTICE)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.reviewTimeUncountable")
          .check(
              (d, ctx, out) -> {
                Review r = d.legalityReview();
                if (r == null || r.submittedOn() == null) {
                  return;
                }
                try {
                  ctx.calendar().workingDaysBetween(r.submittedOn(), r.completedOn());
                } catch (CalendarRangeException e) {
                  out.finding("/legalityReview/submittedOn", "/legalityReview/completedOn")
                      .value("firstYear", ctx.calendar().firstYear())
                      .value("lastYear", ctx.calendar().lastYear());
                }
              })
          .build();

  /** 37号（七）坚持集体审议：制定行政规范性文件要实行集体研究讨论制度. Deliberate collectively. */
  public static final Rule<NormativeDocument> NO_COLLECTIVE_DELIBERATION =
      Rule.<NormativeDocument>builder("NDOC-007-no-collective-deliberation")
          .cites(CIRCULAR_37_2018.article(7))
          .severity(ERROR)
          .appliesFrom(CIRCULAR_37_2018.effectiveFrom())
          .message("document.noCollectiveDeliberation")
          .check(
              (d, ctx, out) -> {
                if (d.collectiveDeliberation() == null) {
                  out.finding("/collectiveDeliberation");
                } else if (d.collectiveDeliberation().heldOn().isAfter(d.issuedOn())) {
                  out.finding("/collectiveDeliberation/heldOn", "/issuedOn");
                }
              })
          .build();

  /**
   * 37号（八）及时公开发布 and 优化营商环境条例第六十四条第二款：……行政规范性文件应当按照法定要求和程序予以公布，未经公布的不得作为行政管理依据。
   * Publish before it takes effect.
   */
  public static final Rule<NormativeDocument> NOT_PUBLISHED =
      Rule.<NormativeDocument>builder("NDOC-008-not-published")
          .cites(CIRCULAR_37_2018.article(8), BUSINESS_ENVIRONMENT_2019.article(64).paragraph(2))
          .severity(ERROR)
          .appliesFrom(BUSINESS_ENVIRONMENT_2019.effectiveFrom())
          .message("document.notPublished")
          .check(
              (d, ctx, out) -> {
                if (d.publication() == null) {
                  if (!ctx.asOf().isBefore(d.effectiveFrom())) {
                    out.finding("/publication").value("effectiveFrom", d.effectiveFrom());
                  }
                } else if (d.publication().publishedOn().isAfter(d.effectiveFrom())) {
                  out.finding("/publication/publishedOn", "/effectiveFrom")
                      .value("effectiveFrom", d.effectiveFrom());
                }
              })
          .build();

  /**
   * 地方组织法（2022）第七十五条：县级以上的地方各级人民政府制定涉及个人、组织权利义务的规范性文件，……并予以公布和备案。 File within the profile's
   * {@code document.filingDays} (30 days by provincial practice).
   */
  public static final Rule<NormativeDocument> FILING_LATE =
      Rule.<NormativeDocument>builder("NDOC-075-filing-late")
          .cites(ORGANIC_LAW_2022.article(75))
          .severity(WARNING)
          .appliesFrom(ORGANIC_LAW_2022.effectiveFrom())
          .message("document.filingLate")
          .check(
              (d, ctx, out) -> {
                if (d.publication() == null) {
                  return;
                }
                int days = ctx.profile().get(ProfileKeys.DOCUMENT_FILING_DAYS);
                LocalDate due = d.publication().publishedOn().plusDays(days);
                if (d.filing() == null) {
                  if (ctx.asOf().isAfter(due)) {
                    out.finding("/filing").value("due", due).value("days", days);
                  }
                } else if (d.filing().filedOn().isAfter(due)) {
                  out.finding("/filing/filedOn").value("due", due).value("days", days);
                }
              })
          .build();

  /** Every rule of the pack, in a fixed order. */
  public static final List<Rule<NormativeDocument>> RULES =
      List.of(
          OBLIGATION_WITHOUT_BASIS,
          EXPANDS_POWERS,
          REVOKES_SPECIFIC_ACT,
          NO_PUBLIC_COMMENT,
          COMMENT_PERIOD_SHORT,
          NO_LEGALITY_REVIEW,
          REVIEW_TIME_SHORT,
          REVIEW_TIME_UNCOUNTABLE,
          NO_COLLECTIVE_DELIBERATION,
          RESTRICTS_COMPETITION,
          NOT_PUBLISHED,
          CREATES_COERCIVE_MEASURE,
          CREATES_PENALTY,
          CREATES_LICENCE,
          FAIR_COMPETITION_UNREVIEWED,
          BUSINESS_COMMENT_PERIOD_SHORT,
          REVOKE_BEYOND_AUTHORITY,
          FILING_LATE);

  /** Rule pack {@code document/2018} over {@link NormativeDocument}, dated by {@code issuedOn}. */
  public static final RulePack<NormativeDocument> PACK =
      RulePack.builder("document", "2018", NormativeDocument.class)
          .documentType(NormativeDocument.TYPE)
          .subjectId(NormativeDocument::id)
          .relevantDate(NormativeDocument::issuedOn)
          .messages(MESSAGES)
          .addAll(RULES)
          .build();
}
