package dev.yifa.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link UnifiedSocialCreditCode} with {@link dev.yifa.core.id.UnifiedSocialCreditCode#check}.
 *
 * <p>Thread-safe once initialised.
 *
 * @since 0.1
 */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {
  private String message = "";

  /** Creates the validator; Bean Validation calls this. */
  public UnifiedSocialCreditCodeValidator() {}

  @Override
  public void initialize(UnifiedSocialCreditCode annotation) {
    this.message = annotation.message();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || Violations.report(dev.yifa.core.id.UnifiedSocialCreditCode.check(value.toString()), message, context);
  }
}
