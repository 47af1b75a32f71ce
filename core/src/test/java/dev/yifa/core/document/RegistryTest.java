package dev.yifa.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.decision.Samples;
import dev.yifa.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
  static NormativeDocument read(String name) {
    return NormativeDocumentChecker.read(Samples.tree("document-2018", name));
  }

  static final NormativeDocument MARKET = read("NDOC-017-creates-licence--lawful-no-licence");
  static final NormativeDocument TOWNSHIP =
      read("NDOC-073-revoke-beyond-authority--unlawful-township-revokes-bureau");

  static NormativeDocument unpublished() {
    ObjectNode t = Samples.tree("document-2018", "NDOC-008-not-published--unlawful-never-published");
    t.put("number", "修府规〔2025〕2号");
    return NormativeDocumentChecker.read(t);
  }

  private static final InMemoryNormativeDocumentRegistry REGISTRY =
      InMemoryNormativeDocumentRegistry.of(List.of(MARKET, TOWNSHIP, unpublished()));

  @Test
  void inForce_countyOnADay_returnsTheDocumentsInForceThere() {
    DivisionCode xiushui = DivisionCode.parse("360424");
    assertThat(REGISTRY.inForce(xiushui, LocalDate.of(2025, 6, 1))).containsExactly(TOWNSHIP);
    assertThat(REGISTRY.inForce(xiushui, LocalDate.of(2025, 12, 12)))
        .extracting(NormativeDocument::id)
        .containsExactly(MARKET.id(), TOWNSHIP.id(), unpublished().id());
    assertThat(REGISTRY.inForce(DivisionCode.parse("360423"), LocalDate.of(2025, 12, 12))).isEmpty();
    assertThat(REGISTRY.inForce(xiushui, LocalDate.of(2030, 12, 12))).isEmpty();
  }

  @Test
  void query_byIssuerStatusAndWords() {
    assertThat(REGISTRY.query(DocumentQuery.all().issuedBy("修水县马坳镇人民政府"))).containsExactly(TOWNSHIP);
    assertThat(REGISTRY.query(DocumentQuery.all().textContaining("社会抚养费"))).containsExactly(TOWNSHIP);
    assertThat(REGISTRY.query(DocumentQuery.all().titleContaining("社会抚养费"))).isEmpty();
    assertThat(REGISTRY.query(DocumentQuery.all().titleContaining("农贸", "办法")))
        .extracting(NormativeDocument::id)
        .containsExactly(MARKET.id(), unpublished().id());
    assertThat(
            REGISTRY.query(
                DocumentQuery.all().withStatusOn(DocumentStatus.EXPIRED, LocalDate.of(2029, 1, 1))))
        .containsExactly(TOWNSHIP);
    assertThat(
            REGISTRY.query(
                DocumentQuery.all().withStatusOn(DocumentStatus.NOT_YET_IN_FORCE, LocalDate.of(2025, 12, 1))))
        .hasSize(2);
  }

  @Test
  void basisStatus_tellsWhyADocumentCannotBeABasis() {
    assertThat(REGISTRY.basisStatus("修府规〔2025〕1号", LocalDate.of(2025, 12, 20))).isEqualTo(BasisStatus.IN_FORCE);
    assertThat(REGISTRY.basisStatus("修府规[2025]1号", LocalDate.of(2025, 12, 20))).isEqualTo(BasisStatus.IN_FORCE);
    assertThat(REGISTRY.basisStatus("修府规〔2025〕1号", LocalDate.of(2025, 12, 1)))
        .isEqualTo(BasisStatus.NOT_YET_IN_FORCE);
    assertThat(REGISTRY.basisStatus(unpublished().id(), LocalDate.of(2025, 12, 20)))
        .isEqualTo(BasisStatus.NOT_PUBLISHED);
    assertThat(REGISTRY.basisStatus("马坳府发〔2023〕21号", LocalDate.of(2028, 4, 19))).isEqualTo(BasisStatus.EXPIRED);
    assertThat(REGISTRY.basisStatus("修府规〔2099〕1号", LocalDate.of(2025, 12, 20))).isEqualTo(BasisStatus.UNKNOWN);
    assertThat(REGISTRY.isInForceAndPublished(MARKET.id(), LocalDate.of(2025, 12, 20))).isTrue();
    assertThat(REGISTRY.isInForceAndPublished(unpublished().id(), LocalDate.of(2025, 12, 20))).isFalse();
  }

  @Test
  void statusOn_repealedAndSuspended() {
    ObjectNode t = Samples.tree("document-2018", "NDOC-017-creates-licence--lawful-no-licence");
    t.put("repealedOn", "2027-01-01");
    t.putObject("suspension").put("from", "2026-03-01").put("until", "2026-04-01");
    NormativeDocument d = NormativeDocumentChecker.read(t);
    assertThat(d.statusOn(LocalDate.of(2026, 2, 28))).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(d.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(DocumentStatus.SUSPENDED);
    assertThat(d.statusOn(LocalDate.of(2026, 4, 1))).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(d.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(DocumentStatus.REPEALED);
  }

  @Test
  void add_duplicateIdOrNumber_isRejected() {
    InMemoryNormativeDocumentRegistry r = InMemoryNormativeDocumentRegistry.of(List.of(MARKET));
    assertThatThrownBy(() -> r.add(MARKET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate document id");
    ObjectNode t = Samples.tree("document-2018", "NDOC-017-creates-licence--lawful-no-licence");
    t.put("id", "other");
    assertThatThrownBy(() -> r.add(NormativeDocumentChecker.read(t)))
        .hasMessageContaining("duplicate document number: 修府规〔2025〕1号");
    assertThat(r.size()).isEqualTo(1);
  }

  @Test
  void query_statusWithoutDay_isRejected() {
    assertThatThrownBy(
            () -> new DocumentQuery(null, null, DocumentStatus.IN_FORCE, null, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a day");
    assertThatThrownBy(() -> DocumentQuery.all().titleContaining(""))
        .hasMessageContaining("empty word");
  }

  @Test
  void publicEntries_rejectNulls() {
    com.google.common.testing.NullPointerTester t = new com.google.common.testing.NullPointerTester();
    t.setDefault(DivisionCode.class, DivisionCode.parse("360424"));
    t.setDefault(NormativeDocument.class, MARKET);
    t.setDefault(DocumentQuery.class, DocumentQuery.all());
    t.testAllPublicStaticMethods(DocumentQuery.class);
    t.testAllPublicStaticMethods(DocumentBasis.class);
    t.testAllPublicInstanceMethods(DocumentQuery.all());
    t.testAllPublicInstanceMethods(InMemoryNormativeDocumentRegistry.of(List.of(MARKET)));
    t.testAllPublicInstanceMethods(MARKET);
  }
}
