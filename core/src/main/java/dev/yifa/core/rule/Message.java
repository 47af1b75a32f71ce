package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A finding's message in Chinese and English. Immutable and thread-safe.
 *
 * @param zh the message in Chinese (zh-CN)
 * @param en the message in English
 * @since 0.1
 */
public record Message(String zh, String en) {
  /** Validates the components. */
  public Message {
    checkNotNull(zh, "zh");
    checkNotNull(en, "en");
  }

  /**
   * Returns the message in a locale's language: Chinese for any {@code zh} locale, English
   * otherwise.
   *
   * @param locale the locale
   * @return the message text
   */
  public String in(Locale locale) {
    checkNotNull(locale, "locale");
    return isChinese(locale) ? zh : en;
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
