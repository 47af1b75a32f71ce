package dev.yifa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IdentifierGensTest {
  @Test
  void usccStrings_areValid() {
    qt().forAll(IdentifierGens.usccStrings()).check(UnifiedSocialCreditCode::isValid);
  }

  @Test
  void residentIdStrings_areValid_withBirthInRange() {
    LocalDate first = LocalDate.of(1990, 1, 1);
    LocalDate last = LocalDate.of(1990, 12, 31);
    qt().forAll(IdentifierGens.residentIdStrings(first, last)).checkAssert(s -> {
      ResidentIdNumber id = ResidentIdNumber.parse(s, last);
      assertThat(id.birthDate()).isBetween(first, last);
    });
  }

  @Test
  void divisionAndDocumentStrings_areValid() {
    qt().forAll(IdentifierGens.divisionCodeStrings()).check(DivisionCode::isValid);
    qt().forAll(IdentifierGens.countyDivisionCodeStrings())
        .check(s -> DivisionCode.parse(s).level() == DivisionCode.Level.COUNTY);
    qt().forAll(IdentifierGens.documentNumberStrings()).check(DocumentNumber::isValid);
  }

  @Test
  void valueGens_produceValues() {
    qt().forAll(IdentifierGens.usccs(), IdentifierGens.residentIds(), IdentifierGens.divisionCodes(),
            IdentifierGens.documentNumbers())
        .check((u, r, d, n) -> u.toString().length() == 18 && r.masked().contains("**********")
            && d.toString().length() == 6 && n.toString().endsWith("号"));
  }

  @Test
  void corruptedUsccStrings_areRejected() {
    qt().withExamples(2000).forAll(IdentifierGens.corruptedUsccStrings())
        .check(s -> !UnifiedSocialCreditCode.isValid(s));
  }

  @Test
  void corruptedResidentIdStrings_areRejected() {
    qt().withExamples(2000).forAll(IdentifierGens.corruptedResidentIdStrings())
        .check(s -> !ResidentIdNumber.isValid(s));
  }

  @Test
  void substitutions_changeExactlyOneCharacter_transpositionsSwapTwo() {
    String valid = "91350100M000100Y43";
    qt().forAll(IdentifierGens.substitutions(Generate.constant(valid), IdentifierGens.USCC_ALPHABET))
        .check(s -> s.length() == 18 && differences(valid, s) == 1);
    qt().forAll(IdentifierGens.transpositions(Generate.constant(valid), 17))
        .check(s -> differences(valid, s) == 2 && s.charAt(17) == '3');
    qt().forAll(IdentifierGens.wrongLengths(Generate.constant(valid), "0"))
        .check(s -> s.length() == 17 || s.length() == 19);
  }

  private static int differences(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }
}
