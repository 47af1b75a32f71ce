package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CatalogRoundTripTest {

  /** Catalogs of 1 to 4 instruments, each with 1 to 4 consecutive versions, the last maybe still in force. */
  static Gen<LawCatalog> catalogs() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 4)
        .map(seeds -> {
          List<CatalogEntry> entries = new ArrayList<>();
          for (int i = 0; i < seeds.size(); i++) {
            int seed = seeds.get(i);
            InstrumentLevel level = InstrumentLevel.values()[seed % InstrumentLevel.values().length];
            Instrument instrument = new Instrument("local-" + i, "某地条例" + i, "Local regulations " + i, level, "某省人大常委会");
            List<CatalogVersion> versions = new ArrayList<>();
            int count = 1 + seed % 4;
            LocalDate from = LocalDate.of(1990, 1, 1).plusDays(seed % 5000);
            for (int k = 0; k < count; k++) {
              boolean last = k == count - 1;
              LocalDate until = last && seed % 2 == 0 ? null : from.plusDays(1 + (seed >> 3) % 900 + k);
              versions.add(new CatalogVersion(
                  new InstrumentVersion(instrument, "v" + k, from.minusDays(k * 7L), from, until),
                  "source " + k, (seed >> k) % 3 == 0 ? 0 : 10 + k, k % 2 == 0 ? null : "第" + k + "号"));
              from = until == null ? from : until.plusDays(k % 2);
            }
            entries.add(new CatalogEntry(instrument, seed % 3 == 0 ? "note " + i : null, versions));
          }
          return LawCatalog.of(entries);
        });
  }

  @Test
  void toJsonThenFromJson_isIdentity() {
    qt().forAll(catalogs()).check(c -> LawCatalog.fromJson(c.toJson()).equals(c));
  }

  @Test
  void extendingTheBuiltInCatalog_keepsEveryLookup() {
    qt().forAll(catalogs()).check(c -> {
      LawCatalog combined = LawCatalog.builtIn().extendedWith(c);
      return c.entries().stream().allMatch(e ->
          combined.entry(e.instrument().id()).equals(java.util.Optional.of(e))
              && combined.byTitle("《" + e.instrument().titleZh() + "》").equals(java.util.Optional.of(e.instrument())));
    });
  }

  @Test
  void schemas_areInTheJar_andListEveryLevel() throws IOException {
    Set<String> levels = new TreeSet<>(Arrays.stream(InstrumentLevel.values()).map(Enum::name).toList());
    JsonNode citation = schema("citation");
    assertThat(names(citation.path("properties").path("level").path("enum"))).isEqualTo(levels);
    assertThat(names(citation.path("required"))).containsExactlyInAnyOrder("instrument", "version", "article");
    JsonNode catalog = schema("law-catalog");
    assertThat(names(catalog.path("$defs").path("instrument").path("properties").path("level").path("enum"))).isEqualTo(levels);
    assertThat(schema("money").path("oneOf").size()).isEqualTo(2);
  }

  @Test
  void catalogSchema_namesEveryFieldTheReaderKnows() throws IOException {
    JsonNode catalog = schema("law-catalog");
    assertThat(names(catalog.path("$defs").path("instrument").path("properties")))
        .isEqualTo(fieldsOf(CatalogJson.InstrumentDoc.class));
    assertThat(names(catalog.path("$defs").path("version").path("properties")))
        .isEqualTo(fieldsOf(CatalogJson.VersionDoc.class));
  }

  private static Set<String> fieldsOf(Class<? extends Record> type) {
    Set<String> names = new TreeSet<>();
    for (var c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    if (node.isArray()) {
      node.forEach(n -> names.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private static JsonNode schema(String name) throws IOException {
    try (InputStream in = LawCatalog.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
      assertThat(in).as(name).isNotNull();
      return YifaJson.mapper().readTree(in);
    }
  }
}
