package dev.yifa.assessment.card;

/**
 * A consequence a card carries, along the ladder of 执法责任制 documents: 批评教育 → 离岗培训 → 暂停执法
 * → 调离执法岗位 → 暂扣、吊销执法证件 / 取消执法资格 (practice.md §2.4, §2.3).
 *
 * @since 0.1
 */
public enum ConsequenceKind {
  /** 批评教育、警示: a warning. */
  WARNING("批评教育", false),
  /** 离岗培训、接受培训: retraining. */
  RETRAINING("离岗培训", false),
  /** 暂停执法: enforcement suspended. */
  SUSPEND_ENFORCEMENT("暂停执法", true),
  /** 暂扣执法证件: the certificate suspended. */
  SUSPEND_CERTIFICATE("暂扣执法证件", true),
  /** 调离执法岗位: removal from an enforcement post. */
  REMOVE_FROM_POST("调离执法岗位", true),
  /** 取消执法资格、吊销执法证件: qualification cancelled, certificate revoked. */
  REVOKE_QUALIFICATION("取消执法资格", true);

  private final String chinese;
  private final boolean barsEnforcement;

  ConsequenceKind(String chinese, boolean barsEnforcement) {
    this.chinese = chinese;
    this.barsEnforcement = barsEnforcement;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. {@code 暂停执法}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Tells whether the officer may not enforce while this consequence is in force.
   *
   * @return true for suspensions, removal and revocation
   */
  public boolean barsEnforcement() {
    return barsEnforcement;
  }
}
