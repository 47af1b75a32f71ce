package dev.yifa.core.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Test generators for identifiers, with check characters computed by an independent oracle written
 * from the standards (weights recomputed as powers, values looked up by {@code indexOf}), not by the
 * code under test. (yifa-testkit has the published generators; core cannot depend on it.)
 */
final class TestIds {
  static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final String RESIDENT_ALPHABET = "0123456789X";
  static final List<Integer> PROVINCES =
      List.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
          50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  private TestIds() {}

  /** GB 32100: weight of position i (0-based) is 3^i mod 31; check = (31 - sum mod 31) mod 31. */
  static char usccCheck(String first17) {
    long sum = 0;
    long weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return USCC_ALPHABET.charAt((int) ((31 - sum % 31) % 31));
  }

  /** GB 11714: weights 3,7,9,10,5,8,4,2; A=10 … Z=35; check = 11 - sum mod 11; 10 → X, 11 → 0. */
  static char orgCheck(String body) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body.charAt(i), 36) * w[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : Character.forDigit(c, 10);
  }

  /** ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11; check = (12 - sum mod 11) mod 11. */
  static char residentCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = java.math.BigInteger.TWO.pow(17 - i).mod(java.math.BigInteger.valueOf(11)).intValue();
      sum += (first17.charAt(i) - '0') * weight;
    }
    return RESIDENT_ALPHABET.charAt((12 - sum % 11) % 11);
  }

  static Gen<String> divisions() {
    return Generate.pick(PROVINCES)
        .zip(Generate.range(0, 2), Generate.range(1, 99), Generate.range(1, 99),
            (p, level, pp, cc) -> String.format(
                Locale.ROOT, "%02d%02d%02d", p, level == 0 ? 0 : pp, level == 2 ? cc : 0));
  }

  static Gen<String> usccs() {
    Gen<String> body = Generate.intArrays(Generate.constant(8), Generate.range(0, 30))
        .map(a -> {
          StringBuilder b = new StringBuilder();
          for (int i : a) {
            b.append(USCC_ALPHABET.charAt(i));
          }
          return b.toString();
        });
    return Generate.pick(List.of("11", "12", "31", "51", "52", "91", "92", "93", "Y1"))
        .zip(divisions(), body, (head, division, b) -> {
          String first17 = head + division + b + orgCheck(b);
          return first17 + usccCheck(first17);
        });
  }

  static Gen<LocalDate> births() {
    return Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Gen<String> residentIds() {
    return Generate.pick(PROVINCES)
        .zip(Generate.range(1, 99), Generate.range(1, 99), births(), Generate.range(0, 999),
            (p, pp, cc, birth, seq) -> {
              String first17 = String.format(Locale.ROOT, "%02d%02d%02d%04d%02d%02d%03d",
                  p, pp, cc, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
              return first17 + residentCheck(first17);
            });
  }
}
