package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A card policy as data (the {@code card-policy} document): demerit points per misconduct type, the
 * assessment period in which points add up, the points at which a yellow and a red card are
 * issued, how long each card stays in force and what it carries, escalation of a repeated card to
 * red, misconduct that gives a red card at once, and what a pending appeal does.
 *
 * <p>{@link #defaultPolicy()} is built from county practice (practice.md §2 and §8); its {@code
 * source} names the documents and its {@code assumptions} say where practice is silent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param id the policy's id
 * @param version the policy's version
 * @param name the policy's name
 * @param source the documents the policy is built from
 * @param assumptions where the documents are silent and the policy assumes
 * @param period how the assessment period runs
 * @param periodMonths the length of a rolling period in months (12 for a calendar year)
 * @param yellow the yellow card
 * @param red the red card
 * @param escalationMonths a card issued within this many months after an earlier card of an
 *     earlier assessment period is red; 0 for no escalation
 * @param pendingAppealSuspends whether the points of a finding under appeal are held back until the
 *     appeal is decided (false: they count, and the pending appeal is shown)
 * @param misconduct the misconduct types, with unique codes
 * @since 0.1
 */
public record CardPolicy(
    String type,
    String id,
    String version,
    String name,
    List<String> source,
    List<String> assumptions,
    PeriodKind period,
    int periodMonths,
    CardRule yellow,
    CardRule red,
    int escalationMonths,
    boolean pendingAppealSuspends,
    List<MisconductType> misconduct) {

  /** The document type. */
  public static final String TYPE = "card-policy";

  private static final String DEFAULT_RESOURCE = "default-card-policy.json";

  /**
   * Validates and copies the components.
   *
   * @throws InvalidInputException if the policy is inconsistent, with the pointer of the defect
   */
  public CardPolicy {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(version, "version");
    checkNotNull(name, "name");
    checkNotNull(source, "source");
    checkNotNull(assumptions, "assumptions");
    checkNotNull(period, "period");
    checkNotNull(yellow, "yellow");
    checkNotNull(red, "red");
    checkNotNull(misconduct, "misconduct");
    source = List.copyOf(source);
    assumptions = List.copyOf(assumptions);
    misconduct = List.copyOf(misconduct);
    if (!TYPE.equals(type)) {
      throw error("/type", "\"" + TYPE + "\"", "the document type must be " + TYPE + ": '" + type + "'");
    }
    if (periodMonths < 1) {
      throw error("/periodMonths", "a positive number of months", "periodMonths must be positive: " + periodMonths);
    }
    if (period == PeriodKind.CALENDAR_YEAR && periodMonths != 12) {
      throw error("/periodMonths", "12 for a CALENDAR_YEAR period", "a calendar year has 12 months: " + periodMonths);
    }
    if (red.points() <= yellow.points()) {
      throw error(
          "/red/points",
          "more points than the yellow card's " + yellow.points(),
          "a red card needs more points than a yellow one: " + red.points());
    }
    if (escalationMonths < 0) {
      throw error("/escalationMonths", "0 or more months", "escalationMonths must not be negative: " + escalationMonths);
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < misconduct.size(); i++) {
      if (!codes.add(misconduct.get(i).code())) {
        throw error("/misconduct/" + i + "/code", "a unique code", "duplicate misconduct code '" + misconduct.get(i).code() + "'");
      }
    }
  }

  @JsonCreator
  static CardPolicy fromJson(
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "version", required = true) String version,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("source") @Nullable List<String> source,
      @JsonProperty("assumptions") @Nullable List<String> assumptions,
      @JsonProperty(value = "period", required = true) PeriodKind period,
      @JsonProperty("periodMonths") @Nullable Integer periodMonths,
      @JsonProperty(value = "yellow", required = true) CardRule yellow,
      @JsonProperty(value = "red", required = true) CardRule red,
      @JsonProperty("escalationMonths") @Nullable Integer escalationMonths,
      @JsonProperty("pendingAppealSuspends") @Nullable Boolean pendingAppealSuspends,
      @JsonProperty(value = "misconduct", required = true) List<MisconductType> misconduct) {
    return new CardPolicy(
        type,
        id,
        version,
        name,
        source == null ? List.of() : source,
        assumptions == null ? List.of() : assumptions,
        period,
        periodMonths == null ? 12 : periodMonths,
        yellow,
        red,
        escalationMonths == null ? 0 : escalationMonths,
        Boolean.TRUE.equals(pendingAppealSuspends),
        misconduct);
  }

  /**
   * Returns the default policy, built from county practice: the Panjin 城管 points (12 points for
   * each 底线 violation), the Zhen'an county card consequences (yellow: enforcement suspended and
   * retraining; red: qualification cancelled) and the Tianjin grounds for suspending and revoking
   * certificates, with the assumptions the policy states where practice is silent.
   *
   * @return the default policy
   */
  public static CardPolicy defaultPolicy() {
    return Holder.DEFAULT;
  }

  /**
   * Reads a policy from JSON.
   *
   * @param json the document, UTF-8
   * @return the policy
   * @throws InvalidInputException if the document does not fit, with the JSON pointer
   */
  public static CardPolicy parse(byte[] json) {
    return YifaJson.read(json, CardPolicy.class);
  }

  /**
   * Writes the policy as JSON.
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
   * Returns a misconduct type by code.
   *
   * @param code the code
   * @return the type, or empty if the policy does not know it
   */
  public Optional<MisconductType> misconductType(String code) {
    checkNotNull(code, "code");
    for (MisconductType t : misconduct) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rule of a card colour.
   *
   * @param colour YELLOW or RED
   * @return the rule
   * @throws IllegalArgumentException for GREEN, which is no card
   */
  public CardRule rule(CardColour colour) {
    checkNotNull(colour, "colour");
    return switch (colour) {
      case YELLOW -> yellow;
      case RED -> red;
      case GREEN -> throw new IllegalArgumentException("green is no card: " + colour);
    };
  }

  private static InvalidInputException error(String pointer, String expected, String message) {
    return new InvalidInputException(pointer, expected, "at " + pointer + ": " + message);
  }

  private static final class Holder {
    static final CardPolicy DEFAULT = load();

    private static CardPolicy load() {
      try (InputStream in = CardPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return YifaJson.read(in, CardPolicy.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
