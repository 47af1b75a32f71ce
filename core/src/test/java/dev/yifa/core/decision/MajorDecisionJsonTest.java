package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.DocumentCheckers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class MajorDecisionJsonTest {
  private static final ObjectNode LAWFUL =
      Samples.tree("decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day");

  private static ObjectNode lawful() {
    return LAWFUL.deepCopy();
  }

  private static InvalidInputException badInput(Consumer<ObjectNode> edit) {
    ObjectNode t = lawful();
    edit.accept(t);
    byte[] json = t.toString().getBytes(StandardCharsets.UTF_8);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> DocumentCheckers.load().check(json, LocalDate.of(2025, 12, 31)));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  @Test
  void read_unknownField_namesIt() {
    InvalidInputException e = badInput(t -> ((ObjectNode) t.get("meeting")).put("chairman", "某某"));
    assertThat(e.pointer()).isEqualTo("/meeting/chairman");
    assertThat(e.getMessage()).contains("unknown field 'chairman'");
  }

  @Test
  void read_missingRequiredField_namesIt() {
    InvalidInputException e = badInput(t -> ((ObjectNode) t.get("legalityReview")).remove("passed"));
    assertThat(e.pointer()).isEqualTo("/legalityReview/passed");
  }

  @Test
  void read_notADate_namesTheField() {
    InvalidInputException e = badInput(t -> ((ObjectNode) t.get("decision")).put("decidedOn", "2025-13-01"));
    assertThat(e.pointer()).isEqualTo("/decision/decidedOn");
  }

  @Test
  void read_unknownEnumValue_namesTheField() {
    InvalidInputException e = badInput(t -> ((ObjectNode) t.get("meeting")).put("kind", "DIRECTORS"));
    assertThat(e.pointer()).isEqualTo("/meeting/kind");
  }

  @Test
  void read_commentClosingBeforeItOpens_namesTheBlock() {
    InvalidInputException e =
        badInput(
            t ->
                ((ObjectNode) t.get("publicParticipation").get("publicComment"))
                    .put("closedOn", "2025-09-01"));
    assertThat(e.pointer()).isEqualTo("/publicParticipation/publicComment");
    assertThat(e.getMessage()).contains("closedOn must not be before openedOn");
  }

  @Test
  void read_missingDecisionBody_namesIt() {
    InvalidInputException e = badInput(t -> t.remove("decisionBody"));
    assertThat(e.pointer()).isEqualTo("/decisionBody");
  }

  @Test
  void read_badRegion_namesIt() {
    InvalidInputException e = badInput(t -> t.put("region", "36042"));
    assertThat(e.pointer()).isEqualTo("/region");
  }

  @Test
  void read_emptyExpertList_namesTheBlock() {
    InvalidInputException e =
        badInput(t -> ((ObjectNode) t.get("expertArgumentation")).putArray("experts"));
    assertThat(e.pointer()).isEqualTo("/expertArgumentation");
  }

  private static Gen<MajorDecision> decisions() {
    List<String> optional =
        List.of(
            "undertaker",
            "publicParticipation",
            "expertArgumentation",
            "riskAssessment",
            "fairCompetitionReview",
            "legalityReview",
            "meeting",
            "partyCommitteeReport",
            "decision",
            "publication",
            "implementation",
            "postEvaluation",
            "archiving");
    return SourceDSL.integers()
        .between(0, (1 << optional.size()) - 1)
        .zip(
            Generate.pick(List.of("EXECUTIVE", "PLENARY", "OTHER")),
            SourceDSL.integers().between(0, 60),
            (mask, kind, days) -> {
              ObjectNode t = lawful();
              for (int i = 0; i < optional.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                  t.remove(optional.get(i));
                }
              }
              if (t.has("meeting")) {
                ((ObjectNode) t.get("meeting")).put("kind", kind);
              }
              if (t.has("publicParticipation")) {
                ((ObjectNode) t.get("publicParticipation").get("publicComment"))
                    .put("closedOn", LocalDate.of(2025, 9, 15).plusDays(days).toString());
              }
              return MajorDecisionChecker.read(t);
            });
  }

  @Test
  void json_roundTrips() {
    qt().forAll(decisions())
        .check(
            d -> {
              String json = YifaJson.mapper().valueToTree(d).toString();
              return YifaJson.read(json, MajorDecision.class).equals(d);
            });
  }

  @Test
  void json_writesNoEmptyOptionalBlocks() throws Exception {
    ObjectNode t = lawful();
    t.remove("archiving");
    JsonNode written = YifaJson.mapper().valueToTree(MajorDecisionChecker.read(t));
    assertThat(written.has("archiving")).isFalse();
    assertThat(written.has("revokes")).isFalse();
    assertThat(written.get("type").asText()).isEqualTo("major-decision");
  }

  @Test
  void constructor_wrongType_isRejected() {
    ObjectNode t = lawful();
    t.put("type", "normative-document");
    assertThatThrownBy(() -> MajorDecisionChecker.read(t))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("type must be major-decision");
  }
}
