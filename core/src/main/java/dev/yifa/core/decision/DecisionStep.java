package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import java.util.function.Predicate;

/**
 * The steps of the major-decision procedure under Decree 713, each with the article that requires
 * it and a test of whether a {@link MajorDecision} records it. Used by {@link AgendaGate} to name
 * missing steps and by {@link DecisionStatistics} to count them.
 *
 * @since 0.1
 */
public enum DecisionStep {
  /** 公众参与 (第十四条). */
  PUBLIC_PARTICIPATION(14, 1, d -> d.publicParticipation() != null),
  /** 向社会公开征求意见 (第十五条). */
  PUBLIC_COMMENT(15, 1, d -> d.publicComment().isPresent()),
  /** 听证会 (第十六条). */
  HEARING(
      16, 0, d -> d.publicParticipation() != null && d.publicParticipation().hearing() != null),
  /** 专家论证 (第十九条). */
  EXPERT_ARGUMENTATION(19, 1, d -> d.expertArgumentation() != null),
  /** 风险评估 (第二十二条). */
  RISK_ASSESSMENT(22, 1, d -> d.riskAssessment() != null),
  /** 公平竞争审查 (第二十九条第（一）项). */
  FAIR_COMPETITION_REVIEW(29, 0, d -> d.fairCompetitionReview() != null),
  /** 合法性审查 (第二十五条). */
  LEGALITY_REVIEW(25, 1, d -> d.legalityReview() != null),
  /** 集体讨论决定 (第三十条). */
  COLLECTIVE_DISCUSSION(30, 1, d -> d.meeting() != null),
  /** 向同级党委请示报告 (第三十一条). */
  PARTY_COMMITTEE_REPORT(31, 0, d -> d.partyCommitteeReport() != null),
  /** 决定 (第三十条第一款). */
  DECISION(30, 1, d -> d.decision() != null),
  /** 决策公布 (第三十二条). */
  PUBLICATION(32, 0, d -> d.publication() != null),
  /** 归档 (第三十三条). */
  ARCHIVING(33, 0, d -> d.archiving() != null),
  /** 决策执行 (第三十四条). */
  IMPLEMENTATION(34, 0, d -> d.implementation() != null),
  /** 决策后评估 (第三十六条). */
  POST_EVALUATION(36, 0, d -> d.postEvaluation() != null);

  private final int article;
  private final int paragraph;
  private final Predicate<MajorDecision> performed;

  DecisionStep(int article, int paragraph, Predicate<MajorDecision> performed) {
    this.article = article;
    this.paragraph = paragraph;
    this.performed = performed;
  }

  /**
   * Returns the article of Decree 713 that provides for this step.
   *
   * @return the citation
   */
  public Citation citation() {
    Citation c = Laws.MAJOR_DECISIONS_2019.article(article);
    if (this == FAIR_COMPETITION_REVIEW) {
      return c.item(1);
    }
    return paragraph == 0 ? c : c.paragraph(paragraph);
  }

  /**
   * Tells whether a decision's record shows this step.
   *
   * @param decision the decision
   * @return true if the step's block is present
   */
  public boolean performedIn(MajorDecision decision) {
    checkNotNull(decision, "decision");
    return performed.test(decision);
  }
}
