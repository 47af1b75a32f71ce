package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Chinese numerals as statutes write article, paragraph and item numbers: 十, 二十一, 一百零一,
 * 一百一十. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ChineseNumerals {
  private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};

  private ChineseNumerals() {}

  /**
   * Writes a number from 1 to 9999 in Chinese numerals, the way statutes number their articles.
   *
   * @param n the number, 1 to 9999
   * @return e.g. {@code 六十三} for 63, {@code 十} for 10, {@code 一百零一} for 101
   */
  public static String of(int n) {
    checkArgument(n >= 1 && n <= 9999, "n must be between 1 and 9999: %s", n);
    int thousands = n / 1000;
    int hundreds = n / 100 % 10;
    int tens = n / 10 % 10;
    int units = n % 10;
    StringBuilder sb = new StringBuilder(8);
    boolean zeroPending = false;
    if (thousands > 0) {
      sb.append(DIGITS[thousands]).append('千');
    }
    if (hundreds > 0) {
      sb.append(DIGITS[hundreds]).append('百');
    } else if (thousands > 0 && (tens > 0 || units > 0)) {
      zeroPending = true;
    }
    if (tens > 0) {
      if (zeroPending) {
        sb.append('零');
        zeroPending = false;
      }
      // 10-19 standing alone are written 十, 十一 …; after a hundred, 一十 (一百一十).
      if (!(tens == 1 && n < 20)) {
        sb.append(DIGITS[tens]);
      }
      sb.append('十');
    } else if ((thousands > 0 || hundreds > 0) && units > 0) {
      zeroPending = true;
    }
    if (units > 0) {
      if (zeroPending) {
        sb.append('零');
      }
      sb.append(DIGITS[units]);
    }
    return sb.toString();
  }

  /**
   * Reads a Chinese numeral from 1 to 9999 back into a number: the inverse of {@link #of(int)}.
   *
   * @param text the numeral, e.g. {@code 一百零一}
   * @return the number
   * @throws IllegalArgumentException if {@code text} is not a numeral that {@link #of(int)} writes
   *     (e.g. {@code 一十}, {@code 零}, {@code 百})
   */
  public static int parse(String text) {
    checkNotNull(text, "text");
    checkArgument(!text.isEmpty() && text.length() <= 8, "not a Chinese numeral: %s", text);
    int total = 0;
    int digit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digitOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> throw new IllegalArgumentException("not a Chinese numeral: " + text);
          };
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    if (digit > 0) {
      total += digit;
    }
    checkArgument(total >= 1 && total <= 9999 && of(total).equals(text), "not a Chinese numeral: %s", text);
    return total;
  }

  private static int digitOf(char c) {
    for (int i = 0; i < DIGITS.length; i++) {
      if (DIGITS[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
