package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.assessment.card.Card.Certificate;
import dev.yifa.assessment.card.Card.ConsequenceInForce;
import dev.yifa.assessment.card.Card.Contribution;
import dev.yifa.assessment.card.Card.IssuedCard;
import dev.yifa.assessment.card.Card.PendingAppeal;
import dev.yifa.assessment.card.Card.Reason;
import dev.yifa.assessment.card.Card.Status;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.body.OfficerStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes officers' cards from an {@link OfficerLog} under a {@link CardPolicy}.
 *
 * <p>The rules, all read from the policy:
 *
 * <ul>
 *   <li>Only events dated on or before the day count, so a card as of a past day is the card as it
 *       stood then. An event superseded (corrected or retracted) by an event on or before the day
 *       does not count; an upheld appeal decided on or before the day sets aside the finding or card
 *       appealed, for the whole history; a pending appeal leaves the points counting (unless the
 *       policy holds them back) and is shown.
 *   <li>Points add up within the assessment period: the calendar year, or the last months of a
 *       rolling period.
 *   <li>Each finding after which the points in the period reach the yellow (red) threshold issues a
 *       yellow (red) card on its day; a finding of a type marked immediate-red issues a red card
 *       whatever the points; a card issued by decision ({@code CARD_ISSUED}) is a card too.
 *   <li>Escalation: a yellow card issued within {@code escalationMonths} after an earlier card that
 *       lies before the current assessment period is red (a second yellow within 12 months across
 *       two periods; within one period the thresholds alone decide).
 *   <li>A card stays in force for its months from its day. The colour on a day is the worst of the
 *       points' colour and the cards in force; it recovers on the first day both are green.
 *   <li>Consequences run from the card's day for their months, for as long as the card, or until a
 *       new certificate is issued.
 * </ul>
 *
 * <p>These rules make the card monotone: a further finding never makes a card greener, and an
 * upheld appeal never makes one redder. Immutable and thread-safe; no clock is read.
 *
 * @since 0.1
 */
public final class Cards {
  private final OfficerLog log;
  private final CardPolicy policy;
  private final Map<String, Officer> officers;
  private final Map<String, List<OfficerEvent>> eventsByOfficer;
  private final Map<String, MisconductType> types;

  private Cards(OfficerLog log, CardPolicy policy) {
    this.log = log;
    this.policy = policy;
    Map<String, MisconductType> t = new HashMap<>();
    for (MisconductType m : policy.misconduct()) {
      t.put(m.code(), m);
    }
    this.types = Map.copyOf(t);
    Map<String, Officer> o = new TreeMap<>();
    Map<String, List<OfficerEvent>> byOfficer = new HashMap<>();
    for (Officer officer : log.officers()) {
      o.put(officer.id(), officer);
      byOfficer.put(officer.id(), new ArrayList<>());
    }
    List<OfficerEvent> events = log.events();
    for (int i = 0; i < events.size(); i++) {
      OfficerEvent e = events.get(i);
      if (e.type() == OfficerEventType.MISCONDUCT_FOUND
          && e.points() == null
          && !types.containsKey(e.misconduct())) {
        String pointer = "/events/" + i + "/misconduct";
        throw new InvalidInputException(
            pointer,
            "a misconduct code of policy " + policy.id() + ", or points on the event",
            "at " + pointer + ": misconduct '" + e.misconduct() + "' is unknown to policy " + policy.id()
                + " and the event gives no points");
      }
      byOfficer.get(e.officer()).add(e);
    }
    Map<String, List<OfficerEvent>> sorted = new HashMap<>();
    for (Map.Entry<String, List<OfficerEvent>> e : byOfficer.entrySet()) {
      List<OfficerEvent> list = e.getValue();
      list.sort(OfficerEvent.ORDER);
      sorted.put(e.getKey(), List.copyOf(list));
    }
    this.officers = java.util.Collections.unmodifiableMap(o);
    this.eventsByOfficer = Map.copyOf(sorted);
  }

