/**
 * Yifa enforcement: the powers catalog, discretion benchmarks, penalty cases, licensing
 * applications, coercive measures and remedies, each checked against its statute.
 */
module dev.yifa.enforcement {
  requires transitive dev.yifa.core;
  requires com.google.common;

  exports dev.yifa.enforcement;
  exports dev.yifa.enforcement.catalog;
  exports dev.yifa.enforcement.penalty;

  opens dev.yifa.enforcement.catalog to com.fasterxml.jackson.databind;
  opens dev.yifa.enforcement.penalty to com.fasterxml.jackson.databind;

  provides dev.yifa.core.rule.DocumentChecker with
      dev.yifa.enforcement.catalog.PowerCatalogChecker,
      dev.yifa.enforcement.catalog.DiscretionBenchmarksChecker,
      dev.yifa.enforcement.penalty.PenaltyCaseChecker;
}
