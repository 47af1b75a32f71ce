package dev.yifa.core.document;

/**
 * The status of a normative document on a day.
 *
 * @since 0.1
 */
public enum DocumentStatus {
  /** Issued, but its effective day has not come. */
  NOT_YET_IN_FORCE,
  /** In force (现行有效). */
  IN_FORCE,
  /** Suspended (暂停执行). */
  SUSPENDED,
  /** Its validity period has run out (失效). */
  EXPIRED,
  /** Repealed (废止). */
  REPEALED
}
