package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads scenario files from {@code src/test/resources/scenarios/<pack>/}: each {@code X.json} is a
 * document and {@code X.expected.json} its sidecar, {@code {asOf, findings: [{rule, severity,
 * citations: [text…], values?: {…}}]}}. Checking goes through {@link DocumentCheckers#load()}, so
 * the service registration is exercised too.
 */
public final class Scenarios {
  private static final DocumentCheckers CHECKERS = DocumentCheckers.load();

  private Scenarios() {}

  /** Lists the scenario documents of a pack directory, sorted by name. */
  public static Stream<Path> of(String pack) {
    URL url = Scenarios.class.getResource("/scenarios/" + pack);
    if (url == null) {
      throw new IllegalStateException("no scenarios for " + pack);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<Path> docs =
          files
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
              .sorted()
              .toList();
      return docs.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks a scenario and asserts its findings are exactly the expected ones, in order. */
  public static Report verify(Path doc) throws IOException {
    String name = doc.getFileName().toString();
    Path sidecar = doc.resolveSibling(name.replace(".json", ".expected.json"));
    JsonNode expected = YifaJson.read(Files.readAllBytes(sidecar), JsonNode.class);
    LocalDate asOf = LocalDate.parse(expected.get("asOf").asText());
    Report report = CHECKERS.check(Files.readAllBytes(doc), asOf);
    List<String> actual = new ArrayList<>();
    for (Finding f : report.findings()) {
      actual.add(f.ruleId() + " " + f.severity() + " " + texts(f.citations()));
    }
    List<String> wanted = new ArrayList<>();
    for (JsonNode e : expected.get("findings")) {
      List<String> cites = new ArrayList<>();
      e.get("citations").forEach(c -> cites.add(c.asText()));
      wanted.add(e.get("rule").asText() + " " + e.get("severity").asText() + " " + cites);
    }
    assertThat(actual).as(name).containsExactlyElementsOf(wanted);
    int i = 0;
    for (JsonNode e : expected.get("findings")) {
      if (e.has("values")) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> v : e.get("values").properties()) {
          values.put(v.getKey(), v.getValue().asText());
        }
        assertThat(report.findings().get(i).values()).as(name).containsAllEntriesOf(values);
      }
      i++;
    }
    return report;
  }

  /**
   * Asserts that every rule of a pack has a lawful scenario ({@code <rule>--lawful…}) and a caught
   * one ({@code <rule>--…}) in the pack's scenario directory.
   */
  public static void assertEveryRuleCovered(String pack, RulePack<?> rules) {
    Set<String> lawful = new TreeSet<>();
    Set<String> caught = new TreeSet<>();
    of(pack)
        .map(p -> p.getFileName().toString())
        .forEach(
            n -> {
              String rule = n.substring(0, n.indexOf("--"));
              (n.contains("--lawful") ? lawful : caught).add(rule);
            });
    Set<String> ids = new TreeSet<>();
    for (Rule<?> r : rules.rules()) {
      ids.add(r.id());
    }
    assertThat(lawful).as("rules with a lawful scenario").isEqualTo(ids);
    assertThat(caught).as("rules with a caught scenario").isEqualTo(ids);
  }

  private static List<String> texts(List<Citation> citations) {
    return citations.stream().map(Citation::toChinese).toList();
  }
}
