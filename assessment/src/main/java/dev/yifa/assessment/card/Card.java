package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.body.OfficerStatus;
import dev.yifa.core.json.YifaJson;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The card an officer holds on a day, with everything behind it: the points within the assessment
 * period and each event that gave (or no longer gives) them, the cards in force and why each was
 * issued, the consequences in force, the day the card turns green again, pending appeals, and the
 * certificate's standing. Computed by {@link Cards#card}; a pure function of the log, the policy,
 * the officer and the day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param officer the officer's id
 * @param name the officer's name
 * @param asOf the day the card is computed for
 * @param policy the policy's id and version, {@code id@version}
 * @param colour the colour: the worst of the points' colour and the cards in force
 * @param points the points within the assessment period
 * @param periodStart the first day of the assessment period the points are counted in
 * @param yellowAt the points at which a yellow card is issued
 * @param redAt the points at which a red card is issued
 * @param contributions every misconduct finding known on the day, counted or not, with why
 * @param cards the cards in force on the day
 * @param consequences the consequences in force on the day
 * @param recoversOn the first day the card is green again if nothing new happens; absent when
 *     already green
 * @param pendingAppeals the appeals lodged and not yet decided
 * @param certificate the certificate's standing on the day
 * @param mayEnforce whether the officer may enforce on the day: a certificate recorded, valid and
 *     neither suspended nor revoked, and no consequence barring enforcement in force
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(
    String officer,
    String name,
    LocalDate asOf,
    String policy,
    CardColour colour,
    int points,
    LocalDate periodStart,
    int yellowAt,
    int redAt,
    List<Contribution> contributions,
    List<IssuedCard> cards,
    List<ConsequenceInForce> consequences,
    @Nullable LocalDate recoversOn,
    List<PendingAppeal> pendingAppeals,
    Certificate certificate,
    boolean mayEnforce) {

  /** Validates and copies the components. */
  public Card {
    checkNotNull(officer, "officer");
    checkNotNull(name, "name");
    checkNotNull(asOf, "asOf");
    checkNotNull(policy, "policy");
    checkNotNull(colour, "colour");
    checkNotNull(periodStart, "periodStart");
    checkNotNull(certificate, "certificate");
    contributions = List.copyOf(checkNotNull(contributions, "contributions"));
    cards = List.copyOf(checkNotNull(cards, "cards"));
    consequences = List.copyOf(checkNotNull(consequences, "consequences"));
    pendingAppeals = List.copyOf(checkNotNull(pendingAppeals, "pendingAppeals"));
  }

  /**
   * What became of a misconduct finding in the card.
   *
   * @since 0.1
   */
  public enum Status {
    /** The points count. */
    COUNTED,
    /** The points count; an appeal is pending. */
    COUNTED_UNDER_APPEAL,
    /** The points are held back while an appeal is pending (the policy says so). */
    HELD_BACK_UNDER_APPEAL,
    /** An appeal was upheld: the finding no longer counts from the decision on. */
    SET_ASIDE_ON_APPEAL,
    /** A later event corrected or retracted the finding. */
    SUPERSEDED,
    /** The finding lies before the assessment period; it may still stand behind a card in force. */
    OUTSIDE_PERIOD
  }

  /**
   * Why a card was issued.
   *
   * @since 0.1
   */
  public enum Reason {
    /** The points within the period reached the card's threshold. */
    POINTS,
    /** The misconduct gives a red card at once. */
    IMMEDIATE,
    /** A yellow card within the escalation months after an earlier card became red. */
    ESCALATION,
    /** The card was issued by decision and recorded in the log. */
    RECORDED
  }

  /**
   * One misconduct finding and what it counts for.
   *
   * @param event the event id
   * @param date the day of the finding
   * @param misconduct the misconduct type code
   * @param misconductName the type's Chinese name
   * @param points the points the finding carries (counted or not)
   * @param status whether and why it counts
   * @param basis the finding it rests on, if recorded
   * @param caseId the case file it arises from, if any
   * @param by the event that set it aside, corrected it or appealed it, if any
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contribution(
      String event,
      LocalDate date,
      String misconduct,
      String misconductName,
      int points,
      Status status,
      @Nullable String basis,
      @Nullable String caseId,
      @Nullable String by) {
    /** Validates the components. */
    public Contribution {
      checkNotNull(event, "event");
      checkNotNull(date, "date");
      checkNotNull(misconduct, "misconduct");
      checkNotNull(misconductName, "misconductName");
      checkNotNull(status, "status");
    }
  }

  /**
   * A card in force: when and why it was issued, and its last day.
   *
   * @param date the day it was issued
   * @param colour YELLOW or RED
   * @param reason why it was issued
   * @param event the event that gave it
   * @param pointsThen the points within the period on that day
   * @param escalatedFrom the day of the earlier card that made it red, for {@link Reason#ESCALATION}
   * @param until the card's last day in force
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IssuedCard(
      LocalDate date,
      CardColour colour,
      Reason reason,
      String event,
      int pointsThen,
      @Nullable LocalDate escalatedFrom,
      LocalDate until) {
    /** Validates the components. */
    public IssuedCard {
      checkNotNull(date, "date");
      checkNotNull(colour, "colour");
      checkNotNull(reason, "reason");
      checkNotNull(event, "event");
      checkNotNull(until, "until");
    }
  }

  /**
   * A consequence in force, with the card it follows from.
   *
   * @param kind the consequence
   * @param from its first day
   * @param until its last day; absent when it lasts until a new certificate is issued
   * @param cardDate the day of the card it follows from
   * @param cardColour the colour of that card
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ConsequenceInForce(
      ConsequenceKind kind,
      LocalDate from,
      @Nullable LocalDate until,
      LocalDate cardDate,
      CardColour cardColour) {
    /** Validates the components. */
    public ConsequenceInForce {
      checkNotNull(kind, "kind");
      checkNotNull(from, "from");
      checkNotNull(cardDate, "cardDate");
      checkNotNull(cardColour, "cardColour");
    }
  }

  /**
   * An appeal lodged and not decided on the day.
   *
   * @param event the appeal event's id
   * @param appealOf the id of the finding or card appealed
   * @param lodgedOn the day it was lodged
   * @since 0.1
   */
  public record PendingAppeal(String event, String appealOf, LocalDate lodgedOn) {
    /** Validates the components. */
    public PendingAppeal {
      checkNotNull(event, "event");
      checkNotNull(appealOf, "appealOf");
      checkNotNull(lodgedOn, "lodgedOn");
    }
  }

  /**
   * The certificate's standing on a day, from the certificate events of the log.
   *
   * @param recorded whether the log records a certificate for the officer
   * @param number the certificate number, if recorded
   * @param validUntil the certificate's last valid day, if recorded
   * @param status the standing on the day
   * @param event the last certificate event that set the standing, if any
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Certificate(
      boolean recorded,
      @Nullable String number,
      @Nullable LocalDate validUntil,
      OfficerStatus status,
      @Nullable String event) {
    /** Validates the components. */
    public Certificate {
      checkNotNull(status, "status");
    }
  }

  /**
   * Writes the card as JSON: camelCase fields, ISO dates, absent optional fields left out.
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
   * Reads a card from its JSON.
   *
   * @param json the JSON text
   * @return the card
   */
  public static Card fromJson(String json) {
    return YifaJson.read(json, Card.class);
  }

  /**
   * Renders the card for people, with an explanation of every point, in Chinese for a {@code zh}
   * locale and in English otherwise.
   *
   * @param locale the reader's locale
   * @return the text, lines ending in {@code \n}
   */
  public String toText(Locale locale) {
    checkNotNull(locale, "locale");
    return CardText.render(this, "zh".equals(locale.getLanguage()));
  }
}
