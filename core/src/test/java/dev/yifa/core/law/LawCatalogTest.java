package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawCatalogTest {
  private static final LawCatalog BUILT_IN = LawCatalog.builtIn();
  private static final String APL = "administrative-penalty-law";

  private static final String LOCAL =
      """
      {"instruments": [
        {"id": "jiangxi-hearing-rules", "titleZh": "江西省行政处罚听证程序规定",
         "titleEn": "Jiangxi Provincial Rules on Administrative Penalty Hearings",
         "level": "LOCAL_GOVERNMENT_RULE", "issuer": "江西省人民政府",
         "versions": [
           {"version": "2021", "adoptedOn": "2021-06-09", "effectiveFrom": "2021-06-09",
            "source": "statutes.md, Jiangxi Decree 250", "documentNumber": "江西省人民政府令第250号"}
         ]}
      ]}
      """;

  @Test
  void builtIn_loadsEveryInstrumentTheRulesCite() {
    assertThat(BUILT_IN.instruments()).extracting(Instrument::id).contains(
        APL, "administrative-licensing-law", "administrative-coercion-law", "administrative-reconsideration-law",
        "administrative-litigation-law", "major-administrative-decision-procedures",
        "letters-and-visits-work-regulations", "regulations-and-rules-filing-review-regulations",
        "regulations-and-rules-filing-regulations", "local-organic-law", "legislation-law",
        "open-government-information-regulations", "business-environment-regulations",
        "fair-competition-review-regulations");
    assertThat(LawCatalog.builtIn()).isSameAs(BUILT_IN);
    for (CatalogEntry e : BUILT_IN.entries()) {
      assertThat(e.versions()).allSatisfy(v -> assertThat(v.source()).isNotBlank());
    }
  }

  @Test
  void builtIn_datesOfThePenaltyLaw() {
    assertThat(Laws.APL_2021.adoptedOn()).isEqualTo(LocalDate.of(2021, 1, 22));
    assertThat(Laws.APL_2021.effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 15));
    assertThat(Laws.APL_2021.effectiveUntil()).isNull();
    assertThat(Laws.APL_2017.adoptedOn()).isEqualTo(LocalDate.of(2017, 9, 1));
    assertThat(Laws.APL_2017.effectiveFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(Laws.APL_2017.effectiveUntil()).isEqualTo(LocalDate.of(2021, 7, 15));
    assertThat(BUILT_IN.versions(APL)).containsExactly(Laws.APL_1996, Laws.APL_2009, Laws.APL_2017, Laws.APL_2021);
    assertThat(BUILT_IN.catalogVersion(APL, "2021").orElseThrow().articles()).isEqualTo(86);
  }

  @Test
  void builtIn_datesOfOtherInstruments() {
    assertThat(Laws.LICENSING_2019.effectiveFrom()).isEqualTo(LocalDate.of(2019, 4, 23));
    assertThat(Laws.LICENSING_2003.effectiveFrom()).isEqualTo(LocalDate.of(2004, 7, 1));
    assertThat(Laws.ACL_2011.effectiveFrom()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(Laws.ARL_2023.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(Laws.LITIGATION_2017.effectiveFrom()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(Laws.MAJOR_DECISIONS_2019.effectiveFrom()).isEqualTo(LocalDate.of(2019, 9, 1));
    assertThat(Laws.PETITIONS_2022.effectiveFrom()).isEqualTo(LocalDate.of(2022, 5, 1));
    assertThat(Laws.PETITIONS_2022.instrument().level()).isEqualTo(InstrumentLevel.POLICY_DOCUMENT);
    assertThat(Laws.FILING_2024.effectiveFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(Laws.FILING_2001.effectiveUntil()).isEqualTo(Laws.FILING_2024.effectiveFrom());
    assertThat(Laws.ORGANIC_LAW_2022.effectiveFrom()).isEqualTo(LocalDate.of(2022, 3, 12));
    assertThat(Laws.LEGISLATION_2023.effectiveFrom()).isEqualTo(LocalDate.of(2023, 3, 15));
    assertThat(Laws.OPEN_INFORMATION_2019.effectiveFrom()).isEqualTo(LocalDate.of(2019, 5, 15));
    assertThat(Laws.BUSINESS_ENVIRONMENT_2019.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(Laws.FAIR_COMPETITION_2024.effectiveFrom()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(BUILT_IN.catalogVersion("major-administrative-decision-procedures", "2019").orElseThrow().documentNumber())
        .isEqualTo("中华人民共和国国务院令第713号");
  }

  @ParameterizedTest
  @CsvSource({
    "1996-09-30, ''", "1996-10-01, 1996", "2009-08-26, 1996", "2009-08-27, 2009", "2017-12-31, 2009",
    "2018-01-01, 2017", "2021-07-14, 2017", "2021-07-15, 2021", "2099-01-01, 2021"
  })
  void versionInForceOn_isExactAtBoundaries(LocalDate day, String expected) {
    assertThat(BUILT_IN.versionInForceOn(APL, day).map(InstrumentVersion::version))
        .isEqualTo(expected.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(expected));
  }

  @Test
  void versionInForceOn_agreesWithIsInForceOn_property() {
    LocalDate first = LocalDate.of(1990, 1, 1);
    qt().forAll(longs().between(0, 40 * 366), longs().between(0, BUILT_IN.instruments().size() - 1))
        .check((offset, index) -> {
          LocalDate day = first.plusDays(offset);
          String id = BUILT_IN.instruments().get(index.intValue()).id();
          List<InstrumentVersion> inForce =
              BUILT_IN.versions(id).stream().filter(v -> v.isInForceOn(day)).toList();
          return inForce.size() <= 1
              && BUILT_IN.versionInForceOn(id, day).equals(inForce.stream().findFirst());
        });
  }

  @Test
  void versionInForceOn_unknownInstrument_isEmpty() {
    assertThat(BUILT_IN.versionInForceOn("no-such-law", LocalDate.of(2021, 1, 1))).isEmpty();
  }

  @Test
  void lookups_byIdAndVersion() {
    assertThat(BUILT_IN.instrument(APL)).contains(Laws.APL_2021.instrument());
    assertThat(BUILT_IN.instrument("no-such-law")).isEmpty();
    assertThat(BUILT_IN.require(APL).titleZh()).isEqualTo("中华人民共和国行政处罚法");
    assertThatThrownBy(() -> BUILT_IN.require("no-such-law"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-law");
    assertThat(BUILT_IN.version(APL, "2017")).contains(Laws.APL_2017);
    assertThat(BUILT_IN.version(APL, "2020")).isEmpty();
    assertThatThrownBy(() -> BUILT_IN.requireVersion(APL, "2020"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("instrument 'administrative-penalty-law' has no version '2020'; known versions: [1996, 2009, 2017, 2021]");
  }

  @Test
  void byTitle_acceptsMarksAndShortTitles() {
    Instrument apl = BUILT_IN.require(APL);
    assertThat(BUILT_IN.byTitle("中华人民共和国行政处罚法")).contains(apl);
    assertThat(BUILT_IN.byTitle("《中华人民共和国行政处罚法》")).contains(apl);
    assertThat(BUILT_IN.byTitle("行政处罚法")).contains(apl);
    assertThat(BUILT_IN.byTitle("《行政处罚法》")).contains(apl);
    assertThat(BUILT_IN.byTitle("信访工作条例")).contains(Laws.PETITIONS_2022.instrument());
    assertThat(BUILT_IN.byTitle("中华人民共和国食品安全法")).isEmpty();
    assertThat(BUILT_IN.byTitle("")).isEmpty();
  }

  @Test
  void citation_checksVersionAndArticle() {
    assertThat(BUILT_IN.citation(APL, "2021", 63)).isEqualTo(Laws.APL_2021.article(63));
    assertThatThrownBy(() -> BUILT_IN.citation(APL, "2020", 63)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> BUILT_IN.citation(APL, "2021", 87))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article must be at most 86 in administrative-penalty-law version 2021: 87");
    assertThatThrownBy(() -> BUILT_IN.citation(APL, "2021", 0)).hasMessage("article must be positive: 0");
    // Article count unknown: any positive article.
    assertThat(BUILT_IN.citation("administrative-coercion-law", "2011", 200).article()).isEqualTo(200);
  }

  @Test
  void toJson_roundTrips() {
    assertThat(LawCatalog.fromJson(BUILT_IN.toJson())).isEqualTo(BUILT_IN);
    LawCatalog local = LawCatalog.fromJson(LOCAL);
    assertThat(LawCatalog.fromJson(local.toJson())).isEqualTo(local);
    assertThat(LawCatalog.fromJson(new ByteArrayInputStream(local.toJson().getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(local);
  }

  @Test
  void toJson_omitsUnknownOptionalFields() {
    String json = LawCatalog.fromJson(LOCAL).toJson();
    assertThat(json).doesNotContain("articles").doesNotContain("effectiveUntil").doesNotContain("note")
        .contains("\"documentNumber\" : \"江西省人民政府令第250号\"");
  }

  @Test
  void extendedWith_addsTheEmbeddersInstruments() {
    LawCatalog combined = BUILT_IN.extendedWith(LawCatalog.fromJson(LOCAL));
    assertThat(combined.instruments()).hasSize(BUILT_IN.instruments().size() + 1);
    assertThat(combined.byTitle("江西省行政处罚听证程序规定").map(Instrument::level))
        .contains(InstrumentLevel.LOCAL_GOVERNMENT_RULE);
    assertThat(combined.require(APL)).isEqualTo(BUILT_IN.require(APL));
    assertThat(BUILT_IN.instrument("jiangxi-hearing-rules")).isEmpty();
  }

  @Test
  void extendedWith_duplicateId_namesTheId() {
    assertThatThrownBy(() -> BUILT_IN.extendedWith(BUILT_IN))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/instruments/0/id");
          assertThat(e.getMessage()).contains("'administrative-penalty-law'");
        });
  }

  @Test
  void extendedWith_duplicateTitle_isAnError() {
    String json = LOCAL.replace("江西省行政处罚听证程序规定", "中华人民共和国行政处罚法");
    assertThatThrownBy(() -> BUILT_IN.extendedWith(LawCatalog.fromJson(json)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/instruments/0/titleZh"));
  }

  @Test
  void fromJson_duplicateIdInOneDocument() {
    String version = "{\"version\": \"a\", \"adoptedOn\": \"2020-01-01\", \"effectiveFrom\": \"2020-01-01\", \"source\": \"s\"}";
    String twice = "{\"instruments\": ["
        + "{\"id\": \"x\", \"titleZh\": \"甲条例\", \"titleEn\": \"A\", \"level\": \"LOCAL_REGULATION\", \"issuer\": \"i\", \"versions\": [" + version + "]},"
        + "{\"id\": \"x\", \"titleZh\": \"乙条例\", \"titleEn\": \"B\", \"level\": \"LOCAL_REGULATION\", \"issuer\": \"i\", \"versions\": [" + version + "]}]}";
    assertThatThrownBy(() -> LawCatalog.fromJson(twice))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/instruments/1/id");
          assertThat(e.getMessage()).isEqualTo("at /instruments/1/id: duplicate instrument id 'x' (already at /instruments/0)");
        });
  }

  @Test
  void fromJson_overlappingVersions() {
    String json = catalogWithVersions(
        "{\"version\": \"a\", \"adoptedOn\": \"2020-01-01\", \"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2021-01-02\", \"source\": \"s\"}",
        "{\"version\": \"b\", \"adoptedOn\": \"2020-12-01\", \"effectiveFrom\": \"2021-01-01\", \"source\": \"s\"}");
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/instruments/0/versions/1/effectiveFrom");
          assertThat(e.getMessage()).contains("overlaps").contains("'b'").contains("'a'");
        });
  }

  @Test
  void fromJson_twoOpenEndedVersions_overlap() {
    String json = catalogWithVersions(
        "{\"version\": \"b\", \"adoptedOn\": \"2021-01-01\", \"effectiveFrom\": \"2021-01-01\", \"source\": \"s\"}",
        "{\"version\": \"a\", \"adoptedOn\": \"2020-01-01\", \"effectiveFrom\": \"2020-01-01\", \"source\": \"s\"}");
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/instruments/0/versions/0/effectiveFrom"));
  }

  @Test
  void fromJson_adjacentVersions_areFineAndSortedByDate() {
    String json = catalogWithVersions(
        "{\"version\": \"b\", \"adoptedOn\": \"2021-01-01\", \"effectiveFrom\": \"2021-01-01\", \"source\": \"s\"}",
        "{\"version\": \"a\", \"adoptedOn\": \"2020-01-01\", \"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2021-01-01\", \"source\": \"s\"}");
    LawCatalog c = LawCatalog.fromJson(json);
    assertThat(c.versions("x")).extracting(InstrumentVersion::version).containsExactly("a", "b");
    assertThat(c.versionInForceOn("x", LocalDate.of(2020, 12, 31)).orElseThrow().version()).isEqualTo("a");
    assertThat(c.versionInForceOn("x", LocalDate.of(2021, 1, 1)).orElseThrow().version()).isEqualTo("b");
  }

  @Test
  void fromJson_duplicateVersionLabel() {
    String json = catalogWithVersions(
        "{\"version\": \"a\", \"adoptedOn\": \"2020-01-01\", \"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2021-01-01\", \"source\": \"s\"}",
        "{\"version\": \"a\", \"adoptedOn\": \"2021-01-01\", \"effectiveFrom\": \"2021-01-01\", \"source\": \"s\"}");
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/instruments/0/versions/1/version"));
  }

  @Test
  void fromJson_unknownField_namesThePointer() {
    String json = LOCAL.replace("\"issuer\"", "\"issuedBy\": \"x\", \"issuer\"");
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/instruments/0/issuedBy");
          assertThat(e.getMessage()).contains("unknown field 'issuedBy'");
        });
  }

  @Test
  void fromJson_missingField_namesThePointer() {
    String json = LOCAL.replace("\"titleEn\": \"Jiangxi Provincial Rules on Administrative Penalty Hearings\",", "");
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/instruments/0/titleEn");
          assertThat(e.getMessage()).contains("missing field 'titleEn'");
        });
    String noSource = LOCAL.replace("\"source\": \"statutes.md, Jiangxi Decree 250\",", "");
    assertThatThrownBy(() -> LawCatalog.fromJson(noSource))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/instruments/0/versions/0/source"));
  }

  @Test
  void fromJson_badValues_nameThePointer() {
    assertPointer(LOCAL.replace("\"effectiveFrom\": \"2021-06-09\"", "\"effectiveFrom\": \"2021-06-31\""),
        "/instruments/0/versions/0/effectiveFrom");
    assertPointer(LOCAL.replace("\"LOCAL_GOVERNMENT_RULE\"", "\"PROVINCIAL_RULE\""), "/instruments/0/level");
    assertPointer(LOCAL.replace("\"jiangxi-hearing-rules\"", "\"Jiangxi Rules\""), "/instruments/0/id");
    assertPointer(LOCAL.replace("\"江西省行政处罚听证程序规定\"", "\"《江西省行政处罚听证程序规定》\""), "/instruments/0/titleZh");
    assertPointer(LOCAL.replace("\"effectiveFrom\": \"2021-06-09\",", "\"effectiveFrom\": \"2021-06-09\", \"effectiveUntil\": \"2021-06-09\","),
        "/instruments/0/versions/0/effectiveUntil");
    assertPointer(LOCAL.replace("\"source\":", "\"articles\": -1, \"source\":"), "/instruments/0/versions/0/articles");
    assertPointer(LOCAL.replace("\"versions\": [", "\"versions\": [], \"x\": ["), "/instruments/0/x");
    assertPointer("{\"instruments\": [{\"id\": \"a\", \"titleZh\": \"a\", \"titleEn\": \"a\", \"level\": \"LAW\", \"issuer\": \"\", \"versions\": []}]}",
        "/instruments/0/versions");
    assertPointer("{}", "/instruments");
    assertPointer("[", "");
  }

  private static void assertPointer(String json, String pointer) {
    assertThatThrownBy(() -> LawCatalog.fromJson(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  private static String catalogWithVersions(String... versions) {
    return "{\"instruments\": [{\"id\": \"x\", \"titleZh\": \"某条例\", \"titleEn\": \"X\", \"level\": \"LOCAL_REGULATION\","
        + " \"issuer\": \"某省人大常委会\", \"versions\": [" + String.join(", ", versions) + "]}]}";
  }

  @Test
  void equalsAndToString() {
    assertThat(LawCatalog.fromJson(LOCAL)).isEqualTo(LawCatalog.fromJson(LOCAL)).isNotEqualTo(BUILT_IN);
    assertThat(LawCatalog.fromJson(LOCAL).hashCode()).isEqualTo(LawCatalog.fromJson(LOCAL).hashCode());
    assertThat(LawCatalog.fromJson(LOCAL).toString()).isEqualTo("LawCatalog[jiangxi-hearing-rules]");
  }

  @Test
  void of_checksTheSameInvariants() {
    assertThat(LawCatalog.of(BUILT_IN.entries())).isEqualTo(BUILT_IN);
    List<CatalogEntry> twice = new java.util.ArrayList<>(BUILT_IN.entries());
    twice.add(BUILT_IN.entries().get(2));
    assertThatThrownBy(() -> LawCatalog.of(twice)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("duplicate instrument id 'administrative-coercion-law'");
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2021, 1, 1));
    tester.testAllPublicStaticMethods(LawCatalog.class);
    tester.testAllPublicInstanceMethods(BUILT_IN);
  }

  @Test
  void entriesAndInstruments_areUnmodifiable() {
    assertThatThrownBy(() -> BUILT_IN.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BUILT_IN.instruments().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BUILT_IN.versions(APL).clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
