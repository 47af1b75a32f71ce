package dev.yifa.core.validation;

import dev.yifa.core.id.IdentifierDefect;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ResidentIdNumber} with {@link dev.yifa.core.id.ResidentIdNumber#check}.
 *
 * <p>Thread-safe once initialised.
 *
 * @since 0.1
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {
  private String message = "";

  private boolean notInFuture;

  /** Creates the validator; Bean Validation calls this. */
  public ResidentIdNumberValidator() {}

  @Override
  public void initialize(ResidentIdNumber annotation) {
    this.message = annotation.message();
    this.notInFuture = annotation.birthDateNotInFuture();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String s = value.toString();
    Optional<IdentifierDefect> defect =
        notInFuture
            ? dev.yifa.core.id.ResidentIdNumber.check(
                s, LocalDate.now(context.getClockProvider().getClock()))
            : dev.yifa.core.id.ResidentIdNumber.check(s);
    return Violations.report(defect, message, context);
  }
}
