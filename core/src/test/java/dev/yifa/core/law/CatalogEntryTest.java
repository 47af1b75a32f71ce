package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {
  private static final CatalogVersion APL_2021 =
      LawCatalog.builtIn().catalogVersion("administrative-penalty-law", "2021").orElseThrow();

  @Test
  void catalogVersion_validates() {
    assertThat(APL_2021.knowsArticleCount()).isTrue();
    assertThatThrownBy(() -> new CatalogVersion(Laws.APL_2021, " ", 0, null)).hasMessage("source must not be blank");
    assertThatThrownBy(() -> new CatalogVersion(Laws.APL_2021, "s", -1, null)).hasMessage("articles must not be negative: -1");
    assertThatThrownBy(() -> new CatalogVersion(Laws.APL_2021, "s", 0, "")).hasMessage("documentNumber must not be blank");
    assertThat(new CatalogVersion(Laws.APL_2021, "s", 0, null).knowsArticleCount()).isFalse();
  }

  @Test
  void catalogEntry_validatesAndCopies() {
    Instrument apl = Laws.APL_2021.instrument();
    assertThatThrownBy(() -> new CatalogEntry(apl, null, List.of())).hasMessage("versions must not be empty: administrative-penalty-law");
    CatalogVersion coercion = LawCatalog.builtIn().catalogVersion("administrative-coercion-law", "2011").orElseThrow();
    assertThatThrownBy(() -> new CatalogEntry(apl, null, List.of(coercion)))
        .hasMessage("version 2011 belongs to administrative-coercion-law, not administrative-penalty-law");
    List<CatalogVersion> mutable = new java.util.ArrayList<>(List.of(APL_2021));
    CatalogEntry e = new CatalogEntry(apl, null, mutable);
    mutable.clear();
    assertThat(e.versions()).containsExactly(APL_2021);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(APL_2021, new CatalogVersion(APL_2021.version(), APL_2021.source(), 86, null))
        .addEqualityGroup(new CatalogVersion(APL_2021.version(), APL_2021.source(), 0, null))
        .addEqualityGroup(new CatalogVersion(APL_2021.version(), "other", 86, null))
        .testEquals();
    new NullPointerTester()
        .setDefault(InstrumentVersion.class, Laws.APL_2021)
        .setDefault(Instrument.class, Laws.APL_2021.instrument())
        .setDefault(List.class, List.of(APL_2021))
        .setDefault(LocalDate.class, LocalDate.of(2021, 1, 1))
        .testAllPublicConstructors(CatalogVersion.class);
    new NullPointerTester()
        .setDefault(Instrument.class, Laws.APL_2021.instrument())
        .setDefault(List.class, List.of(APL_2021))
        .testAllPublicConstructors(CatalogEntry.class);
  }

  @Test
  void fromJson_nullElements_nameThePointer() {
    assertThatThrownBy(() -> LawCatalog.fromJson("{\"instruments\": [null]}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/instruments/0"));
  }

  @Test
  void builtInNotes_explainTheChoices() {
    assertThat(LawCatalog.builtIn().entry("letters-and-visits-work-regulations").orElseThrow().note())
        .contains("CPC Central Committee").contains("POLICY_DOCUMENT");
  }
}
