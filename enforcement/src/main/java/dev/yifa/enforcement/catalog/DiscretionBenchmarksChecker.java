package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;

/**
 * Checks {@code discretion-benchmarks} documents with {@link CatalogRules#BENCHMARK_PACK};
 * registered as a {@link DocumentChecker} service. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DiscretionBenchmarksChecker implements DocumentChecker {
  private static final Checker<DiscretionBenchmarks> CHECKER = Checker.of(CatalogRules.BENCHMARK_PACK);

  /** Creates the checker (the service loader calls this). */
  public DiscretionBenchmarksChecker() {}

  @Override
  public String type() {
    return DiscretionBenchmarks.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    DiscretionBenchmarks b = PowerCatalogChecker.read(document, DiscretionBenchmarks.class);
    if (b.type() == null) {
      throw new InvalidInputException("/type", DiscretionBenchmarks.TYPE, "missing field 'type'");
    }
    if (b.region() == null) {
      throw new InvalidInputException("/region", "a 6-digit division code", "missing field 'region'");
    }
    return CHECKER.check(b, context);
  }
}
