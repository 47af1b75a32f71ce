package dev.yifa.core.rule;

/**
 * The body of a rule: reads the subject and the context and adds a finding to {@code out} for each
 * violation it sees. A check that finds nothing adds nothing and allocates nothing.
 *
 * <p>A check must be pure: no clock, no file, no global state, no side effect other than adding to
 * {@code out}. It must be safe to call from many threads at once. Throwing is a programming error
 * (see {@link Checker}).
 *
 * @param <S> the subject type
 * @since 0.1
 */
@FunctionalInterface
public interface Check<S> {
  /**
   * Checks one subject.
   *
   * @param subject the subject
   * @param ctx what the rule may read besides the subject
   * @param out where findings go; the rule's id, severity, citations and message come from the
   *     rule
   */
  void check(S subject, RuleContext ctx, Findings out);
}
