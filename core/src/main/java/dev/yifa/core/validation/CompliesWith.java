package dev.yifa.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Class-level constraint: the annotated object must comply with a rule pack. Every {@code ERROR}
 * finding becomes one constraint violation whose message is the finding's message in the
 * validator's locale (Chinese for a {@code zh} locale, English otherwise) and whose property path
 * follows the finding's first JSON pointer ({@code /decision/penalties/0/amount} becomes {@code
 * decision.penalties[0].amount}; a path that is empty or starts with an index stays on the bean).
 * Warnings and notices are not violations.
 *
 * <pre>{@code
 * @CompliesWith(pack = PenaltyPackProvider.class)
 * public record PenaltyCase(…) {}
 * }</pre>
 *
 * <p>The localised message relies on Hibernate Validator's message parameters; with another
 * provider the message is the English one.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = CompliesWithValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CompliesWith.List.class)
public @interface CompliesWith {
  /**
   * The provider of the rule pack and context.
   *
   * @return the provider class, with a public no-argument constructor
   */
  @SuppressWarnings("rawtypes")
  Class<? extends RulePackProvider> pack();

  /**
   * The message when no finding replaces it (not used for findings).
   *
   * @return the message template
   */
  String message() default "{dev.yifa.core.validation.CompliesWith.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@link CompliesWith} on one type.
   *
   * @since 0.1
   */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    CompliesWith[] value();
  }
}
