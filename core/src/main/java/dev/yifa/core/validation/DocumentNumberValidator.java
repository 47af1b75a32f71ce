package dev.yifa.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link DocumentNumber} with {@link dev.yifa.core.id.DocumentNumber#check}.
 *
 * <p>Thread-safe once initialised.
 *
 * @since 0.1
 */
public final class DocumentNumberValidator implements ConstraintValidator<DocumentNumber, CharSequence> {
  private String message = "";

  /** Creates the validator; Bean Validation calls this. */
  public DocumentNumberValidator() {}

  @Override
  public void initialize(DocumentNumber annotation) {
    this.message = annotation.message();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || Violations.report(dev.yifa.core.id.DocumentNumber.check(value.toString()), message, context);
  }
}
