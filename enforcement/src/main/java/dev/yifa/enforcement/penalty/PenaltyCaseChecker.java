package dev.yifa.enforcement.penalty;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link DocumentChecker} for {@code penalty-case} documents: reads the document ({@link
 * PenaltyCase#read(JsonNode)}), picks the pack of its law ({@link PenaltyPacks#forCase}) and checks
 * it; a batch also finds double fines. Registered as a {@link java.util.ServiceLoader} service.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PenaltyCaseChecker implements DocumentChecker {
  /** Creates the checker (the service loader calls this). */
  public PenaltyCaseChecker() {}

  @Override
  public String type() {
    return PenaltyCase.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    return PenaltyPacks.check(PenaltyCase.read(document), context);
  }

  @Override
  public List<Report> checkBatch(List<JsonNode> documents, List<RuleContext> contexts) {
    checkNotNull(documents, "documents");
    checkNotNull(contexts, "contexts");
    List<PenaltyCase> cases = new ArrayList<>(documents.size());
    for (JsonNode d : documents) {
      cases.add(PenaltyCase.read(d));
    }
    return PenaltyPacks.checkBatch(cases, contexts);
  }
}
