package dev.yifa.core.document;

/**
 * Whether a normative document could be the basis of an administrative act on a day.
 *
 * @since 0.1
 */
public enum BasisStatus {
  /** In force and published: a valid basis. */
  IN_FORCE,
  /** Not in the registry: nobody can tell it was ever issued, in force or published. */
  UNKNOWN,
  /** In the registry but not published by that day (未经公布的不得作为行政管理依据). */
  NOT_PUBLISHED,
  /** Not yet in force. */
  NOT_YET_IN_FORCE,
  /** Suspended. */
  SUSPENDED,
  /** Expired. */
  EXPIRED,
  /** Repealed. */
  REPEALED;

  /**
   * Tells whether a document with this status may be a basis.
   *
   * @return true for {@link #IN_FORCE} only
   */
  public boolean isValidBasis() {
    return this == IN_FORCE;
  }
}
