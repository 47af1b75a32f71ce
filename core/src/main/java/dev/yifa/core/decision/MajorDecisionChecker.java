package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;

/**
 * The {@link DocumentChecker} of {@code major-decision} documents: reads a {@link MajorDecision}
 * with the strict mapper and checks it with {@link DecisionRules#PACK}. Registered as a {@link
 * java.util.ServiceLoader} service, so {@code yifa check} reads major decisions.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MajorDecisionChecker implements DocumentChecker {
  private static final Checker<MajorDecision> CHECKER = Checker.of(DecisionRules.PACK);

  /** Creates the checker (the service loader's entry point). */
  public MajorDecisionChecker() {}

  @Override
  public String type() {
    return MajorDecision.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    return CHECKER.check(read(document), context);
  }

  /**
   * Reads a {@code major-decision} document.
   *
   * @param document the document
   * @return the decision
   * @throws InvalidInputException if the document does not fit the shape; the pointer names the
   *     field
   */
  public static MajorDecision read(JsonNode document) {
    checkNotNull(document, "document");
    return YifaJson.read(document, MajorDecision.class);
  }
}