  /**
   * Prepares card computation over a log under a policy.
   *
   * @param log the officer-events log
   * @param policy the card policy
   * @return the cards
   * @throws InvalidInputException if a misconduct finding names a type the policy does not know and
   *     gives no points of its own, with the pointer of the finding
   */
  public static Cards of(OfficerLog log, CardPolicy policy) {
    checkNotNull(log, "log");
    checkNotNull(policy, "policy");
    return new Cards(log, policy);
  }

  /**
   * Returns the log.
   *
   * @return the log
   */
  public OfficerLog log() {
    return log;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public CardPolicy policy() {
    return policy;
  }

  /**
   * Returns the ids of the log's officers, in order.
   *
   * @return the ids, sorted
   */
  public List<String> officerIds() {
    return List.copyOf(officers.keySet());
  }

  /**
   * Returns the card an officer holds on a day.
   *
   * @param officerId the officer's id
   * @param asOf the day
   * @return the card, with its explanation
   * @throws IllegalArgumentException if the log has no such officer
   */
  public Card card(String officerId, LocalDate asOf) {
    checkNotNull(officerId, "officerId");
    checkNotNull(asOf, "asOf");
    Officer officer = officers.get(officerId);
    checkArgument(officer != null, "unknown officer: '%s'", officerId);
    return new Computation(officer, eventsByOfficer.get(officerId), asOf).card();
  }

  /**
   * Returns every officer's card on a day.
   *
   * @param asOf the day
   * @return the cards, by officer id
   */
  public List<Card> all(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    List<Card> cards = new ArrayList<>(officers.size());
    for (Officer o : officers.values()) {
      cards.add(new Computation(o, eventsByOfficer.get(o.id()), asOf).card());
    }
    return List.copyOf(cards);
  }

  /**
   * Renders cards as a table for people: officer, name, colour, points and the day each turns
   * green again, with a count per colour; in Chinese for a {@code zh} locale, English otherwise.
   *
   * @param cards the cards
   * @param locale the reader's locale
   * @return the table, lines ending in {@code \n}
   */
  public static String summary(List<Card> cards, java.util.Locale locale) {
    checkNotNull(cards, "cards");
    checkNotNull(locale, "locale");
    return CardText.summary(cards, "zh".equals(locale.getLanguage()));
  }

  /**
   * Derives the core {@link EnforcementOfficer} of an officer on a day, so that the checks of a
   * case can ask {@link EnforcementOfficer#mayEnforceOn}: the certificate number and last valid day
   * from the certificate events; status {@code REVOKED} if the certificate is revoked or a card
   * cancels the qualification, {@code SUSPENDED} if the certificate is suspended or a card
   * suspends enforcement, else {@code ACTIVE}. An officer without a recorded certificate has no
   * certificate number and so may not enforce.
   *
   * @param officerId the officer's id
   * @param asOf the day
   * @return the officer as core sees it
   * @throws IllegalArgumentException if the log has no such officer
   */
  public EnforcementOfficer enforcementOfficer(String officerId, LocalDate asOf) {
    Card card = card(officerId, asOf);
    Officer officer = officers.get(officerId);
    OfficerStatus status = card.certificate().status();
    if (status == OfficerStatus.ACTIVE) {
      for (ConsequenceInForce c : card.consequences()) {
        if (c.kind() == ConsequenceKind.REVOKE_QUALIFICATION) {
          status = OfficerStatus.REVOKED;
        } else if (c.kind().barsEnforcement() && status == OfficerStatus.ACTIVE) {
          status = OfficerStatus.SUSPENDED;
        }
      }
    }
    return new EnforcementOfficer(
        officer.name(),
        card.certificate().number(),
        null,
        card.certificate().validUntil(),
        status,
        false,
        officer.auxiliary());
  }

  /** The computation of one card: one officer, one day. */
  private final class Computation {
    private final Officer officer;
    private final LocalDate asOf;
    private final List<OfficerEvent> known = new ArrayList<>();
    private final Map<String, OfficerEvent> supersededBy = new HashMap<>();
    private final Map<String, OfficerEvent> setAsideBy = new HashMap<>();
    private final Map<String, OfficerEvent> pendingBy = new HashMap<>();
    private final List<OfficerEvent> hits = new ArrayList<>();
    private final List<IssuedCard> issued = new ArrayList<>();

    Computation(Officer officer, List<OfficerEvent> events, LocalDate asOf) {
      this.officer = officer;
      this.asOf = asOf;
      for (OfficerEvent e : events) {
        if (e.date().isAfter(asOf)) {
          break;
        }
        known.add(e);
        if (e.supersedes() != null) {
          supersededBy.put(e.supersedes(), e);
        }
      }
      Map<String, OfficerEvent> lastLodged = new HashMap<>();
      Map<String, OfficerEvent> lastDecided = new HashMap<>();
      for (OfficerEvent e : known) {
        if (!effective(e)) {
          continue;
        }
        if (e.type() == OfficerEventType.APPEAL_LODGED) {
          lastLodged.put(e.appealOf(), e);
        } else if (e.type() == OfficerEventType.APPEAL_DECIDED) {
          lastDecided.put(e.appealOf(), e);
        }
      }
      for (Map.Entry<String, OfficerEvent> d : lastDecided.entrySet()) {
        if (d.getValue().outcome() == AppealOutcome.UPHELD) {
          setAsideBy.put(d.getKey(), d.getValue());
        }
      }
      for (Map.Entry<String, OfficerEvent> l : lastLodged.entrySet()) {
        OfficerEvent decided = lastDecided.get(l.getKey());
        if (decided == null || OfficerEvent.ORDER.compare(decided, l.getValue()) < 0) {
          pendingBy.put(l.getKey(), l.getValue());
        }
      }
      for (OfficerEvent e : known) {
        if (e.type() == OfficerEventType.MISCONDUCT_FOUND && counts(e)) {
          hits.add(e);
        }
      }
      issueCards();
    }

    private boolean effective(OfficerEvent e) {
      return !supersededBy.containsKey(e.id()) && e.type() != OfficerEventType.RETRACTED;
    }

    private boolean counts(OfficerEvent e) {
      return effective(e)
          && !setAsideBy.containsKey(e.id())
          && !(policy.pendingAppealSuspends() && pendingBy.containsKey(e.id()));
    }

    private int pointsOf(OfficerEvent e) {
      Integer p = e.points();
      if (p != null) {
        return p;
      }
      MisconductType t = types.get(e.misconduct());
      return t == null ? 0 : t.points();
    }

    private LocalDate periodStart(LocalDate day) {
      return policy.period() == PeriodKind.CALENDAR_YEAR
          ? day.withDayOfYear(1)
          : day.minusMonths(policy.periodMonths()).plusDays(1);
    }

    private int pointsOn(LocalDate day) {
      LocalDate start = periodStart(day);
      int sum = 0;
      for (OfficerEvent h : hits) {
        if (!h.date().isBefore(start) && !h.date().isAfter(day)) {
          sum += pointsOf(h);
        }
      }
      return sum;
    }

    private CardColour colourOfPoints(int points) {
      return points >= policy.red().points()
          ? CardColour.RED
          : points >= policy.yellow().points() ? CardColour.YELLOW : CardColour.GREEN;
    }

    private void issueCards() {
      for (OfficerEvent e : known) {
        CardColour colour;
        Reason reason;
        int points = -1;
        if (e.type() == OfficerEventType.MISCONDUCT_FOUND && counts(e)) {
          points = pointsOn(e.date());
          colour = colourOfPoints(points);
          reason = Reason.POINTS;
          MisconductType t = types.get(e.misconduct());
          if (t != null && t.immediateRed()) {
            colour = CardColour.RED;
            reason = Reason.IMMEDIATE;
          }
        } else if (e.type() == OfficerEventType.CARD_ISSUED
            && effective(e)
            && !setAsideBy.containsKey(e.id())) {
          points = pointsOn(e.date());
          colour = checkNotNull(e.colour(), "colour");
          reason = Reason.RECORDED;
        } else {
          continue;
        }
        if (colour == CardColour.GREEN) {
          continue;
        }
        LocalDate escalatedFrom = null;
        if (colour == CardColour.YELLOW && policy.escalationMonths() > 0) {
          LocalDate start = periodStart(e.date());
          LocalDate earliest = e.date().minusMonths(policy.escalationMonths());
          for (IssuedCard earlier : issued) {
            if (earlier.date().isBefore(start) && !earlier.date().isBefore(earliest)) {
              escalatedFrom = earlier.date();
            }
          }
          if (escalatedFrom != null) {
            colour = CardColour.RED;
            reason = Reason.ESCALATION;
          }
        }
        LocalDate until = e.date().plusMonths(policy.rule(colour).months()).minusDays(1);
        IssuedCard card = new IssuedCard(e.date(), colour, reason, e.id(), points, escalatedFrom, until);
        // One card a day: findings of the same day make one card, the worst of them.
        int last = issued.size() - 1;
        if (last >= 0 && issued.get(last).date().equals(e.date())) {
          if (colour.compareTo(issued.get(last).colour()) > 0) {
            issued.set(last, card);
          }
        } else {
          issued.add(card);
        }
      }
    }

    private CardColour colourOn(LocalDate day) {
      CardColour c = colourOfPoints(pointsOn(day));
      for (IssuedCard card : issued) {
        if (!card.date().isAfter(day) && !card.until().isBefore(day)) {
          c = c.worst(card.colour());
        }
      }
      return c;
    }

    private @Nullable LocalDate recovery() {
      if (colourOn(asOf) == CardColour.GREEN) {
        return null;
      }
      TreeSet<LocalDate> candidates = new TreeSet<>();
      for (IssuedCard card : issued) {
        candidates.add(card.until().plusDays(1));
      }
      for (OfficerEvent h : hits) {
        candidates.add(
            policy.period() == PeriodKind.CALENDAR_YEAR
                ? h.date().withDayOfYear(1).plusYears(1)
                : h.date().plusMonths(policy.periodMonths()));
      }
      for (LocalDate day : candidates.tailSet(asOf, false)) {
        if (colourOn(day) == CardColour.GREEN) {
          return day;
        }
      }
      throw new IllegalStateException("no recovery day found for " + officer.id());
    }

    private @Nullable LocalDate recertifiedAfter(LocalDate day) {
      for (OfficerEvent e : known) {
        if (e.type() == OfficerEventType.CERTIFICATE_ISSUED && effective(e) && e.date().isAfter(day)) {
          return e.date();
        }
      }
      return null;
    }

    private List<ConsequenceInForce> consequences() {
      Map<ConsequenceKind, ConsequenceInForce> byKind = new EnumMap<>(ConsequenceKind.class);
      for (IssuedCard card : issued) {
        for (Consequence c : policy.rule(card.colour()).consequences()) {
          LocalDate until;
          if (c.untilRecertified()) {
            LocalDate recertified = recertifiedAfter(card.date());
            until = recertified == null ? null : recertified.minusDays(1);
          } else if (c.months() != null) {
            until = card.date().plusMonths(c.months()).minusDays(1);
          } else {
            until = card.until();
          }
          if (card.date().isAfter(asOf) || (until != null && until.isBefore(asOf))) {
            continue;
          }
          ConsequenceInForce now =
              new ConsequenceInForce(c.kind(), card.date(), until, card.date(), card.colour());
          ConsequenceInForce before = byKind.get(c.kind());
          if (before == null || (before.until() != null && (until == null || until.isAfter(before.until())))) {
            byKind.put(c.kind(), now);
          }
        }
      }
      return List.copyOf(byKind.values());
    }

    private Certificate certificate() {
      boolean recorded = false;
      String number = null;
      LocalDate validUntil = null;
      OfficerStatus status = OfficerStatus.ACTIVE;
      LocalDate suspendedUntil = null;
      String event = null;
      for (OfficerEvent e : known) {
        if (!effective(e)) {
          continue;
        }
        switch (e.type()) {
          case CERTIFICATE_ISSUED -> {
            recorded = true;
            number = e.certificateNo();
            validUntil = e.validUntil();
            status = OfficerStatus.ACTIVE;
            suspendedUntil = null;
          }
          case CERTIFICATE_RENEWED -> {
            if (e.validUntil() != null) {
              validUntil = e.validUntil();
            }
            if (e.certificateNo() != null) {
              number = e.certificateNo();
            }
          }
          case CERTIFICATE_SUSPENDED -> {
            status = OfficerStatus.SUSPENDED;
            suspendedUntil = e.validUntil();
          }
          case CERTIFICATE_REINSTATED -> {
            if (status == OfficerStatus.SUSPENDED) {
              status = OfficerStatus.ACTIVE;
            }
            suspendedUntil = null;
          }
          case CERTIFICATE_REVOKED -> status = OfficerStatus.REVOKED;
          default -> {
            continue;
          }
        }
        event = e.id();
      }
      if (status == OfficerStatus.SUSPENDED && suspendedUntil != null && suspendedUntil.isBefore(asOf)) {
        status = OfficerStatus.ACTIVE;
      }
      return new Certificate(recorded, number, validUntil, status, event);
    }

    Card card() {
      List<Contribution> contributions = new ArrayList<>();
      LocalDate start = periodStart(asOf);
      for (OfficerEvent e : known) {
        if (e.type() != OfficerEventType.MISCONDUCT_FOUND) {
          continue;
        }
        Status status;
        String by = null;
        if (!effective(e)) {
          status = Status.SUPERSEDED;
          by = supersededBy.get(e.id()).id();
        } else if (setAsideBy.containsKey(e.id())) {
          status = Status.SET_ASIDE_ON_APPEAL;
          by = setAsideBy.get(e.id()).id();
        } else if (pendingBy.containsKey(e.id())) {
          by = pendingBy.get(e.id()).id();
          status =
              policy.pendingAppealSuspends()
                  ? Status.HELD_BACK_UNDER_APPEAL
                  : e.date().isBefore(start) ? Status.OUTSIDE_PERIOD : Status.COUNTED_UNDER_APPEAL;
        } else {
          status = e.date().isBefore(start) ? Status.OUTSIDE_PERIOD : Status.COUNTED;
        }
        MisconductType t = types.get(e.misconduct());
        String code = checkNotNull(e.misconduct(), "misconduct");
        contributions.add(
            new Contribution(
                e.id(), e.date(), code, t == null ? code : t.name(), pointsOf(e), status, e.basis(),
                e.caseId(), by));
      }
      List<IssuedCard> inForce = new ArrayList<>();
      for (IssuedCard c : issued) {
        if (!c.until().isBefore(asOf)) {
          inForce.add(c);
        }
      }
      List<PendingAppeal> pending = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (OfficerEvent e : known) {
        if (e.type() == OfficerEventType.APPEAL_LODGED) {
          OfficerEvent p = pendingBy.get(e.appealOf());
          if (p == e && seen.add(e.id())) {
            pending.add(new PendingAppeal(e.id(), checkNotNull(e.appealOf(), "appealOf"), e.date()));
          }
        }
      }
      List<ConsequenceInForce> consequences = consequences();
      Certificate certificate = certificate();
      boolean mayEnforce =
          certificate.recorded()
              && certificate.status() == OfficerStatus.ACTIVE
              && (certificate.validUntil() == null || !certificate.validUntil().isBefore(asOf));
      for (ConsequenceInForce c : consequences) {
        mayEnforce &= !c.kind().barsEnforcement();
      }
      return new Card(
          officer.id(),
          officer.name(),
          asOf,
          policy.id() + "@" + policy.version(),
          colourOn(asOf),
          pointsOn(asOf),
          start,
          policy.yellow().points(),
          policy.red().points(),
          contributions,
          inForce,
          consequences,
          recovery(),
          pending,
          certificate,
          mayEnforce);
    }
  }
}
