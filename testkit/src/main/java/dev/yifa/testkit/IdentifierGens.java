package dev.yifa.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for identifiers: valid unified social credit codes, resident identity
 * numbers, division codes and document numbers, as strings and as values, and corrupted variants
 * (one character substituted, two adjacent characters transposed, one character added or removed).
 *
 * <p>Valid values are built, not filtered: the check characters are computed with the public
 * {@code checkCharacter} methods of the identifier types.
 *
 * @since 0.1
 */
public final class IdentifierGens {
  /** The alphabet of unified social credit codes (GB 32100-2015): no I, O, Z, S, V. */
  public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The characters of a resident identity number: digits, and X for the check character. */
  public static final String RESIDENT_ID_ALPHABET = "0123456789X";

  /** Province-level codes of GB/T 2260. */
  private static final List<Integer> PROVINCES =
      List.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
          50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  /**
   * Registration authority and organisation type pairs of GB 32100-2015 (e.g. 11 government organ,
   * 91 enterprise, 92 individual business, Y1 other).
   */
  private static final List<String> AUTHORITY_AND_TYPE =
      List.of("11", "12", "13", "19", "31", "51", "52", "53", "59", "91", "92", "93", "N1", "Y1");

  /** Characters of an organisation-code body that can appear in a USCC. */
  private static final String ORGANISATION_BODY = USCC_ALPHABET;

  private static final List<String> ISSUERS =
      List.of("国办发", "国发", "赣府发", "赣府办字", "九府发", "修府办发", "修水县市监罚字", "市监法规");

  private static final LocalDate FIRST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_BIRTH = LocalDate.of(2025, 12, 31);

  private IdentifierGens() {}

  /**
   * Generates division codes of valid form at every level: provinces ({@code xx0000}), prefectures
   * ({@code xxpp00}) and counties ({@code xxppcc}).
   *
   * @return the generator
   */
  public static Gen<String> divisionCodeStrings() {
    return Generate.pick(PROVINCES)
        .zip(
            Generate.range(0, 2),
            Generate.range(1, 99),
            Generate.range(1, 99),
            (p, level, pp, cc) ->
                String.format(
                    Locale.ROOT, "%02d%02d%02d", p, level == 0 ? 0 : pp, level == 2 ? cc : 0));
  }

  /**
   * Generates county-level division codes of valid form ({@code xxppcc}, {@code pp} and {@code cc}
   * not {@code 00}).
   *
   * @return the generator
   */
  public static Gen<String> countyDivisionCodeStrings() {
    return Generate.pick(PROVINCES)
        .zip(
            Generate.range(1, 99),
            Generate.range(1, 99),
            (p, pp, cc) -> String.format(Locale.ROOT, "%02d%02d%02d", p, pp, cc));
  }

  /**
   * Generates division codes of valid form at every level.
   *
   * @return the generator
   */
  public static Gen<DivisionCode> divisionCodes() {
    return divisionCodeStrings().map(DivisionCode::parse);
  }

  /**
   * Generates valid unified social credit codes: an authority and type pair, a division code, an
   * organisation code with its GB 11714 check character, and the GB 32100 check character.
   *
   * @return the generator
   */
  public static Gen<String> usccStrings() {
    return Generate.pick(AUTHORITY_AND_TYPE)
        .zip(
            divisionCodeStrings(),
            fixedLength(8, ORGANISATION_BODY),
            (head, division, body) -> {
              String first17 =
                  head + division + body + UnifiedSocialCreditCode.organisationCodeCheckCharacter(body);
              return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            });
  }

  /**
   * Generates valid unified social credit codes as values.
   *
   * @return the generator
   */
  public static Gen<UnifiedSocialCreditCode> usccs() {
    return usccStrings().map(UnifiedSocialCreditCode::parse);
  }

  /**
   * Generates valid resident identity numbers with birth dates from 1900-01-01 to 2025-12-31.
   *
   * @return the generator
   */
  public static Gen<String> residentIdStrings() {
    return residentIdStrings(FIRST_BIRTH, LAST_BIRTH);
  }

  /**
   * Generates valid resident identity numbers with birth dates in a range.
   *
   * @param firstBirth the earliest birth date, not before 1900-01-01
   * @param lastBirth the latest birth date, not before {@code firstBirth} and before 10000-01-01
   * @return the generator
   */
  public static Gen<String> residentIdStrings(LocalDate firstBirth, LocalDate lastBirth) {
    requireNonNull(firstBirth, "firstBirth");
    requireNonNull(lastBirth, "lastBirth");
    checkArgument(
        !firstBirth.isBefore(FIRST_BIRTH), "firstBirth must not be before 1900-01-01: %s", firstBirth);
    checkArgument(lastBirth.getYear() <= 9999, "lastBirth must be before 10000-01-01: %s", lastBirth);
    return countyDivisionCodeStrings()
        .zip(
            DateGens.between(firstBirth, lastBirth),
            Generate.range(0, 999),
            (division, birth, sequence) -> {
              String first17 =
                  division
                      + String.format(
                          Locale.ROOT,
                          "%04d%02d%02d%03d",
                          birth.getYear(),
                          birth.getMonthValue(),
                          birth.getDayOfMonth(),
                          sequence);
              return first17 + ResidentIdNumber.checkCharacter(first17);
            });
  }

