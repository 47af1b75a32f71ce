package dev.yifa.core.profile;

import java.math.BigDecimal;

/**
 * The kinds of value a profile holds, and how each is written in profile JSON.
 *
 * @since 0.1
 */
public enum ProfileValueType {
  /** A {@link Threshold}, written {@code {"atLeast": 3000}} or {@code {"moreThan": 1000}}. */
  THRESHOLD(Threshold.class),
  /** An amount in yuan ({@link BigDecimal}), written as a number or a decimal string. */
  MONEY(BigDecimal.class),
  /** A whole number ({@link Integer}), e.g. a number of days. */
  INTEGER(Integer.class),
  /** A {@link Boolean}. */
  BOOLEAN(Boolean.class),
  /** A {@link String}, e.g. a statutory period such as {@code P90D}. */
  STRING(String.class);

  private final Class<?> javaType;

  ProfileValueType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /**
   * Returns the Java type of values of this kind.
   *
   * @return the class
   */
  public Class<?> javaType() {
    return javaType;
  }
}
