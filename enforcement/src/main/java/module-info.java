/**
 * Yifa enforcement: the powers catalog, discretion benchmarks, penalty cases, licensing
 * applications, coercive measures and remedies, each checked against its statute.
 */
module dev.yifa.enforcement {
  requires transitive dev.yifa.core;

  exports dev.yifa.enforcement;
}
