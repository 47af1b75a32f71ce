package dev.yifa.core.id;

/**
 * Shared, allocation-free scanning helpers for the identifier types. A scan returns {@link #VALID}
 * or a code packing the {@link DefectReason} and the 0-based position, which the caller turns into
 * an {@link IdentifierDefect} only when the value is invalid, so valid values cost no allocation.
 */
final class Scans {
  /** The scan result for a valid value. */
  static final int VALID = -1;

  /** Position value meaning "not at one position". */
  static final int NO_POSITION = 0xFFFF;

  /**
   * Province-level codes of GB/T 2260 (the first two digits of every division code): 11-15, 21-23,
   * 31-37, 41-46, 50-54, 61-65, 71 (Taiwan), 81 (Hong Kong), 82 (Macao). Source: GB/T 2260-2007 and
   * the Ministry of Civil Affairs' current code list.
   */
  private static final boolean[] PROVINCES = new boolean[100];

  static {
    int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71}, {81, 82}};
    for (int[] r : ranges) {
      for (int p = r[0]; p <= r[1]; p++) {
        PROVINCES[p] = true;
      }
    }
  }

  private Scans() {}

  static int code(DefectReason reason, int position) {
    return reason.ordinal() << 16 | (position < 0 ? NO_POSITION : position);
  }

  static DefectReason reason(int code) {
    return DefectReason.values()[code >>> 16];
  }

  static int position(int code) {
    int p = code & 0xFFFF;
    return p == NO_POSITION ? -1 : p;
  }

  static boolean isProvince(int twoDigits) {
    return twoDigits >= 0 && twoDigits < 100 && PROVINCES[twoDigits];
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Checks the form of a six-digit division code at {@code offset} in {@code s}, whose six
   * characters are known to be digits: the province part must be a province of GB/T 2260, and a
   * county part other than 00 needs a prefecture part other than 00.
   */
  static int scanDivisionDigits(CharSequence s, int offset) {
    int province = (s.charAt(offset) - '0') * 10 + (s.charAt(offset + 1) - '0');
    if (!isProvince(province)) {
      return code(DefectReason.BAD_DIVISION_CODE, offset);
    }
    boolean prefectureZero = s.charAt(offset + 2) == '0' && s.charAt(offset + 3) == '0';
    boolean countyZero = s.charAt(offset + 4) == '0' && s.charAt(offset + 5) == '0';
    if (prefectureZero && !countyZero) {
      return code(DefectReason.BAD_DIVISION_CODE, offset + 4);
    }
    return VALID;
  }

  /**
   * Describes a division-code defect found by {@link #scanDivisionDigits} (1-based positions); for a
   * personal value, shows no digit that its mask hides.
   */
  static String divisionDetail(CharSequence s, int offset, int position, boolean personal) {
    if (position == offset) {
      return "province code " + s.subSequence(offset, offset + 2) + " at positions " + (offset + 1)
          + "-" + (offset + 2) + " is not a province-level code of GB/T 2260";
    }
    return "county part " + (personal ? "" : s.subSequence(offset + 4, offset + 6) + " ") + "at positions " + (offset + 5)
        + "-" + (offset + 6) + " needs a prefecture part other than 00";
  }

  /** Quotes a character for a message, escaping controls and unpaired surrogates. */
  static String quote(char c) {
    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || Character.isWhitespace(c)) {
      return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
