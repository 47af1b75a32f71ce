package dev.yifa.assessment.card;

import static dev.yifa.assessment.card.Fixtures.A;
import static dev.yifa.assessment.card.Fixtures.card;
import static dev.yifa.assessment.card.Fixtures.d;
import static dev.yifa.assessment.card.Fixtures.log;
import static dev.yifa.assessment.card.Fixtures.mis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.assessment.card.Card.Reason;
import dev.yifa.assessment.card.Card.Status;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.body.OfficerStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CardsTest {

  @Test
  void card_withoutMisconduct_isGreenWithNoPoints() {
    Card c = card(log(), "2025-06-30");
    assertThat(c.colour()).isEqualTo(CardColour.GREEN);
    assertThat(c.points()).isZero();
    assertThat(c.recoversOn()).isNull();
    assertThat(c.mayEnforce()).isTrue();
    assertThat(c.periodStart()).isEqualTo(d("2025-01-01"));
  }

  @Test
  void card_oneBelowYellowThreshold_staysGreen() {
    // 3 + 2 = 5 points, one below the default yellow threshold of 6.
    Card c = card(log(mis("M1", "2025-02-01", "PROCEDURE_BREACH"), mis("M2", "2025-03-01", "CERTIFICATE_NOT_SHOWN")), "2025-06-30");
    assertThat(c.points()).isEqualTo(5);
    assertThat(c.colour()).isEqualTo(CardColour.GREEN);
    assertThat(c.contributions()).extracting(Card.Contribution::status).containsOnly(Status.COUNTED);
  }

  @Test
  void card_atYellowThreshold_isYellowWithConsequences() {
    OfficerLog log = log(mis("M1", "2025-02-01", "PROCEDURE_BREACH"), mis("M2", "2025-03-01", "PROCEDURE_BREACH"));
    Card c = card(log, "2025-03-01");
    assertThat(c.points()).isEqualTo(6);
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.cards()).singleElement().satisfies(k -> {
      assertThat(k.date()).isEqualTo(d("2025-03-01"));
      assertThat(k.reason()).isEqualTo(Reason.POINTS);
      assertThat(k.event()).isEqualTo("M2");
      assertThat(k.until()).isEqualTo(d("2025-08-31"));
    });
    assertThat(c.consequences()).extracting(Card.ConsequenceInForce::kind)
        .containsExactly(ConsequenceKind.WARNING, ConsequenceKind.RETRAINING, ConsequenceKind.SUSPEND_ENFORCEMENT);
    assertThat(c.consequences().get(2).until()).isEqualTo(d("2025-05-31"));
    assertThat(c.mayEnforce()).isFalse();
    // The day before the card, the officer was green and could enforce.
    assertThat(card(log, "2025-02-28").colour()).isEqualTo(CardColour.GREEN);
    // After the suspension of three months, the officer may enforce again while the card stands.
    Card june = card(log, "2025-06-01");
    assertThat(june.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(june.mayEnforce()).isTrue();
  }

  @Test
  void card_oneBelowRedThreshold_isYellow_andAtRedThreshold_isRed() {
    OfficerLog eleven = log(mis("M1", "2025-02-01", "LENDING_CERTIFICATE"), mis("M2", "2025-03-01", "PROCEDURE_BREACH"),
        mis("M3", "2025-04-01", "CERTIFICATE_NOT_SHOWN"));
    assertThat(card(eleven, "2025-04-01").points()).isEqualTo(11);
    assertThat(card(eleven, "2025-04-01").colour()).isEqualTo(CardColour.YELLOW);
    OfficerLog twelve = eleven.plus(java.util.List.of(mis("M4", "2025-04-02", "DRESS_OR_CONDUCT_BREACH")));
    Card c = card(twelve, "2025-04-02");
    assertThat(c.points()).isEqualTo(12);
    assertThat(c.colour()).isEqualTo(CardColour.RED);
    assertThat(c.consequences()).extracting(Card.ConsequenceInForce::kind).contains(ConsequenceKind.REVOKE_QUALIFICATION);
    assertThat(c.mayEnforce()).isFalse();
  }

  @Test
  void card_gravestAct_isRedAtOnce() {
    Card c = card(log(mis("M1", "2025-05-01", "CRIMINAL_CONDUCT").withPoints(0)), "2025-05-02");
    assertThat(c.points()).isZero();
    assertThat(c.colour()).isEqualTo(CardColour.RED);
    assertThat(c.cards()).singleElement().extracting(Card.IssuedCard::reason).isEqualTo(Reason.IMMEDIATE);
  }

  @Test
  void card_secondYellowWithinTwelveMonthsAcrossPeriods_escalatesToRed() {
    OfficerLog log = log(mis("M1", "2024-11-20", "LENDING_CERTIFICATE"), mis("M2", "2025-10-01", "HARASSING_PARTY"));
    Card c = card(log, "2025-10-01");
    assertThat(c.points()).isEqualTo(6);
    assertThat(c.colour()).isEqualTo(CardColour.RED);
    assertThat(c.cards()).singleElement().satisfies(k -> {
      assertThat(k.reason()).isEqualTo(Reason.ESCALATION);
      assertThat(k.escalatedFrom()).isEqualTo(d("2024-11-20"));
    });
  }

  @Test
  void card_secondYellowMoreThanTwelveMonthsLater_staysYellow() {
    OfficerLog log = log(mis("M1", "2024-09-30", "LENDING_CERTIFICATE"), mis("M2", "2025-10-01", "HARASSING_PARTY"));
    Card c = card(log, "2025-10-01");
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.cards()).singleElement().extracting(Card.IssuedCard::reason).isEqualTo(Reason.POINTS);
  }

  @Test
  void card_yellowLateInYear_staysInForceAfterPointsReset_thenRecovers() {
    OfficerLog log = log(mis("M1", "2024-12-10", "LENDING_CERTIFICATE"));
    Card january = card(log, "2025-01-15");
    assertThat(january.points()).isZero();
    assertThat(january.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(january.recoversOn()).isEqualTo(d("2025-06-10"));
    assertThat(january.contributions()).singleElement().extracting(Card.Contribution::status).isEqualTo(Status.OUTSIDE_PERIOD);
    assertThat(card(log, "2025-06-09").colour()).isEqualTo(CardColour.YELLOW);
    assertThat(card(log, "2025-06-10").colour()).isEqualTo(CardColour.GREEN);
  }

  @Test
  void card_yellowEarlyInYear_recoversWhenPointsReset() {
    Card c = card(log(mis("M1", "2025-02-01", "LENDING_CERTIFICATE")), "2025-09-01");
    assertThat(c.cards()).isEmpty();
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.recoversOn()).isEqualTo(d("2026-01-01"));
  }

  @Test
  void card_upheldAppeal_removesPointsFromTheDecisionOn() {
    OfficerLog log = log(
        mis("M1", "2025-02-01", "LENDING_CERTIFICATE"),
        OfficerEvent.appeal("P1", A, d("2025-02-05"), "M1", null),
        OfficerEvent.appeal("P2", A, d("2025-03-10"), "M1", AppealOutcome.UPHELD));
    Card pending = card(log, "2025-03-09");
    assertThat(pending.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(pending.points()).isEqualTo(6);
    assertThat(pending.pendingAppeals()).singleElement().extracting(Card.PendingAppeal::event).isEqualTo("P1");
    assertThat(pending.contributions()).singleElement().extracting(Card.Contribution::status)
        .isEqualTo(Status.COUNTED_UNDER_APPEAL);
    Card decided = card(log, "2025-03-10");
    assertThat(decided.colour()).isEqualTo(CardColour.GREEN);
    assertThat(decided.points()).isZero();
    assertThat(decided.pendingAppeals()).isEmpty();
    assertThat(decided.contributions()).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(Status.SET_ASIDE_ON_APPEAL);
      assertThat(f.by()).isEqualTo("P2");
    });
  }

  @Test
  void card_dismissedAppeal_keepsPoints() {
    OfficerLog log = log(
        mis("M1", "2025-02-01", "LENDING_CERTIFICATE"),
        OfficerEvent.appeal("P1", A, d("2025-02-05"), "M1", null),
        OfficerEvent.appeal("P2", A, d("2025-03-10"), "M1", AppealOutcome.DISMISSED));
    Card c = card(log, "2025-04-01");
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.pendingAppeals()).isEmpty();
    assertThat(c.contributions()).singleElement().extracting(Card.Contribution::status).isEqualTo(Status.COUNTED);
  }

  @Test
  void card_correction_supersedesTheEventItCorrects() {
    OfficerEvent wrong = mis("M1", "2025-02-01", "LENDING_CERTIFICATE");
    OfficerEvent corrected = mis("M1-FIX", "2025-02-20", "CERTIFICATE_NOT_SHOWN").withSupersedes("M1");
    OfficerLog log = log(wrong, corrected);
    assertThat(card(log, "2025-02-19").colour()).isEqualTo(CardColour.YELLOW);
    Card c = card(log, "2025-02-20");
    assertThat(c.colour()).isEqualTo(CardColour.GREEN);
    assertThat(c.points()).isEqualTo(2);
    assertThat(c.contributions()).extracting(Card.Contribution::event, Card.Contribution::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", Status.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple("M1-FIX", Status.COUNTED));
  }

  @Test
  void card_retraction_removesTheEvent() {
    OfficerLog log = log(mis("M1", "2025-02-01", "LENDING_CERTIFICATE"),
        OfficerEvent.of("R1", A, d("2025-02-03"), OfficerEventType.RETRACTED).withSupersedes("M1"));
    assertThat(card(log, "2025-02-03").points()).isZero();
  }

  @Test
  void card_recordedCard_countsAndCanBeAppealed() {
    OfficerEvent recorded = OfficerEvent.of("K1", A, d("2025-04-01"), OfficerEventType.CARD_ISSUED)
        .withColour(CardColour.YELLOW).withBasis("年度执法评议考核不合格");
    OfficerLog log = log(recorded);
    Card c = card(log, "2025-04-02");
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.cards()).singleElement().extracting(Card.IssuedCard::reason).isEqualTo(Reason.RECORDED);
    OfficerLog appealed = log.plus(java.util.List.of(OfficerEvent.appeal("P1", A, d("2025-04-20"), "K1", AppealOutcome.UPHELD)));
    assertThat(card(appealed, "2025-04-20").colour()).isEqualTo(CardColour.GREEN);
  }

  @Test
  void card_redRevokesQualification_untilANewCertificate() {
    OfficerLog log = log(mis("M1", "2025-03-01", "VIOLENT_ENFORCEMENT"),
        OfficerEvent.of("C2", A, d("2025-09-01"), OfficerEventType.CERTIFICATE_ISSUED)
            .withCertificate("61102520250009", d("2031-08-31")));
    Card c = card(log, "2025-08-31");
    assertThat(c.colour()).isEqualTo(CardColour.RED);
    assertThat(c.consequences()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(ConsequenceKind.REVOKE_QUALIFICATION);
      assertThat(q.until()).isNull(); // the new certificate is not known yet on 2025-08-31
    });
    Cards cards = Cards.of(log, Fixtures.POLICY);
    assertThat(cards.enforcementOfficer(A, d("2025-08-31")).status()).isEqualTo(OfficerStatus.REVOKED);
    EnforcementOfficer after = cards.enforcementOfficer(A, d("2025-09-01"));
    assertThat(after.status()).isEqualTo(OfficerStatus.ACTIVE);
    assertThat(after.certificateNo()).isEqualTo("61102520250009");
    assertThat(after.mayEnforceOn(d("2025-09-01"))).isTrue();
    // The card stays red in force for its twelve months, though the officer is recertified.
    assertThat(card(log, "2025-09-01").colour()).isEqualTo(CardColour.RED);
    assertThat(card(log, "2025-09-01").recoversOn()).isEqualTo(d("2026-03-01"));
  }

  @Test
  void enforcementOfficer_suspendedCertificate_mayNotEnforceUntilTheSuspensionEnds() {
    OfficerLog log = log(OfficerEvent.of("S1", A, d("2025-05-01"), OfficerEventType.CERTIFICATE_SUSPENDED)
        .withValidUntil(d("2025-07-31")));
    Cards cards = Cards.of(log, Fixtures.POLICY);
    EnforcementOfficer during = cards.enforcementOfficer(A, d("2025-07-31"));
    assertThat(during.status()).isEqualTo(OfficerStatus.SUSPENDED);
    assertThat(during.mayEnforceOn(d("2025-07-31"))).isFalse();
    assertThat(cards.enforcementOfficer(A, d("2025-08-01")).mayEnforceOn(d("2025-08-01"))).isTrue();
    assertThat(cards.card(A, d("2025-07-31")).mayEnforce()).isFalse();
  }

  @Test
  void enforcementOfficer_withoutRecordedCertificate_mayNotEnforce() {
    OfficerLog log = OfficerLog.of("t", "611025", Fixtures.officers(), java.util.List.of());
    EnforcementOfficer o = Cards.of(log, Fixtures.POLICY).enforcementOfficer(A, d("2025-01-01"));
    assertThat(o.certificateNo()).isNull();
    assertThat(o.mayEnforceOn(d("2025-01-01"))).isFalse();
  }

  @Test
  void card_eventsAfterTheDay_doNotCount() {
    OfficerLog log = log(mis("M1", "2025-08-01", "LENDING_CERTIFICATE"));
    assertThat(card(log, "2025-07-31").contributions()).isEmpty();
  }

  @Test
  void cards_unknownMisconductWithoutPoints_isAnInputErrorWithPointer() {
    OfficerLog log = log(mis("M1", "2025-02-01", "NOT_A_TYPE"));
    assertThatThrownBy(() -> Cards.of(log, Fixtures.POLICY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/events/2/misconduct"));
    // With points on the event, the unknown type still counts.
    Card c = card(log(mis("M1", "2025-02-01", "NOT_A_TYPE").withPoints(7)), "2025-02-01");
    assertThat(c.colour()).isEqualTo(CardColour.YELLOW);
    assertThat(c.contributions().get(0).misconductName()).isEqualTo("NOT_A_TYPE");
  }

  @Test
  void card_unknownOfficer_isRejected() {
    assertThatThrownBy(() -> Cards.of(log(), Fixtures.POLICY).card("nobody", d("2025-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
  }

  @Test
  void card_rollingPeriod_pointsFallAwayOneByOne() {
    CardPolicy p = Fixtures.POLICY;
    CardPolicy rolling = new CardPolicy(p.type(), "rolling", "1", p.name(), p.source(), p.assumptions(),
        PeriodKind.ROLLING_MONTHS, 12, p.yellow(), p.red(), 0, false, p.misconduct());
    OfficerLog log = log(mis("M1", "2024-12-10", "PROCEDURE_BREACH"), mis("M2", "2025-03-01", "PROCEDURE_BREACH"));
    Cards cards = Cards.of(log, rolling);
    Card c = cards.card(A, d("2025-03-01"));
    assertThat(c.points()).isEqualTo(6);
    assertThat(c.periodStart()).isEqualTo(d("2024-03-02"));
    assertThat(cards.card(A, d("2025-12-09")).points()).isEqualTo(6);
    assertThat(cards.card(A, d("2025-12-10")).points()).isEqualTo(3);
    // The yellow card of 2025-03-01 lasts until 2025-08-31; the points keep it yellow until 2025-12-10.
    assertThat(c.recoversOn()).isEqualTo(d("2025-12-10"));
  }

  @Test
  void card_pendingAppealHeldBack_whenThePolicySaysSo() {
    CardPolicy p = Fixtures.POLICY;
    CardPolicy holding = new CardPolicy(p.type(), "hold", "1", p.name(), p.source(), p.assumptions(),
        p.period(), 12, p.yellow(), p.red(), 12, true, p.misconduct());
    OfficerLog log = log(mis("M1", "2025-02-01", "LENDING_CERTIFICATE"), OfficerEvent.appeal("P1", A, d("2025-02-05"), "M1", null));
    Card c = Cards.of(log, holding).card(A, d("2025-02-06"));
    assertThat(c.points()).isZero();
    assertThat(c.contributions()).singleElement().extracting(Card.Contribution::status).isEqualTo(Status.HELD_BACK_UNDER_APPEAL);
  }

  @Test
  void toText_explainsEveryPoint_inChineseAndEnglish() {
    OfficerLog log = log(mis("M1", "2025-02-01", "PROCEDURE_BREACH"), mis("M2", "2025-03-01", "PROCEDURE_BREACH"));
    Card c = card(log, "2025-03-02");
    String zh = c.toText(Locale.forLanguageTag("zh-CN"));
    assertThat(zh).contains("黄卡", "6 分", "M1", "M2", "违反法定程序", "+3", "督查通报 M1", "暂停执法", "恢复绿卡 2026-01-01");
    String en = c.toText(Locale.ENGLISH);
    assertThat(en).contains("YELLOW", "6 points", "+3", "SUSPEND_ENFORCEMENT", "green again on 2026-01-01", "may not enforce");
    String table = Cards.summary(Cards.of(log, Fixtures.POLICY).all(d("2025-03-02")), Locale.forLanguageTag("zh"));
    assertThat(table).contains("ZA-0001", "ZA-0002", "绿卡 1，黄卡 1，红卡 0");
  }
}
