package dev.yifa.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A rule, rule pack or scheme defined wrongly: a missing or twice-set builder field, a duplicate
 * rule id, a message key missing from a language, a message parameter the finding did not supply,
 * or a rule whose check threw. These are programming errors in the rule's author's code, never a
 * finding about the checked subject.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidRuleException extends YifaException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the id of the rule (or rule pack) defined wrongly, as far as it is known
   * @param message what is wrong, naming the field and value
   */
  public InvalidRuleException(String ruleId, String message) {
    super(requireNonNull(message, "message"));
    this.ruleId = requireNonNull(ruleId, "ruleId");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param ruleId the id of the rule (or rule pack) defined wrongly
   * @param message what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidRuleException(String ruleId, String message, @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.ruleId = requireNonNull(ruleId, "ruleId");
  }

  /**
   * Returns the id of the rule (or rule pack) defined wrongly.
   *
   * @return the rule id, e.g. {@code APL-063-hearing-not-offered}
   */
  public String ruleId() {
    return ruleId;
  }
}
