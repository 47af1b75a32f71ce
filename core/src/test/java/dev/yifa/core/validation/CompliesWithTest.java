package dev.yifa.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.rule.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class CompliesWithTest {
  static final InstrumentVersion APL_2021 =
      new InstrumentVersion(
          new Instrument("administrative-penalty-law", "中华人民共和国行政处罚法",
              "Administrative Penalty Law of the People's Republic of China", InstrumentLevel.LAW, "全国人民代表大会常务委员会"),
          "2021", LocalDate.of(2021, 1, 22), LocalDate.of(2021, 7, 15), null);

  /** A penalty decision annotated with the constraint. */
  @CompliesWith(pack = DecisionRules.class)
  record Decision(String id, List<Penalty> penalties, int officers) {}

  record Penalty(BigDecimal amount) {}

  /** The provider: two errors and a warning. */
  public static final class DecisionRules implements RulePackProvider<Decision> {
    static final RulePack<Decision> PACK =
        RulePack.builder("decision", "1", Decision.class)
            .documentType("penalty-case")
            .subjectId(Decision::id)
            .messages(Messages.of(
                "decision",
                Map.of("officers", "执法人员{certified}人，不得少于两人", "cap", "罚款{amount}元超过上限", "small", "罚款为零"),
                Map.of("officers", "{certified} officer(s), at least two required", "cap", "fine {amount} over the cap", "small", "zero fine")))
            .add(Rule.<Decision>builder("APL-042-two-officers")
                .cites(APL_2021.article(42)).severity(Severity.ERROR).message("officers")
                .check((d, ctx, out) -> {
                  if (d.officers() < 2) {
                    out.finding("/officers").value("certified", d.officers());
                  }
                }).build())
            .add(Rule.<Decision>builder("APL-014-cap")
                .cites(APL_2021.article(14)).severity(Severity.ERROR).message("cap")
                .check((d, ctx, out) -> {
                  for (int i = 0; i < d.penalties().size(); i++) {
                    if (d.penalties().get(i).amount().compareTo(new BigDecimal("30000")) > 0) {
                      out.finding("/penalties/" + i + "/amount").value("amount", d.penalties().get(i).amount());
                    }
                  }
                }).build())
            .add(Rule.<Decision>builder("APL-009-zero")
                .cites(APL_2021.article(9)).severity(Severity.WARNING).message("small")
                .check((d, ctx, out) -> {
                  if (d.penalties().isEmpty()) {
                    out.finding("/penalties");
                  }
                }).build())
            .build();

    /** Creates the provider. */
    public DecisionRules() {}

    @Override
    public RulePack<Decision> pack() {
      return PACK;
    }

    @Override
    public RuleContext context(Decision subject) {
      LocalDate day = LocalDate.of(2025, 3, 1);
      return RuleContext.of(day, Profiles.builtIn().profileFor("110000", day));
    }
  }

  private static Validator validator(Locale locale) {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale).buildValidatorFactory();
    return factory.getValidator();
  }

  @Test
  void validate_lawfulDecision_hasNoViolations() {
    Decision d = new Decision("D-1", List.of(new Penalty(new BigDecimal("5000"))), 2);

    assertThat(validator(Locale.ENGLISH).validate(d)).isEmpty();
  }

  @Test
  void validate_warningsOnly_areNotViolations() {
    assertThat(validator(Locale.ENGLISH).validate(new Decision("D-1", List.of(), 2))).isEmpty();
  }

  @Test
  void validate_errors_becomeViolationsWithPathsAndEnglishMessages() {
    Decision d = new Decision("D-1", List.of(new Penalty(new BigDecimal("5000")), new Penalty(new BigDecimal("50000.00"))), 1);

    Set<ConstraintViolation<Decision>> violations = validator(Locale.ENGLISH).validate(d);

    assertThat(violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "officers", "1 officer(s), at least two required",
            "penalties[1].amount", "fine 50000.00 over the cap"));
  }

  @Test
  void validate_chineseLocale_givesChineseMessages() {
    Decision d = new Decision("D-1", List.of(new Penalty(new BigDecimal("50000.00"))), 1);

    Set<String> messages =
        validator(Locale.SIMPLIFIED_CHINESE).validate(d).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());

    assertThat(messages).containsExactlyInAnyOrder("执法人员1人，不得少于两人", "罚款50000.00元超过上限");
  }

  /** Finding values come from input: they must never be interpolated or evaluated again. */
  @Test
  void validate_valuesLookingLikeTemplates_stayLiteral() {
    String hostile = "${1+1} {yifaZh} {name} \\{x} #{2}";

    Set<String> messages =
        validator(Locale.ENGLISH).validate(new Named(hostile)).stream()
            .map(ConstraintViolation::getMessage).collect(Collectors.toSet());

    assertThat(messages).containsExactly("name " + hostile);
  }

  @CompliesWith(pack = NamedRules.class)
  record Named(String name) {}

  /** Copies the subject's name into its message. */
  public static final class NamedRules implements RulePackProvider<Named> {
    static final RulePack<Named> PACK =
        RulePack.builder("named", "1", Named.class).documentType("d").subjectId(Named::name)
            .messages(Messages.of("m", Map.of("k", "名称{name}"), Map.of("k", "name {name}")))
            .add(Rule.<Named>builder("APL-001-name").cites(APL_2021.article(1)).severity(Severity.ERROR).message("k")
                .check((x, ctx, out) -> out.finding("/name").value("name", x.name())).build())
            .build();

    /** Creates the provider. */
    public NamedRules() {}

    @Override
    public RulePack<Named> pack() {
      return PACK;
    }

    @Override
    public RuleContext context(Named subject) {
      LocalDate day = LocalDate.of(2025, 3, 1);
      return RuleContext.of(day, Profiles.builtIn().national(day));
    }
  }

  @Test
  void escape_protectsTemplateSyntax() {
    assertThat(CompliesWithValidator.escape("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
  }
}
