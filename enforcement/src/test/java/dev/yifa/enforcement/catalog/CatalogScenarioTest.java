package dev.yifa.enforcement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yifa.core.law.Citation;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario under {@code scenarios/catalog-2021/} through the registered document checker
 * of its type and compares the findings (rule ids, citation texts, paths) with {@code
 * expected.json}, the sidecar that lists every scenario.
 */
class CatalogScenarioTest {
  private static final String DIR = "/scenarios/catalog-2021/";
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static JsonNode expected() throws IOException {
    try (InputStream in = CatalogScenarioTest.class.getResourceAsStream(DIR + "expected.json")) {
      return PLAIN.readTree(in);
    }
  }

  static Stream<String> scenarios() throws IOException {
    List<String> names = new ArrayList<>();
    expected().get("scenarios").fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  private static List<Map<String, Object>> actual(Report report) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(
          Map.of(
              "rule", f.ruleId(),
              "citations", f.citations().stream().map(Citation::toChinese).toList(),
              "paths", f.paths()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario_findsExactlyTheExpectedRulesCitationsAndPaths(String name) throws IOException {
    JsonNode expected = expected();
    LocalDate asOf = LocalDate.parse(expected.get("asOf").asText());
    JsonNode doc;
    try (InputStream in = CatalogScenarioTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      doc = PLAIN.readTree(in);
    }
    DocumentChecker checker = DocumentCheckers.load().forType(doc.get("type").asText()).orElseThrow();
    RuleContext ctx =
        RuleContext.of(
            asOf, Profiles.builtIn().profileFor(doc.get("region").asText(), asOf));
    Report report = checker.check(doc, ctx);

    List<Map<String, Object>> want = new ArrayList<>();
    for (JsonNode f : expected.get("scenarios").get(name)) {
      want.add(
          Map.of(
              "rule", f.get("rule").asText(),
              "citations", texts(f.get("citations")),
              "paths", texts(f.get("paths"))));
    }
    assertThat(actual(report)).as(name).containsExactlyInAnyOrderElementsOf(want);
    if (want.isEmpty()) {
      assertThat(report.compliant()).as(name).isTrue();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void everyRuleOfBothPacks_hasALawfulAndAnUnlawfulScenario() throws IOException {
    Set<String> names = new HashSet<>();
    expected().get("scenarios").fieldNames().forEachRemaining(names::add);
    for (var rule : CatalogRules.PACK.rules()) {
      assertThat(names).contains(rule.id() + ".lawful.json", rule.id() + ".unlawful.json");
    }
    for (var rule : CatalogRules.BENCHMARK_PACK.rules()) {
      assertThat(names)
          .contains("benchmarks." + rule.id() + ".lawful.json", "benchmarks." + rule.id() + ".unlawful.json");
    }
  }

  @Test
  void everyScenarioFile_isListedInTheSidecar() throws IOException {
    Set<String> names = new HashSet<>();
    expected().get("scenarios").fieldNames().forEachRemaining(names::add);
    Path dir = Path.of("src/test/resources/scenarios/catalog-2021");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> onDisk =
          files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json")).toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }
}
