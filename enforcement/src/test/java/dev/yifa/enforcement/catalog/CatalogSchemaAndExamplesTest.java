package dev.yifa.enforcement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yifa.core.body.AdministrativeBody;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas name exactly the fields the records read; the samples check as documented. */
class CatalogSchemaAndExamplesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static JsonNode schema(String type) throws Exception {
    try (InputStream in = PowerCatalog.class.getResourceAsStream("/schemas/" + type + ".schema.json")) {
      assertThat(in).as("schema in the jar").isNotNull();
      return PLAIN.readTree(in);
    }
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> properties(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void schemaProperties_matchTheRecordComponents() throws Exception {
    JsonNode catalog = schema("power-catalog");
    assertThat(properties(catalog)).containsExactlyInAnyOrderElementsOf(components(PowerCatalog.class));
    assertThat(properties(catalog.get("$defs").get("power"))).containsExactlyInAnyOrderElementsOf(components(Power.class));
    assertThat(properties(catalog.get("$defs").get("body")))
        .containsExactlyInAnyOrderElementsOf(components(AdministrativeBody.class));
    JsonNode benchmarks = schema("discretion-benchmarks");
    assertThat(properties(benchmarks)).containsExactlyInAnyOrderElementsOf(components(DiscretionBenchmarks.class));
    assertThat(properties(benchmarks.get("$defs").get("violation")))
        .containsExactlyInAnyOrderElementsOf(components(ViolationBenchmark.class));
    assertThat(properties(benchmarks.get("$defs").get("level")))
        .containsExactlyInAnyOrderElementsOf(components(BenchmarkLevel.class));
  }

  private static Report checkExample(String name) throws Exception {
    byte[] json = Files.readAllBytes(Path.of("../examples/data/catalog", name));
    return DocumentCheckers.load().check(json, LocalDate.of(2025, 12, 31));
  }

  @Test
  void countyExample_isCompliantWithoutFindings() throws Exception {
    Report report = checkExample("county-catalog.json");
    assertThat(report.findings()).isEmpty();
    assertThat(report.rulePack()).isEqualTo("catalog/2021.1");
  }

  @Test
  void defectsExample_hasExactlyItsTwoDeliberateDefects() throws Exception {
    Report report = checkExample("county-catalog-defects.json");
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly("APL-020-entrusted-without-delegator", "LIC-017-licence-by-normative-document");
    assertThat(report.compliant()).isFalse();
  }

  @Test
  void priceBenchmarksExample_isCompliant() throws Exception {
    Report report = checkExample("price-benchmarks.json");
    assertThat(report.findings()).isEmpty();
    assertThat(report.type()).isEqualTo("discretion-benchmarks");
  }
}
