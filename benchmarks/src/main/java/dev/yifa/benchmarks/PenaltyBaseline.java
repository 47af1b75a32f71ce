package dev.yifa.benchmarks;

import dev.yifa.core.CalendarRangeException;
import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.id.DocumentNumber;
import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.profile.Threshold;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import dev.yifa.enforcement.catalog.BenchmarkDeviation;
import dev.yifa.enforcement.catalog.DiscretionBenchmarks;
import dev.yifa.enforcement.catalog.MitigationGround;
import dev.yifa.enforcement.penalty.Penalty;
import dev.yifa.enforcement.penalty.PenaltyBatch;
import dev.yifa.enforcement.penalty.PenaltyCase;
import dev.yifa.enforcement.penalty.PenaltyCase.Collector;
import dev.yifa.enforcement.penalty.PenaltyCase.Decision;
import dev.yifa.enforcement.penalty.PenaltyCase.DecisionItem;
import dev.yifa.enforcement.penalty.PenaltyCase.Harm;
import dev.yifa.enforcement.penalty.PenaltyCase.MentalCondition;
import dev.yifa.enforcement.penalty.PenaltyCase.NoticeItem;
import dev.yifa.enforcement.penalty.PenaltyCase.OnTheSpotReason;
import dev.yifa.enforcement.penalty.PenaltyCase.PartyKind;
import dev.yifa.enforcement.penalty.PenaltyCase.Procedure;
import dev.yifa.enforcement.penalty.PenaltyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A hand-written, straight-line copy of every check the {@code penalty/2021.1} pack makes (the 48
 * rules of {@code PenaltyRules} for the 2021 text, in their order, then the five discretion-benchmark
 * rules), over the typed {@link PenaltyCase} fields: same conditions, the same calendar deadlines
 * via {@code ctx.calendar()} (one per rule that asks, no caching across rules), the same profile
 * look-ups via {@code ctx.profile()}. A defect is recorded as the rule id, the paths and the raw
 * values the pack would record; there is no rule engine, no message rendering and no report.
 *
 * <p>This is the like-for-like baseline of {@link PenaltyCheckBenchmark}; the benchmark's set-up
 * checks that it reports the same rule ids as the pack on the sample and on mutated copies. It
 * covers the 2021 pack only (cases whose procedure day is from 2021-07-15), and no batch context.
 */
final class PenaltyBaseline {
  /** One defect: what a finding of the pack holds before its message is rendered. */
  record Defect(String ruleId, List<String> paths, List<Object> values) {}

  private static final LocalDate APL_2021_FROM = LocalDate.of(2021, 7, 15);
  private static final int HOLIDAY_SLACK = 12;
  private static final StatutoryPeriod NINETY_DAYS = StatutoryPeriod.ofDays(90);
  private static final StatutoryPeriod FIFTEEN_DAYS = StatutoryPeriod.ofDays(15);
  private static final StatutoryPeriod SEVEN = StatutoryPeriod.penaltyLawDays(7);
  private static final StatutoryPeriod FIVE = StatutoryPeriod.penaltyLawDays(5);
  private static final Money ON_THE_SPOT = Money.ofYuan(100);
  private static final BigDecimal THREE_PERCENT = new BigDecimal("3");
  private static final DecisionItem[] DECISION_ITEMS = DecisionItem.values();
  private static final DecisionItem[] SUMMARY_ITEMS = {
    DecisionItem.FACTS, DecisionItem.PENALTY, DecisionItem.BASIS, DecisionItem.DATE, DecisionItem.REMEDY, DecisionItem.AGENCY
  };
  private static final NoticeItem[] NOTICE_ITEMS = {
    NoticeItem.FACTS, NoticeItem.REASONS, NoticeItem.BASIS, NoticeItem.PENALTY, NoticeItem.RIGHT_TO_STATE
  };

  private static final int YES = 0;
  private static final int NO = 1;
  private static final int UNKNOWN = 2;

  private PenaltyBaseline() {}

