/**
 * Yifa testkit: QuickTheories generators for Yifa's domain types, so that embedders can
 * property-test their own code, and the deterministic demo county.
 */
module dev.yifa.testkit {
  requires transitive dev.yifa.core;
  requires transitive dev.yifa.enforcement;
  requires transitive dev.yifa.assessment;
  requires transitive quicktheories;
  requires com.google.common;

  exports dev.yifa.testkit;
}
