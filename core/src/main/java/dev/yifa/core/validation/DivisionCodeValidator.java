package dev.yifa.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link DivisionCode} with {@link dev.yifa.core.id.DivisionCode#check}.
 *
 * <p>Thread-safe once initialised.
 *
 * @since 0.1
 */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, CharSequence> {
  private String message = "";

  /** Creates the validator; Bean Validation calls this. */
  public DivisionCodeValidator() {}

  @Override
  public void initialize(DivisionCode annotation) {
    this.message = annotation.message();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || Violations.report(dev.yifa.core.id.DivisionCode.check(value.toString()), message, context);
  }
}
