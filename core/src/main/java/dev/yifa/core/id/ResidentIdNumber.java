package dev.yifa.core.id;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.yifa.core.InvalidIdentifierException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's identity number (公民身份号码, GB 11643-1999), 18 characters, e.g. the standard's own
 * example {@code 11010519491231002X}. <strong>Personal data</strong>: {@link #toString()} masks it
 * ({@code 1101**********002X}); only {@link #unmasked()} and the JSON form give the whole number.
 *
 * <p>Layout (positions from 1): 1-6 the division code of the place of registration (GB/T 2260); 7-14
 * the birth date {@code YYYYMMDD}; 15-17 a sequence number whose last digit is odd for men and even
 * for women; 18 the check character (ISO 7064 MOD 11-2: weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9,
 * 10, 5, 8, 4, 2; check = (12 − sum mod 11) mod 11, 10 → X). A lower-case {@code x} is accepted and
 * normalised to {@code X}.
 *
 * <p>Checks: length 18; 17 digits and a digit or X; the division code's form (see {@link
 * DivisionCode}); the birth date a real date on or after 1900-01-01; the check character. Without
 * an as-of date no clock is read, so a birth date in the future is not caught: pass the date of the
 * act to {@link #parse(String, LocalDate)} to reject births after it. The mod-11 check catches every
 * single-digit substitution.
 *
 * <p>Immutable and thread-safe. JSON: the whole number as a string (it must round-trip).
 *
 * @since 0.1
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber> {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "0123456789X";

  /** Earliest birth date accepted, as {@code yyyymmdd}. */
  private static final int EARLIEST_BIRTH = 19000101;

  /** "No as-of date". */
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final String number;

  private ResidentIdNumber(String number) {
    this.number = number;
  }

  /**
   * Parses an identity number without reading a clock: the birth date must be real and not before
   * 1900-01-01, but may be in the future. Prefer {@link #parse(String, LocalDate)} when the date of
   * the act is known.
   *
   * @param value 18 characters, e.g. {@code 11010519491231002X}; a final {@code x} is normalised
   * @return the number
   * @throws InvalidIdentifierException if a check fails; its {@code reason()} says which
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResidentIdNumber parse(String value) {
    requireNonNull(value, "value");
    return parse(value, NO_LIMIT, null);
  }

  /**
   * Parses an identity number whose holder must be born on or before {@code asOf}.
   *
   * @param value 18 characters; a final {@code x} is normalised
   * @param asOf the latest acceptable birth date, usually the date of the act
   * @return the number
   * @throws InvalidIdentifierException if a check fails, including {@link
   *     DefectReason#BIRTH_DATE_IN_FUTURE}
   */
  public static ResidentIdNumber parse(String value, LocalDate asOf) {
    requireNonNull(value, "value");
    requireNonNull(asOf, "asOf");
    return parse(value, yyyymmdd(asOf), asOf);
  }

  private static ResidentIdNumber parse(String value, int limit, @Nullable LocalDate asOf) {
    int scan = scan(value, limit);
    if (scan != Scans.VALID) {
      throw defect(value, scan, asOf).toException();
    }
    return new ResidentIdNumber(value.charAt(17) == 'x' ? value.substring(0, 17) + 'X' : value);
  }

  /**
   * Returns whether a value is a valid number, reading no clock (see {@link #parse(String)}).
   * Allocates nothing.
   *
   * @param value the value
   * @return {@code true} if {@link #parse(String)} would accept it
   */
  public static boolean isValid(String value) {
    requireNonNull(value, "value");
    return scan(value, NO_LIMIT) == Scans.VALID;
  }

  /**
   * Returns whether a value is a valid number whose holder was born on or before {@code asOf}.
   *
   * @param value the value
   * @param asOf the latest acceptable birth date
   * @return {@code true} if {@link #parse(String, LocalDate)} would accept it
   */
  public static boolean isValid(String value, LocalDate asOf) {
    requireNonNull(value, "value");
    requireNonNull(asOf, "asOf");
    return scan(value, yyyymmdd(asOf)) == Scans.VALID;
  }

  /**
   * Checks a value without throwing, reading no clock (see {@link #parse(String)}). Allocates
   * nothing when the value is valid.
   *
   * @param value the value
   * @return what is wrong (the value masked), or empty if it is valid
   */
  public static Optional<IdentifierDefect> check(String value) {
    requireNonNull(value, "value");
    int scan = scan(value, NO_LIMIT);
    return scan == Scans.VALID ? Optional.empty() : Optional.of(defect(value, scan, null));
  }

  /**
   * Checks a value without throwing; the holder must be born on or before {@code asOf}.
   *
   * @param value the value
   * @param asOf the latest acceptable birth date
   * @return what is wrong (the value masked), or empty if it is valid
   */
  public static Optional<IdentifierDefect> check(String value, LocalDate asOf) {
    requireNonNull(value, "value");
    requireNonNull(asOf, "asOf");
    int scan = scan(value, yyyymmdd(asOf));
    return scan == Scans.VALID ? Optional.empty() : Optional.of(defect(value, scan, asOf));
  }

  /**
   * Computes the check character for the first 17 digits.
   *
   * @param first17 17 digits
   * @return the check character, a digit or {@code X}
   * @throws IllegalArgumentException if {@code first17} is not 17 digits
   */
  public static char checkCharacter(CharSequence first17) {
    requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw new IllegalArgumentException("first17 must have 17 digits, has " + first17.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!Scans.isDigit(first17.charAt(i))) {
        throw new IllegalArgumentException("first17 must be digits only, position " + (i + 1) + " is not");
      }
    }
    return expectedCheck(first17);
  }

  private static int yyyymmdd(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  private static char expectedCheck(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt((12 - sum % 11) % 11);
  }

  private static int digits(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  // One pass for the digits and the weighted sum, then the fields: no allocation.
  private static int scan(String s, int limit) {
    if (s.length() != 18) {
      return Scans.code(DefectReason.WRONG_LENGTH, -1);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return Scans.code(DefectReason.ILLEGAL_CHARACTER, i);
      }
      sum += d * WEIGHTS[i];
    }
    char last = s.charAt(17);
    if (!Scans.isDigit(last) && last != 'X' && last != 'x') {
      return Scans.code(DefectReason.ILLEGAL_CHARACTER, 17);
    }
    int division = Scans.scanDivisionDigits(s, 0);
    if (division != Scans.VALID) {
      return division;
    }
    int year = digits(s, 6, 10);
    int month = digits(s, 10, 12);
    int day = digits(s, 12, 14);
    int birth = year * 10000 + month * 100 + day;
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || birth < EARLIEST_BIRTH) {
      return Scans.code(DefectReason.BAD_BIRTH_DATE, 6);
    }
    if (birth > limit) {
      return Scans.code(DefectReason.BIRTH_DATE_IN_FUTURE, 6);
    }
    int expected = (12 - sum % 11) % 11;
    int actual = last == 'X' || last == 'x' ? 10 : last - '0';
    if (actual != expected) {
      return Scans.code(DefectReason.BAD_CHECK_CHARACTER, 17);
    }
    return Scans.VALID;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  // Details never show digits that the mask hides (positions 5-14), only their positions.
  private static IdentifierDefect defect(String s, int scan, @Nullable LocalDate asOf) {
    DefectReason reason = Scans.reason(scan);
    int p = Scans.position(scan);
    String detail =
        switch (reason) {
          case WRONG_LENGTH -> "length is " + s.length() + ", expected 18 characters";
          case ILLEGAL_CHARACTER -> "character at position " + (p + 1) + " is not allowed, expected "
              + (p == 17 ? "a digit or X" : "a digit");
          case BAD_DIVISION_CODE -> Scans.divisionDetail(s, 0, p, true);
          case BAD_BIRTH_DATE -> "birth date at positions 7-14 is not a real date on or after 1900-01-01";
          case BIRTH_DATE_IN_FUTURE -> "birth date at positions 7-14 is after the as-of date " + asOf;
          default -> "check character at position 18 is '" + s.charAt(17) + "', expected '"
              + expectedCheck(s) + "'";
        };
    return IdentifierDefect.of(IdentifierKind.RESIDENT_ID, reason, p, s, detail);
  }

  /**
   * Returns the birth date (positions 7-14).
   *
   * @return the date
   */
  public LocalDate birthDate() {
    return LocalDate.of(digits(number, 6, 10), digits(number, 10, 12), digits(number, 12, 14));
  }

  /**
   * Returns the holder's sex as recorded: position 17 odd for male, even for female.
   *
   * @return the sex
   */
  public Sex sex() {
    return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the division code of the place of registration (positions 1-6).
   *
   * @return the code
   */
  public DivisionCode divisionCode() {
    return DivisionCode.ofChecked(number.substring(0, 6));
  }

  /**
   * Returns the holder's age in whole years on a date (a person born on 29 February turns a year
   * older on 28 February in common years, as {@link Period} counts).
   *
   * @param date the date
   * @return the age, never negative
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    requireNonNull(date, "date");
    LocalDate birth = birthDate();
    if (date.isBefore(birth)) {
      throw new IllegalArgumentException("date must not be before the birth date: " + date);
    }
    return Period.between(birth, date).getYears();
  }

  /**
   * Returns the number masked: the first four and last four characters, the rest {@code *}.
   *
   * @return e.g. {@code 1101**********002X}
   */
  public String masked() {
    return IdentifierDefect.mask(number);
  }

  /**
   * Returns the whole number. <strong>Personal data</strong>: do not log it.
   *
   * @return the 18 characters, check character in upper case
   */
  @JsonValue
  public String unmasked() {
    return number;
  }

  /**
   * Returns the number masked, never the whole number.
   *
   * @return the same as {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }

  @Override
  public int compareTo(ResidentIdNumber o) {
    return number.compareTo(o.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResidentIdNumber r && number.equals(r.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /**
   * Sex as recorded in an identity number.
   *
   * @since 0.1
   */
  public enum Sex {
    /** Position 17 odd. */
    MALE,
    /** Position 17 even. */
    FEMALE
  }
}
