/**
 * Yifa assessment: case-file review scoring, officer cards, agency assessment schemes, rankings
 * and awards, each with the explanation behind every number.
 */
module dev.yifa.assessment {
  requires transitive dev.yifa.core;
  requires transitive dev.yifa.enforcement;
  requires com.google.common;

  exports dev.yifa.assessment;
  exports dev.yifa.assessment.card;
  exports dev.yifa.assessment.review;
  exports dev.yifa.assessment.scheme;

  opens dev.yifa.assessment.card to com.fasterxml.jackson.databind;
  opens dev.yifa.assessment.review to com.fasterxml.jackson.databind;
  opens dev.yifa.assessment.scheme to com.fasterxml.jackson.databind;

  provides dev.yifa.core.rule.DocumentChecker with
      dev.yifa.assessment.card.OfficerEventsChecker,
      dev.yifa.assessment.scheme.SchemeDocumentChecker,
      dev.yifa.assessment.scheme.ReviewSchemeDocumentChecker;
}
