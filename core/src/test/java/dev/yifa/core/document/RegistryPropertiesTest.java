package dev.yifa.core.document;

import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.json.YifaJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RegistryPropertiesTest {
  @Test
  void query_agreesWithABruteForceScan() {
    qt().withExamples(1000)
        .forAll(DocumentGens.documents(120), DocumentGens.queries())
        .check(
            (docs, q) -> {
              List<NormativeDocument> expected = docs.stream().filter(q::matches).toList();
              return InMemoryNormativeDocumentRegistry.of(docs).query(q).equals(expected);
            });
  }

  @Test
  void add_neverRemovesAResultOfAQueryItMatches() {
    qt().withExamples(300)
        .forAll(DocumentGens.documents(80), DocumentGens.queries(), SourceDSL.longs().all())
        .check(
            (docs, q, seed) -> {
              InMemoryNormativeDocumentRegistry r = InMemoryNormativeDocumentRegistry.of(docs);
              List<NormativeDocument> before = r.query(q);
              NormativeDocument added = DocumentGens.document(seed, docs.size());
              r.add(added);
              List<NormativeDocument> after = r.query(q);
              return after.containsAll(before)
                  && (after.contains(added) == q.matches(added))
                  && after.size() == before.size() + (q.matches(added) ? 1 : 0);
            });
  }

  @Test
  void find_byIdAndByNumber_returnsTheDocument() {
    qt().withExamples(100)
        .forAll(DocumentGens.documents(60))
        .check(
            docs -> {
              InMemoryNormativeDocumentRegistry r = InMemoryNormativeDocumentRegistry.of(docs);
              return docs.stream()
                  .allMatch(
                      d ->
                          r.find(d.id()).orElseThrow() == d
                              && (d.number() == null || r.find(d.number().toString()).orElseThrow() == d));
            });
  }

  @Test
  void json_roundTrips() {
    qt().withExamples(300)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 1000))
        .check(
            (seed, i) -> {
              NormativeDocument d = DocumentGens.document(seed, i);
              String json = YifaJson.mapper().valueToTree(d).toString();
              return YifaJson.read(json, NormativeDocument.class).equals(d);
            });
  }
}
