package dev.yifa.core.rule;

/**
 * How grave a finding is. A report is compliant when it has no {@link #ERROR} finding.
 *
 * @since 0.1
 */
public enum Severity {
  /** The act is unlawful (违法). */
  ERROR("违法", "unlawful"),
  /** A defect the agency should correct (瑕疵), not by itself unlawful. */
  WARNING("瑕疵", "defect"),
  /** Information worth knowing (提示). */
  NOTICE("提示", "notice");

  private final String chinese;
  private final String english;

  Severity(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the Chinese label.
   *
   * @return e.g. {@code 违法}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English label.
   *
   * @return e.g. {@code unlawful}
   */
  public String english() {
    return english;
  }
}
