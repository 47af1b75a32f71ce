package dev.yifa.core.law;

/**
 * The level of a legal instrument in the hierarchy of Chinese law (立法法). The level decides what an
 * instrument may create: only a law may restrict personal liberty, and a normative document may
 * create no penalty, licence or coercive measure at all.
 *
 * @since 0.1
 */
public enum InstrumentLevel {
  /** The Constitution (宪法). */
  CONSTITUTION("宪法", "Constitution"),
  /** A law of the NPC or its Standing Committee (法律). */
  LAW("法律", "law"),
  /** An administrative regulation of the State Council (行政法规). */
  ADMINISTRATIVE_REGULATION("行政法规", "administrative regulation"),
  /** A local regulation of a local people's congress or its standing committee (地方性法规). */
  LOCAL_REGULATION("地方性法规", "local regulation"),
  /** A departmental rule of a State Council department (部门规章). */
  DEPARTMENTAL_RULE("部门规章", "departmental rule"),
  /** A local government rule (地方政府规章). */
  LOCAL_GOVERNMENT_RULE("地方政府规章", "local government rule"),
  /** An administrative normative document (行政规范性文件), not law in the strict sense. */
  NORMATIVE_DOCUMENT("行政规范性文件", "administrative normative document"),
  /** A judicial interpretation of the Supreme People's Court (司法解释). */
  JUDICIAL_INTERPRETATION("司法解释", "judicial interpretation"),
  /** A Party or State Council policy document (党内法规、国务院文件) cited for practice. */
  POLICY_DOCUMENT("政策文件", "policy document");

  private final String chinese;
  private final String english;

  InstrumentLevel(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the Chinese name of the level.
   *
   * @return e.g. {@code 行政法规}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English name of the level.
   *
   * @return e.g. {@code administrative regulation}
   */
  public String english() {
    return english;
  }
}
