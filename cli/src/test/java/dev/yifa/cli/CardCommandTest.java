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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CardCommandTest {
  private static final String SAMPLE = Path.of("..", "examples", "data", "cards", "officer-events.json").toString();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "card";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void allOfficers_sampleLog_coversEveryColour() {
    int code = run("--events", SAMPLE, "--as-of", "2025-12-31");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("ZA-0003  张国庆  黄卡")
        .contains("ZA-0004  刘志强  红卡")
        .contains("ZA-0006  杨丽    绿卡")
        .contains("共 10 人：绿卡 6，黄卡 2，红卡 2");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void oneOfficer_json_explainsEscalationAppealAndCorrection() throws IOException {
    assertThat(run("--events", SAMPLE, "--as-of", "2025-12-31", "--officer", "ZA-0004", "--format", "json")).isZero();
    JsonNode card = YifaJson.mapper().readTree(out.toString());
    assertThat(card.get("colour").asText()).isEqualTo("RED");
    assertThat(card.get("cards")).hasSize(1);
    assertThat(card.get("cards").get(0).get("reason").asText()).isEqualTo("ESCALATION");
    assertThat(card.get("cards").get(0).get("escalatedFrom").asText()).isEqualTo("2024-11-20");

    out.getBuffer().setLength(0);
    assertThat(run("--events", SAMPLE, "--as-of", "2025-12-31", "--officer", "ZA-0006", "--format", "json")).isZero();
    card = YifaJson.mapper().readTree(out.toString());
    assertThat(card.get("colour").asText()).isEqualTo("GREEN");
    assertThat(card.get("contributions").get(0).get("status").asText()).isEqualTo("SET_ASIDE_ON_APPEAL");

    out.getBuffer().setLength(0);
    assertThat(run("--events", SAMPLE, "--as-of", "2025-12-31", "--officer", "ZA-0007", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("superseded by MIS-0007-1C", "1 points");
  }

  @Test
  void badInput_exitsTwoWithThePointer(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    String text = Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8).replace("\"appealOf\": \"MIS-0006-1\"", "\"appealOf\": \"NOPE\"");
    Files.writeString(bad, text, StandardCharsets.UTF_8);
    assertThat(run("--events", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("appealOf", "unknown event 'NOPE'");
    assertThat(run("--events", SAMPLE, "--officer", "ZA-9999")).isEqualTo(2);
    assertThat(run("--events", dir.resolve("missing.json").toString())).isEqualTo(2);
  }

  @Test
  void policyFile_isRead() {
    Path policy = Path.of("..", "examples", "data", "cards", "card-policy.json");
    assertThat(run("--events", SAMPLE, "--policy", policy.toString(), "--as-of", "2025-06-30", "--officer", "ZA-0005")).isZero();
    assertThat(out.toString()).contains("红卡", "粗暴执法");
  }
}
