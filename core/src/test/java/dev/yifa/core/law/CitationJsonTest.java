package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CitationJsonTest {
  record Basis(List<Citation> basis) {}

  private static final LawCatalog BUILT_IN = LawCatalog.builtIn();

  /** Citations over the built-in catalog (the testkit's LawGens cannot be used from core). */
  static Gen<Citation> citations() {
    List<InstrumentVersion> all =
        BUILT_IN.instruments().stream().flatMap(i -> BUILT_IN.versions(i.id()).stream()).toList();
    return SourceDSL.integers().between(0, all.size() - 1).map(all::get)
        .zip(SourceDSL.integers().between(1, 150), InstrumentVersion::article)
        .zip(SourceDSL.integers().between(0, 4), (c, p) -> p == 0 ? c : c.paragraph(p))
        .zip(SourceDSL.integers().between(0, 6), (c, i) -> i == 0 ? c : c.item(i));
  }

  private static String write(Object value) throws Exception {
    return YifaJson.mapper().writeValueAsString(value);
  }

  @Test
  void write_isTheFormatsShape() throws Exception {
    assertThat(write(Laws.APL_2021.article(63).paragraph(1).item(2)))
        .isEqualTo("{\"instrument\":\"中华人民共和国行政处罚法\",\"level\":\"LAW\",\"version\":\"2021\","
            + "\"article\":63,\"paragraph\":1,\"item\":2}");
    assertThat(write(Laws.APL_2021.article(63)))
        .isEqualTo("{\"instrument\":\"中华人民共和国行政处罚法\",\"level\":\"LAW\",\"version\":\"2021\",\"article\":63}");
    assertThat(write(Laws.APL_2021.article(9).item(2))).contains("\"article\":9,\"item\":2}").doesNotContain("paragraph");
  }

  @Test
  void roundTrip_property() {
    qt().forAll(citations()).check(c -> {
      try {
        return YifaJson.read(write(c), Citation.class).equals(c);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void read_knownTitle_resolvesAgainstTheCatalog() {
    Citation c = YifaJson.read(
        "{\"instrument\": \"《行政处罚法》\", \"version\": \"2021\", \"article\": 63, \"paragraph\": 1}", Citation.class);
    assertThat(c).isEqualTo(Laws.APL_2021.article(63).paragraph(1));
  }

  @Test
  void read_reportCitationWithText_isChecked() {
    Citation c = YifaJson.read("{ \"instrument\": \"中华人民共和国行政处罚法\", \"version\": \"2021\", \"article\": 63,"
        + " \"paragraph\": 1, \"text\": \"《中华人民共和国行政处罚法》第六十三条第一款\" }", Citation.class);
    assertThat(c).isEqualTo(Laws.APL_2021.article(63).paragraph(1));
    assertError("{\"instrument\": \"中华人民共和国行政处罚法\", \"version\": \"2021\", \"article\": 63, \"text\": \"第六十四条\"}",
        "/text", "field 'text' does not match the citation");
  }

  @Test
  void read_unknownTitle_buildsAnInstrumentWithADerivedId() {
    Citation c = YifaJson.read("{\"instrument\": \"中华人民共和国食品安全法\", \"level\": \"LAW\", \"version\": \"2021\","
        + " \"article\": 124, \"paragraph\": 1, \"item\": 2}", Citation.class);
    assertThat(c.instrument().id()).isEqualTo(CitationJson.derivedId("中华人民共和国食品安全法")).startsWith("custom-");
    assertThat(c.instrument().id()).matches("custom-[0-9a-f]{16}");
    assertThat(c.instrument().level()).isEqualTo(InstrumentLevel.LAW);
    assertThat(c.toChinese()).isEqualTo("《中华人民共和国食品安全法》第一百二十四条第一款第（二）项");
    Citation again = YifaJson.read(
        "{\"instrument\": \"《中华人民共和国食品安全法》\", \"level\": \"LAW\", \"version\": \"2021\", \"article\": 124, \"paragraph\": 1, \"item\": 2}",
        Citation.class);
    assertThat(again).isEqualTo(c);
  }

  @Test
  void derivedId_isStableAndDistinguishesTitles() {
    assertThat(CitationJson.derivedId("甲")).isEqualTo(CitationJson.derivedId("甲")).isNotEqualTo(CitationJson.derivedId("乙"));
    // SHA-256("甲" in UTF-8) begins with these bytes; a change of hash would change every embedder's ids.
    assertThat(CitationJson.derivedId("abc")).isEqualTo("custom-ba7816bf8f01cfea");
  }

  @Test
  void read_unknownTitleWithoutLevel_isAnError() {
    assertError("{\"instrument\": \"某某条例\", \"version\": \"2021\", \"article\": 1}", "/level", "missing field 'level'");
  }

  @Test
  void read_levelContradictingTheCatalog_isAnError() {
    assertError("{\"instrument\": \"中华人民共和国行政处罚法\", \"level\": \"DEPARTMENTAL_RULE\", \"version\": \"2021\", \"article\": 1}",
        "/level", "field 'level': DEPARTMENTAL_RULE does not match 《中华人民共和国行政处罚法》, which is LAW");
  }

  @Test
  void read_badFields_nameThePointer() {
    assertError("{\"version\": \"2021\", \"article\": 1}", "/instrument", "missing field 'instrument'");
    assertError("{\"instrument\": \"行政处罚法\", \"article\": 1}", "/version", "missing field 'version'");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\"}", "/article", "missing field 'article'");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": 2021, \"article\": 1}", "/version", "expected a version label");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": \"63\"}", "/article", "expected a positive whole number");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 63.0}", "/article", "expected a positive whole number");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 0}", "/article", "expected a positive whole number");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1, \"paragraph\": -1}", "/paragraph", "0 or more");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1, \"item\": true}", "/item", "found boolean true");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 99999999999}", "/article", "positive whole number");
    assertError("{\"instrument\": \"某法\", \"level\": \"LAWS\", \"version\": \"2021\", \"article\": 1}", "/level", "expected one of");
    assertError("{\"instrument\": \"《》\", \"version\": \"2021\", \"article\": 1}", "/instrument", "not an instrument title");
    assertError("{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1, \"clause\": 2}", "/clause", "unknown field 'clause'");
    assertError("[1]", "", "expected a citation object");
  }

  @Test
  void read_nested_pointerIncludesThePath() {
    assertThatThrownBy(() -> YifaJson.read(
            "{\"basis\": [{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1},"
                + " {\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": -5}]}", Basis.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).as(e.getMessage() + " / " + e.getCause()).isEqualTo("/basis/1/article");
          assertThat(e.getMessage()).isEqualTo("at /basis/1: field 'article': expected a positive whole number, found number -5");
        });
    assertThatThrownBy(() -> YifaJson.read(
            "{\"basis\": [{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1, \"x\": 1}]}", Basis.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/basis/0/x"));
  }

  @Test
  void read_lenientMapper_ignoresUnknownFields() throws Exception {
    Citation c = YifaJson.lenientMapper().readValue(
        "{\"instrument\": \"行政处罚法\", \"version\": \"2021\", \"article\": 1, \"clause\": 2}", Citation.class);
    assertThat(c).isEqualTo(Laws.APL_2021.article(1));
  }

  @Test
  void read_unknownVersionOfAKnownInstrument_isLeftForRules() {
    Citation c = YifaJson.read("{\"instrument\": \"行政处罚法\", \"version\": \"2099\", \"article\": 1}", Citation.class);
    assertThat(c.instrument()).isEqualTo(Laws.APL_2021.instrument());
    assertThat(BUILT_IN.version(c.instrument().id(), c.version())).isEmpty();
  }

  @Test
  void jsonModule_resolvesTheEmbeddersOwnInstruments() throws Exception {
    LawCatalog mine = BUILT_IN.extendedWith(LawCatalog.fromJson(
        "{\"instruments\": [{\"id\": \"jx-rules\", \"titleZh\": \"江西省某规定\", \"titleEn\": \"Jiangxi rules\","
            + " \"level\": \"LOCAL_GOVERNMENT_RULE\", \"issuer\": \"江西省人民政府\", \"versions\": [{\"version\": \"2021\","
            + " \"adoptedOn\": \"2021-06-09\", \"effectiveFrom\": \"2021-06-09\", \"source\": \"s\"}]}]}"));
    ObjectMapper mapper = YifaJson.mapper().copy().registerModule(mine.jsonModule());
    Citation c = mapper.readValue("{\"instrument\": \"江西省某规定\", \"version\": \"2021\", \"article\": 2}", Citation.class);
    assertThat(c.instrument().id()).isEqualTo("jx-rules");
    assertThat(mapper.readValue(mapper.writeValueAsString(c), Citation.class)).isEqualTo(c);
    // The shared mapper still uses the built-in catalog.
    assertThatThrownBy(() -> YifaJson.read("{\"instrument\": \"江西省某规定\", \"version\": \"2021\", \"article\": 2}", Citation.class))
        .isInstanceOf(InvalidInputException.class);
  }

  private static void assertError(String json, String pointer, String messagePart) {
    assertThatThrownBy(() -> YifaJson.read(json, Citation.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo(pointer);
          assertThat(e.getMessage()).contains(messagePart);
        });
  }
}
