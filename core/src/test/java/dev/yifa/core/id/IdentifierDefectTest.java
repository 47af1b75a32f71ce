package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class IdentifierDefectTest {
  @Test
  void mask_keepsFirstAndLastFour() {
    assertThat(IdentifierDefect.mask("361102199001011234")).isEqualTo("3611**********1234");
    assertThat(IdentifierDefect.mask("12345678")).isEqualTo("********");
    assertThat(IdentifierDefect.mask("")).isEmpty();
  }

  @Test
  void of_personalKind_masksValue_otherKindsShowIt() {
    assertThat(IdentifierDefect.of(IdentifierKind.RESIDENT_ID, DefectReason.WRONG_LENGTH, -1,
        "36110219900101123", "x").maskedValue()).isEqualTo("3611*********1123");
    assertThat(IdentifierDefect.of(IdentifierKind.USCC, DefectReason.WRONG_LENGTH, -1,
        "91350100M000100Y4", "x").maskedValue()).isEqualTo("91350100M000100Y4");
  }

  @Test
  void of_veryLongValue_isShortened() {
    String shown = IdentifierDefect.of(IdentifierKind.USCC, DefectReason.WRONG_LENGTH, -1,
        "9".repeat(1000), "x").maskedValue();
    assertThat(shown).hasSize(41).endsWith("…");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            IdentifierDefect.of(IdentifierKind.USCC, DefectReason.BAD_FORMAT, 1, "a", "d"),
            IdentifierDefect.of(IdentifierKind.USCC, DefectReason.BAD_FORMAT, 1, "a", "d"))
        .addEqualityGroup(IdentifierDefect.of(IdentifierKind.USCC, DefectReason.BAD_FORMAT, 2, "a", "d"))
        .addEqualityGroup(IdentifierDefect.of(IdentifierKind.USCC, DefectReason.BAD_YEAR, 1, "a", "d"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(IdentifierDefect.class);
  }
}
