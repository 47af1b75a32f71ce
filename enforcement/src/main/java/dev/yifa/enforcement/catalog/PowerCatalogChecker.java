package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.DocumentChecker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;

/**
 * Checks {@code power-catalog} documents with {@link CatalogRules#PACK}; registered as a {@link
 * DocumentChecker} service so that {@code yifa check} accepts catalogs. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PowerCatalogChecker implements DocumentChecker {
  private static final Checker<PowerCatalog> CHECKER = Checker.of(CatalogRules.PACK);

  /** Creates the checker (the service loader calls this). */
  public PowerCatalogChecker() {}

  @Override
  public String type() {
    return PowerCatalog.TYPE;
  }

  @Override
  public Report check(JsonNode document, RuleContext context) {
    checkNotNull(document, "document");
    checkNotNull(context, "context");
    return CHECKER.check(read(document, PowerCatalog.class), context);
  }

  static <T> T read(JsonNode document, Class<T> type) {
    return YifaJson.read(document, type);
  }
}
