package dev.yifa.assessment.card;

/**
 * What an {@link OfficerEvent} records. The fields each type needs are listed with it; {@link
 * OfficerLog} checks them.
 *
 * @since 0.1
 */
public enum OfficerEventType {
  /** 执法证件核发: a certificate issued; {@code certificateNo}, optionally {@code validUntil}. */
  CERTIFICATE_ISSUED,
  /** 换证、审核注册: a certificate renewed; optionally {@code validUntil}. */
  CERTIFICATE_RENEWED,
  /** 暂扣执法证件: the certificate suspended; optionally {@code validUntil}, the last day of the suspension. */
  CERTIFICATE_SUSPENDED,
  /** 发还执法证件: a suspension lifted. */
  CERTIFICATE_REINSTATED,
  /** 吊销、收回、注销执法证件: the certificate revoked; a later {@link #CERTIFICATE_ISSUED} restores it. */
  CERTIFICATE_REVOKED,
  /** 培训: a training completed. */
  TRAINING_COMPLETED,
  /** 考试: an exam taken; {@code passed}. */
  EXAM_TAKEN,
  /** 过错认定: misconduct found; {@code misconduct} (a type of the policy), {@code basis}, optionally {@code points}. */
  MISCONDUCT_FOUND,
  /** 亮卡: a card issued by decision, outside the points; {@code colour} YELLOW or RED, {@code basis}. */
  CARD_ISSUED,
  /** 申诉: an appeal lodged against a misconduct finding or a card; {@code appealOf}. */
  APPEAL_LODGED,
  /** 申诉决定: an appeal decided; {@code appealOf} and {@code outcome}. */
  APPEAL_DECIDED,
  /** 承办案件: the officer signed a case ({@code caseId}) as an enforcing officer. */
  CASE_HANDLED,
  /** 撤销记录: the event named by {@code supersedes} was recorded in error and no longer counts. */
  RETRACTED
}
