package dev.yifa.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.enforcement.catalog.DiscretionBenchmarks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 2021 pack checks a decision's fine against the discretion benchmarks in its context. */
class PenaltyDiscretionWiringTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static String read(String path) throws IOException {
    return Files.readString(Path.of("..", path), StandardCharsets.UTF_8);
  }

  private static Report check(long fine, boolean withBenchmarks) throws IOException {
    ObjectNode doc =
        (ObjectNode) YifaJson.read(read("examples/data/penalty/lawful-ordinary-jiangxi.json"), JsonNode.class);
    ((ObjectNode) doc.get("violation")).put("code", "JG-008");
    ObjectNode decision = (ObjectNode) doc.get("decision");
    ((ObjectNode) decision.get("penalties").get(0)).put("amount", fine);
    ((ObjectNode) decision.get("discretion")).put("level", "GENERAL").put("min", 100000).put("max", 100000);
    ((ObjectNode) doc.get("notice").get("proposed").get(0)).put("amount", fine);
    PenaltyCase c = PenaltyCase.read(doc);
    RuleContext ctx = RuleContext.of(AS_OF, Profiles.builtIn().profileFor("360424", AS_OF));
    if (withBenchmarks) {
      ctx =
          ctx.with(
              DiscretionBenchmarks.CONTEXT_KEY,
              DiscretionBenchmarks.fromJson(read("examples/data/catalog/price-benchmarks.json")));
    }
    return PenaltyPacks.check(c, ctx);
  }

  @Test
  void fineInsideTheLevel_noBenchmarkFinding() throws IOException {
    assertThat(check(100000, true).findings())
        .extracting(Finding::ruleId)
        .noneMatch(id -> id.contains("benchmark") || id.startsWith("APL-038-fine"));
  }

  @Test
  void fineOutsideTheLevel_isCaughtWithArticle34() throws IOException {
    Report r = check(150000, true);
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("APL-034-fine-outside-benchmark"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.paths()).contains("/decision/penalties/0/amount");
              assertThat(f.citations().get(0).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第三十四条");
            });
  }

  @Test
  void noBenchmarksInContext_noBenchmarkFinding() throws IOException {
    assertThat(check(150000, false).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("APL-034-fine-outside-benchmark");
  }
}
