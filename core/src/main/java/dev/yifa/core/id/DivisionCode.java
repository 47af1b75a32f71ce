package dev.yifa.core.id;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.yifa.core.InvalidIdentifierException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A six-digit administrative-division code (行政区划代码, GB/T 2260), e.g. {@code 360000} (江西省),
 * {@code 360400} (九江市), {@code 360424} (修水县).
 *
 * <p>Only the <em>form</em> is checked, not a table of every division (which changes every year):
 * six digits; the first two a province-level code of GB/T 2260 (11-15, 21-23, 31-37, 41-46, 50-54,
 * 61-65, 71, 81, 82); and a county part other than {@code 00} only under a prefecture part other
 * than {@code 00}. So {@code 369999} passes although no such county exists. The level follows from
 * the trailing zeros: {@code xx0000} is a province, {@code xxxx00} a prefecture (including the
 * {@code 市辖区} and {@code 省直辖县级行政区划} groupings such as {@code 110100} and {@code 429000}),
 * anything else a county.
 *
 * <p>Immutable and thread-safe. JSON: the six digits as a string.
 *
 * @since 0.1
 */
public final class DivisionCode implements Comparable<DivisionCode> {
  private final String code;

  private DivisionCode(String code) {
    this.code = code;
  }

  /**
   * Parses a division code.
   *
   * @param value six digits, e.g. {@code 360424}
   * @return the code
   * @throws InvalidIdentifierException if the value is not of the form described above
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DivisionCode parse(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    if (scan != Scans.VALID) {
      throw defect(value, scan).toException();
    }
    return new DivisionCode(value);
  }

  /**
   * Returns whether a value is a division code of valid form. Allocates nothing.
   *
   * @param value the value
   * @return {@code true} if {@link #parse} would accept it
   */
  public static boolean isValid(String value) {
    requireNonNull(value, "value");
    return scan(value) == Scans.VALID;
  }

  /**
   * Checks a value without throwing. Allocates nothing when the value is valid.
   *
   * @param value the value
   * @return what is wrong, or empty if the value is valid
   */
  public static Optional<IdentifierDefect> check(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    return scan == Scans.VALID ? Optional.empty() : Optional.of(defect(value, scan));
  }

  private static int scan(String s) {
    if (s.length() != 6) {
      return Scans.code(DefectReason.WRONG_LENGTH, -1);
    }
    for (int i = 0; i < 6; i++) {
      if (!Scans.isDigit(s.charAt(i))) {
        return Scans.code(DefectReason.ILLEGAL_CHARACTER, i);
      }
    }
    return Scans.scanDivisionDigits(s, 0);
  }

  private static IdentifierDefect defect(String s, int scan) {
    DefectReason reason = Scans.reason(scan);
    int position = Scans.position(scan);
    String detail =
        switch (reason) {
          case WRONG_LENGTH -> "length is " + s.length() + ", expected 6 digits";
          case ILLEGAL_CHARACTER -> "character at position " + (position + 1) + " is "
              + Scans.quote(s.charAt(position)) + ", expected a digit";
          default -> Scans.divisionDetail(s, 0, position, false);
        };
    return IdentifierDefect.of(IdentifierKind.DIVISION_CODE, reason, position, s, detail);
  }

  /** Creates a code from digits already checked by the caller. */
  static DivisionCode ofChecked(String sixDigits) {
    return new DivisionCode(sixDigits);
  }

  /**
   * Returns the level this code denotes, from its trailing zeros.
   *
   * @return {@link Level#PROVINCE} for {@code xx0000}, {@link Level#PREFECTURE} for {@code
   *     xxxx00}, else {@link Level#COUNTY}
   */
  public Level level() {
    if (code.endsWith("0000")) {
      return Level.PROVINCE;
    }
    return code.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
  }

  /**
   * Returns the province-level code this code lies in ({@code 360424} → {@code 360000}).
   *
   * @return the province, this code itself if it is one
   */
  public DivisionCode province() {
    return level() == Level.PROVINCE ? this : new DivisionCode(code.substring(0, 2) + "0000");
  }

  /**
   * Returns the prefecture-level code this code lies in ({@code 360424} → {@code 360400}).
   *
   * @return the prefecture (this code itself if it is one), or empty for a province
   */
  public Optional<DivisionCode> prefecture() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case PREFECTURE -> Optional.of(this);
      case COUNTY -> Optional.of(new DivisionCode(code.substring(0, 4) + "00"));
    };
  }

  /**
   * Returns whether this code is {@code other} or lies inside it: {@code 360424} is within
   * {@code 360400} and {@code 360000}, and within itself.
   *
   * @param other the enclosing candidate
   * @return {@code true} if this code equals {@code other} or is below it
   */
  public boolean isWithin(DivisionCode other) {
    requireNonNull(other, "other");
    return switch (other.level()) {
      case PROVINCE -> code.regionMatches(0, other.code, 0, 2);
      case PREFECTURE -> code.regionMatches(0, other.code, 0, 4);
      case COUNTY -> code.equals(other.code);
    };
  }

  /**
   * Returns the six digits.
   *
   * @return e.g. {@code 360424}
   */
  @JsonValue
  @Override
  public String toString() {
    return code;
  }

  @Override
  public int compareTo(DivisionCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DivisionCode d && code.equals(d.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The level of a division code, from its trailing zeros.
   *
   * @since 0.1
   */
  public enum Level {
    /** 省级: province, autonomous region, municipality, SAR ({@code xx0000}). */
    PROVINCE,
    /** 地级: prefecture-level ({@code xxxx00}). */
    PREFECTURE,
    /** 县级: county-level (anything else). */
    COUNTY
  }
}
