package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who answers for a major decision made beyond authority or against procedure, under Decree 713
 * chapter 5 (法律责任), derived from a {@code decision/2019} report so that assessment can count it.
 *
 * <ul>
 *   <li>第三十八条第一款：决策机关违反本条例规定的，由上一级行政机关责令改正，对决策机关行政首长、负有责任的其他领导人员和直接责任人员依法追究责任。
 *   <li>第三十八条第三款：决策机关集体讨论决策草案时，有关人员对严重失误的决策表示不同意见的，按照规定减免责任。
 *   <li>第三十九条：决策承办单位……未按照本条例规定履行决策程序……的，由决策机关责令改正，对负有责任的领导人员和直接责任人员依法追究责任。
 * </ul>
 *
 * <p>Only {@code ERROR} findings give rise to a record. Steps the undertaking unit performs
 * (participation, argumentation, assessment, fair-competition review, the review time) are the
 * undertaker's (第三十九条); the others are the decision organ's (第三十八条). Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Accountability {
  private Accountability() {}

  /** Who answers. */
  public enum Party {
    /** 决策机关: its chief, other responsible leaders and directly responsible staff (第三十八条). */
    DECISION_ORGAN,
    /** 决策承办单位: its responsible leaders and staff (第三十九条). */
    UNDERTAKER
  }

  /** Why. */
  public enum Ground {
    /** The decision acted beyond its body's authority. */
    BEYOND_AUTHORITY,
    /** The decision breached the procedure. */
    AGAINST_PROCEDURE
  }

  /**
   * One accountability record.
   *
   * @param decisionId the decision's id
   * @param year the year of the decision ({@link MajorDecision#relevantDate()})
   * @param body the name of the body that answers
   * @param party which role answers
   * @param ground why
   * @param ruleId the rule whose finding gave rise to the record
   * @param liability the liability article
   * @param dissentersRelieved how many members dissented at the meeting and may be relieved
   *     (第三十八条第三款)
   * @since 0.1
   */
  public record Record(
      String decisionId,
      int year,
      String body,
      Party party,
      Ground ground,
      String ruleId,
      Citation liability,
      int dissentersRelieved) {
    /** Validates the components. */
    public Record {
      checkNotNull(decisionId, "decisionId");
      checkNotNull(body, "body");
      checkNotNull(party, "party");
      checkNotNull(ground, "ground");
      checkNotNull(ruleId, "ruleId");
      checkNotNull(liability, "liability");
      checkArgument(dissentersRelieved >= 0, "dissentersRelieved must not be negative: %s", dissentersRelieved);
    }
  }

  private static final Map<String, Party> UNDERTAKER_RULES =
      Map.of(
          "MAJ-014-no-public-participation", Party.UNDERTAKER,
          "MAJ-015-comment-period-short", Party.UNDERTAKER,
          "MAJ-016-hearing-materials-late", Party.UNDERTAKER,
          "MAJ-019-no-expert-argumentation", Party.UNDERTAKER,
          "MAJ-020-interested-expert", Party.UNDERTAKER,
          "MAJ-022-no-risk-assessment", Party.UNDERTAKER,
          "MAJ-029-no-fair-competition-review", Party.UNDERTAKER);

  /**
   * Derives the accountability records of a decision from its report.
   *
   * @param decision the decision
   * @param report its report by {@link DecisionRules#PACK}
   * @return the records, one per {@code ERROR} finding, in the report's order
   * @throws IllegalArgumentException if the report is not about this decision
   */
  public static List<Record> of(MajorDecision decision, Report report) {
    checkNotNull(decision, "decision");
    checkNotNull(report, "report");
    checkArgument(
        report.subject().equals(decision.id()),
        "report is about %s, not %s",
        report.subject(),
        decision.id());
    int dissenters = decision.meeting() == null ? 0 : decision.meeting().dissenters();
    int year = decision.relevantDate().getYear();
    List<Record> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      boolean undertaker = UNDERTAKER_RULES.containsKey(f.ruleId()) && decision.undertaker() != null;
      Ground ground =
          f.ruleId().equals(DecisionRules.REVOKE_BEYOND_AUTHORITY.id())
              ? Ground.BEYOND_AUTHORITY
              : Ground.AGAINST_PROCEDURE;
      out.add(
          new Record(
              decision.id(),
              year,
              undertaker ? decision.undertaker().name() : decision.decisionBody().name(),
              undertaker ? Party.UNDERTAKER : Party.DECISION_ORGAN,
              ground,
              f.ruleId(),
              undertaker
                  ? Laws.MAJOR_DECISIONS_2019.article(39)
                  : Laws.MAJOR_DECISIONS_2019.article(38).paragraph(1),
              undertaker ? 0 : dissenters));
    }
    return List.copyOf(out);
  }
}
