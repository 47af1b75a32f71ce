package dev.yifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.testkit.DemoCounty;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void demo_writesDocumentsAndReports_sameBytesEveryRun(@TempDir Path tmp) throws IOException {
    Path first = tmp.resolve("a");
    assertThat(run("--out", first.toString())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(first.resolve("report.txt")).exists();
    assertThat(first.resolve("index.html")).exists();
    assertThat(first.resolve("documents/catalog/power-catalog.json")).exists();
    assertThat(first.resolve("documents/officers/officer-events.json")).exists();
    try (Stream<Path> cases = Files.list(first.resolve("documents/penalty"))) {
      assertThat(cases.count()).isEqualTo(300);
    }
    assertThat(out.toString()).contains("示范县").contains("SFX-ZR-2025-Q001").contains("APL-063-hearing-not-offered");

    JsonNode report = YifaJson.mapper().readTree(Files.readString(first.resolve("report.json"), StandardCharsets.UTF_8));
    assertThat(report.get("documents").get("penalty-case").asInt()).isEqualTo(300);
    assertThat(report.get("county").get("region").asText()).isEqualTo("360424");
    assertThat(report.get("penaltyCases").get("withError").asInt()).isPositive();
    assertThat(report.get("cards").get("GREEN").asInt()).isGreaterThan(600);
    boolean quarry = false;
    for (JsonNode i : report.get("inaction")) {
      quarry |= i.get("quarry").asBoolean() && i.get("rule").asText().equals("APL-054-lead-not-filed");
    }
    assertThat(quarry).isTrue();
    assertThat(report.get("review").get("files").asInt()).isEqualTo(300);
    assertThat(report.get("ranking").get("units")).hasSize(45);
    assertThat(report.get("ranking").get("awards").get(0).get("units")).hasSize(3);
    assertThat(first.resolve("assessment/assessment-data.json")).exists();
    // Major decisions and normative documents: written, checked, gated, and feeding the assessment.
    try (Stream<Path> d = Files.list(first.resolve("documents/decision"))) {
      assertThat(d.count()).isEqualTo(24);
    }
    try (Stream<Path> d = Files.list(first.resolve("documents/normative"))) {
      assertThat(d.count()).isEqualTo(12);
    }
    assertThat(report.get("majorDecisions").get("total").asInt()).isEqualTo(24);
    assertThat(report.get("majorDecisions").get("byYear").get("2024").asInt()).isEqualTo(12);
    assertThat(report.get("majorDecisions").get("mayNotGoToMeeting")).hasSize(4);
    List<String> townshipRules = new java.util.ArrayList<>();
    for (JsonNode f : report.get("normativeDocuments").get("findings")) {
      if (f.path("township").asBoolean(false)) {
        townshipRules.add(f.get("rule").asText());
      }
    }
    assertThat(townshipRules).containsExactlyInAnyOrder("NDOC-001-revokes-specific-act", "NDOC-073-revoke-beyond-authority");
    assertThat(report.get("normativeDocuments").get("inForce")).hasSize(10);
    assertThat(report.get("ranking").get("indicatorsFromDocuments").toString()).contains("normative-filing-timely");
    JsonNode data = YifaJson.mapper().readTree(Files.readString(first.resolve("assessment/assessment-data.json"), StandardCharsets.UTF_8));
    for (JsonNode u : data.get("units")) {
      JsonNode v = u.get("values");
      if (u.get("name").asText().equals("示范县南山乡人民政府")) {
        assertThat(v.get("unlawful-documents").get("items")).hasSize(1);
      }
      if (u.get("name").asText().equals("示范县农业农村局")) {
        assertThat(v.get("normative-filing-timely").get("numerator").asInt()).isZero();
        assertThat(v.get("normative-filing-rate").get("numerator").asInt()).isEqualTo(1);
      }
      if (u.get("name").asText().equals("示范县水利局")) {
        assertThat(v.get("decisions-without-review").get("items")).hasSize(1);
        assertThat(v.get("major-decisions-procedure").get("denominator").asInt()).isEqualTo(2);
        assertThat(v.get("major-decisions-procedure").get("numerator").asInt()).isEqualTo(1);
      }
    }
    assertThat(out.toString()).contains(DemoCounty.TOWNSHIP_REVOCATION).contains("MAJ-025-no-legality-review");
    String html = Files.readString(first.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").doesNotContain("<script", "https:", "<link");

    Path second = tmp.resolve("b");
    assertThat(run("--out", second.toString())).isZero();
    List<Path> a = files(first);
    List<Path> b = files(second);
    assertThat(b).hasSameSizeAs(a);
    for (Path p : a) {
      Path other = second.resolve(first.relativize(p));
      assertThat(Files.readAllBytes(other)).as(first.relativize(p).toString()).isEqualTo(Files.readAllBytes(p));
    }
  }

  @Test
  void demo_refusesANonEmptyDirectoryItDidNotMake_unlessForced(@TempDir Path tmp) throws IOException {
    Path mine = tmp.resolve("mine");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("thesis.txt"), "do not delete", StandardCharsets.UTF_8);
    assertThat(run("--out", mine.toString())).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("not empty");
    assertThat(mine.resolve("thesis.txt")).hasContent("do not delete");
    assertThat(mine.resolve("report.txt")).doesNotExist();

    assertThat(run("--out", mine.toString(), "--force")).isZero();
    assertThat(mine.resolve("report.txt")).exists();
    assertThat(mine.resolve("thesis.txt")).doesNotExist();
    // A directory the demo made is replaced without --force, and nothing is left beside it.
    assertThat(run("--out", mine.toString(), "--lang", "en")).isZero();
    assertThat(Files.readString(mine.resolve("report.txt"), StandardCharsets.UTF_8)).startsWith("Yifa demo");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactly("mine");
    }
  }
}
