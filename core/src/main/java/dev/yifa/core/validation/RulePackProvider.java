package dev.yifa.core.validation;

import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;

/**
 * Supplies the rule pack and the context for {@link CompliesWith}. Implementations need a public
 * no-argument constructor (the validator creates one per constraint) and, in a named module, their
 * package must be open to {@code dev.yifa.core}. They must be thread-safe.
 *
 * @param <S> the subject type
 * @since 0.1
 */
public interface RulePackProvider<S> {
  /**
   * Returns the rule pack to run.
   *
   * @return the pack
   */
  RulePack<S> pack();

  /**
   * Returns the context to check a subject in, e.g. with the profile of the subject's region.
   *
   * @param subject the subject about to be checked
   * @return the context
   */
  RuleContext context(S subject);
}
