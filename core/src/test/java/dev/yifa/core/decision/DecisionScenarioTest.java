package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionScenarioTest {
  static Stream<Path> scenarios() {
    return Scenarios.of("decision-2019");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario_findsExactlyTheExpectedRulesAndCitations(Path doc) throws IOException {
    Report report = Scenarios.verify(doc);
    assertThat(report.rulePack()).isEqualTo("decision/2019");
    assertThat(report.type()).isEqualTo("major-decision");
    String name = doc.getFileName().toString();
    if (name.contains("--lawful")) {
      assertThat(report.findings()).as(name).isEmpty();
    }
  }

  @Test
  void everyRule_hasALawfulAndACaughtScenario() {
    Set<String> lawful = new TreeSet<>();
    Set<String> caught = new TreeSet<>();
    scenarios()
        .map(p -> p.getFileName().toString())
        .forEach(
            n -> {
              String rule = n.substring(0, n.indexOf("--"));
              (n.contains("--lawful") ? lawful : caught).add(rule);
            });
    Set<String> ids = new TreeSet<>();
    for (Rule<MajorDecision> r : DecisionRules.PACK.rules()) {
      ids.add(r.id());
    }
    assertThat(lawful).isEqualTo(ids);
    assertThat(caught).isEqualTo(ids);
  }
}
