package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidIdentifierException;
import dev.yifa.core.json.YifaJson;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  // Both check characters computed by hand: organisation code M000100Y: M=22, Y=34;
  // 22*3 + 1*5 + 34*2 = 139, 139 mod 11 = 7, 11 - 7 = 4. Then the mod-31 sum gives 3.
  private static final String VALID = "91350100M000100Y43";
  private static final String VALID_DIGITS_ONLY = "91110000600037341L";

  @Test
  void parse_knownValidCode_exposesParts() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(VALID);
    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.organisationType()).isEqualTo('1');
    assertThat(code.divisionCode()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    assertThat(code.toString()).isEqualTo(VALID);
    assertThat(UnifiedSocialCreditCode.isValid(VALID_DIGITS_ONLY)).isTrue();
  }

  @Test
  void checkCharacter_agreesWithHandComputedExamples() {
    assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacter("M000100Y")).isEqualTo('4');
  }

  @Test
  void parse_wrongCheckCharacter_saysWhichAndExpected() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4Y"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.kind()).isEqualTo(IdentifierKind.USCC);
          assertThat(e.reason()).isEqualTo(DefectReason.BAD_CHECK_CHARACTER);
          assertThat(e.position()).hasValue(17);
          assertThat(e.maskedValue()).isEqualTo("91350100M000100Y4Y");
          assertThat(e.getMessage())
              .isEqualTo("invalid unified social credit code 91350100M000100Y4Y: "
                  + "check character at position 18 is 'Y', expected '3'");
        });
  }

  @Test
  void check_badOrganisationCode_reportsPosition17() {
    // Recompute the final check so only the embedded organisation-code check is wrong.
    String first17 = "91350100M000100Y5";
    String value = first17 + TestIds.usccCheck(first17);
    IdentifierDefect d = UnifiedSocialCreditCode.check(value).orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.BAD_ORGANISATION_CODE_CHECK);
    assertThat(d.position()).hasValue(16);
    assertThat(d.detail()).isEqualTo("organisation-code check character at position 17 is '5', expected '4'");
  }

  @Test
  void check_forbiddenLetters_areIllegalCharacters() {
    for (char c : "IOZSVa-".toCharArray()) {
      IdentifierDefect d = UnifiedSocialCreditCode.check("91350100" + c + "000100Y43").orElseThrow();
      assertThat(d.reason()).isEqualTo(DefectReason.ILLEGAL_CHARACTER);
      assertThat(d.position()).hasValue(8);
    }
  }

  @Test
  void check_letterInDivisionPart_isIllegal() {
    IdentifierDefect d = UnifiedSocialCreditCode.check("9135A100M000100Y43").orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.ILLEGAL_CHARACTER);
    assertThat(d.position()).hasValue(4);
    assertThat(d.detail()).contains("position 5", "'A'", "expected a digit");
  }

  @Test
  void check_wrongLength_hasNoPosition() {
    for (String s : new String[] {"", "91350100M000100Y4", "91350100M000100Y433"}) {
      IdentifierDefect d = UnifiedSocialCreditCode.check(s).orElseThrow();
      assertThat(d.reason()).isEqualTo(DefectReason.WRONG_LENGTH);
      assertThat(d.position()).isEmpty();
    }
  }

  @Test
  void isValid_generatedCodes_areValid() {
    qt().forAll(TestIds.usccs()).check(s ->
        UnifiedSocialCreditCode.isValid(s)
            && UnifiedSocialCreditCode.check(s).isEmpty()
            && UnifiedSocialCreditCode.parse(s).toString().equals(s));
  }

  @Test
  void check_everySingleSubstitution_isRejected() {
    // Each position against every other alphabet character, plus characters outside the alphabet.
    String alphabet = TestIds.USCC_ALPHABET + "IOZSVa";
    qt().withExamples(300).forAll(TestIds.usccs()).checkAssert(s -> {
      for (int i = 0; i < 18; i++) {
        for (char c : alphabet.toCharArray()) {
          if (c != s.charAt(i)) {
            String corrupted = s.substring(0, i) + c + s.substring(i + 1);
            assertThat(UnifiedSocialCreditCode.isValid(corrupted)).as(corrupted).isFalse();
          }
        }
      }
    });
  }

  @Test
  void check_everyAdjacentTranspositionInFirst17_isRejected() {
    qt().forAll(TestIds.usccs()).checkAssert(s -> {
      for (int i = 0; i < 16; i++) {
        if (s.charAt(i) != s.charAt(i + 1)) {
          String swapped = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
          assertThat(UnifiedSocialCreditCode.isValid(swapped)).as(swapped).isFalse();
        }
      }
    });
  }

  @Test
  void check_agreesWithParse() {
    qt().forAll(TestIds.usccs().mix(TestIds.usccs().map(s -> s.substring(0, 17) + "0"))).checkAssert(s -> {
      boolean valid = UnifiedSocialCreditCode.check(s).isEmpty();
      assertThat(UnifiedSocialCreditCode.isValid(s)).isEqualTo(valid);
      if (!valid) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(s))
            .isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.defect()).isEqualTo(UnifiedSocialCreditCode.check(s).orElseThrow()));
      }
    });
  }

  @Test
  void json_roundTripsAsString() throws Exception {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(VALID);
    String json = YifaJson.mapper().writeValueAsString(code);
    assertThat(json).isEqualTo("\"" + VALID + "\"");
    assertThat(YifaJson.read(json, UnifiedSocialCreditCode.class)).isEqualTo(code);
  }

  @Test
  void json_invalidCode_isInputErrorWithReason() {
    assertThatThrownBy(() -> YifaJson.read("\"91350100M000100Y4Y\"", UnifiedSocialCreditCode.class))
        .hasMessageContaining("check character at position 18 is 'Y', expected '3'");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(UnifiedSocialCreditCode.parse(VALID), UnifiedSocialCreditCode.parse(VALID))
        .addEqualityGroup(UnifiedSocialCreditCode.parse(VALID_DIGITS_ONLY))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(UnifiedSocialCreditCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(UnifiedSocialCreditCode.parse(VALID));
  }
}