  /**
   * Checks one case as the 2021 pack does.
   *
   * @param c the case, its procedure day from 2021-07-15
   * @param ctx the context
   * @param out receives the defects
   */
  static void check(PenaltyCase c, RuleContext ctx, List<Defect> out) {
    LocalDate procedureDay = c.procedureDay();
    if ((procedureDay == null ? ctx.asOf() : procedureDay).isBefore(APL_2021_FROM)) {
      throw new IllegalArgumentException("the baseline mirrors the 2021 pack only");
    }
    WorkingDayCalendar cal = ctx.calendar();
    Decision d = c.decision();
    PenaltyCase.Notice notice = c.notice();
    PenaltyCase.Violation vi = c.violation();
    PenaltyCase.Hearing h = c.hearing();
    PenaltyCase.Payment pay = c.payment();
    boolean hasPenalty = d != null && !d.penalties().isEmpty();
    boolean summary = c.procedureOrOrdinary() == Procedure.SUMMARY;
    List<EnforcementOfficer> officers = c.officers();

    // act days: filing, prior notice, decision (distinct)
    LocalDate day1 = c.filedOn();
    LocalDate day2 = notice == null ? null : notice.servedOn();
    if (day2 != null && day2.equals(day1)) {
      day2 = null;
    }
    LocalDate day3 = d == null ? null : d.decidedOn();
    if (day3 != null && (day3.equals(day1) || day3.equals(day2))) {
      day3 = null;
    }

    // APL-042-two-officers
    twoOfficers(officers, day1, out);
    twoOfficers(officers, day2, out);
    twoOfficers(officers, day3, out);

    // APL-042-officer-not-certified
    for (int i = 0, n = officers.size(); i < n; i++) {
      EnforcementOfficer o = officers.get(i);
      if (o.auxiliary()) {
        continue;
      }
      LocalDate bad =
          day1 != null && !o.mayEnforceOn(day1) ? day1
              : day2 != null && !o.mayEnforceOn(day2) ? day2
              : day3 != null && !o.mayEnforceOn(day3) ? day3 : null;
      if (bad != null) {
        out.add(new Defect("APL-042-officer-not-certified", List.of("/officers/" + i), List.of(o.name(), bad)));
      }
    }

    // APL-038-no-basis
    if (hasPenalty && d.basis().isEmpty()) {
      out.add(new Defect("APL-038-no-basis", List.of("/decision/basis"), List.of()));
    }

    // APL-016-normative-document-basis
    if (hasPenalty && !d.basis().isEmpty() && highestBasis(d) == null) {
      out.add(new Defect("APL-016-normative-document-basis", List.of("/decision/basis"),
          List.of(d.basis().get(0).instrument().level())));
    }

    // APL-010-detention-not-by-law
    if (hasPenalty) {
      InstrumentLevel top = highestBasis(d);
      if (top != null && rank(top) < 6) {
        List<Penalty> ps = d.penalties();
        for (int i = 0; i < ps.size(); i++) {
          if (ps.get(i).kind() == PenaltyKind.DETENTION) {
            out.add(new Defect("APL-010-detention-not-by-law",
                List.of("/decision/penalties/" + i, "/decision/basis"), List.of(top)));
          }
        }
      }
    }

    // APL-012-local-regulation-business-licence
    if (hasPenalty && highestBasis(d) == InstrumentLevel.LOCAL_REGULATION) {
      List<Penalty> ps = d.penalties();
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).revokesBusinessLicence()) {
          out.add(new Defect("APL-012-local-regulation-business-licence",
              List.of("/decision/penalties/" + i, "/decision/basis"), List.of()));
        }
      }
    }

    // APL-013-rule-penalty-kind
    if (hasPenalty) {
      InstrumentLevel top = highestBasis(d);
      if (top == InstrumentLevel.DEPARTMENTAL_RULE || top == InstrumentLevel.LOCAL_GOVERNMENT_RULE) {
        List<Penalty> ps = d.penalties();
        for (int i = 0; i < ps.size(); i++) {
          PenaltyKind k = ps.get(i).kind();
          if (k != PenaltyKind.WARNING && k != PenaltyKind.NOTICE_OF_CRITICISM && k != PenaltyKind.FINE) {
            out.add(new Defect("APL-013-rule-penalty-kind",
                List.of("/decision/penalties/" + i, "/decision/basis"), List.of(k, top)));
          }
        }
      }
    }

    // APL-014-local-rule-fine-over-cap
    if (hasPenalty && highestBasis(d) == InstrumentLevel.LOCAL_GOVERNMENT_RULE) {
      boolean raised = Boolean.TRUE.equals(c.violation().affectsLifeHealthOrFinance());
      LocalDate capDay = c.procedureDay() == null ? ctx.asOf() : c.procedureDay();
      java.util.Optional<java.math.BigDecimal> cap =
          ctx.profile()
              .find(
                  raised
                      ? dev.yifa.core.profile.ProfileKeys.LOCAL_RULE_FINE_CAP_RAISED
                      : dev.yifa.core.profile.ProfileKeys.LOCAL_RULE_FINE_CAP,
                  capDay);
      if (cap.isPresent()) {
        Money limit = Money.of(cap.get());
        List<Penalty> ps = d.penalties();
        for (int i = 0; i < ps.size(); i++) {
          Penalty p = ps.get(i);
          if (p.kind() == PenaltyKind.FINE && p.amount() != null && p.amount().isGreaterThan(limit)) {
            out.add(new Defect("APL-014-local-rule-fine-over-cap",
                List.of("/decision/penalties/" + i + "/amount", "/decision/basis"),
                List.of(p.amount(), limit)));
          }
        }
      }
    }

    // APL-009-kind-not-created
    if (hasPenalty) {
      InstrumentLevel top = highestBasis(d);
      if (top != null && rank(top) < 5) {
        List<Penalty> ps = d.penalties();
        for (int i = 0; i < ps.size(); i++) {
          if (ps.get(i).kind() == PenaltyKind.OTHER) {
            out.add(new Defect("APL-009-kind-not-created", List.of("/decision/penalties/" + i),
                List.of(PenaltyKind.OTHER, top)));
          }
        }
      }
    }

    // APL-036-limitation
    if (hasPenalty) {
      LocalDate discovered = vi.discoveredOn() != null ? vi.discoveredOn() : c.filedOn();
      if (discovered != null) {
        LocalDate from = vi.completedOn();
        boolean five =
            !from.isBefore(APL_2021_FROM)
                && Boolean.TRUE.equals(vi.affectsLifeHealthOrFinance())
                && vi.harm() != null
                && vi.harm() != Harm.NONE;
        int years = five ? 5 : 2;
        if (discovered.isAfter(from.plusYears(years))) {
          out.add(new Defect("APL-036-limitation", List.of("/violation/discoveredOn", "/violation/endedOn"),
              List.of(from, discovered, years)));
        }
      }
    }

    // APL-030-under-fourteen
    LocalDate birth = birthDate(c);
    if (birth != null && hasPenalty && !vi.completedOn().isAfter(birth.plusYears(14))) {
      out.add(new Defect("APL-030-under-fourteen", List.of("/party/birthDate", "/decision/penalties"),
          List.of(birth, vi.completedOn())));
    }

    // APL-030-minor-not-mitigated
    birth = birthDate(c);
    if (birth != null && hasPenalty) {
      LocalDate day = vi.completedOn();
      if (day.isAfter(birth.plusYears(14))
          && !day.isAfter(birth.plusYears(18))
          && !Boolean.TRUE.equals(d.mitigated())) {
        out.add(new Defect("APL-030-minor-not-mitigated", List.of("/decision/mitigated", "/party/birthDate"),
            List.of(birth, day)));
      }
    }

    // APL-031-mental-incapacity
    if (hasPenalty && c.party().mentalCondition() == MentalCondition.NONE_CAPACITY) {
      out.add(new Defect("APL-031-mental-incapacity", List.of("/party/mentalCondition", "/decision/penalties"),
          List.of()));
    }

    // APL-033-minor-corrected
    if (hasPenalty
        && Boolean.TRUE.equals(vi.minor())
        && Boolean.TRUE.equals(vi.correctedInTime())
        && vi.harm() == Harm.NONE) {
      out.add(new Defect("APL-033-minor-corrected",
          List.of("/violation/minor", "/violation/correctedInTime", "/violation/harm"), List.of()));
    }

    // APL-033-no-fault
    if (hasPenalty && Boolean.FALSE.equals(vi.fault())) {
      out.add(new Defect("APL-033-no-fault", List.of("/violation/fault", "/decision/penalties"), List.of()));
    }

    // APL-033-first-offence
    if (hasPenalty
        && Boolean.TRUE.equals(vi.firstOffence())
        && Boolean.TRUE.equals(vi.correctedInTime())
        && vi.harm() == Harm.MINOR) {
      out.add(new Defect("APL-033-first-offence", List.of("/violation/firstOffence", "/decision/penalties"),
          List.of()));
    }

    // APL-044-notice-missing
    if (hasPenalty && notice == null) {
      out.add(new Defect("APL-044-notice-missing", List.of("/notice"), List.of()));
    }

    // APL-044-notice-incomplete
    if (notice != null) {
      boolean penaltyRequired = !notice.servedOn().isBefore(APL_2021_FROM);
      StringBuilder missing = null;
      for (NoticeItem item : NOTICE_ITEMS) {
        if (item == NoticeItem.PENALTY && !penaltyRequired) {
          continue;
        }
        if (!notice.stated().contains(item)) {
          missing = missing == null ? new StringBuilder(item.name()) : missing.append(',').append(item.name());
        }
      }
      if (missing != null) {
        out.add(new Defect("APL-044-notice-incomplete", List.of("/notice/stated"), List.of(missing.toString())));
      }
    }

    // APL-062-notice-after-decision
    if (notice != null && d != null && notice.servedOn().isAfter(d.decidedOn())) {
      out.add(new Defect("APL-062-notice-after-decision", List.of("/notice/servedOn", "/decision/decidedOn"),
          List.of(notice.servedOn(), d.decidedOn())));
    }

    // APL-045-heavier-after-statement
    if (c.statement() != null && notice != null && hasPenalty && !notice.proposed().isEmpty()) {
      String why = heavier(d.penalties(), notice.proposed());
      if (why != null) {
        out.add(new Defect("APL-045-heavier-after-statement",
            List.of("/decision/penalties", "/notice/proposed", "/statement"), List.of(why)));
      }
    }

    // APL-051-summary-not-allowed
    if (summary && hasPenalty) {
      List<Penalty> ps = d.penalties();
      for (int i = 0; i < ps.size(); i++) {
        PenaltyKind k = ps.get(i).kind();
        if (k != PenaltyKind.WARNING && k != PenaltyKind.FINE) {
          out.add(new Defect("APL-051-summary-not-allowed", List.of("/procedure", "/decision/penalties/" + i),
              List.of(k, "-")));
        }
      }
      boolean person = c.party().kind().isNaturalPerson();
      Money limit =
          Money.of(
              ctx.profile()
                  .find(
                      person ? ProfileKeys.SUMMARY_FINE_LIMIT_INDIVIDUAL : ProfileKeys.SUMMARY_FINE_LIMIT_ORGANISATION,
                      c.procedureDay() == null ? ctx.asOf() : c.procedureDay())
                  .orElse(person ? new BigDecimal("200") : new BigDecimal("3000")));
      Money fine = c.totalFine();
      if (fine.isGreaterThan(limit)) {
        out.add(new Defect("APL-051-summary-not-allowed", List.of("/procedure", "/decision/penalties"),
            List.of(fine, limit)));
      }
    }

    // APL-052-summary-not-delivered
    if (summary && d != null && (d.servedOn() == null || !d.servedOn().equals(d.decidedOn()))) {
      out.add(new Defect("APL-052-summary-not-delivered", List.of("/decision/servedOn"), List.of(d.decidedOn())));
    }

    // APL-052-summary-contents
    if (summary && d != null) {
      String missing = missing(d.stated(), SUMMARY_ITEMS);
      if (missing != null) {
        out.add(new Defect("APL-052-summary-contents", List.of("/decision/stated"), List.of(missing)));
      }
    }

    // APL-057-collective-discussion
    if (hasPenalty && Boolean.TRUE.equals(c.majorCase())) {
      PenaltyCase.CollectiveDiscussion cd = c.collectiveDiscussion();
      if (cd == null || cd.heldOn().isAfter(d.decidedOn())) {
        out.add(new Defect("APL-057-collective-discussion", List.of("/collectiveDiscussion", "/majorCase"),
            List.of()));
      }
    }

    // APL-058-legal-review
    if (hasPenalty && (!c.legalReviewTriggers().isEmpty() || (h != null && h.heldOn() != null))) {
      PenaltyCase.LegalReview lr = c.legalReview();
      if (lr == null) {
        out.add(new Defect("APL-058-legal-review", List.of("/legalReview"), List.of("MISSING")));
      } else if (lr.completedOn() != null && lr.completedOn().isAfter(d.decidedOn())) {
        out.add(new Defect("APL-058-legal-review", List.of("/legalReview/completedOn"), List.of("AFTER_DECISION")));
      } else if (!Boolean.TRUE.equals(lr.passed())) {
        out.add(new Defect("APL-058-legal-review", List.of("/legalReview/passed"), List.of("NOT_PASSED")));
      }
    }

    // APL-058-reviewer-not-qualified
    if (c.legalReview() != null && Boolean.FALSE.equals(c.legalReview().reviewerQualified())) {
      out.add(new Defect("APL-058-reviewer-not-qualified", List.of("/legalReview/reviewerQualified"), List.of()));
    }

    // APL-059-decision-contents
    if (!summary && hasPenalty) {
      String missing = missing(d.stated(), DECISION_ITEMS);
      if (missing != null) {
        out.add(new Defect("APL-059-decision-contents", List.of("/decision/stated"), List.of(missing)));
      }
    }

    // APL-059-party-id-invalid
    String partyId = c.party().id();
    if (partyId != null) {
      boolean valid =
          c.party().kind() == PartyKind.INDIVIDUAL
              ? ResidentIdNumber.isValid(partyId)
              : UnifiedSocialCreditCode.isValid(partyId) || ResidentIdNumber.isValid(partyId);
      if (!valid) {
        out.add(new Defect("APL-059-party-id-invalid", List.of("/party/id"), List.of(partyId)));
      }
    }

    // APL-059-decision-number-invalid
    if (d != null && d.number() != null && !DocumentNumber.isValid(d.number())) {
      out.add(new Defect("APL-059-decision-number-invalid", List.of("/decision/number"), List.of(d.number())));
    }

    // APL-060-decided-before-filing
    if (d != null && c.filedOn() != null && d.decidedOn().isBefore(c.filedOn())) {
      out.add(new Defect("APL-060-decided-before-filing", List.of("/decision/decidedOn", "/filedOn"),
          List.of(c.filedOn(), d.decidedOn())));
    }

    // APL-060-decision-late
    if (d != null && c.filedOn() != null && !summary && !Boolean.TRUE.equals(d.timeLimitExtended())
        && within(cal, c.filedOn(), d.decidedOn(), NINETY_DAYS) == NO) {
      out.add(new Defect("APL-060-decision-late", List.of("/decision/decidedOn", "/filedOn"),
          List.of(c.filedOn(), d.decidedOn(), ChronoUnit.DAYS.between(c.filedOn(), d.decidedOn()))));
    }

    // APL-060-time-limit-extended
    if (d != null && c.filedOn() != null && Boolean.TRUE.equals(d.timeLimitExtended())
        && within(cal, c.filedOn(), d.decidedOn(), NINETY_DAYS) != YES) {
      out.add(new Defect("APL-060-time-limit-extended", List.of("/decision/timeLimitExtended"),
          List.of(ChronoUnit.DAYS.between(c.filedOn(), d.decidedOn()))));
    }

    // APL-060-not-decided
    if (c.filedOn() != null && d == null && c.closedOn() == null
        && within(cal, c.filedOn(), ctx.asOf(), NINETY_DAYS) == NO) {
      out.add(new Defect("APL-060-not-decided", List.of("/decision", "/filedOn"), List.of(c.filedOn(), ctx.asOf())));
    }

    // APL-047-case-not-closed
    if (d != null && c.closedOn() == null) {
      LocalDate done = null;
      if (c.payment() != null && c.payment().paidOn() != null) {
        done = c.payment().paidOn();
      } else if (c.enforcement() != null && c.enforcement().executedOn() != null) {
        done = c.enforcement().executedOn();
      } else if (c.totalFine().equals(Money.ZERO) && d.servedOn() != null) {
        done = d.servedOn();
      }
      if (done != null) {
        int days = ctx.profile().find(ProfileKeys.CLOSING_PERIOD_DAYS, done).orElse(30);
        if (ctx.asOf().isAfter(done.plusDays(days))) {
          out.add(new Defect("APL-047-case-not-closed", List.of("/closedOn"), List.of(done, days, ctx.asOf())));
        }
      }
    }

    // APL-061-service-late
    if (d != null && !summary) {
      LocalDate served = d.servedOn() != null ? d.servedOn() : ctx.asOf();
      if (within(cal, d.decidedOn(), served, SEVEN) == NO) {
        out.add(new Defect("APL-061-service-late", List.of("/decision/servedOn"),
            List.of(d.decidedOn(), d.servedOn() == null ? "-" : d.servedOn())));
      }
    }

    // APL-063-hearing-not-offered
    if (d != null && h == null && (notice == null || !notice.stated().contains(NoticeItem.RIGHT_TO_HEARING))) {
      String path = hearingPenalty(c, ctx);
      if (path != null) {
        out.add(new Defect("APL-063-hearing-not-offered", List.of(path, "/notice/stated"), List.of()));
      }
    }

    // APL-063-hearing-not-held
    if (h != null && h.requestedOn() != null && h.heldOn() == null && !h.isWaived() && d != null
        && (notice == null || within(cal, notice.servedOn(), h.requestedOn(), FIVE) != NO)) {
      out.add(new Defect("APL-063-hearing-not-held", List.of("/hearing/heldOn"), List.of(h.requestedOn())));
    }

    // APL-064-decided-in-request-window
    if (d != null && notice != null && !summary && !(h != null && (h.isWaived() || h.heldOn() != null))
        && !d.decidedOn().isBefore(notice.servedOn())
        && (notice.stated().contains(NoticeItem.RIGHT_TO_HEARING) || hearingPenalty(c, ctx) != null)
        && within(cal, notice.servedOn(), d.decidedOn(), FIVE) == YES) {
      out.add(new Defect("APL-064-decided-in-request-window", List.of("/decision/decidedOn", "/notice/servedOn"),
          List.of(notice.servedOn(), d.decidedOn())));
    }

    // APL-064-hearing-notice-short
    if (h != null && h.heldOn() != null) {
      if (h.noticeServedOn() == null) {
        out.add(new Defect("APL-064-hearing-notice-short", List.of("/hearing/noticeServedOn"),
            List.of("-", h.heldOn())));
      } else if (reaches(cal, h.noticeServedOn(), h.heldOn(), SEVEN) == NO) {
        out.add(new Defect("APL-064-hearing-notice-short", List.of("/hearing/noticeServedOn", "/hearing/heldOn"),
            List.of(h.noticeServedOn(), h.heldOn())));
      }
    }

    // APL-065-hearing-record
    if (h != null && h.heldOn() != null && d != null) {
      if (d.decidedOn().isBefore(h.heldOn())) {
        out.add(new Defect("APL-065-hearing-record", List.of("/decision/decidedOn", "/hearing/heldOn"),
            List.of("BEFORE_HEARING")));
      } else if (Boolean.FALSE.equals(d.hearingRecordBased())) {
        out.add(new Defect("APL-065-hearing-record", List.of("/decision/hearingRecordBased"),
            List.of("NOT_ON_RECORD")));
      }
    }

    // APL-067-agency-collected
    if (pay != null && pay.collector() == Collector.AGENCY) {
      out.add(new Defect("APL-067-agency-collected", List.of("/payment/collector"), List.of()));
    }

    // APL-068-on-the-spot-not-allowed
    if (pay != null && pay.collector() == Collector.ON_THE_SPOT
        && pay.onTheSpotReason() != OnTheSpotReason.REMOTE_AREA_AT_PARTY_REQUEST) {
      boolean allowed =
          summary
              && (!c.totalFine().isGreaterThan(ON_THE_SPOT)
                  || pay.onTheSpotReason() == OnTheSpotReason.HARD_TO_COLLECT_LATER);
      if (!allowed) {
        out.add(new Defect("APL-068-on-the-spot-not-allowed", List.of("/payment/collector", "/procedure"),
            List.of(c.totalFine(), ON_THE_SPOT)));
      }
    }

    // APL-067-paid-late
    if (d != null && pay != null && pay.paidOn() != null && pay.collector() != Collector.ON_THE_SPOT
        && within(cal, received(d), pay.paidOn(), FIFTEEN_DAYS) == NO) {
      out.add(new Defect("APL-067-paid-late", List.of("/payment/paidOn"), List.of(received(d), pay.paidOn())));
    }

    // APL-072-surcharge-excessive
    if (d != null && pay != null && pay.surcharge() != null && !pay.surcharge().isZero()) {
      Money fine = c.totalFine();
      LocalDate due;
      try {
        due = cal.deadline(received(d), FIFTEEN_DAYS);
      } catch (CalendarRangeException e) {
        due = received(d).plusDays(15);
      }
      LocalDate paid = pay.paidOn() != null ? pay.paidOn() : ctx.asOf();
      long late = Math.max(0, ChronoUnit.DAYS.between(due, paid));
      Money max = fine.percent(THREE_PERCENT).times(late).min(fine);
      if (pay.surcharge().isGreaterThan(max)) {
        out.add(new Defect("APL-072-surcharge-excessive", List.of("/payment/surcharge"),
            List.of(pay.surcharge(), max, late)));
      }
    }

    // APL-072-not-enforced
    if (d != null && !c.totalFine().isZero() && !(pay != null && pay.paidOn() != null)) {
      PenaltyCase.Enforcement e = c.enforcement();
      if (e == null || (e.courtApplicationOn() == null && e.executedOn() == null)) {
        LocalDate lastDay = received(d).plusMonths(9);
        if (ctx.asOf().isAfter(lastDay)) {
          out.add(new Defect("APL-072-not-enforced", List.of("/payment", "/enforcement"), List.of(lastDay)));
        }
      }
    }

    // APL-048-not-published
    if (hasPenalty && c.publication() == null && c.party().kind() != PartyKind.INDIVIDUAL
        && hearingPenalty(c, ctx) != null) {
      out.add(new Defect("APL-048-not-published", List.of("/publication"), List.of()));
    }

    // APL-005-outside-discretion
    if (d != null && d.discretion() != null) {
      Money min = d.discretion().min();
      Money max = d.discretion().max();
      List<Penalty> ps = d.penalties();
      for (int i = 0; i < ps.size(); i++) {
        Penalty p = ps.get(i);
        if (p.kind() == PenaltyKind.FINE && p.amount() != null
            && ((min != null && p.amount().isLessThan(min)) || (max != null && p.amount().isGreaterThan(max)))) {
          out.add(new Defect("APL-005-outside-discretion",
              List.of("/decision/penalties/" + i + "/amount", "/decision/discretion"),
              List.of(p.amount(), min == null ? "-" : min, max == null ? "-" : max)));
        }
      }
    }

    // APL-029-double-fine: the pack looks a batch up in the context and finds nothing without one;
    // so does this baseline, which does not check batches.
    if (ctx.find(PenaltyBatch.KEY).isPresent()) {
      throw new IllegalArgumentException("the baseline does not check batches");
    }

    // APL-054-lead-not-filed
    PenaltyCase.Lead lead = c.lead();
    if (lead != null) {
      int days = ctx.profile().find(ProfileKeys.FILING_PERIOD_WORKING_DAYS, lead.receivedOn()).orElse(15);
      if (Boolean.TRUE.equals(lead.extended())) {
        days += ctx.profile().find(ProfileKeys.FILING_PERIOD_EXTENSION_WORKING_DAYS, lead.receivedOn()).orElse(15);
      }
      LocalDate decided = c.filedOn() != null ? c.filedOn() : lead.rejectedOn();
      LocalDate day = decided != null ? decided : ctx.asOf();
      if (within(cal, lead.receivedOn(), day, StatutoryPeriod.ofWorkingDays(days)) == NO) {
        out.add(new Defect("APL-054-lead-not-filed",
            List.of(decided == null || c.filedOn() != null ? "/filedOn" : "/lead/rejectedOn", "/lead/receivedOn"),
            List.of(lead.receivedOn(), days, decided == null ? "NOT_DECIDED" : decided)));
      }
    }

    // APL-085-outside-calendar
    if (d != null && !summary) {
      unknown(cal, d.decidedOn(), d.servedOn() != null ? d.servedOn() : ctx.asOf(), SEVEN, "/decision/servedOn", out);
    }
    if (d != null && notice != null) {
      unknown(cal, notice.servedOn(), d.decidedOn(), FIVE, "/notice/servedOn", out);
    }
    if (h != null && h.noticeServedOn() != null && h.heldOn() != null
        && reaches(cal, h.noticeServedOn(), h.heldOn(), SEVEN) == UNKNOWN) {
      out.add(new Defect("APL-085-outside-calendar", List.of("/hearing/noticeServedOn"),
          List.of(h.noticeServedOn(), SEVEN)));
    }
    if (d != null && c.filedOn() != null) {
      unknown(cal, c.filedOn(), d.decidedOn(), NINETY_DAYS, "/decision/decidedOn", out);
    }
    if (d != null && pay != null && pay.paidOn() != null) {
      unknown(cal, received(d), pay.paidOn(), FIFTEEN_DAYS, "/payment/paidOn", out);
    }

    // The five discretion-benchmark rules: each finds nothing without benchmarks in the context.
    DiscretionBenchmarks benchmarks = ctx.find(DiscretionBenchmarks.CONTEXT_KEY).orElse(null);
    if (benchmarks != null && d != null && vi.code() != null && d.discretion() != null
        && d.discretion().level() != null) {
      Money gains = null;
      for (Penalty p : d.penalties()) {
        if (p.kind() == PenaltyKind.CONFISCATE_GAINS && p.amount() != null) {
          gains = p.amount();
        }
      }
      Set<MitigationGround> grounds = Set.copyOf(d.mitigationGrounds());
      List<Penalty> ps = d.penalties();
      for (int i = 0; i < ps.size(); i++) {
        Penalty p = ps.get(i);
        if (p.kind() == PenaltyKind.FINE && p.amount() != null) {
          for (BenchmarkDeviation dev :
              benchmarks.assess(vi.code(), d.discretion().level().name(), p.amount(), gains, grounds)) {
            out.add(new Defect(dev.kind().ruleId(), List.of("/decision/penalties/" + i + "/amount"),
                List.of(dev.violationCode(), dev.level(), dev.fine())));
          }
        }
      }
    }
  }

  private static void twoOfficers(List<EnforcementOfficer> officers, LocalDate day, List<Defect> out) {
    if (day == null) {
      return;
    }
    int certified = 0;
    int auxiliary = 0;
    for (int i = 0, n = officers.size(); i < n; i++) {
      EnforcementOfficer o = officers.get(i);
      if (o.auxiliary()) {
        auxiliary++;
      } else if (o.mayEnforceOn(day)) {
        certified++;
      }
    }
    if (certified < 2) {
      out.add(new Defect("APL-042-two-officers", List.of("/officers"), List.of(day, certified, auxiliary)));
    }
  }

  private static InstrumentLevel highestBasis(Decision d) {
    InstrumentLevel best = null;
    List<Citation> basis = d.basis();
    for (int i = 0, n = basis.size(); i < n; i++) {
      InstrumentLevel l = basis.get(i).instrument().level();
      if (rank(l) > 0 && (best == null || rank(l) > rank(best))) {
        best = l;
      }
    }
    return best;
  }

  private static int rank(InstrumentLevel l) {
    return switch (l) {
      case CONSTITUTION, LAW -> 6;
      case ADMINISTRATIVE_REGULATION -> 5;
      case LOCAL_REGULATION -> 4;
      case DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE -> 3;
      default -> 0;
    };
  }

  private static LocalDate birthDate(PenaltyCase c) {
    if (c.party().kind() != PartyKind.INDIVIDUAL) {
      return null;
    }
    if (c.party().birthDate() != null) {
      return c.party().birthDate();
    }
    String id = c.party().id();
    if (id != null && id.length() == 18 && ResidentIdNumber.isValid(id)) {
      return ResidentIdNumber.parse(id).birthDate();
    }
    return null;
  }

  private static String missing(List<DecisionItem> stated, DecisionItem[] required) {
    StringBuilder sb = null;
    for (DecisionItem item : required) {
      if (!stated.contains(item)) {
        sb = sb == null ? new StringBuilder(item.name()) : sb.append(',').append(item.name());
      }
    }
    return sb == null ? null : sb.toString();
  }

  private static String heavier(List<Penalty> decided, List<Penalty> proposed) {
    Money dFine = Money.ZERO;
    Money pFine = Money.ZERO;
    Money dConf = Money.ZERO;
    Money pConf = Money.ZERO;
    long pKinds = 0;
    for (Penalty p : proposed) {
      pKinds |= 1L << p.kind().ordinal();
      if (p.kind() == PenaltyKind.FINE) {
        pFine = pFine.plus(p.amountOrZero());
      } else if (p.kind().isMonetary()) {
        pConf = pConf.plus(p.amountOrZero());
      }
    }
    for (Penalty p : decided) {
      if ((pKinds & (1L << p.kind().ordinal())) == 0
          && p.kind() != PenaltyKind.WARNING
          && p.kind() != PenaltyKind.NOTICE_OF_CRITICISM) {
        return p.kind().name();
      }
      if (p.kind() == PenaltyKind.FINE) {
        dFine = dFine.plus(p.amountOrZero());
      } else if (p.kind().isMonetary()) {
        dConf = dConf.plus(p.amountOrZero());
      }
    }
    if (dFine.isGreaterThan(pFine)) {
      return "FINE " + pFine.toPlainString() + " -> " + dFine.toPlainString();
    }
    if (dConf.isGreaterThan(pConf)) {
      return "CONFISCATION " + pConf.toPlainString() + " -> " + dConf.toPlainString();
    }
    return null;
  }

  /** The path of the first penalty (decided, else proposed) that entitles the party to a hearing. */
  private static String hearingPenalty(PenaltyCase c, RuleContext ctx) {
    String p = hearingPenalty(c, ctx, c.penalties(), "/decision/penalties/");
    if (p == null && c.notice() != null) {
      p = hearingPenalty(c, ctx, c.notice().proposed(), "/notice/proposed/");
    }
    return p;
  }

  private static String hearingPenalty(PenaltyCase c, RuleContext ctx, List<Penalty> ps, String base) {
    var key =
        c.party().kind().isNaturalPerson()
            ? ProfileKeys.HEARING_LARGE_FINE_INDIVIDUAL
            : ProfileKeys.HEARING_LARGE_FINE_ORGANISATION;
    LocalDate day = c.procedureDay() == null ? ctx.asOf() : c.procedureDay();
    Threshold t = ctx.profile().find(key, day).or(() -> ctx.profile().find(key)).orElse(null);
    Money fines = Money.ZERO;
    for (int i = 0; i < ps.size(); i++) {
      Penalty p = ps.get(i);
      PenaltyKind k = p.kind();
      if (k == PenaltyKind.LOWER_QUALIFICATION
          || k == PenaltyKind.REVOKE_LICENCE
          || k == PenaltyKind.SUSPEND_BUSINESS
          || k == PenaltyKind.ORDER_CLOSURE
          || k == PenaltyKind.RESTRICT_EMPLOYMENT) {
        return base + i;
      }
      if (k == PenaltyKind.FINE) {
        fines = fines.plus(p.amountOrZero());
        if (t != null && t.isReachedBy(fines.toYuan())) {
          return base + i + "/amount";
        }
      } else if (k.isMonetary() && t != null && t.isReachedBy(p.amountOrZero().toYuan())) {
        return base + i + "/amount";
      }
    }
    return null;
  }

  private static LocalDate received(Decision d) {
    return d.servedOn() != null ? d.servedOn() : d.decidedOn();
  }

  private static void unknown(
      WorkingDayCalendar cal, LocalDate start, LocalDate actual, StatutoryPeriod p, String path, List<Defect> out) {
    if (within(cal, start, actual, p) == UNKNOWN) {
      out.add(new Defect("APL-085-outside-calendar", List.of(path), List.of(start, p)));
    }
  }

  /** As the pack's {@code Periods.within}: whether {@code actual} is on or before the period's last day. */
  private static int within(WorkingDayCalendar cal, LocalDate start, LocalDate actual, StatutoryPeriod p) {
    if (actual.isBefore(start)) {
      return YES;
    }
    try {
      return actual.isAfter(cal.deadline(start, p)) ? NO : YES;
    } catch (CalendarRangeException e) {
      if (!actual.isAfter(earliest(start, p))) {
        return YES;
      }
      return actual.isAfter(latest(start, p)) ? NO : UNKNOWN;
    }
  }

  /** As the pack's {@code Periods.reaches}: whether {@code actual} is on or after the period's last day. */
  private static int reaches(WorkingDayCalendar cal, LocalDate start, LocalDate actual, StatutoryPeriod p) {
    try {
      return actual.isBefore(cal.deadline(start, p)) ? NO : YES;
    } catch (CalendarRangeException e) {
      if (!actual.isAfter(latest(start, p)) && actual.isBefore(earliest(start, p))) {
        return NO;
      }
      return actual.isAfter(latest(start, p)) ? YES : UNKNOWN;
    }
  }

  private static LocalDate earliest(LocalDate start, StatutoryPeriod p) {
    return switch (p.unit()) {
      case WORKING_DAYS, DAYS -> start.plusDays(p.amount());
      case MONTHS -> start.plusMonths(p.amount());
      case YEARS -> start.plusYears(p.amount());
    };
  }

  private static LocalDate latest(LocalDate start, StatutoryPeriod p) {
    return switch (p.unit()) {
      case WORKING_DAYS -> start.plusDays((p.amount() / 5) * 7L + p.amount() % 5 + 2 + HOLIDAY_SLACK);
      default -> earliest(start, p).plusDays(HOLIDAY_SLACK);
    };
  }
}
