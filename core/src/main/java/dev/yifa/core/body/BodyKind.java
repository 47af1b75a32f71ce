package dev.yifa.core.body;

/**
 * What kind of body exercises an administrative power, which decides in whose name it acts.
 *
 * @since 0.1
 */
public enum BodyKind {
  /** 人民政府: a people's government. */
  GOVERNMENT,
  /** 政府工作部门: a working department of a government, e.g. a market-regulation bureau. */
  DEPARTMENT,
  /**
   * 法律、法规授权的组织: an organisation authorised by law or regulation to act in its own name
   * (行政处罚法 2021 第十九条).
   */
  AUTHORISED_ORGANISATION,
  /**
   * 受委托组织: an organisation entrusted by a body; it acts in the entrusting body's name
   * (行政处罚法 2021 第二十条、第二十一条).
   */
  ENTRUSTED_ORGANISATION
}
