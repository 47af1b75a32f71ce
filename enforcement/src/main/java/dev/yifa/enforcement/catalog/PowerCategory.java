package dev.yifa.enforcement.catalog;

/**
 * The category of an administrative power (权力类型), the ten standard types of the 2015 guidance on
 * power lists (中办发〔2015〕21号, as summarised in reference/practice.md §5.1) plus 行政收费, which
 * several local catalogs list separately.
 *
 * @since 0.1
 */
public enum PowerCategory {
  /** 行政许可. */
  LICENSING("行政许可", "licensing"),
  /** 行政处罚. */
  PENALTY("行政处罚", "penalty"),
  /** 行政强制 (measures and execution; see {@link Power#subcategory()}). */
  COERCION("行政强制", "coercion"),
  /** 行政征收. */
  LEVY("行政征收", "levy"),
  /** 行政收费. */
  FEE("行政收费", "fee"),
  /** 行政给付. */
  PAYMENT("行政给付", "payment"),
  /** 行政检查. */
  INSPECTION("行政检查", "inspection"),
  /** 行政确认. */
  CONFIRMATION("行政确认", "confirmation"),
  /** 行政奖励. */
  REWARD("行政奖励", "reward"),
  /** 行政裁决. */
  ADJUDICATION("行政裁决", "adjudication"),
  /** 其他行政权力. */
  OTHER("其他行政权力", "other");

  private final String chinese;
  private final String english;

  PowerCategory(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. {@code 行政处罚}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. {@code penalty}
   */
  public String english() {
    return english;
  }
}
