package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.io.UncheckedIOException;

/**
 * The {@link DocumentChecker} for {@code assessment-scheme} documents: reads the scheme (shape
 * errors with pointers) and checks it with {@link SchemeRules}. Registered as a service.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SchemeDocumentChecker implements DocumentChecker {
  /** Creates the checker (for the service loader). */
  public SchemeDocumentChecker() {}

  @Override
  public String type() {
    return AssessmentScheme.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    return SchemeRules.check(AssessmentScheme.parse(bytes(document)), context);
  }

  static byte[] bytes(JsonNode document) {
    try {
      return YifaJson.mapper().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
