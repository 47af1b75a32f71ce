package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.json.YifaJson;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code officer-events} document (FORMATS.md): the officers of a county or agency and the
 * append-only log of events about them. The log is validated when it is built: ids are unique,
 * every event names a known officer, corrections and appeals name an earlier event of the same
 * officer, and each event carries the fields its type needs. Errors are {@link
 * InvalidInputException}s naming the JSON pointer.
 *
 * <pre>{@code
 * { "type": "officer-events", "id": "611025-2025", "region": "611025",
 *   "officers": [ { "id": "ZA-0001", "name": "…", "agency": "…" } ],
 *   "events":   [ { "id": "E1", "officer": "ZA-0001", "date": "2025-03-02", "type": "MISCONDUCT_FOUND",
 *                   "misconduct": "CERTIFICATE_NOT_SHOWN", "basis": "…" } ] }
 * }</pre>
 *
 * <p>Events keep the order they were given in; {@link Cards} reads them by date, then id, so the
 * order of the input never changes a card. Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param id the log's id
 * @param region the six-digit division code of the county or city whose officers these are
 * @param officers the officers, with unique ids
 * @param events the events, with unique ids
 * @since 0.1
 */
public record OfficerLog(
    String type, String id, String region, List<Officer> officers, List<OfficerEvent> events) {

  /** The document type. */
  public static final String TYPE = "officer-events";

  /**
   * Validates and copies the components.
   *
   * @throws InvalidInputException if the log is inconsistent, with the pointer of the first defect
   */
  public OfficerLog {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(region, "region");
    checkNotNull(officers, "officers");
    checkNotNull(events, "events");
    officers = List.copyOf(officers);
    events = List.copyOf(events);
    validate(type, region, officers, events);
  }

  @JsonCreator
  static OfficerLog fromJson(
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "region", required = true) String region,
      @JsonProperty(value = "officers", required = true) List<Officer> officers,
      @JsonProperty(value = "events", required = true) List<OfficerEvent> events) {
    return new OfficerLog(type, id, region, officers, events);
  }

  /**
   * Creates a log.
   *
   * @param id the log's id
   * @param region the division code
   * @param officers the officers
   * @param events the events
   * @return the log
   * @throws InvalidInputException if the log is inconsistent
   */
  public static OfficerLog of(
      String id, String region, List<Officer> officers, List<OfficerEvent> events) {
    return new OfficerLog(TYPE, id, region, officers, events);
  }

  /**
   * Reads a log from JSON.
   *
   * @param json the document, UTF-8
   * @return the log
   * @throws InvalidInputException if the document does not fit, with the JSON pointer
   */
  public static OfficerLog parse(byte[] json) {
    return YifaJson.read(json, OfficerLog.class);
  }

  /**
   * Reads a log from a stream, which is not closed.
   *
   * @param in the document, UTF-8
   * @return the log
   * @throws InvalidInputException if the document does not fit, with the JSON pointer
   */
  public static OfficerLog read(InputStream in) {
    return YifaJson.read(in, OfficerLog.class);
  }

  /**
   * Writes the log as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return YifaJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a log with events appended. Events whose id the log already holds are left out, so
   * that appending the same derived events twice adds nothing the second time.
   *
   * @param more the events to append
   * @return the longer log, or this log if nothing was new
   * @throws InvalidInputException if an appended event is inconsistent with the log
   */
  public OfficerLog plus(Collection<OfficerEvent> more) {
    checkNotNull(more, "more");
    Set<String> ids = new HashSet<>();
    for (OfficerEvent e : events) {
      ids.add(e.id());
    }
    List<OfficerEvent> all = new ArrayList<>(events);
    for (OfficerEvent e : more) {
      if (ids.add(checkNotNull(e, "event").id())) {
        all.add(e);
      }
    }
    return all.size() == events.size() ? this : new OfficerLog(type, id, region, officers, all);
  }

  private static void validate(
      String type, String region, List<Officer> officers, List<OfficerEvent> events) {
    if (!TYPE.equals(type)) {
      throw error("/type", "\"" + TYPE + "\"", "the document type must be " + TYPE + ": '" + type + "'");
    }
    if (!DivisionCode.isValid(region)) {
      throw error("/region", "a six-digit division code", "not a division code: '" + region + "'");
    }
    Set<String> officerIds = new HashSet<>();
    for (int i = 0; i < officers.size(); i++) {
      Officer o = checkNotNull(officers.get(i), "officer");
      if (!officerIds.add(o.id())) {
        throw error("/officers/" + i + "/id", "a unique officer id", "duplicate officer id '" + o.id() + "'");
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      OfficerEvent e = checkNotNull(events.get(i), "event");
      if (index.putIfAbsent(e.id(), i) != null) {
        throw error("/events/" + i + "/id", "a unique event id", "duplicate event id '" + e.id() + "'");
      }
      if (!officerIds.contains(e.officer())) {
        throw error(
            "/events/" + i + "/officer",
            "the id of an officer listed in /officers",
            "unknown officer '" + e.officer() + "'");
      }
    }
    Map<String, String> supersededBy = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      OfficerEvent e = events.get(i);
      String at = "/events/" + i;
      requireFields(e, at);
      if (e.supersedes() != null) {
        OfficerEvent old = referenced(events, index, e, e.supersedes(), at + "/supersedes");
        String previous = supersededBy.putIfAbsent(old.id(), e.id());
        if (previous != null) {
          throw error(
              at + "/supersedes",
              "an event not yet corrected",
              "event '" + old.id() + "' is already superseded by '" + previous + "'; correct the correction instead");
        }
      }
      if (e.appealOf() != null) {
        OfficerEvent appealed = referenced(events, index, e, e.appealOf(), at + "/appealOf");
        if (appealed.type() != OfficerEventType.MISCONDUCT_FOUND
            && appealed.type() != OfficerEventType.CARD_ISSUED) {
          throw error(
              at + "/appealOf",
              "the id of a MISCONDUCT_FOUND or CARD_ISSUED event",
              "event '" + appealed.id() + "' is " + appealed.type() + ", which cannot be appealed");
        }
      }
    }
  }

  /** Finds the event a correction or appeal names: known, same officer, not later. */
  private static OfficerEvent referenced(
      List<OfficerEvent> events, Map<String, Integer> index, OfficerEvent e, String ref, String at) {
    Integer j = index.get(ref);
    if (j == null) {
      throw error(at, "the id of an event in this log", "unknown event '" + ref + "'");
    }
    OfficerEvent old = events.get(j);
    if (old == e) {
      throw error(at, "the id of another event", "event '" + ref + "' refers to itself");
    }
    if (!old.officer().equals(e.officer())) {
      throw error(
          at,
          "an event of the same officer",
          "event '" + ref + "' is about officer '" + old.officer() + "', not '" + e.officer() + "'");
    }
    if (old.date().isAfter(e.date())) {
      throw error(
          at,
          "an event on or before " + e.date(),
          String.format(Locale.ROOT, "event '%s' of %s is later than this event of %s", ref, old.date(), e.date()));
    }
    return old;
  }

  private static void requireFields(OfficerEvent e, String at) {
    switch (e.type()) {
      case MISCONDUCT_FOUND -> require(e.misconduct() != null, at, "misconduct", "a misconduct type code");
      case CARD_ISSUED -> {
        require(e.colour() != null, at, "colour", "YELLOW or RED");
        if (e.colour() == CardColour.GREEN) {
          throw error(at + "/colour", "YELLOW or RED", "a card issued by decision is YELLOW or RED");
        }
      }
      case APPEAL_LODGED -> require(e.appealOf() != null, at, "appealOf", "the id of the event appealed");
      case APPEAL_DECIDED -> {
        require(e.appealOf() != null, at, "appealOf", "the id of the event appealed");
        require(e.outcome() != null, at, "outcome", "UPHELD or DISMISSED");
      }
      case CERTIFICATE_ISSUED -> require(e.certificateNo() != null, at, "certificateNo", "the certificate number");
      case EXAM_TAKEN -> require(e.passed() != null, at, "passed", "true or false");
      case CASE_HANDLED -> require(e.caseId() != null, at, "caseId", "the case id");
      case RETRACTED -> require(e.supersedes() != null, at, "supersedes", "the id of the event retracted");
      default -> {}
    }
    if (e.appealOf() != null
        && e.type() != OfficerEventType.APPEAL_LODGED
        && e.type() != OfficerEventType.APPEAL_DECIDED) {
      throw error(at + "/appealOf", "no appealOf on a " + e.type() + " event", "only appeal events name appealOf");
    }
    if (e.outcome() != null && e.type() != OfficerEventType.APPEAL_DECIDED) {
      throw error(at + "/outcome", "no outcome on a " + e.type() + " event", "only APPEAL_DECIDED events have an outcome");
    }
    if (e.misconduct() != null && e.type() != OfficerEventType.MISCONDUCT_FOUND) {
      throw error(at + "/misconduct", "no misconduct on a " + e.type() + " event", "only MISCONDUCT_FOUND events name a misconduct");
    }
    if (e.points() != null && e.type() != OfficerEventType.MISCONDUCT_FOUND) {
      throw error(at + "/points", "no points on a " + e.type() + " event", "only MISCONDUCT_FOUND events carry points");
    }
    if (e.colour() != null && e.type() != OfficerEventType.CARD_ISSUED) {
      throw error(at + "/colour", "no colour on a " + e.type() + " event", "only CARD_ISSUED events carry a colour");
    }
  }

  private static void require(boolean present, String at, String field, String expected) {
    if (!present) {
      throw error(at + "/" + field, expected, "required field is missing for this event type");
    }
  }

  private static InvalidInputException error(String pointer, String expected, String message) {
    return new InvalidInputException(pointer, expected, "at " + pointer + ": " + message);
  }
}
