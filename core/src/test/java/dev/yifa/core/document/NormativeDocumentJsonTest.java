package dev.yifa.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.decision.Samples;
import dev.yifa.core.rule.DocumentCheckers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NormativeDocumentJsonTest {
  private static InvalidInputException badInput(Consumer<ObjectNode> edit) {
    ObjectNode t = Samples.tree("document-2018", "NDOC-017-creates-licence--lawful-no-licence");
    edit.accept(t);
    byte[] json = t.toString().getBytes(StandardCharsets.UTF_8);
    Throwable thrown = catchThrowable(() -> DocumentCheckers.load().check(json, LocalDate.of(2025, 12, 31)));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  @Test
  void read_unknownProvisionKind_namesIt() {
    InvalidInputException e =
        badInput(t -> ((ObjectNode) t.get("provisions").get(0)).put("kind", "CREATES_TAX"));
    assertThat(e.pointer()).isEqualTo("/provisions/0/kind");
  }

  @Test
  void read_badDocumentNumber_namesIt() {
    InvalidInputException e = badInput(t -> t.put("number", "修府规2025-1"));
    assertThat(e.pointer()).isEqualTo("/number");
  }

  @Test
  void read_citationOfUnknownInstrumentWithoutLevel_namesIt() {
    InvalidInputException e =
        badInput(
            t ->
                ((ObjectNode) t.get("provisions").get(0).get("basis").get(0))
                    .put("instrument", "某某条例")
                    .remove("level"));
    assertThat(e.pointer()).startsWith("/provisions/0/basis/0");
  }

  @Test
  void read_missingEffectiveFrom_namesIt() {
    InvalidInputException e = badInput(t -> t.remove("effectiveFrom"));
    assertThat(e.pointer()).isEqualTo("/effectiveFrom");
  }

  @Test
  void read_expiryBeforeEffect_isRejected() {
    InvalidInputException e = badInput(t -> t.put("expiresOn", "2020-01-01"));
    assertThat(e.getMessage()).contains("expiresOn must not be before effectiveFrom");
  }

  @Test
  void read_unknownField_namesIt() {
    InvalidInputException e = badInput(t -> ((ObjectNode) t.get("issuer")).put("leader", "某某"));
    assertThat(e.pointer()).isEqualTo("/issuer/leader");
  }

  @Test
  void checkers_knowBothTypes() {
    assertThat(DocumentCheckers.load().types()).contains("major-decision", "normative-document");
  }
}
