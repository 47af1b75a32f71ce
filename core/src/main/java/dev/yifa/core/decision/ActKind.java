package dev.yifa.core.decision;

/**
 * What kind of act another act revokes or amends.
 *
 * @since 0.1
 */
public enum ActKind {
  /** A specific administrative act (具体行政行为): a decision about named parties, e.g. a penalty. */
  SPECIFIC_ACT,
  /** An administrative normative document (行政规范性文件). */
  NORMATIVE_DOCUMENT,
  /** A major administrative decision (重大行政决策). */
  MAJOR_DECISION
}
