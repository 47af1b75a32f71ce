package dev.yifa.core.internal;

import java.util.Locale;

/** Small text helpers shared by Yifa's modules. Not API. */
public final class Texts {
  private Texts() {}

  /**
   * Formats with {@link Locale#ROOT}, never the default locale.
   *
   * @param format the format string
   * @param args the arguments
   * @return the formatted text
   */
  public static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
