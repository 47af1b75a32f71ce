package dev.yifa.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {
  private static ValidatorFactory chinese;
  private static ValidatorFactory english;

  static final class Party {
    @UnifiedSocialCreditCode String uscc;
    @ResidentIdNumber String residentId;
    @ResidentIdNumber(birthDateNotInFuture = true) String bornBeforeToday;
    @DivisionCode String region;
    @DocumentNumber String number;
    @UnifiedSocialCreditCode(message = "custom") String customMessage;
  }

  @BeforeAll
  static void build() {
    Clock fixed = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
    chinese = factory(Locale.CHINA, fixed);
    english = factory(Locale.ENGLISH, fixed);
  }

  private static ValidatorFactory factory(Locale locale, Clock clock) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .clockProvider(() -> clock)
        .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    chinese.close();
    english.close();
  }

  private static Set<String> messages(ValidatorFactory f, Party p) {
    Validator v = f.getValidator();
    return v.validate(p).stream()
        .map(c -> c.getPropertyPath() + " " + c.getMessage())
        .collect(Collectors.toSet());
  }

  @Test
  void nulls_andValidValues_areValid() {
    Party p = new Party();
    assertThat(english.getValidator().validate(p)).isEmpty();
    p.uscc = "91350100M000100Y43";
    p.residentId = "11010519491231002X";
    p.bornBeforeToday = "11010519491231002X";
    p.region = "360424";
    p.number = "国办发〔2018〕37号";
    p.customMessage = "91350100M000100Y43";
    assertThat(english.getValidator().validate(p)).isEmpty();
  }

  @Test
  void invalid_english_messagesSayWhy() {
    Party p = new Party();
    p.uscc = "91350100M000100Y4Y";
    p.residentId = "110105194902290025";
    p.region = "990000";
    p.number = "国办发〔2018〕037号";
    assertThat(messages(english, p)).containsExactlyInAnyOrder(
        "uscc must be a valid unified social credit code: the check character is wrong",
        "residentId must be a valid resident identity number: the birth date is not a real date on or after 1900-01-01",
        "region must be a valid administrative-division code: the administrative-division code is not of a form GB/T 2260 uses",
        "number must be a valid document number such as 国办发〔2018〕37号: the serial number has a leading zero or is too long");
  }

  @Test
  void invalid_chinese_messagesSayWhy() {
    Party p = new Party();
    p.uscc = "91350100M000100Y4";
    p.residentId = "110105194912310029";
    assertThat(messages(chinese, p)).containsExactlyInAnyOrder(
        "uscc 不是有效的统一社会信用代码：长度不正确",
        "residentId 不是有效的公民身份号码：校验码错误");
  }

  @Test
  void invalid_messageNeverContainsTheValue() {
    Party p = new Party();
    p.residentId = "110105194912310029";
    Set<ConstraintViolation<Party>> violations = english.getValidator().validate(p);
    assertThat(violations).singleElement().satisfies(v ->
        assertThat(v.getMessage()).doesNotContain("19491231"));
  }

  @Test
  void birthDateNotInFuture_usesClockProvider() {
    Party p = new Party();
    p.bornBeforeToday = "110105203001010014".substring(0, 17)
        + dev.yifa.core.id.ResidentIdNumber.checkCharacter("11010520300101001");
    p.residentId = p.bornBeforeToday;
    assertThat(messages(english, p)).containsExactly(
        "bornBeforeToday must be a valid resident identity number: the birth date is in the future");
  }

  @Test
  void customMessage_isKept() {
    Party p = new Party();
    p.customMessage = "91350100M000100Y4Y";
    assertThat(messages(english, p)).containsExactly("customMessage custom");
  }
}
