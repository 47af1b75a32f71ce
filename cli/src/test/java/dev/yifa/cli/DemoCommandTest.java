package dev.yifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
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
