package dev.yifa.core.rule;

import dev.yifa.core.InvalidRuleException;
import java.util.List;
import java.util.Map;

/** A rule of a pack together with the messages its key was verified against. */
final class BoundRule<S> {
  final Rule<S> rule;
  final Messages messages;

  BoundRule(Rule<S> rule, Messages messages) {
    this.rule = rule;
    this.messages = messages;
  }

  Finding toFinding(List<String> paths, Map<String, String> values) {
    Message message;
    try {
      message = messages.render(rule.messageKey(), values);
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleException(
          rule.id(), "rule " + rule.id() + " made a finding its message cannot render: " + e.getMessage(), e);
    }
    return new Finding(rule.id(), rule.severity(), rule.citations(), message, paths, values);
  }
}
