/**
 * Yifa core: the law and its versions, citations, identifiers, money, the working-day calendar,
 * bodies and officers, the rule engine and reports, jurisdiction profiles, JSON and Bean Validation.
 *
 * <p>Start with {@code dev.yifa.core.law.Citation}, {@code dev.yifa.core.id},
 * {@code dev.yifa.core.time.WorkingDayCalendar} and {@code dev.yifa.core.rule.Checker}.
 */
module dev.yifa.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires com.google.common;
  requires org.slf4j;

  uses dev.yifa.core.rule.DocumentChecker;

  exports dev.yifa.core;
  exports dev.yifa.core.law;
  exports dev.yifa.core.id;
  exports dev.yifa.core.money;
  exports dev.yifa.core.time;
  exports dev.yifa.core.body;
  exports dev.yifa.core.rule;
  exports dev.yifa.core.profile;
  exports dev.yifa.core.json;
  exports dev.yifa.core.validation;
  exports dev.yifa.core.decision;
  exports dev.yifa.core.document;
  exports dev.yifa.core.internal to
      dev.yifa.enforcement,
      dev.yifa.assessment,
      dev.yifa.testkit;

  opens dev.yifa.core.law to com.fasterxml.jackson.databind;
  opens dev.yifa.core.id to com.fasterxml.jackson.databind;
  opens dev.yifa.core.money to com.fasterxml.jackson.databind;
  opens dev.yifa.core.time to com.fasterxml.jackson.databind;
  opens dev.yifa.core.body to com.fasterxml.jackson.databind;
  opens dev.yifa.core.rule to com.fasterxml.jackson.databind;
  opens dev.yifa.core.profile to com.fasterxml.jackson.databind;
  opens dev.yifa.core.json to com.fasterxml.jackson.databind;
  opens dev.yifa.core.validation to org.hibernate.validator;
  // The JSON Schemas of every document type (/schemas/<type>.schema.json), readable by anyone.
  opens schemas;
  opens dev.yifa.core.decision to com.fasterxml.jackson.databind;
  opens dev.yifa.core.document to com.fasterxml.jackson.databind;

  provides dev.yifa.core.rule.DocumentChecker with
      dev.yifa.core.decision.MajorDecisionChecker,
      dev.yifa.core.document.NormativeDocumentChecker;
}
