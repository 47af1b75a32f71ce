package dev.yifa.core.rule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import java.util.List;

/**
 * A kind of document Yifa can check, named by the document's {@code type} field (FORMATS.md):
 * {@code penalty-case}, {@code power-catalog}, {@code major-decision}, {@code normative-document}
 * and so on. Modules provide implementations as {@link java.util.ServiceLoader} services ({@code
 * provides dev.yifa.core.rule.DocumentChecker with …} in their module descriptor, and a {@code
 * META-INF/services} entry for the class path); {@link DocumentCheckers} finds them.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface DocumentChecker {
  /**
   * Returns the document type this checker reads.
   *
   * @return the value of the documents' {@code type} field, e.g. {@code penalty-case}
   */
  String type();

  /**
   * Reads one document and checks it.
   *
   * @param document the whole document, including its {@code type} and {@code region}
   * @param context the context, with the profile of the document's region already resolved
   * @return the report
   * @throws InvalidInputException if the document does not fit the type's shape
   */
  Report check(JsonNode document, RuleContext context);

  /**
   * Checks a batch of documents of this type together, adding the findings that only a batch can
   * show (for example the same party fined twice for the same violation). The default checks each
   * document alone.
   *
   * @param documents the documents, all of this type
   * @param contexts the context of each document, in the same order
   * @return one report per document, in the same order
   * @throws InvalidInputException if a document does not fit the type's shape
   */
  default List<Report> checkBatch(List<JsonNode> documents, List<RuleContext> contexts) {
    if (documents.size() != contexts.size()) {
      throw new IllegalArgumentException(
          "documents and contexts must have the same size: "
              + documents.size()
              + " != "
              + contexts.size());
    }
    Report[] reports = new Report[documents.size()];
    for (int i = 0; i < reports.length; i++) {
      reports[i] = check(documents.get(i), contexts.get(i));
    }
    return List.of(reports);
  }
}
