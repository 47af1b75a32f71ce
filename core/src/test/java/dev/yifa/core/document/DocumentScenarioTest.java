package dev.yifa.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.decision.Scenarios;
import dev.yifa.core.rule.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentScenarioTest {
  static Stream<Path> scenarios() {
    return Scenarios.of("document-2018");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario_findsExactlyTheExpectedRulesAndCitations(Path doc) throws IOException {
    Report report = Scenarios.verify(doc);
    assertThat(report.rulePack()).isEqualTo("document/2018");
    assertThat(report.type()).isEqualTo("normative-document");
    String name = doc.getFileName().toString();
    if (name.contains("--lawful")) {
      assertThat(report.findings()).as(name).isEmpty();
    }
  }

  @Test
  void everyRule_hasALawfulAndACaughtScenario() {
    Scenarios.assertEveryRuleCovered("document-2018", DocumentRules.PACK);
  }
}
