package dev.yifa.enforcement.penalty;

/**
 * The kinds of administrative penalty (行政处罚法（2021）第九条; 2017 version 第八条).
 *
 * @since 0.1
 */
public enum PenaltyKind {
  /** 警告. */
  WARNING,
  /** 通报批评 (a kind since 2021). */
  NOTICE_OF_CRITICISM,
  /** 罚款. */
  FINE,
  /** 没收违法所得. */
  CONFISCATE_GAINS,
  /** 没收非法财物. */
  CONFISCATE_PROPERTY,
  /** 暂扣许可证件. */
  SUSPEND_LICENCE,
  /** 降低资质等级. */
  LOWER_QUALIFICATION,
  /** 吊销许可证件 (or 执照). */
  REVOKE_LICENCE,
  /** 限制开展生产经营活动. */
  RESTRICT_OPERATION,
  /** 责令停产停业. */
  SUSPEND_BUSINESS,
  /** 责令关闭. */
  ORDER_CLOSURE,
  /** 限制从业. */
  RESTRICT_EMPLOYMENT,
  /** 行政拘留. */
  DETENTION,
  /** 法律、行政法规规定的其他行政处罚. */
  OTHER;

  /**
   * Tells whether the penalty is an amount of money taken (fine or confiscation).
   *
   * @return true for {@link #FINE}, {@link #CONFISCATE_GAINS} and {@link #CONFISCATE_PROPERTY}
   */
  public boolean isMonetary() {
    return this == FINE || this == CONFISCATE_GAINS || this == CONFISCATE_PROPERTY;
  }
}
