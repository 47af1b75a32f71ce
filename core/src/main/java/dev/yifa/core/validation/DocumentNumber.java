package dev.yifa.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code String} (or other {@code CharSequence}) must be a document number (发文字号) such as 国办发〔2018〕37号; other brackets are accepted as by {@code parse}, as checked by
 * {@link dev.yifa.core.id.DocumentNumber}. {@code null} is valid, as the Bean Validation convention is; add {@code @NotNull}
 * to require a value.
 *
 * <p>When {@link #message()} is left at its default, the message says why the value was rejected
 * (e.g. "the check character is wrong"), in the validator's locale (Chinese and English are
 * shipped in {@code ContributorValidationMessages}, so they never clash with your own
 * {@code ValidationMessages}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = DocumentNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface DocumentNumber {
  /**
   * The message template; by default a message that names the reason.
   *
   * @return the template
   */
  String message() default "{dev.yifa.core.validation.DocumentNumber.message}";

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
}
