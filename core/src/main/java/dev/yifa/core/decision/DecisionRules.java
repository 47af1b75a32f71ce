package dev.yifa.core.decision;

import static dev.yifa.core.law.Laws.MAJOR_DECISIONS_2019;
import static dev.yifa.core.law.Laws.ORGANIC_LAW_2022;
import static dev.yifa.core.rule.Severity.ERROR;
import static dev.yifa.core.rule.Severity.NOTICE;
import static dev.yifa.core.rule.Severity.WARNING;

import dev.yifa.core.decision.MajorDecision.Expert;
import dev.yifa.core.decision.MajorDecision.Feature;
import dev.yifa.core.decision.MajorDecision.Hearing;
import dev.yifa.core.decision.MajorDecision.LegalityReview;
import dev.yifa.core.decision.MajorDecision.Meeting;
import dev.yifa.core.decision.MajorDecision.MeetingKind;
import dev.yifa.core.decision.MajorDecision.PublicComment;
import dev.yifa.core.decision.MajorDecision.RiskConclusion;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RulePack;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Rule pack {@code decision/2019}: the procedure of major administrative decisions under the
 * Interim Regulations on Major Administrative Decision Procedures (重大行政决策程序暂行条例, Decree 713,
 * in force 2019-09-01; text: LawRefBook/Laws {@code 行政法规/重大行政决策程序暂行条例(2019-04-20).md},
 * statutes.md S4), with the authority checks of the Organic Law (2022).
 *
 * <p>Rule ids are {@code MAJ-<nnn>-<what>}, {@code nnn} being the article of Decree 713 the rule
 * cites first. Steps that come before the meeting (participation, argumentation, assessment,
 * review) are checked once the draft has gone to a meeting or been decided; steps after the
 * decision once it is made. The Decree applies to county-level governments and above and, by
 * reference (参照, 第四十二条), to their departments and to township governments; the pack checks all
 * of them alike. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionRules {
  private DecisionRules() {}

  /** The pack's messages ({@code messages_zh.properties}, {@code messages_en.properties}). */
  static final Messages MESSAGES =
      Messages.load("messages", DecisionRules.class::getResourceAsStream);

  /** The day Decree 713 took effect (第四十四条：本条例自2019年9月1日起施行). */
  static final LocalDate EFFECTIVE = LocalDate.of(2019, 9, 1);

  private static Citation art(int n) {
    return MAJOR_DECISIONS_2019.article(n);
  }

  /**
   * 第十四条第一款：决策承办单位应当采取便于社会公众参与的方式充分听取意见，依法不予公开的决策事项除外。 Hear the public unless
   * the matter is legally undisclosed.
   */
  public static final Rule<MajorDecision> NO_PUBLIC_PARTICIPATION =
      Rule.<MajorDecision>builder("MAJ-014-no-public-participation")
          .cites(art(14).paragraph(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noPublicParticipation")
          .check(
              (d, ctx, out) -> {
                if (Procedure.reachedMeeting(d)
                    && Procedure.needsParticipation(d)
                    && d.publicParticipation() == null) {
                  out.finding("/publicParticipation");
                }
              })
          .build();

  /**
   * 第十五条第一款：公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明。 At least 30
   * (calendar) days, shorter only with a stated reason.
   */
  public static final Rule<MajorDecision> COMMENT_PERIOD_SHORT =
      Rule.<MajorDecision>builder("MAJ-015-comment-period-short")
          .cites(art(15).paragraph(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.commentPeriodShort")
          .check(
              (d, ctx, out) ->
                  d.publicComment()
                      .filter(c -> c.shortenedBecause() == null)
                      .filter(c -> Procedure.commentShort(c, ctx.calendar()))
                      .ifPresent(
                          c ->
                              out.finding(
                                      "/publicParticipation/publicComment/openedOn",
                                      "/publicParticipation/publicComment/closedOn")
                                  .value("days", Procedure.commentDays(c))
                                  .value("mustRunTo", Procedure.commentMustRunTo(c, ctx.calendar()))))
          .build();

  /** 第十五条第一款：因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明。 A shortened period, with its reason. */
  public static final Rule<MajorDecision> COMMENT_PERIOD_SHORTENED =
      Rule.<MajorDecision>builder("MAJ-015-comment-period-shortened")
          .cites(art(15).paragraph(1))
          .severity(NOTICE)
          .appliesFrom(EFFECTIVE)
          .message("decision.commentPeriodShortened")
          .check(
              (d, ctx, out) ->
                  d.publicComment()
                      .filter(c -> c.shortenedBecause() != null)
                      .filter(c -> Procedure.commentShort(c, ctx.calendar()))
                      .ifPresent(
                          c ->
                              out.finding("/publicParticipation/publicComment/shortenedBecause")
                                  .value("days", Procedure.commentDays(c))
                                  .value("reason", String.valueOf(c.shortenedBecause()))))
          .build();

  /** 第十六条第三款：听证会材料应当于召开听证会7日前送达听证参加人。 Materials seven days before the hearing. */
  public static final Rule<MajorDecision> HEARING_MATERIALS_LATE =
      Rule.<MajorDecision>builder("MAJ-016-hearing-materials-late")
          .cites(art(16).paragraph(3))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.hearingMaterialsLate")
          .check(
              (d, ctx, out) -> {
                Hearing h = d.publicParticipation() == null ? null : d.publicParticipation().hearing();
                if (h != null) {
                  long days = ChronoUnit.DAYS.between(h.materialsServedOn(), h.heldOn());
                  if (days < Procedure.HEARING_MATERIALS_DAYS) {
                    out.finding(
                            "/publicParticipation/hearing/materialsServedOn",
                            "/publicParticipation/hearing/heldOn")
                        .value("days", days);
                  }
                }
              })
          .build();

  /** 第十九条第一款：对专业性、技术性较强的决策事项，决策承办单位应当组织专家、专业机构论证。 Technical matters need experts. */
  public static final Rule<MajorDecision> NO_EXPERT_ARGUMENTATION =
      Rule.<MajorDecision>builder("MAJ-019-no-expert-argumentation")
          .cites(art(19).paragraph(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noExpertArgumentation")
          .check(
              (d, ctx, out) -> {
                if (Procedure.reachedMeeting(d)
                    && d.has(Feature.TECHNICAL)
                    && d.expertArgumentation() == null) {
                  out.finding("/expertArgumentation", "/features");
                }
              })
          .build();

  /** 第二十条：不得选择与决策事项有直接利害关系的专家、专业机构。 No expert with a direct interest. */
  public static final Rule<MajorDecision> INTERESTED_EXPERT =
      Rule.<MajorDecision>builder("MAJ-020-interested-expert")
          .cites(art(20))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.interestedExpert")
          .check(
              (d, ctx, out) -> {
                if (d.expertArgumentation() != null) {
                  List<Expert> experts = d.expertArgumentation().experts();
                  for (int i = 0; i < experts.size(); i++) {
                    if (experts.get(i).interested()) {
                      out.finding("/expertArgumentation/experts/" + i + "/interested")
                          .value("expert", experts.get(i).name());
                    }
                  }
                }
              })
          .build();

  /**
   * 第二十二条第一款：重大行政决策的实施可能对社会稳定、公共安全等方面造成不利影响的，……应当组织评估决策草案的风险可控性。 A risk
   * assessment where stability or safety may suffer.
   */
  public static final Rule<MajorDecision> NO_RISK_ASSESSMENT =
      Rule.<MajorDecision>builder("MAJ-022-no-risk-assessment")
          .cites(art(22).paragraph(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noRiskAssessment")
          .check(
              (d, ctx, out) -> {
                if (Procedure.reachedMeeting(d)
                    && d.has(Feature.SOCIAL_STABILITY)
                    && d.riskAssessment() == null) {
                  out.finding("/riskAssessment", "/features");
                }
              })
          .build();

  /**
   * 第二十四条：决策机关认为风险可控的，可以作出决策；认为风险不可控的，在采取调整决策草案等措施确保风险可控后，可以作出决策。 No decision
   * while the risk is uncontrollable.
   */
  public static final Rule<MajorDecision> RISK_NOT_CONTROLLABLE =
      Rule.<MajorDecision>builder("MAJ-024-risk-not-controllable")
          .cites(art(24))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.riskNotControllable")
          .check(
              (d, ctx, out) -> {
                if (d.decision() != null
                    && d.riskAssessment() != null
                    && d.riskAssessment().conclusion() == RiskConclusion.NOT_CONTROLLABLE) {
                  out.finding("/riskAssessment/conclusion", "/decision");
                }
              })
          .build();

  /**
   * 第二十五条：决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查。……决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论。
   * No passed legality review, no meeting.
   */
  public static final Rule<MajorDecision> NO_LEGALITY_REVIEW =
      Rule.<MajorDecision>builder("MAJ-025-no-legality-review")
          .cites(art(25).paragraph(1), art(25).paragraph(2))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noLegalityReview")
          .check(
              (d, ctx, out) -> {
                if (!Procedure.reachedMeeting(d)) {
                  return;
                }
                LocalDate day = d.meeting() != null ? d.meeting().heldOn() : d.relevantDate();
                String defect = Procedure.legalityDefect(d, day);
                if (defect != null) {
                  out.finding("/legalityReview").value("defect", defect);
                }
              })
          .build();

  /** 第二十六条第二款：送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。 Seven working days to review. */
  public static final Rule<MajorDecision> REVIEW_TIME_SHORT =
      Rule.<MajorDecision>builder("MAJ-026-review-time-short")
          .cites(art(26).paragraph(2))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.reviewTimeShort")
          .check(
              (d, ctx, out) -> {
                LegalityReview r = d.legalityReview();
                if (r != null) {
                  OptionalInt days = Procedure.reviewWorkingDays(r, ctx.calendar());
                  if (days.isPresent() && days.getAsInt() < Procedure.REVIEW_WORKING_DAYS) {
                    out.finding("/legalityReview/submittedOn", "/legalityReview/completedOn")
                        .value("workingDays", days.getAsInt());
                  }
                }
              })
          .build();

  /** 第二十六条第二款 — the review time cannot be counted: a day lies outside the calendar's years. */
  public static final Rule<MajorDecision> REVIEW_TIME_UNCOUNTABLE =
      Rule.<MajorDecision>builder("MAJ-026-review-time-uncountable")
          .cites(art(26).paragraph(2))
          .severity(NOTICE)
          .appliesFrom(EFFECTIVE)
          .message("decision.reviewTimeUncountable")
          .check(
              (d, ctx, out) -> {
                LegalityReview r = d.legalityReview();
                if (r != null && Procedure.reviewWorkingDays(r, ctx.calendar()).isEmpty()) {
                  out.finding("/legalityReview/submittedOn", "/legalityReview/completedOn")
                      .value("firstYear", ctx.calendar().firstYear())
                      .value("lastYear", ctx.calendar().lastYear());
                }
              })
          .build();

  /** 第二十八条：在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见。 Legal advisers' opinions. */
  public static final Rule<MajorDecision> NO_LEGAL_ADVISER =
      Rule.<MajorDecision>builder("MAJ-028-no-legal-adviser-opinion")
          .cites(art(28))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.noLegalAdviserOpinion")
          .check(
              (d, ctx, out) -> {
                if (d.legalityReview() != null && !d.legalityReview().legalAdviserOpinion()) {
                  out.finding("/legalityReview/legalAdviserOpinion");
                }
              })
          .build();

  /**
   * 第二十九条第（一）项：决策草案涉及市场主体经济活动的，应当包含公平竞争审查的有关情况。 Fair-competition review for drafts
   * touching business.
   */
  public static final Rule<MajorDecision> NO_FAIR_COMPETITION_REVIEW =
      Rule.<MajorDecision>builder("MAJ-029-no-fair-competition-review")
          .cites(art(29).item(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noFairCompetitionReview")
          .check(
              (d, ctx, out) -> {
                if (Procedure.reachedMeeting(d) && d.has(Feature.MARKET_ENTITIES)) {
                  if (d.fairCompetitionReview() == null) {
                    out.finding("/fairCompetitionReview", "/features").value("defect", "MISSING");
                  } else if (!d.fairCompetitionReview().passed()) {
                    out.finding("/fairCompetitionReview/passed").value("defect", "FAILED");
                  }
                }
              })
          .build();

  /**
   * 第三十条第一款：决策草案应当经决策机关常务会议或者全体会议讨论。决策机关行政首长在集体讨论的基础上作出决定。
   * An executive or plenary meeting, not a chief's office meeting.
   */
  public static final Rule<MajorDecision> NO_COLLECTIVE_DISCUSSION =
      Rule.<MajorDecision>builder("MAJ-030-no-collective-discussion")
          .cites(art(30).paragraph(1))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.noCollectiveDiscussion")
          .check(
              (d, ctx, out) -> {
                if (d.decision() == null) {
                  return;
                }
                if (d.meeting() == null) {
                  out.finding("/meeting").value("meeting", "NONE");
                } else if (d.meeting().kind() == MeetingKind.OTHER) {
                  out.finding("/meeting/kind").value("meeting", MeetingKind.OTHER.name());
                }
              })
          .build();

  /**
   * 第三十条第二款：行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由。 A chief who departs from the majority
   * says why.
   */
  public static final Rule<MajorDecision> DEPARTURE_UNEXPLAINED =
      Rule.<MajorDecision>builder("MAJ-030-departure-unexplained")
          .cites(art(30).paragraph(2))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.departureUnexplained")
          .check(
              (d, ctx, out) -> {
                Meeting m = d.meeting();
                if (m != null && m.chiefDecision() != m.majorityOpinion() && m.departureReasons() == null) {
                  out.finding("/meeting/chiefDecision", "/meeting/departureReasons")
                      .value("majority", m.majorityOpinion().name())
                      .value("chief", m.chiefDecision().name());
                }
              })
          .build();

  /** 第三十条第三款：集体讨论决定情况应当如实记录，不同意见应当如实载明。 Dissent is minuted. */
  public static final Rule<MajorDecision> DISSENT_NOT_MINUTED =
      Rule.<MajorDecision>builder("MAJ-030-dissent-not-minuted")
          .cites(art(30).paragraph(3))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.dissentNotMinuted")
          .check(
              (d, ctx, out) -> {
                Meeting m = d.meeting();
                if (m != null && m.dissenters() > 0 && m.dissent() == null) {
                  out.finding("/meeting/dissent", "/meeting/dissentingMembers")
                      .value("dissenters", m.dissenters());
                }
              })
          .build();

  /** 第三十一条：重大行政决策出台前应当按照规定向同级党委请示报告。 Report to the Party committee before issue. */
  public static final Rule<MajorDecision> NO_PARTY_COMMITTEE_REPORT =
      Rule.<MajorDecision>builder("MAJ-031-no-party-committee-report")
          .cites(art(31))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.noPartyCommitteeReport")
          .check(
              (d, ctx, out) -> {
                if (d.decision() != null && d.partyCommitteeReport() == null) {
                  out.finding("/partyCommitteeReport");
                }
              })
          .build();

  /** 第三十二条：决策机关应当……及时公布重大行政决策。……依法不予公开的除外。 Publish the decision. */
  public static final Rule<MajorDecision> NOT_PUBLISHED =
      Rule.<MajorDecision>builder("MAJ-032-not-published")
          .cites(art(32))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.notPublished")
          .check(
              (d, ctx, out) -> {
                if (d.decision() != null
                    && !d.has(Feature.NOT_DISCLOSED)
                    && d.publication() == null) {
                  out.finding("/publication").value("decidedOn", d.decision().decidedOn());
                }
              })
          .build();

  /** 第三十三条：……将履行决策程序形成的记录、材料及时完整归档。 Archive the whole record. */
  public static final Rule<MajorDecision> NOT_ARCHIVED =
      Rule.<MajorDecision>builder("MAJ-033-not-archived")
          .cites(art(33))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.notArchived")
          .check(
              (d, ctx, out) -> {
                if (d.decision() == null) {
                  return;
                }
                if (d.archiving() == null) {
                  out.finding("/archiving").value("defect", "MISSING");
                } else if (!d.archiving().complete()) {
                  out.finding("/archiving/complete").value("defect", "INCOMPLETE");
                }
              })
          .build();

  /** 第三十四条：决策机关应当明确负责重大行政决策执行工作的单位。 Name the executing unit. */
  public static final Rule<MajorDecision> NO_EXECUTING_UNIT =
      Rule.<MajorDecision>builder("MAJ-034-no-executing-unit")
          .cites(art(34))
          .severity(WARNING)
          .appliesFrom(EFFECTIVE)
          .message("decision.noExecutingUnit")
          .check(
              (d, ctx, out) -> {
                if (d.decision() != null && d.implementation() == null) {
                  out.finding("/implementation");
                }
              })
          .build();

  /**
   * 第三十六条第二款：开展决策后评估，可以委托专业机构、社会组织等第三方进行，决策作出前承担主要论证评估工作的单位除外。 The evaluator is
   * not the pre-decision assessor.
   */
  public static final Rule<MajorDecision> EVALUATOR_NOT_INDEPENDENT =
      Rule.<MajorDecision>builder("MAJ-036-evaluator-not-independent")
          .cites(art(36).paragraph(2))
          .severity(ERROR)
          .appliesFrom(EFFECTIVE)
          .message("decision.evaluatorNotIndependent")
          .check(
              (d, ctx, out) -> {
                if (d.postEvaluation() != null && d.postEvaluation().byPreDecisionAssessor()) {
                  out.finding("/postEvaluation/byPreDecisionAssessor");
                }
              })
          .build();

  /**
   * 第七条：作出重大行政决策应当遵循依法决策原则，严格遵守法定权限。 with 地方组织法第七十三条第（三）项、第七十六条、第八十三条第二款 (see
   * {@link DecisionAuthority}). A decision may revoke or amend only acts its body has power over.
   */
  public static final Rule<MajorDecision> REVOKE_BEYOND_AUTHORITY =
      Rule.<MajorDecision>builder("MAJ-007-revoke-beyond-authority")
          .cites(art(7), ORGANIC_LAW_2022.article(73).item(3))
          .severity(ERROR)
          .appliesFrom(ORGANIC_LAW_2022.effectiveFrom())
          .message("decision.revokeBeyondAuthority")
          .check(
              (d, ctx, out) ->
                  DecisionAuthority.reportRevocationsBeyondAuthority(
                      d.decisionBody(), "/decisionBody", d.revokes(), out))
          .build();

  /** Every rule of the pack, in a fixed order. */
  public static final List<Rule<MajorDecision>> RULES =
      List.of(
          REVOKE_BEYOND_AUTHORITY,
          NO_PUBLIC_PARTICIPATION,
          COMMENT_PERIOD_SHORT,
          COMMENT_PERIOD_SHORTENED,
          HEARING_MATERIALS_LATE,
          NO_EXPERT_ARGUMENTATION,
          INTERESTED_EXPERT,
          NO_RISK_ASSESSMENT,
          RISK_NOT_CONTROLLABLE,
          NO_LEGALITY_REVIEW,
          REVIEW_TIME_SHORT,
          REVIEW_TIME_UNCOUNTABLE,
          NO_LEGAL_ADVISER,
          NO_FAIR_COMPETITION_REVIEW,
          NO_COLLECTIVE_DISCUSSION,
          DEPARTURE_UNEXPLAINED,
          DISSENT_NOT_MINUTED,
          NO_PARTY_COMMITTEE_REPORT,
          NOT_PUBLISHED,
          NOT_ARCHIVED,
          NO_EXECUTING_UNIT,
          EVALUATOR_NOT_INDEPENDENT);

  /**
   * Rule pack {@code decision/2019} over {@link MajorDecision}, for the {@code major-decision}
   * document type; rules apply from 2019-09-01, the Decree's effective day, by the decision's
   * {@link MajorDecision#relevantDate()}.
   */
  public static final RulePack<MajorDecision> PACK = pack();

  private static RulePack<MajorDecision> pack() {
    List<Rule<MajorDecision>> rules = new ArrayList<>(RULES);
    return RulePack.builder("decision", "2019", MajorDecision.class)
        .documentType(MajorDecision.TYPE)
        .subjectId(MajorDecision::id)
        .relevantDate(MajorDecision::relevantDate)
        .messages(MESSAGES)
        .addAll(rules)
        .build();
  }
}
