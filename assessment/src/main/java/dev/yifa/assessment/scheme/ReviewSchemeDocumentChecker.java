package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.assessment.review.ReviewScheme;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import java.util.List;

/**
 * The {@link DocumentChecker} for {@code review-scheme} documents: reads the scheme, which checks
 * its shape and consistency (errors with pointers); a well-formed review scheme has no findings.
 * Registered as a service. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewSchemeDocumentChecker implements DocumentChecker {
  /** Creates the checker (for the service loader). */
  public ReviewSchemeDocumentChecker() {}

  @Override
  public String type() {
    return ReviewScheme.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    ReviewScheme scheme = ReviewScheme.parse(SchemeDocumentChecker.bytes(document));
    return new Report(
        scheme.id(),
        ReviewScheme.TYPE,
        SchemeRules.PACK.name(),
        context.profile().id(),
        List.of(),
        List.of(scheme.categories().size() + " categories, " + scheme.deductions().size() + " deduction items"));
  }
}
