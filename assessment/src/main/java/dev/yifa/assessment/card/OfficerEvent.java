package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an officer's append-only event log. Events are never edited: a correction is a new
 * event whose {@code supersedes} names the event it replaces, and a {@link
 * OfficerEventType#RETRACTED} event withdraws one. Which optional fields an event needs depends on
 * its {@link OfficerEventType type}; {@link OfficerLog} checks them.
 *
 * <p>Events order by date, then id ({@link #ORDER}). Immutable and thread-safe.
 *
 * @param id the event's id, unique in the log
 * @param officer the id of the officer the event is about
 * @param date the day the event took effect (for misconduct, the day it was found)
 * @param type what the event records
 * @param supersedes the id of an earlier event this one corrects or retracts, if any
 * @param misconduct the misconduct type code of the policy ({@code MISCONDUCT_FOUND})
 * @param points the points set by the finding, overriding the policy's ({@code MISCONDUCT_FOUND})
 * @param basis the finding, decision or document the event rests on, e.g. {@code 镇安县法制办督查通报〔2025〕3号}
 * @param caseId the case file the event arises from, if any
 * @param colour the colour of a card issued by decision ({@code CARD_ISSUED})
 * @param appealOf the id of the misconduct or card event appealed ({@code APPEAL_LODGED}, {@code APPEAL_DECIDED})
 * @param outcome the appeal's outcome ({@code APPEAL_DECIDED})
 * @param certificateNo the certificate number ({@code CERTIFICATE_ISSUED})
 * @param validUntil the certificate's last valid day, or the last day of a suspension
 * @param passed whether an exam was passed ({@code EXAM_TAKEN})
 * @param note free text
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficerEvent(
    String id,
    String officer,
    LocalDate date,
    OfficerEventType type,
    @Nullable String supersedes,
    @Nullable String misconduct,
    @Nullable Integer points,
    @Nullable String basis,
    @Nullable String caseId,
    @Nullable CardColour colour,
    @Nullable String appealOf,
    @Nullable AppealOutcome outcome,
    @Nullable String certificateNo,
    @Nullable LocalDate validUntil,
    @Nullable Boolean passed,
    @Nullable String note) {

  /** The order of events: by date, then by id. */
  public static final Comparator<OfficerEvent> ORDER =
      Comparator.comparing(OfficerEvent::date).thenComparing(OfficerEvent::id);

  /** Validates the components that every event needs. */
  public OfficerEvent {
    checkNotNull(id, "id");
    checkNotNull(officer, "officer");
    checkNotNull(date, "date");
    checkNotNull(type, "type");
    checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    checkArgument(!officer.isBlank(), "officer must not be blank: '%s'", officer);
    checkArgument(points == null || points >= 0, "points must not be negative: %s", points);
  }

  /**
   * Starts an event with only its common fields; add the type's fields with the {@code with…}
   * methods.
   *
   * @param id the event id
   * @param officer the officer's id
   * @param date the day
   * @param type the type
   * @return the event
   */
  public static OfficerEvent of(String id, String officer, LocalDate date, OfficerEventType type) {
    return new OfficerEvent(
        id, officer, date, type, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /**
   * A misconduct finding.
   *
   * @param id the event id
   * @param officer the officer's id
   * @param date the day the misconduct was found
   * @param misconduct the misconduct type code
   * @param basis the finding it rests on
   * @return the event
   */
  public static OfficerEvent misconduct(
      String id, String officer, LocalDate date, String misconduct, String basis) {
    return of(id, officer, date, OfficerEventType.MISCONDUCT_FOUND)
        .withMisconduct(checkNotNull(misconduct, "misconduct"))
        .withBasis(checkNotNull(basis, "basis"));
  }

  /**
   * An appeal lodged or decided.
   *
   * @param id the event id
   * @param officer the officer's id
   * @param date the day
   * @param appealOf the id of the event appealed
   * @param outcome the outcome, or {@code null} for an appeal lodged
   * @return the event
   */
  public static OfficerEvent appeal(
      String id, String officer, LocalDate date, String appealOf, @Nullable AppealOutcome outcome) {
    OfficerEvent e =
        of(id, officer, date, outcome == null ? OfficerEventType.APPEAL_LODGED : OfficerEventType.APPEAL_DECIDED);
    return new OfficerEvent(
        e.id, e.officer, e.date, e.type, null, null, null, null, null, null,
        checkNotNull(appealOf, "appealOf"), outcome, null, null, null, null);
  }

  /**
   * Returns a copy that supersedes (corrects) another event.
   *
   * @param eventId the id of the event corrected
   * @return the copy
   */
  public OfficerEvent withSupersedes(String eventId) {
    return new OfficerEvent(
        id, officer, date, type, checkNotNull(eventId, "eventId"), misconduct, points, basis, caseId,
        colour, appealOf, outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy with a misconduct type.
   *
   * @param code the misconduct type code
   * @return the copy
   */
  public OfficerEvent withMisconduct(String code) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, checkNotNull(code, "code"), points, basis, caseId,
        colour, appealOf, outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy with points set by the finding.
   *
   * @param value the points, not negative
   * @return the copy
   */
  public OfficerEvent withPoints(int value) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, value, basis, caseId, colour, appealOf,
        outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy with a basis.
   *
   * @param text the finding, decision or document the event rests on
   * @return the copy
   */
  public OfficerEvent withBasis(String text) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, checkNotNull(text, "text"), caseId,
        colour, appealOf, outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy naming the case file the event arises from.
   *
   * @param value the case id
   * @return the copy
   */
  public OfficerEvent withCaseId(String value) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, basis, checkNotNull(value, "value"),
        colour, appealOf, outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy with a card colour.
   *
   * @param value the colour
   * @return the copy
   */
  public OfficerEvent withColour(CardColour value) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, basis, caseId,
        checkNotNull(value, "value"), appealOf, outcome, certificateNo, validUntil, passed, note);
  }

  /**
   * Returns a copy with a certificate number and last valid day.
   *
   * @param number the certificate number
   * @param lastDay the last valid day, or {@code null} if unlimited
   * @return the copy
   */
  public OfficerEvent withCertificate(String number, @Nullable LocalDate lastDay) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, basis, caseId, colour, appealOf,
        outcome, checkNotNull(number, "number"), lastDay, passed, note);
  }

  /**
   * Returns a copy with a last day (of a certificate's validity or of a suspension).
   *
   * @param lastDay the last day
   * @return the copy
   */
  public OfficerEvent withValidUntil(LocalDate lastDay) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, basis, caseId, colour, appealOf,
        outcome, certificateNo, checkNotNull(lastDay, "lastDay"), passed, note);
  }

  /**
   * Returns a copy with an exam result.
   *
   * @param value whether the exam was passed
   * @return the copy
   */
  public OfficerEvent withPassed(boolean value) {
    return new OfficerEvent(
        id, officer, date, type, supersedes, misconduct, points, basis, caseId, colour, appealOf,
        outcome, certificateNo, validUntil, value, note);
  }
}
