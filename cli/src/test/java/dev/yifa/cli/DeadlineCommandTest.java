package dev.yifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeadlineCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "deadline";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void workingDays_acrossNationalDay_printsDateWeekdayAndSkippedHolidays() {
    int code = run("--from", "2025-09-30", "--working-days", "5");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith("期限届满日：2025-10-14 星期二")
        .contains("起算日 2025-09-30 不计入")
        .contains("跳过 9 个休息日（含国庆节、中秋节）");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void days_endingOnHoliday_explainsTheMove() {
    int code = run("--from", "2025-09-30", "--days", "3", "--lang", "en");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith("Deadline: 2025-10-09 Thursday")
        .contains("The last day 2025-10-03 Friday is not a working day (国庆节、中秋节)")
        .contains("Civil Code art. 203");
  }

  @Test
  void months_json_isStableForPrograms() throws Exception {
    int code = run("--from", "2025-01-31", "--months", "1", "--format", "json");
    assertThat(code).isEqualTo(0);
    JsonNode json = YifaJson.mapper().readTree(out.toString());
    assertThat(json.get("deadline").asText()).isEqualTo("2025-02-28");
    assertThat(json.get("weekday").asText()).isEqualTo("FRIDAY");
    assertThat(json.get("moved").asBoolean()).isFalse();
    assertThat(json.get("period").get("unit").asText()).isEqualTo("MONTHS");
    assertThat(json.get("period").get("amount").asInt()).isEqualTo(1);
    assertThat(json.has("region")).isFalse();
  }

  @Test
  void region_withoutOverlay_usesTheNationalCalendar() {
    int code = run("--from", "2025-09-30", "--working-days", "5", "--region", "450102");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).contains("2025-10-14");
  }

  @Test
  void noPeriodOption_isBadInput() {
    assertThat(run("--from", "2025-09-30")).isEqualTo(2);
    assertThat(err.toString()).contains("--working-days").contains("--days").contains("--months");
  }

  @Test
  void twoPeriodOptions_areBadInput() {
    assertThat(run("--from", "2025-09-30", "--days", "3", "--months", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void negativeCount_isBadInput() {
    assertThat(run("--from", "2025-09-30", "--days", "-1")).isEqualTo(2);
    assertThat(err.toString()).contains("--days must not be negative: -1");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void dateOutsideTheCalendar_isBadInputWithTheReason() {
    assertThat(run("--from", "2023-05-04", "--working-days", "5")).isEqualTo(2);
    assertThat(err.toString()).contains("2023-05-04 is outside the calendar's known years 2024–2026");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void malformedDateOrRegion_isBadInput() {
    assertThat(run("--from", "2025-13-01", "--days", "1")).isEqualTo(2);
    assertThat(run("--from", "2025-09-30", "--days", "1", "--region", "45")).isEqualTo(2);
    assertThat(err.toString()).contains("--region must be a six-digit division code");
  }
}
