package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.InvalidIdentifierException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** For arbitrary input, check, isValid and parse agree, and none fails other than as documented. */
class ChecksAgreeTest {
  /** Strings over the characters that matter, lengths around the interesting ones. */
  private static Gen<String> nearMisses() {
    String chars = "0123456789XxAIZ号〔〕[]()（）第国发-é\u0000";
    return Generate.intArrays(Generate.range(0, 20), Generate.range(0, chars.length() - 1))
        .map(a -> {
          StringBuilder b = new StringBuilder();
          for (int i : a) {
            b.append(chars.charAt(i));
          }
          return b.toString();
        });
  }

  private static Gen<String> anything() {
    return SourceDSL.strings().allPossible().ofLengthBetween(0, 24).mix(nearMisses());
  }

  private static void agree(
      String s,
      Function<String, java.util.Optional<IdentifierDefect>> check,
      Predicate<String> isValid,
      Function<String, ?> parse) {
    java.util.Optional<IdentifierDefect> d = check.apply(s);
    assertThat(isValid.test(s)).isEqualTo(d.isEmpty());
    if (d.isEmpty()) {
      assertThat(parse.apply(s)).isNotNull();
    } else {
      assertThatThrownBy(() -> parse.apply(s))
          .isInstanceOfSatisfying(InvalidIdentifierException.class,
              e -> assertThat(e.defect()).isEqualTo(d.get()));
      d.get().position().ifPresent(p -> assertThat(p).isBetween(0, s.length()));
    }
  }

  @Test
  void allKinds_checkIsValidAndParseAgree_onArbitraryInput() {
    qt().forAll(anything()).checkAssert(s -> {
      agree(s, UnifiedSocialCreditCode::check, UnifiedSocialCreditCode::isValid, UnifiedSocialCreditCode::parse);
      agree(s, ResidentIdNumber::check, ResidentIdNumber::isValid, ResidentIdNumber::parse);
      agree(s, DivisionCode::check, DivisionCode::isValid, DivisionCode::parse);
      agree(s, DocumentNumber::check, DocumentNumber::isValid, DocumentNumber::parse);
    });
  }

  @Test
  void residentId_defectMessages_neverShowMaskedDigits() {
    Gen<String> corrupted = TestIds.residentIds().zip(Generate.range(0, 17), Generate.range(0, 10),
        (s, i, c) -> s.substring(0, i) + "0123456789A".charAt(c) + s.substring(i + 1));
    qt().forAll(corrupted).checkAssert(s -> ResidentIdNumber.check(s).ifPresent(d -> {
      assertThat(d.message()).doesNotContain(s.substring(4, 14));
      assertThat(d.maskedValue()).isEqualTo(IdentifierDefect.mask(s));
    }));
  }
}
