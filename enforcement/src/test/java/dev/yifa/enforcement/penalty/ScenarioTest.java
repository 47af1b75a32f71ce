package dev.yifa.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario under {@code scenarios/penalty-2021/} and {@code scenarios/penalty-2017/}. A
 * scenario file is {@code {"base": "<file in base/>", "patch": <JSON merge patch>, "asOf": "…",
 * "pack": "penalty/2021.1", "expect": [{"rule": "…", "citations": ["《…》第…条"]}]}}; with {@code
 * "batch": [<patch>, …]} instead of {@code patch}, the patched documents are checked together and
 * every report must hold exactly the expected findings. The document checked is the base with the
 * patch applied (RFC 7386); the expectation stays outside it.
 */
class ScenarioTest {
  private static final Profiles PROFILES = Profiles.builtIn();

  static Stream<Path> scenarios() throws IOException, URISyntaxException {
    Path root = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("penalty-2021", "penalty-2017")) {
      try (Stream<Path> s = Files.list(root.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario_findsExactlyTheExpectedRulesAndCitations(Path file) throws IOException {
    JsonNode scenario = YifaJson.mapper().readTree(Files.readAllBytes(file));
    JsonNode base = YifaJson.mapper().readTree(Files.readAllBytes(file.resolveSibling("base").resolve(scenario.get("base").asText())));
    LocalDate asOf = LocalDate.parse(scenario.path("asOf").asText("2025-12-31"));
    List<JsonNode> patches = new ArrayList<>();
    if (scenario.has("batch")) {
      scenario.get("batch").forEach(patches::add);
    } else {
      patches.add(scenario.path("patch"));
    }
    List<PenaltyCase> cases = new ArrayList<>();
    List<RuleContext> contexts = new ArrayList<>();
    for (JsonNode patch : patches) {
      JsonNode doc = merge(base.deepCopy(), patch);
      PenaltyCase c = PenaltyCase.read(doc);
      cases.add(c);
      contexts.add(RuleContext.of(asOf, PROFILES.profileFor(c.region(), asOf)));
    }
    List<Report> reports = PenaltyPacks.checkBatch(cases, contexts);
    TreeSet<String> expected = new TreeSet<>();
    for (JsonNode e : scenario.get("expect")) {
      List<String> cites = new ArrayList<>();
      e.get("citations").forEach(t -> cites.add(t.asText()));
      expected.add(e.get("rule").asText() + " " + cites);
    }
    for (Report r : reports) {
      if (scenario.has("pack")) {
        assertThat(r.rulePack()).isEqualTo(scenario.get("pack").asText());
      }
      TreeSet<String> actual = new TreeSet<>();
      for (Finding f : r.findings()) {
        actual.add(f.ruleId() + " " + f.citations().stream().map(Citation::toChinese).toList());
      }
      assertThat(actual).as("findings of %s: %s", r.subject(), r.findings()).isEqualTo(expected);
    }
  }

  /** Applies a JSON merge patch (RFC 7386). */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode t = target.isObject() ? (ObjectNode) target : YifaJson.mapper().createObjectNode();
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (e.getValue().isNull()) {
        t.remove(e.getKey());
      } else {
        JsonNode existing = t.get(e.getKey());
        t.set(e.getKey(), merge(existing == null ? YifaJson.mapper().createObjectNode() : existing, e.getValue()));
      }
    }
    return t;
  }

  static JsonNode read(Path p) {
    try {
      return YifaJson.mapper().readTree(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
