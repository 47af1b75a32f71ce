package dev.yifa.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PenaltyCaseInputTest {
  private static String base() throws IOException {
    try (InputStream in = PenaltyCaseInputTest.class.getResourceAsStream("/scenarios/penalty-2021/base/org.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InvalidInputException fail(String json) {
    try {
      PenaltyCase.read(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no input error for " + json);
  }

  @Test
  void read_lawfulDocument_readsEveryBlock() throws IOException {
    PenaltyCase c = PenaltyCase.read(base());
    assertThat(c.decision()).isNotNull();
    assertThat(c.totalFine().toPlainString()).isEqualTo("10000.00");
    assertThat(c.officers()).hasSize(2);
    assertThat(PenaltyPacks.forCase(c).name()).isEqualTo("penalty/2021.1");
  }

  @Test
  void read_unknownEnum_pointsAtTheField() throws IOException {
    assertThat(fail(base().replace("\"ORDINARY\"", "\"QUICK\"")).pointer()).isEqualTo("/procedure");
  }

  @Test
  void read_wrongType_pointsAtTheField() throws IOException {
    assertThat(fail(base().replace("\"filedOn\": \"2025-03-03\"", "\"filedOn\": 20250303")).pointer())
        .isEqualTo("/filedOn");
  }

  @Test
  void read_dateThatIsNotADate_pointsAtTheField() throws IOException {
    assertThat(fail(base().replace("\"filedOn\": \"2025-03-03\"", "\"filedOn\": \"2025-02-30\"")).pointer())
        .isEqualTo("/filedOn");
  }

  @Test
  void read_negativeAmount_pointsAtTheAmount() throws IOException {
    assertThat(fail(base().replace("\"amount\": 10000 } ] ,", "\"amount\": -10000 } ] ,")
            .replace("\"penalties\": [ { \"kind\": \"FINE\", \"amount\": 10000 } ]", "\"penalties\": [ { \"kind\": \"FINE\", \"amount\": -10000 } ]"))
            .pointer())
        .isEqualTo("/decision/penalties/0/amount");
  }

  @Test
  void read_missingRequiredField_pointsAtTheField() throws IOException {
    assertThat(fail(base().replace("\"description\": \"发布虚假广告\", ", "")).pointer())
        .isEqualTo("/violation/description");
  }

  @Test
  void read_unknownField_pointsAtTheField() throws IOException {
    assertThat(fail(base().replace("\"closedOn\"", "\"closedAt\"")).pointer()).isEqualTo("/closedAt");
  }

  @Test
  void read_otherDocumentType_isAnInputError() throws IOException {
    assertThat(fail(base().replace("\"penalty-case\"", "\"major-decision\"")).pointer()).isEqualTo("/type");
  }

  @Test
  void decisionBeforeFiling_isAFindingNotAnInputError() throws IOException {
    PenaltyCase c = PenaltyCase.read(base().replace("\"filedOn\": \"2025-03-03\"", "\"filedOn\": \"2025-05-01\""));
    assertThat(c.filedOn()).isNotNull();
    assertThatThrownBy(() -> PenaltyCase.read("{}")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void toString_masksAnIndividualsIdentifierAndBirthDate() {
    PenaltyCase.Party p =
        new PenaltyCase.Party(
            PenaltyCase.PartyKind.INDIVIDUAL,
            "11010519491231002X",
            "张三",
            java.time.LocalDate.of(1949, 12, 31),
            null);
    assertThat(p.toString()).contains("1101**********002X").doesNotContain("19491231").doesNotContain("1949");
  }

  @Test
  void toString_showsAnOrganisationsCreditCode() {
    PenaltyCase.Party p =
        new PenaltyCase.Party(PenaltyCase.PartyKind.ORGANISATION, "91350100M000100Y43", "某公司", null, null);
    assertThat(p.toString()).contains("91350100M000100Y43");
  }
}
