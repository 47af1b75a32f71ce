package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Message;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test-only checker for {@code sample-case} documents that flags fewer than two officers, as
 * the penalty pack's {@code APL-042-two-officers} does: lets the score command's review of case
 * files be tested without the penalty pack.
 */
public final class SampleCaseChecker implements DocumentChecker {
  /** Creates the checker. */
  public SampleCaseChecker() {}

  @Override
  public String type() {
    return "sample-case";
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    if (document.path("officers").size() < 2) {
      findings.add(new Finding("APL-042-two-officers", Severity.ERROR, List.of(Laws.APL_2021.article(42).paragraph(1)),
          new Message("执法人员少于两人", "fewer than two officers"), List.of("/officers"), Map.of()));
    }
    return new Report(document.path("id").asText(), type(), "sample/1", context.profile().id(), findings, List.of());
  }
}
