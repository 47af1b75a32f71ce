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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  private static final Path DATA = Path.of("..", "examples", "data");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "check";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void lawfulCase_exitsZeroAndSaysCompliant() {
    int code = run(DATA.resolve("penalty/lawful-ordinary-jiangxi.json").toString(), "--as-of", "2025-12-31");
    assertThat(code).isEqualTo(Yifa.OK);
    assertThat(out.toString()).contains("XS-SJ-2025-0001").contains("合规");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void unlawfulCase_exitsOneWithRuleAndCitationInJson() {
    int code =
        run(
            DATA.resolve("penalty/unlawful-hearing-not-offered-served-late.json").toString(),
            "--as-of",
            "2025-12-31",
            "--format",
            "json");
    assertThat(code).isEqualTo(Yifa.FINDINGS);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode report = YifaJson.read(lines.get(0), JsonNode.class);
    assertThat(report.get("compliant").asBoolean()).isFalse();
    assertThat(report.get("findings").findValuesAsText("rule")).contains("APL-063-hearing-not-offered");
    assertThat(lines.get(0)).contains("《中华人民共和国行政处罚法》第六十三条第一款");
  }

  @Test
  void directories_checkEveryDocumentType() {
    int code =
        run(
            DATA.resolve("penalty").toString(),
            DATA.resolve("catalog").toString(),
            DATA.resolve("decision").toString(),
            DATA.resolve("document").toString(),
            "--as-of",
            "2025-12-31",
            "--format",
            "json");
    assertThat(code).isEqualTo(Yifa.FINDINGS);
    List<String> types =
        out.toString().lines().map(l -> YifaJson.read(l, JsonNode.class).get("type").asText()).distinct().toList();
    assertThat(types)
        .contains("penalty-case", "power-catalog", "discretion-benchmarks", "major-decision", "normative-document");
  }

  @Test
  void malformedDocument_exitsTwoNamingFileAndPointer(@TempDir Path tmp) throws IOException {
    String doc = read(DATA.resolve("penalty/lawful-ordinary-jiangxi.json")).replace("\"ORDINARY\"", "\"QUICK\"");
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, doc, StandardCharsets.UTF_8);
    int code = run(bad.toString(), "--as-of", "2025-12-31");
    assertThat(code).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("bad.json").contains("/procedure");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownType_exitsTwoListingKnownTypes(@TempDir Path tmp) throws IOException {
    Path doc = tmp.resolve("x.json");
    Files.writeString(doc, "{\"type\":\"parking-ticket\",\"region\":\"360000\"}", StandardCharsets.UTF_8);
    assertThat(run(doc.toString(), "--as-of", "2025-12-31")).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("unknown document type 'parking-ticket'").contains("penalty-case");
  }

  @Test
  void badDocumentBesideGoodOnes_othersAreStillReported(@TempDir Path tmp) throws IOException {
    Files.copy(DATA.resolve("penalty/lawful-ordinary-jiangxi.json"), tmp.resolve("a.json"));
    Files.writeString(tmp.resolve("b.json"), "{\"type\":", StandardCharsets.UTF_8);
    assertThat(run(tmp.toString(), "--as-of", "2025-12-31")).isEqualTo(Yifa.BAD_INPUT);
    assertThat(out.toString()).contains("XS-SJ-2025-0001");
    assertThat(err.toString()).contains("b.json").contains("malformed JSON");
  }

  @Test
  void jsonLines_eachLineIsADocumentNamedByLine(@TempDir Path tmp) throws IOException {
    String one = YifaJson.read(read(DATA.resolve("penalty/lawful-ordinary-jiangxi.json")), JsonNode.class).toString();
    Files.writeString(tmp.resolve("cases.jsonl"), one + "\n\n" + one.replace("XS-SJ-2025-0001", "XS-SJ-2025-0009") + "\n{oops\n");
    assertThat(run(tmp.resolve("cases.jsonl").toString(), "--as-of", "2025-12-31")).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("cases.jsonl:4");
  }

  @Test
  void benchmarks_fineOutsideTheLevelIsCaught(@TempDir Path tmp) throws IOException {
    JsonNode doc = YifaJson.read(read(DATA.resolve("penalty/lawful-ordinary-jiangxi.json")), JsonNode.class);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("violation")).put("code", "JG-008");
    var decision = (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("decision");
    ((com.fasterxml.jackson.databind.node.ObjectNode) decision.get("penalties").get(0)).put("amount", 150000);
    ((com.fasterxml.jackson.databind.node.ObjectNode) decision.get("discretion"))
        .put("level", "GENERAL")
        .put("min", 100000)
        .put("max", 200000);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("notice").get("proposed").get(0)).put("amount", 150000);
    Path c = tmp.resolve("case.json");
    Files.writeString(c, doc.toString(), StandardCharsets.UTF_8);
    int code =
        run(
            c.toString(),
            "--as-of",
            "2025-12-31",
            "--format",
            "json",
            "--benchmarks",
            DATA.resolve("catalog/price-benchmarks.json").toString());
    assertThat(code).isEqualTo(Yifa.FINDINGS);
    assertThat(out.toString()).contains("APL-034-fine-outside-benchmark");
  }
}
