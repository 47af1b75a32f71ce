package dev.yifa.core.validation;

import dev.yifa.core.id.IdentifierDefect;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Turns an identifier defect into a constraint violation whose message names the reason. */
final class Violations {
  private static final String PREFIX = "{dev.yifa.core.validation.";

  private Violations() {}

  /**
   * Reports a defect, if any. When the constraint's message is its default, it is replaced by one
   * that adds the reason; templates are built from keys only, never from the value, so nothing the
   * user typed is interpolated.
   *
   * @return whether the value is valid
   */
  static boolean report(
      Optional<IdentifierDefect> defect, String message, ConstraintValidatorContext context) {
    if (defect.isEmpty()) {
      return true;
    }
    if (message.startsWith(PREFIX) && message.endsWith(".message}")) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              message + PREFIX + "separator}" + PREFIX + "reason." + defect.get().reason() + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
