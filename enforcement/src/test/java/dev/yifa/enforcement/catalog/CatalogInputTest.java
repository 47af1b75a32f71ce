package dev.yifa.enforcement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.profile.Profiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad input is an {@link InvalidInputException} with the JSON pointer of the offending field. */
class CatalogInputTest {
  private static String scenario(String name) throws IOException {
    try (InputStream in = CatalogInputTest.class.getResourceAsStream("/scenarios/catalog-2021/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String lawful() throws IOException {
    return scenario("APL-034-benchmark-levels-inconsistent.lawful.json");
  }

  private static InvalidInputException readError(String json) {
    try {
      PowerCatalog.fromJson(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no InvalidInputException for " + json);
  }

  @Test
  void fromJson_unknownCategory_pointsAtTheCategory() throws IOException {
    String json = lawful().replace("\"category\": \"PENALTY\"", "\"category\": \"PUNISHMENT\"");
    assertThat(readError(json).pointer()).isEqualTo("/powers/0/category");
  }

  @Test
  void fromJson_powerWithoutBody_pointsAtTheMissingField() throws IOException {
    ObjectNode doc = (ObjectNode) YifaJson.mapper().readTree(lawful());
    ((ObjectNode) doc.get("powers").get(0)).remove("body");
    assertThat(readError(doc.toString()).pointer()).isEqualTo("/powers/0/body");
  }

  @Test
  void fromJson_powersNotAnArray_pointsAtPowers() throws IOException {
    ObjectNode doc = (ObjectNode) YifaJson.mapper().readTree(lawful());
    doc.put("powers", "many");
    assertThat(readError(doc.toString()).pointer()).isEqualTo("/powers");
  }

  @Test
  void fromJson_articleAsText_pointsIntoTheCitation() throws IOException {
    String json = lawful().replaceFirst("\"article\": 30", "\"article\": \"30\"");
    assertThat(readError(json).pointer()).isEqualTo("/powers/0/basis/0/article");
  }

  @Test
  void fromJson_unknownField_pointsAtTheObject() throws IOException {
    ObjectNode doc = (ObjectNode) YifaJson.mapper().readTree(lawful());
    ((ObjectNode) doc.get("powers").get(0)).put("owner", "someone");
    InvalidInputException e = readError(doc.toString());
    assertThat(e.pointer()).startsWith("/powers/0");
    assertThat(e.getMessage()).contains("owner");
  }

  @Test
  void fromJson_invalidBodyIdentifier_pointsAtTheBody() throws IOException {
    String json = lawful().replaceFirst("\"body\": \"[0-9A-Z]{18}\"", "\"body\": \"913604240146570110\"");
    assertThat(readError(json).pointer()).isEqualTo("/powers/0/body");
  }

  @Test
  void fromJson_levelMinAboveMax_pointsAtTheLevel() throws IOException {
    String json = lawful().replace("\"min\": 4000,\n", "\"min\": 9000,\n");
    assertThat(readError(json).pointer()).startsWith("/benchmarks/violations/0/levels/2");
  }

  @Test
  void fromJson_unknownPenaltyKind_isBadInput() throws IOException {
    String json =
        scenario("APL-010-penalty-kind-beyond-basis.lawful.json").replace("\"WARNING\"", "\"SCOLDING\"");
    assertThat(readError(json).pointer()).isEqualTo("/powers/0");
  }

  @Test
  void checker_wrongShape_throwsInvalidInputNotAReport() throws IOException {
    ObjectNode doc = (ObjectNode) YifaJson.mapper().readTree(lawful());
    doc.remove("bodies");
    RuleContext ctx =
        RuleContext.of(LocalDate.of(2025, 12, 31), Profiles.builtIn().profileFor("360424", LocalDate.of(2025, 12, 31)));
    assertThatThrownBy(() -> new PowerCatalogChecker().check(doc, ctx))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/bodies"));
  }

  @Test
  void benchmarksChecker_documentWithoutType_isBadInput() throws IOException {
    ObjectNode doc =
        (ObjectNode) YifaJson.mapper().readTree(scenario("benchmarks.APL-034-benchmarks-not-published.lawful.json"));
    doc.remove("type");
    RuleContext ctx =
        RuleContext.of(LocalDate.of(2025, 12, 31), Profiles.builtIn().profileFor("360424", LocalDate.of(2025, 12, 31)));
    assertThatThrownBy(() -> new DiscretionBenchmarksChecker().check(doc, ctx))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/type"));
  }
}
