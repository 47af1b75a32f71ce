package dev.yifa.core.validation;

import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.rule.Severity;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CompliesWith}: runs the provider's rule pack (errors only) and turns each
 * {@code ERROR} finding into a constraint violation. Not for direct use; the Bean Validation provider
 * creates it. Thread-safe after {@link #initialize(CompliesWith)}.
 *
 * @since 0.1
 */
public final class CompliesWithValidator implements ConstraintValidator<CompliesWith, Object> {
  /** The key whose templates, in core's {@code ContributorValidationMessages}, choose the language. */
  static final String FINDING_TEMPLATE = "{dev.yifa.core.validation.CompliesWith.finding}";

  private static final String HIBERNATE_CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

  private @Nullable RulePackProvider<Object> provider;
  private @Nullable Checker<Object> checker;

  /** Creates the validator; the Bean Validation provider calls this. */
  public CompliesWithValidator() {}

  @Override
  public void initialize(CompliesWith annotation) {
    Class<?> type = annotation.pack();
    try {
      @SuppressWarnings("unchecked")
      RulePackProvider<Object> p =
          (RulePackProvider<Object>) type.getDeclaredConstructor().newInstance();
      this.provider = p;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ConstraintDeclarationException(
          "cannot create rule pack provider " + type.getName() + ": " + e, e);
    }
    RulePack<Object> pack = provider.pack();
    this.checker = Checker.builder(pack).severities(Severity.ERROR).build();
  }

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    RulePackProvider<Object> p = provider;
    Checker<Object> c = checker;
    if (p == null || c == null) {
      throw new IllegalStateException("validator not initialized");
    }
    if (!c.pack().subjectType().isInstance(value)) {
      throw new ConstraintDeclarationException(
          "rule pack " + c.pack().name() + " checks " + c.pack().subjectType().getName()
              + ", not " + value.getClass().getName());
    }
    Report report = c.check(value, p.context(value));
    List<Finding> errors = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f);
      }
    }
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding f : errors) {
      addViolation(context, f);
    }
    return false;
  }

  private static void addViolation(ConstraintValidatorContext context, Finding f) {
    String template =
        addHibernateParameters(context, f) ? FINDING_TEMPLATE : escape(f.message().en());
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
    List<String> segments = f.paths().isEmpty() ? List.of() : segments(f.paths().get(0));
    if (segments.isEmpty() || isIndex(segments.get(0))) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext current = builder.addPropertyNode(segments.get(0));
    NodeBuilderDefinedContext defined = null;
    Integer pendingIndex = null;
    for (String segment : segments.subList(1, segments.size())) {
      if (isIndex(segment)) {
        pendingIndex = Integer.valueOf(segment);
        continue;
      }
      current = defined != null ? defined.addPropertyNode(segment) : current.addPropertyNode(segment);
      defined = null;
      if (pendingIndex != null) {
        defined = current.inIterable().atIndex(pendingIndex);
        pendingIndex = null;
      }
    }
    if (defined != null) {
      defined.addConstraintViolation();
    } else {
      current.addConstraintViolation();
    }
  }

  /** Passes both messages as Hibernate Validator message parameters; false if not Hibernate. */
  private static boolean addHibernateParameters(ConstraintValidatorContext context, Finding f) {
    try {
      Class<?> type = Class.forName(HIBERNATE_CONTEXT, false, context.getClass().getClassLoader());
      Object hibernate = context.unwrap(type);
      Method add = type.getMethod("addMessageParameter", String.class, Object.class);
      add.invoke(hibernate, "yifaZh", f.message().zh());
      add.invoke(hibernate, "yifaEn", f.message().en());
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      return false;
    } catch (InvocationTargetException e) {
      return false;
    } catch (RuntimeException e) {
      // unwrap throws ValidationException for a context of another provider
      return false;
    }
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Escapes a literal message for the Bean Validation template syntax. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