  /**
   * Generates valid resident identity numbers as values, born 1900-01-01 to 2025-12-31.
   *
   * @return the generator
   */
  public static Gen<ResidentIdNumber> residentIds() {
    return residentIdStrings().map(s -> ResidentIdNumber.parse(s));
  }

  /**
   * Generates document numbers in canonical form, e.g. {@code 赣府发〔2024〕3号}.
   *
   * @return the generator
   */
  public static Gen<String> documentNumberStrings() {
    return Generate.pick(ISSUERS)
        .zip(
            Generate.range(1949, 2100),
            Generate.range(1, 9999),
            (issuer, year, number) -> issuer + "〔" + year + "〕" + number + "号");
  }

  /**
   * Generates document numbers as values.
   *
   * @return the generator
   */
  public static Gen<DocumentNumber> documentNumbers() {
    return documentNumberStrings().map(DocumentNumber::parse);
  }

  /**
   * Generates unified social credit codes with one defect: a substituted character, two adjacent
   * characters of the first 17 transposed, or a character added or removed. Each is invalid (the
   * mod-31 check catches every substitution and every such transposition).
   *
   * @return the generator
   */
  public static Gen<String> corruptedUsccStrings() {
    Gen<String> valid = usccStrings();
    return substitutions(valid, USCC_ALPHABET)
        .mix(transpositions(valid, 17))
        .mix(wrongLengths(valid, USCC_ALPHABET));
  }

  /**
   * Generates resident identity numbers with one defect: a substituted character, two adjacent
   * characters of the first 17 transposed, or a character added or removed. Each is invalid.
   *
   * @return the generator
   */
  public static Gen<String> corruptedResidentIdStrings() {
    Gen<String> valid = residentIdStrings();
    return substitutions(valid, RESIDENT_ID_ALPHABET)
        .mix(transpositions(valid, 17))
        .mix(wrongLengths(valid, "0123456789"));
  }

  /**
   * Replaces one character of each generated value by a different character of {@code alphabet}.
   *
   * @param values the values to corrupt, each non-empty
   * @param alphabet at least two characters to substitute with
   * @return the generator of corrupted values
   */
  public static Gen<String> substitutions(Gen<String> values, String alphabet) {
    requireNonNull(values, "values");
    requireNonNull(alphabet, "alphabet");
    checkArgument(alphabet.length() >= 2, "alphabet must have two or more characters: %s", alphabet);
    return values.zip(
        Generate.range(0, Integer.MAX_VALUE - 1),
        Generate.range(1, alphabet.length() - 1),
        (s, position, shift) -> {
          int i = position % s.length();
          int index = alphabet.indexOf(s.charAt(i));
          char replacement = alphabet.charAt(index < 0 ? shift : (index + shift) % alphabet.length());
          return s.substring(0, i) + replacement + s.substring(i + 1);
        });
  }

  /**
   * Swaps two adjacent, different characters within the first {@code prefix} characters of each
   * generated value; values whose first {@code prefix} characters are all equal are skipped.
   *
   * @param values the values to corrupt
   * @param prefix how many leading characters may be moved, at least 2
   * @return the generator of corrupted values
   */
  public static Gen<String> transpositions(Gen<String> values, int prefix) {
    requireNonNull(values, "values");
    checkArgument(prefix >= 2, "prefix must be 2 or more: %s", prefix);
    return values
        .zip(
            Generate.range(0, prefix - 2),
            (s, start) -> {
              for (int k = 0; k < prefix - 1; k++) {
                int i = (start + k) % (prefix - 1);
                if (i + 1 < s.length() && s.charAt(i) != s.charAt(i + 1)) {
                  return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                }
              }
              return "";
            })
        .assuming(s -> !s.isEmpty());
  }

  /**
   * Adds a character of {@code alphabet} to, or removes one from, each generated value.
   *
   * @param values the values to corrupt, each non-empty
   * @param alphabet the characters to insert
   * @return the generator of values one character longer or shorter
   */
  public static Gen<String> wrongLengths(Gen<String> values, String alphabet) {
    requireNonNull(values, "values");
    requireNonNull(alphabet, "alphabet");
    checkArgument(!alphabet.isEmpty(), "alphabet must not be empty");
    return values.zip(
        Generate.range(0, Integer.MAX_VALUE - 1),
        Generate.range(0, alphabet.length() - 1),
        Generate.booleans(),
        (s, position, c, insert) -> {
          int i = position % (s.length() + (insert ? 1 : 0));
          return insert
              ? s.substring(0, i) + alphabet.charAt(c) + s.substring(i)
              : s.substring(0, i) + s.substring(i + 1);
        });
  }

  private static Gen<String> fixedLength(int length, String alphabet) {
    return Generate.intArrays(Generate.constant(length), Generate.range(0, alphabet.length() - 1))
        .map(
            indices -> {
              StringBuilder b = new StringBuilder(length);
              for (int i : indices) {
                b.append(alphabet.charAt(i));
              }
              return b.toString();
            });
  }
}
