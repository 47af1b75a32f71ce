package dev.yifa.core.id;

/**
 * The kinds of identifier Yifa validates.
 *
 * @since 0.1
 */
public enum IdentifierKind {
  /** 统一社会信用代码, unified social credit code (GB 32100-2015). */
  USCC("统一社会信用代码", "unified social credit code"),
  /** 公民身份号码, resident identity number (GB 11643-1999). */
  RESIDENT_ID("公民身份号码", "resident identity number"),
  /** 行政区划代码, administrative-division code (GB/T 2260). */
  DIVISION_CODE("行政区划代码", "administrative-division code"),
  /** 发文字号 (文号), the number of an official document, e.g. 国办发〔2018〕37号. */
  DOCUMENT_NUMBER("发文字号", "document number");

  private final String chinese;
  private final String english;

  IdentifierKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the Chinese name of this kind, e.g. {@code 统一社会信用代码}.
   *
   * @return the Chinese name
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English name of this kind in lower case, e.g. {@code unified social credit code}.
   *
   * @return the English name
   */
  public String english() {
    return english;
  }

  /**
   * Returns whether values of this kind are personal data, to be masked in logs and messages.
   *
   * @return {@code true} for resident identity numbers
   */
  public boolean isPersonal() {
    return this == RESIDENT_ID;
  }
}
