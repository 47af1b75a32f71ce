/**
 * Yifa assessment: case-file review scoring, officer cards, agency assessment schemes, rankings
 * and awards, each with the explanation behind every number.
 */
module dev.yifa.assessment {
  requires transitive dev.yifa.core;
  requires transitive dev.yifa.enforcement;

  exports dev.yifa.assessment;
}
