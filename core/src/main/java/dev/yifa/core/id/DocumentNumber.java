package dev.yifa.core.id;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.yifa.core.InvalidIdentifierException;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The number of an official document (发文字号, 文号), e.g. {@code 国办发〔2018〕37号}, {@code
 * 赣府发〔2024〕3号}, {@code 修水县市监罚字〔2025〕12号}: the issuer's abbreviation (机关代字, letters or
 * CJK characters, often ending in 字), the year in hexagonal brackets 〔〕, the serial number, and 号.
 *
 * <p>The canonical form uses 〔〕 (GB/T 9704-2012, 7.2.4: "年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号
 * 〔〕括入；发文顺序号不加"第"字，不编虚位（即 1 不编为 01）"). The brackets people often type instead — {@code []},
 * {@code ［］}, {@code ()}, {@code （）}, {@code 【】}, {@code ﹝﹞} — are accepted in matching pairs
 * and normalised; a leading zero or a 第 before the number is rejected, as the standard says. The
 * year must lie in 1949-2100.
 *
 * <p>Not personal data. Immutable and thread-safe. JSON: the canonical form as a string.
 *
 * @since 0.1
 */
public final class DocumentNumber implements Comparable<DocumentNumber> {
  private static final String OPENING = "〔[［(（【﹝";
  private static final String CLOSING = "〕]］)）】﹞";
  private static final int MIN_YEAR = 1949;
  private static final int MAX_YEAR = 2100;
  private static final int MAX_NUMBER_DIGITS = 9;

  private static final Comparator<DocumentNumber> ORDER =
      Comparator.comparing((DocumentNumber d) -> d.issuer)
          .thenComparingInt(d -> d.year)
          .thenComparingInt(d -> d.number);

  private final String issuer;
  private final int year;
  private final int number;

  private DocumentNumber(String issuer, int year, int number) {
    this.issuer = issuer;
    this.year = year;
    this.number = number;
  }

  /**
   * Creates a document number from its parts.
   *
   * @param issuer the issuer's abbreviation, letters only, e.g. {@code 国办发}
   * @param year the year, 1949-2100
   * @param number the serial number, positive
   * @return the document number
   * @throws InvalidIdentifierException if a part is out of range
   */
  public static DocumentNumber of(String issuer, int year, int number) {
    requireNonNull(issuer, "issuer");
    checkArgument(number > 0, "number must be positive: %s", number);
    return parse(issuer + "〔" + year + "〕" + number + "号");
  }

  /**
   * Parses a document number, normalising the brackets to 〔〕.
   *
   * @param value e.g. {@code 国办发〔2018〕37号} or {@code 国办发[2018]37号}
   * @return the document number
   * @throws InvalidIdentifierException if the value is not of that form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DocumentNumber parse(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    if (scan != Scans.VALID) {
      throw defect(value, scan).toException();
    }
    int open = openingIndex(value);
    return new DocumentNumber(
        value.substring(0, open),
        Integer.parseInt(value, open + 1, open + 5, 10),
        Integer.parseInt(value, open + 6, value.length() - 1, 10));
  }

  /**
   * Returns whether a value is a document number of valid form.
   *
   * @param value the value
   * @return {@code true} if {@link #parse} would accept it
   */
  public static boolean isValid(String value) {
    requireNonNull(value, "value");
    return scan(value) == Scans.VALID;
  }

  /**
   * Checks a value without throwing.
   *
   * @param value the value
   * @return what is wrong, or empty if the value is valid
   */
  public static Optional<IdentifierDefect> check(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    return scan == Scans.VALID ? Optional.empty() : Optional.of(defect(value, scan));
  }

  private static int openingIndex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (OPENING.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int scan(String s) {
    int open = openingIndex(s);
    if (open < 0) {
      return Scans.code(DefectReason.BAD_FORMAT, -1);
    }
    if (open == 0) {
      return Scans.code(DefectReason.BAD_FORMAT, 0);
    }
    for (int i = 0; i < open; ) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        return Scans.code(DefectReason.ILLEGAL_CHARACTER, i);
      }
      i += Character.charCount(cp);
    }
    int close = open + 5;
    for (int i = open + 1; i < close; i++) {
      if (i >= s.length() || !Scans.isDigit(s.charAt(i))) {
        return Scans.code(DefectReason.BAD_FORMAT, Math.min(i, s.length()));
      }
    }
    if (close >= s.length() || s.charAt(close) != CLOSING.charAt(OPENING.indexOf(s.charAt(open)))) {
      return Scans.code(DefectReason.BAD_FORMAT, Math.min(close, s.length()));
    }
    int year = Integer.parseInt(s, open + 1, close, 10);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Scans.code(DefectReason.BAD_YEAR, open + 1);
    }
    int last = s.length() - 1;
    if (s.charAt(last) != '号') {
      return Scans.code(DefectReason.BAD_FORMAT, last);
    }
    if (last == close + 1) {
      return Scans.code(DefectReason.BAD_FORMAT, last);
    }
    for (int i = close + 1; i < last; i++) {
      if (!Scans.isDigit(s.charAt(i))) {
        return Scans.code(DefectReason.ILLEGAL_CHARACTER, i);
      }
    }
    if (s.charAt(close + 1) == '0' || last - close - 1 > MAX_NUMBER_DIGITS) {
      return Scans.code(DefectReason.BAD_NUMBER, close + 1);
    }
    return Scans.VALID;
  }

  private static IdentifierDefect defect(String s, int scan) {
    DefectReason reason = Scans.reason(scan);
    int p = Scans.position(scan);
    int open = openingIndex(s);
    String at = "at position " + (p + 1);
    String detail =
        switch (reason) {
          case BAD_FORMAT -> {
            if (open < 0) {
              yield "no year in brackets 〔〕";
            } else if (p == 0) {
              yield "no issuer before the year";
            } else if (p < open + 5) {
              yield "expected a four-digit year " + at;
            } else if (p == open + 5 && (p >= s.length() || s.charAt(p) != closing(s, open))) {
              yield "expected " + closing(s, open) + " closing the year " + at;
            } else if (p == s.length() - 1 && s.charAt(p) == '号') {
              yield "no number before 号";
            } else {
              yield "expected 号 at the end, found " + Scans.quote(s.charAt(p)) + " " + at;
            }
          }
          case ILLEGAL_CHARACTER -> "character " + at + " is " + Scans.quote(s.charAt(p))
              + (p < open ? ", expected a letter of the issuer's abbreviation" : ", expected a digit");
          case BAD_YEAR -> "year " + s.substring(p, p + 4) + " is outside " + MIN_YEAR + "-" + MAX_YEAR;
          default -> "number " + s.substring(p, s.length() - 1)
              + " has a leading zero or more than " + MAX_NUMBER_DIGITS + " digits (GB/T 9704-2012, 7.2.4)";
        };
    return IdentifierDefect.of(IdentifierKind.DOCUMENT_NUMBER, reason, p, s, detail);
  }

  private static char closing(String s, int open) {
    return CLOSING.charAt(OPENING.indexOf(s.charAt(open)));
  }

  /**
   * Returns the issuer's abbreviation (机关代字), e.g. {@code 国办发}.
   *
   * @return the abbreviation
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the year.
   *
   * @return e.g. {@code 2018}
   */
  public int year() {
    return year;
  }

  /**
   * Returns the serial number.
   *
   * @return e.g. {@code 37}
   */
  public int number() {
    return number;
  }

  /**
   * Returns the canonical form, with 〔〕.
   *
   * @return e.g. {@code 国办发〔2018〕37号}
   */
  @JsonValue
  @Override
  public String toString() {
    return issuer + "〔" + year + "〕" + number + "号";
  }

  @Override
  public int compareTo(DocumentNumber o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentNumber d
        && issuer.equals(d.issuer)
        && year == d.year
        && number == d.number;
  }

  @Override
  public int hashCode() {
    return (issuer.hashCode() * 31 + year) * 31 + number;
  }
}
