package dev.yifa.assessment.review;

import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Message;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.util.List;
import java.util.Map;

/** Builds reports of penalty-case checks for tests, as the penalty pack would. */
final class Reports {
  private Reports() {}

  static Finding finding(String ruleId, Severity severity, int article, String... paths) {
    return new Finding(
        ruleId,
        severity,
        List.of(Laws.APL_2021.article(article).paragraph(1)),
        new Message("消息 " + ruleId, "message " + ruleId),
        List.of(paths),
        Map.of());
  }

  static Report report(String subject, Finding... findings) {
    return new Report(subject, "penalty-case", "penalty/2021.1", "360000@2021-06-09", List.of(findings), List.of());
  }
}
