package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;

/**
 * The {@link DocumentChecker} of {@code normative-document} documents: reads a {@link NormativeDocument}
 * with the strict mapper and checks it with {@link DocumentRules#PACK}. Registered as a {@link
 * java.util.ServiceLoader} service, so {@code yifa check} reads normative documents.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NormativeDocumentChecker implements DocumentChecker {
  private static final Checker<NormativeDocument> CHECKER = Checker.of(DocumentRules.PACK);

  /** Creates the checker (the service loader's entry point). */
  public NormativeDocumentChecker() {}

  @Override
  public String type() {
    return NormativeDocument.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    return CHECKER.check(read(document), context);
  }

  /**
   * Reads a {@code normative-document} document.
   *
   * @param document the document
   * @return the document
   * @throws InvalidInputException if the document does not fit the shape; the pointer names the
   *     field
   */
  public static NormativeDocument read(JsonNode document) {
    checkNotNull(document, "document");
    return YifaJson.read(document, NormativeDocument.class);
  }
}
