package dev.yifa.core.id;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.yifa.core.InvalidIdentifierException;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), the 18-character identifier of every
 * legal person and other organisation, e.g. {@code 91350100M000100Y43}.
 *
 * <p>Layout (positions from 1): 1 registration authority (登记管理部门代码); 2 organisation type
 * (机构类别代码); 3-8 the division code of the registering authority (登记管理机关行政区划码); 9-17 the
 * organisation code (主体标识码, GB 11714: eight characters and a check character); 18 the check
 * character. Characters come from {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, Z, S, V).
 *
 * <p>Checks: length 18; every character in the alphabet; positions 3-8 digits; the organisation-code
 * check (GB 11714: weights 3, 7, 9, 10, 5, 8, 4, 2 over character values 0-9, A=10 … Z=35; check =
 * 11 − sum mod 11, 10 → X, 11 → 0); and the code's check (GB 32100: weights 3<sup>i</sup> mod 31
 * over alphabet indices; check = 31 − sum mod 31, 31 → 0). The mod-31 check catches every
 * single-character substitution. The registration-authority and organisation-type characters and
 * the division code are not checked against tables (the lists change; {@code 100000} is used for
 * national bodies).
 *
 * <p>Not personal data: {@code toString()} shows the whole code. Immutable and thread-safe. JSON:
 * the 18 characters as a string.
 *
 * @since 0.1
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {
  /** The code's alphabet, in value order (GB 32100-2015, table 1). */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Alphabet index of each ASCII character, or -1. */
  private static final byte[] INDEX = new byte[128];

  /** Weights 3^i mod 31 for positions 1-17 (GB 32100-2015, 5.3). */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** Weights of the organisation-code check (GB 11714-1997, 4). */
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** GB 11714 value of each ASCII character: digits 0-9, letters A=10 … Z=35, else -1. */
  private static final byte[] ORG_VALUE = new byte[128];

  static {
    Arrays.fill(ORG_VALUE, (byte) -1);
    for (char c = '0'; c <= '9'; c++) {
      ORG_VALUE[c] = (byte) (c - '0');
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ORG_VALUE[c] = (byte) (c - 'A' + 10);
    }
    Arrays.fill(INDEX, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEX[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private final String code;

  private UnifiedSocialCreditCode(String code) {
    this.code = code;
  }

  /**
   * Parses a unified social credit code. Upper case only: real codes are printed in upper case.
   *
   * @param value 18 characters, e.g. {@code 91350100M000100Y43}
   * @return the code
   * @throws InvalidIdentifierException if a check fails; its {@code reason()} says which
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnifiedSocialCreditCode parse(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    if (scan != Scans.VALID) {
      throw defect(value, scan).toException();
    }
    return new UnifiedSocialCreditCode(value);
  }

  /**
   * Returns whether a value is a valid code. Allocates nothing.
   *
   * @param value the value
   * @return {@code true} if {@link #parse} would accept it
   */
  public static boolean isValid(String value) {
    requireNonNull(value, "value");
    return scan(value) == Scans.VALID;
  }

  /**
   * Checks a value without throwing: for Bean Validation and findings. Allocates nothing when the
   * value is valid.
   *
   * @param value the value
   * @return what is wrong, or empty if the value is valid
   */
  public static Optional<IdentifierDefect> check(String value) {
    requireNonNull(value, "value");
    int scan = scan(value);
    return scan == Scans.VALID ? Optional.empty() : Optional.of(defect(value, scan));
  }

  /**
   * Computes the check character (position 18) for the first 17 characters of a code.
   *
   * @param first17 17 characters of the alphabet
   * @return the check character
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
   */
  public static char checkCharacter(CharSequence first17) {
    requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw new IllegalArgumentException("first17 must have 17 characters: " + first17);
    }
    for (int i = 0; i < 17; i++) {
      if (index(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("first17 has a character outside the alphabet: " + first17);
      }
    }
    return ALPHABET.charAt(expectedCheck(first17));
  }

  /**
   * Computes the GB 11714 check character of an organisation code's first eight characters.
   *
   * @param body eight digits or upper-case letters
   * @return the check character, a digit or {@code X}
   * @throws IllegalArgumentException if {@code body} is not eight digits or upper-case letters
   */
  public static char organisationCodeCheckCharacter(CharSequence body) {
    requireNonNull(body, "body");
    if (body.length() != 8) {
      throw new IllegalArgumentException("body must have 8 characters: " + body);
    }
    for (int i = 0; i < 8; i++) {
      if (orgValue(body.charAt(i)) < 0) {
        throw new IllegalArgumentException("body must be digits or upper-case letters: " + body);
      }
    }
    return expectedOrgCheck(body, 0);
  }

  private static int index(char c) {
    return c < 128 ? INDEX[c] : -1;
  }

  /** GB 11714 character value: digits 0-9, letters A=10 … Z=35. */
  private static int orgValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
  }

  private static int expectedCheck(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += INDEX[s.charAt(i)] * WEIGHTS[i];
    }
    return (31 - sum % 31) % 31;
  }

  private static char expectedOrgCheck(CharSequence s, int offset) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += orgValue(s.charAt(offset + i)) * ORG_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  // One pass over the characters, table lookups only, no allocation: the hot path of validation.
  private static int scan(String s) {
    if (s.length() != 18) {
      return Scans.code(DefectReason.WRONG_LENGTH, -1);
    }
    int sum = 0;
    int orgSum = 0;
    for (int i = 0; i < 18; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? INDEX[c] : -1;
      if (v < 0 || (v > 9 && i >= 2 && i < 8)) {
        return Scans.code(DefectReason.ILLEGAL_CHARACTER, i);
      }
      if (i < 17) {
        sum += v * WEIGHTS[i];
        if (i >= 8 && i < 16) {
          orgSum += ORG_VALUE[c] * ORG_WEIGHTS[i - 8];
        }
      }
    }
    int org = 11 - orgSum % 11;
    if (s.charAt(16) != (org == 10 ? 'X' : org == 11 ? '0' : (char) ('0' + org))) {
      return Scans.code(DefectReason.BAD_ORGANISATION_CODE_CHECK, 16);
    }
    if (INDEX[s.charAt(17)] != (31 - sum % 31) % 31) {
      return Scans.code(DefectReason.BAD_CHECK_CHARACTER, 17);
    }
    return Scans.VALID;
  }

  private static IdentifierDefect defect(String s, int scan) {
    DefectReason reason = Scans.reason(scan);
    int p = Scans.position(scan);
    String detail =
        switch (reason) {
          case WRONG_LENGTH -> "length is " + s.length() + ", expected 18 characters";
          case ILLEGAL_CHARACTER -> "character at position " + (p + 1) + " is " + Scans.quote(s.charAt(p))
              + (p >= 2 && p < 8
                  ? ", expected a digit (division code, positions 3-8)"
                  : ", expected one of 0-9 A-H J-N P-R T-U W-Y");
          case BAD_ORGANISATION_CODE_CHECK -> "organisation-code check character at position 17 is '"
              + s.charAt(16) + "', expected '" + expectedOrgCheck(s, 8) + "'";
          default -> "check character at position 18 is '" + s.charAt(17) + "', expected '"
              + ALPHABET.charAt(expectedCheck(s)) + "'";
        };
    return IdentifierDefect.of(IdentifierKind.USCC, reason, p, s, detail);
  }

  /**
   * Returns the registration-authority character (position 1), e.g. {@code 9} for market
   * regulation (工商), {@code 1} for institutional establishment (机构编制), {@code 5} for civil
   * affairs (民政).
   *
   * @return the character
   */
  public char registrationAuthority() {
    return code.charAt(0);
  }

  /**
   * Returns the organisation-type character (position 2), whose meaning depends on the
   * registration authority (e.g. {@code 91} enterprise, {@code 11} government organ).
   *
   * @return the character
   */
  public char organisationType() {
    return code.charAt(1);
  }

  /**
   * Returns the division code of the registering authority (positions 3-8) as written. It is not a
   * {@link DivisionCode}: national registrations use {@code 100000} and old codes persist.
   *
   * @return six digits
   */
  public String divisionCode() {
    return code.substring(2, 8);
  }

  /**
   * Returns the embedded organisation code (positions 9-17, GB 11714), check character included.
   *
   * @return nine characters, e.g. {@code M000100Y4}
   */
  public String organisationCode() {
    return code.substring(8, 17);
  }

  /**
   * Returns the 18 characters.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String toString() {
    return code;
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnifiedSocialCreditCode u && code.equals(u.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
