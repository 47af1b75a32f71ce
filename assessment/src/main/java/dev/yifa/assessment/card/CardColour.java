package dev.yifa.assessment.card;

/**
 * The colour of an officer's card, from best to worst standing (镇安县红黄绿卡; practice.md §2.1).
 *
 * @since 0.1
 */
public enum CardColour {
  /** 绿卡: normal standing. */
  GREEN("绿卡"),
  /** 黄卡: enforcement suspended and retraining (暂停执法、接受培训 in Zhen'an county). */
  YELLOW("黄卡"),
  /** 红卡: enforcement qualification cancelled (取消执法资格 in Zhen'an county). */
  RED("红卡");

  private final String chinese;

  CardColour(String chinese) {
    this.chinese = chinese;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. {@code 黄卡}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the worse of two colours.
   *
   * @param other the other colour
   * @return the redder of the two
   */
  public CardColour worst(CardColour other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
