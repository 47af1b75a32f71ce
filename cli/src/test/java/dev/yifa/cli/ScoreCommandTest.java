package dev.yifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.scheme.AssessmentScheme;
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

class ScoreCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "data", "assessment");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path tmp;

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "score";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void assessment_sampleCounty_printsTheLeagueTableAwardsAndYearOverYear() {
    int code = run("--scheme", EXAMPLES.resolve("county-scheme.json").toString(), "--data", EXAMPLES.resolve("agency").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("== county-rule-of-law/2021.1  2024  5 个单位")
        .contains("== county-rule-of-law/2021.1  2025  5 个单位")
        .contains("奖项 依法行政流动红旗")
        .contains("/enforcement/certified-officers")
        .contains("== 同比 2024 → 2025");
  }

  @Test
  void assessment_json_isTheReportShape() {
    int code = run("--scheme", "default:county", "--data", EXAMPLES.resolve("agency").resolve("data-2025.json").toString(), "--format", "json");
    assertThat(code).isEqualTo(0);
    JsonNode json = YifaJson.read(out.toString(), JsonNode.class);
    assertThat(json.get("scheme").asText()).isEqualTo("county-rule-of-law/2021.1");
    JsonNode unit = json.get("periods").get(0).get("units").get(0);
    assertThat(unit.get("rank").asInt()).isEqualTo(1);
    assertThat(unit.get("indicators").get(0).get("formula").asText()).isNotEmpty();
  }

  @Test
  void assessment_html_writesASelfContainedPage() throws IOException {
    int code = run("--scheme", "default:county", "--data", EXAMPLES.resolve("agency").toString(), "--format", "html", "--out", tmp.toString());
    assertThat(code).isEqualTo(0);
    String html = Files.readString(tmp.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("县市场监督管理局")
        .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void assessment_schemeTyingFinesToAssessment_isRejectedWithItsReport() throws IOException {
    String unlawful = AssessmentScheme.defaultCountyScheme().toJson()
        .replace("\"name\":\"信访积案\"", "\"name\":\"罚没收入完成情况\"");
    Path scheme = tmp.resolve("unlawful.json");
    Files.writeString(scheme, unlawful, StandardCharsets.UTF_8);
    int code = run("--scheme", scheme.toString(), "--data", EXAMPLES.resolve("agency").toString());
    assertThat(code).isEqualTo(Yifa.FINDINGS);
    assertThat(out.toString()).contains("APL-074-fines-tied-to-assessment").contains("第七十四条");
    assertThat(err.toString()).contains("rejected");
  }

  @Test
  void assessment_badData_isBadInputWithPointerAndFile() throws IOException {
    Path data = tmp.resolve("bad.json");
    Files.writeString(data, "{ \"type\": \"assessment-data\", \"scheme\": \"county-rule-of-law/2021.1\", \"period\": \"2025\","
        + " \"units\": [ { \"id\": \"U\", \"name\": \"u\", \"values\": { \"training-hours\": { \"value\": \"many\" } } } ] }");
    int code = run("--scheme", "default:county", "--data", data.toString());
    assertThat(code).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("bad.json").contains("/units/0/values/training-hours/value");
  }

  @Test
  void review_caseFileReports_printsScoresUnitsAndDefects() {
    int code = run("--scheme", EXAMPLES.resolve("review-scheme.json").toString(), "--data", EXAMPLES.resolve("case-files").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("XS-HB-2025-0003（县生态环境分局）  0.00 分  不合格")
        .contains("ZERO_AND_FAIL (APL-063-hearing-not-offered)")
        .contains("决定书说理不充分")
        .contains("县市场监督管理局  2 卷  平均 96.50");
  }

  @Test
  void review_html_escapesAndCharts() throws IOException {
    int code = run("--scheme", "default:review", "--data", EXAMPLES.resolve("case-files").toString(), "--format", "html", "--out", tmp.toString());
    assertThat(code).isEqualTo(0);
    assertThat(Files.readString(tmp.resolve("index.html"), StandardCharsets.UTF_8)).contains("<svg").contains("常见问题");
  }

  @Test
  void unknownSchemeType_isBadInput() throws IOException {
    Path scheme = tmp.resolve("s.json");
    Files.writeString(scheme, "{ \"type\": \"penalty-case\" }");
    assertThat(run("--scheme", scheme.toString(), "--data", scheme.toString())).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("not a scheme");
  }

  @Test
  void review_caseFileDocuments_areCheckedThenScored_withTheirAgencyAsUnit() throws IOException {
    Files.writeString(tmp.resolve("a.json"), "{ \"type\": \"sample-case\", \"id\": \"C-1\", \"region\": \"360000\","
        + " \"agency\": { \"name\": \"县市场监督管理局\" }, \"officers\": [ {}, {} ] }", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("b.json"), "{ \"type\": \"sample-case\", \"id\": \"C-2\", \"region\": \"360000\","
        + " \"agency\": { \"name\": \"县市场监督管理局\" }, \"officers\": [ {} ] }", StandardCharsets.UTF_8);
    int code = run("--scheme", "default:review", "--data", tmp.toString(), "--as-of", "2025-06-30", "--format", "json");
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(0);
    JsonNode json = YifaJson.read(out.toString(), JsonNode.class);
    assertThat(json.at("/files/0/subject").asText()).isEqualTo("C-1");
    assertThat(json.at("/files/0/score").decimalValue()).isEqualByComparingTo("100");
    assertThat(json.at("/files/1/score").decimalValue()).isEqualByComparingTo("0");
    assertThat(json.at("/files/1/deductions/0/ruleId").asText()).isEqualTo("APL-042-two-officers");
    assertThat(json.at("/units/0/unit").asText()).isEqualTo("县市场监督管理局");
    assertThat(json.at("/units/0/average").decimalValue()).isEqualByComparingTo("50.00");
  }
}
