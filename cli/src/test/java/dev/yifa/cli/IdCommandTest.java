package dev.yifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.id.IdentifierKind;
import dev.yifa.core.json.YifaJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IdCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Yifa.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void id_allValid_printsOneLineEachAndExitsZero() {
    int code = run("id", "91350100M000100Y43", "11010519491231002X", "360424", "国办发[2018]37号");
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().lines()).containsExactly(
        "VALID    USCC             91350100M000100Y43  registration authority 9, organisation type 1,"
            + " division 350100, organisation code M000100Y4",
        "VALID    RESIDENT_ID      1101**********002X  born 1949-12-31, FEMALE, division 110105",
        "VALID    DIVISION_CODE    360424  COUNTY, province 360000, prefecture 360400",
        "VALID    DOCUMENT_NUMBER  国办发〔2018〕37号  issuer 国办发, year 2018, number 37");
  }

  @Test
  void id_someInvalid_reasonsOnStderr_exitTwo_residentIdMasked() {
    int code = run("id", "91350100M000100Y4Y", "110105194912310029", "91350100M000100Y43");
    assertThat(code).isEqualTo(Yifa.BAD_INPUT);
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(err.toString().lines()).containsExactly(
        "INVALID  USCC             91350100M000100Y4Y  BAD_CHECK_CHARACTER: check character at position 18"
            + " is 'Y', expected '3'",
        "INVALID  RESIDENT_ID      1101**********0029  BAD_CHECK_CHARACTER: check character at position 18"
            + " is '9', expected 'X'");
    assertThat(err.toString()).doesNotContain("110105194912310029");
  }

  @Test
  void id_asOf_rejectsBirthAfterIt() {
    assertThat(run("id", "--as-of", "1949-12-30", "11010519491231002X")).isEqualTo(Yifa.BAD_INPUT);
    assertThat(err.toString()).contains("BIRTH_DATE_IN_FUTURE");
    assertThat(run("id", "--as-of", "not-a-date", "360424")).isEqualTo(Yifa.BAD_INPUT);
  }

  @Test
  void id_json_isOneArrayForPrograms() throws Exception {
    int code = run("id", "--format", "json", "11010519491231002X", "990000");
    assertThat(code).isEqualTo(Yifa.BAD_INPUT);
    JsonNode array = YifaJson.mapper().readTree(out.toString());
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("kind").asText()).isEqualTo("RESIDENT_ID");
    assertThat(array.get(0).get("value").asText()).isEqualTo("1101**********002X");
    assertThat(array.get(0).get("details").get("sex").asText()).isEqualTo("FEMALE");
    assertThat(array.get(1).get("valid").asBoolean()).isFalse();
    assertThat(array.get(1).get("reason").asText()).isEqualTo("BAD_DIVISION_CODE");
    assertThat(array.get(1).get("position").asInt()).isZero();
    assertThat(out.toString()).doesNotContain("11010519491231002X");
  }

  @Test
  void id_noValue_isUsageError() {
    assertThat(run("id")).isEqualTo(Yifa.BAD_INPUT);
  }

  @Test
  void detect_picksTheKindByShape() {
    assertThat(IdCommand.detect("91350100M000100Y43")).isEqualTo(IdentifierKind.USCC);
    assertThat(IdCommand.detect("11010519491231002x")).isEqualTo(IdentifierKind.RESIDENT_ID);
    assertThat(IdCommand.detect("1101051949123100")).isEqualTo(IdentifierKind.RESIDENT_ID);
    assertThat(IdCommand.detect("360424")).isEqualTo(IdentifierKind.DIVISION_CODE);
    assertThat(IdCommand.detect("赣府发〔2024〕3号")).isEqualTo(IdentifierKind.DOCUMENT_NUMBER);
    // 18 digits that are a valid USCC (check characters computed by hand) but no resident id.
    assertThat(dev.yifa.core.id.UnifiedSocialCreditCode.isValid("121000004000001065")).isTrue();
    assertThat(IdCommand.detect("121000004000001065")).isEqualTo(IdentifierKind.USCC);
  }
}
