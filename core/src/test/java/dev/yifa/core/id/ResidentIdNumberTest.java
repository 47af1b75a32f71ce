package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidIdentifierException;
import dev.yifa.core.json.YifaJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
  /** The example of GB 11643-1999 itself: 北京市朝阳区, born 1949-12-31, female, check X. */
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  @Test
  void parse_standardExample_exposesParts() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
    assertThat(id.divisionCode()).isEqualTo(DivisionCode.parse("110105"));
    assertThat(id.ageOn(LocalDate.of(2025, 12, 30))).isEqualTo(75);
    assertThat(id.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(76);
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  void parse_lowerCaseX_isNormalised() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");
    assertThat(id.unmasked()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id).isEqualTo(ResidentIdNumber.parse(STANDARD_EXAMPLE));
  }

  @Test
  void toString_masksMiddleTen() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
    assertThat(id.toString()).isEqualTo("1101**********002X").isEqualTo(id.masked());
    assertThat(id.toString()).doesNotContain("19491231");
  }

  @Test
  void parse_wrongCheck_messageIsMaskedAndPrecise() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310029"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.kind()).isEqualTo(IdentifierKind.RESIDENT_ID);
          assertThat(e.reason()).isEqualTo(DefectReason.BAD_CHECK_CHARACTER);
          assertThat(e.position()).hasValue(17);
          assertThat(e.maskedValue()).isEqualTo("1101**********0029");
          assertThat(e.getMessage()).isEqualTo("invalid resident identity number 1101**********0029: "
              + "check character at position 18 is '9', expected 'X'")
              .doesNotContain("19491231");
        });
  }

  @Test
  void check_impossibleDate_isBadBirthDateWithoutShowingIt() {
    String first17 = "11010519490229002"; // 1949 is not a leap year
    IdentifierDefect d = ResidentIdNumber.check(first17 + TestIds.residentCheck(first17)).orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.BAD_BIRTH_DATE);
    assertThat(d.position()).hasValue(6);
    assertThat(d.message()).doesNotContain("1949");
  }

  @Test
  void check_before1900_isBadBirthDate() {
    // 440524188001010014 has a correct check character (computed independently) but 1880.
    assertThat(TestIds.residentCheck("44052418800101001")).isEqualTo('4');
    assertThat(ResidentIdNumber.check("440524188001010014").orElseThrow().reason())
        .isEqualTo(DefectReason.BAD_BIRTH_DATE);
  }

  @Test
  void check_leapDay_isAccepted() {
    String first17 = "36042420000229001";
    assertThat(ResidentIdNumber.isValid(first17 + TestIds.residentCheck(first17))).isTrue();
  }

  @Test
  void checkAsOf_birthAfterAsOf_isInFuture_butPlainCheckAcceptsIt() {
    String first17 = "36042420300101001";
    String value = first17 + TestIds.residentCheck(first17);
    assertThat(ResidentIdNumber.isValid(value)).isTrue();
    IdentifierDefect d = ResidentIdNumber.check(value, LocalDate.of(2025, 3, 1)).orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.BIRTH_DATE_IN_FUTURE);
    assertThat(d.detail()).isEqualTo("birth date at positions 7-14 is after the as-of date 2025-03-01");
    assertThat(ResidentIdNumber.isValid(value, LocalDate.of(2030, 1, 1))).isTrue();
    assertThatThrownBy(() -> ResidentIdNumber.parse(value, LocalDate.of(2029, 12, 31)))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void check_unknownProvince_isBadDivisionCode() {
    String first17 = "99010519491231002";
    IdentifierDefect d = ResidentIdNumber.check(first17 + TestIds.residentCheck(first17)).orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.BAD_DIVISION_CODE);
    assertThat(d.position()).hasValue(0);
  }

  @Test
  void check_letterInBody_isIllegalAndNotShown() {
    IdentifierDefect d = ResidentIdNumber.check("1101051949A231002X").orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.ILLEGAL_CHARACTER);
    assertThat(d.position()).hasValue(10);
    assertThat(d.message()).doesNotContain("A");
  }

  @Test
  void isValid_generatedNumbers_areValid() {
    qt().forAll(TestIds.residentIds()).check(s ->
        ResidentIdNumber.isValid(s) && ResidentIdNumber.parse(s).unmasked().equals(s));
  }

  @Test
  void birthDate_ofGeneratedNumber_matchesDigits() {
    qt().forAll(TestIds.births(), org.quicktheories.generators.Generate.range(0, 999)).checkAssert((birth, seq) -> {
      String first17 = String.format(java.util.Locale.ROOT, "360424%04d%02d%02d%03d",
          birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
      ResidentIdNumber id = ResidentIdNumber.parse(first17 + TestIds.residentCheck(first17), birth);
      assertThat(id.birthDate()).isEqualTo(birth);
      assertThat(id.sex()).isEqualTo(seq % 2 == 1 ? ResidentIdNumber.Sex.MALE : ResidentIdNumber.Sex.FEMALE);
    });
  }

  @Test
  void check_everySingleSubstitution_isRejected() {
    // All 18 positions × every other character of 0-9 and X, plus a few outside it. (A lower-case
    // x for a final X is not a substitution: it is the same number, and is accepted.)
    String alphabet = TestIds.RESIDENT_ALPHABET + "Ax ";
    qt().withExamples(500).forAll(TestIds.residentIds()).checkAssert(s -> {
      for (int i = 0; i < 18; i++) {
        for (char c : alphabet.toCharArray()) {
          if (c != s.charAt(i) && !(i == 17 && c == 'x' && s.charAt(17) == 'X')) {
            String corrupted = s.substring(0, i) + c + s.substring(i + 1);
            assertThat(ResidentIdNumber.isValid(corrupted)).as(corrupted).isFalse();
          }
        }
      }
    });
  }

  @Test
  void check_everyAdjacentTranspositionInFirst17_isRejected() {
    qt().forAll(TestIds.residentIds()).checkAssert(s -> {
      for (int i = 0; i < 16; i++) {
        if (s.charAt(i) != s.charAt(i + 1)) {
          String swapped = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
          assertThat(ResidentIdNumber.isValid(swapped)).as(swapped).isFalse();
        }
      }
    });
  }

  @Test
  void json_roundTripsWholeNumber() throws Exception {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
    String json = YifaJson.mapper().writeValueAsString(id);
    assertThat(json).isEqualTo("\"" + STANDARD_EXAMPLE + "\"");
    assertThat(YifaJson.read(json, ResidentIdNumber.class)).isEqualTo(id);
  }

  @Test
  void json_invalidNumber_errorIsMasked() {
    assertThatThrownBy(() -> YifaJson.read("\"110105194912310029\"", ResidentIdNumber.class))
        .hasMessageContaining("1101**********0029")
        .hasMessageNotContaining("110105194912310029");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(ResidentIdNumber.parse(STANDARD_EXAMPLE), ResidentIdNumber.parse("11010519491231002x"))
        .addEqualityGroup(ResidentIdNumber.parse("360424200002290011".substring(0, 17) + TestIds.residentCheck("36042420000229001")))
        .testEquals();
    new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
        .testAllPublicStaticMethods(ResidentIdNumber.class);
    new NullPointerTester().testAllPublicInstanceMethods(ResidentIdNumber.parse(STANDARD_EXAMPLE));
  }
}
