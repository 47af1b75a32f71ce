package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.decision.MajorDecision.Feature;
import dev.yifa.core.decision.MajorDecision.PublicComment;
import dev.yifa.core.decision.MajorDecision.RiskConclusion;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The agenda gate: "no legal basis, not on the agenda; contrary to law, no decision". Answers
 * "may this draft go to the meeting?" with the steps still missing and the articles that require
 * them (重大行政决策程序暂行条例第二十五条第二款：决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论).
 *
 * <p>The meeting day is the {@link MajorDecision#meeting()}'s day when one is recorded, else the
 * context's as-of day. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AgendaGate {
  private AgendaGate() {}

  /**
   * A step missing or defective before the meeting.
   *
   * @param step the step
   * @param defect what is wrong: {@code MISSING}, {@code FAILED}, {@code AFTER_MEETING}, {@code
   *     STILL_OPEN}, {@code PERIOD_SHORT}, {@code NOT_CONTROLLABLE}, {@code REVIEW_TIME_SHORT}
   * @param citations the provisions that require the step
   * @since 0.1
   */
  public record MissingStep(DecisionStep step, String defect, List<Citation> citations) {
    /** Validates and copies the components. */
    public MissingStep {
      checkNotNull(step, "step");
      checkNotNull(defect, "defect");
      citations = List.copyOf(checkNotNull(citations, "citations"));
    }
  }

  /**
   * The gate's answer.
   *
   * @param meetingDay the day the meeting is (to be) held
   * @param missing the steps that keep the draft off the agenda, in procedure order
   * @param cautions defects that do not bar the agenda but should be put right (soft minimums)
   * @since 0.1
   */
  public record Verdict(LocalDate meetingDay, List<MissingStep> missing, List<MissingStep> cautions) {
    /** Validates and copies the components. */
    public Verdict {
      checkNotNull(meetingDay, "meetingDay");
      missing = List.copyOf(checkNotNull(missing, "missing"));
      cautions = List.copyOf(checkNotNull(cautions, "cautions"));
    }

    /**
     * Tells whether the draft may go to the meeting.
     *
     * @return true iff nothing is missing
     */
    public boolean mayGo() {
      return missing.isEmpty();
    }
  }

  /**
   * Tells whether a draft may go to the decision organ's meeting.
   *
   * @param decision the draft and the record of its procedure so far
   * @param ctx the context (its calendar counts the periods; its as-of day is the meeting day when
   *     the record has no meeting yet)
   * @return the verdict
   */
  public static Verdict mayGoToMeeting(MajorDecision decision, RuleContext ctx) {
    checkNotNull(decision, "decision");
    checkNotNull(ctx, "ctx");
    MajorDecision d = decision;
    LocalDate day = d.meeting() != null ? d.meeting().heldOn() : ctx.asOf();
    List<MissingStep> missing = new ArrayList<>();
    List<MissingStep> cautions = new ArrayList<>();
    if (Procedure.needsParticipation(d) && d.publicParticipation() == null) {
      missing.add(missing(DecisionStep.PUBLIC_PARTICIPATION, "MISSING"));
    }
    Optional<PublicComment> comment = d.publicComment();
    if (comment.isPresent()) {
      PublicComment c = comment.get();
      if (!c.closedOn().isBefore(day)) {
        missing.add(missing(DecisionStep.PUBLIC_COMMENT, "STILL_OPEN"));
      } else if (c.shortenedBecause() == null && Procedure.commentShort(c, ctx.calendar())) {
        missing.add(missing(DecisionStep.PUBLIC_COMMENT, "PERIOD_SHORT"));
      }
    }
    if (d.has(Feature.TECHNICAL) && d.expertArgumentation() == null) {
      missing.add(missing(DecisionStep.EXPERT_ARGUMENTATION, "MISSING"));
    }
    if (d.has(Feature.SOCIAL_STABILITY) && d.riskAssessment() == null) {
      missing.add(missing(DecisionStep.RISK_ASSESSMENT, "MISSING"));
    } else if (d.riskAssessment() != null) {
      // An assessment that found the risk uncontrollable bars the decision, whatever the features.
      if (d.riskAssessment().conclusion() == RiskConclusion.NOT_CONTROLLABLE) {
        missing.add(
            new MissingStep(
                DecisionStep.RISK_ASSESSMENT,
                "NOT_CONTROLLABLE",
                List.of(Laws.MAJOR_DECISIONS_2019.article(24))));
      }
    }
    if (d.has(Feature.MARKET_ENTITIES)) {
      if (d.fairCompetitionReview() == null) {
        missing.add(missing(DecisionStep.FAIR_COMPETITION_REVIEW, "MISSING"));
      } else if (!d.fairCompetitionReview().passed()) {
        missing.add(missing(DecisionStep.FAIR_COMPETITION_REVIEW, "FAILED"));
      }
    }
    String legality = Procedure.legalityDefect(d, day);
    if (legality != null) {
      missing.add(
          new MissingStep(
              DecisionStep.LEGALITY_REVIEW,
              legality,
              List.of(
                  Laws.MAJOR_DECISIONS_2019.article(25).paragraph(1),
                  Laws.MAJOR_DECISIONS_2019.article(25).paragraph(2))));
    }
    if (d.legalityReview() != null) {
      OptionalInt wd = Procedure.reviewWorkingDays(d.legalityReview(), ctx.calendar());
      if (wd.isPresent() && wd.getAsInt() < Procedure.REVIEW_WORKING_DAYS) {
        cautions.add(
            new MissingStep(
                DecisionStep.LEGALITY_REVIEW,
                "REVIEW_TIME_SHORT",
                List.of(Laws.MAJOR_DECISIONS_2019.article(26).paragraph(2))));
      }
    }
    return new Verdict(day, missing, cautions);
  }

  private static MissingStep missing(DecisionStep step, String defect) {
    return new MissingStep(step, defect, List.of(step.citation()));
  }
}
