package dev.yifa.benchmarks;

import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.profile.Threshold;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import dev.yifa.enforcement.penalty.Penalty;
import dev.yifa.enforcement.penalty.PenaltyCase;
import dev.yifa.enforcement.penalty.PenaltyKind;
import dev.yifa.enforcement.penalty.PenaltyPacks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One lawful penalty case against the full {@code penalty/2021.1} pack (target 300,000 checks a
 * second on one core), and a hand-written straight-line check of the same main rules (officers,
 * basis, limitation, notice, periods, hearing threshold, payment) as the baseline (target: within 2×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PenaltyCheckBenchmark {
  private PenaltyCase lawful;
  private RuleContext ctx;

  /** Reads the sample case. */
  @Setup
  public void setUp() throws IOException {
    String json;
    try (InputStream in = PenaltyCheckBenchmark.class.getResourceAsStream("/penalty-case.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    lawful = PenaltyCase.read(json);
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    ctx = RuleContext.of(asOf, Profiles.builtIn().profileFor(lawful.region(), asOf));
    if (!PenaltyPacks.check(lawful, ctx).findings().isEmpty() || handWritten() != 0) {
      throw new IllegalStateException("the sample case must be lawful");
    }
  }

  /** The full pack. */
  @Benchmark
  public Report pack() {
    return PenaltyPacks.check(lawful, ctx);
  }

  /** The same main checks written by hand; returns the number of defects. */
  @Benchmark
  public int handWritten() {
    PenaltyCase c = lawful;
    WorkingDayCalendar cal = ctx.calendar();
    int defects = 0;
    PenaltyCase.Decision d = c.decision();
    LocalDate[] days = {c.filedOn(), c.notice().servedOn(), d.decidedOn()};
    for (LocalDate day : days) {
      int certified = 0;
      for (EnforcementOfficer o : c.officers()) {
        if (o.mayEnforceOn(day)) {
          certified++;
        }
      }
      if (certified < 2) {
        defects++;
      }
    }
    boolean hasLaw = false;
    for (Citation cite : d.basis()) {
      hasLaw |= cite.instrument().level() != InstrumentLevel.NORMATIVE_DOCUMENT;
    }
    if (!hasLaw) {
      defects++;
    }
    if (c.violation().discoveredOn().isAfter(c.violation().completedOn().plusYears(2))) {
      defects++;
    }
    if (c.notice().servedOn().isAfter(d.decidedOn()) || c.notice().stated().size() < 5) {
      defects++;
    }
    if (d.decidedOn().isAfter(cal.deadline(c.filedOn(), StatutoryPeriod.ofDays(90)))) {
      defects++;
    }
    if (d.servedOn().isAfter(cal.deadline(d.decidedOn(), StatutoryPeriod.penaltyLawDays(7)))) {
      defects++;
    }
    if (!d.decidedOn().isAfter(cal.deadline(c.notice().servedOn(), StatutoryPeriod.penaltyLawDays(5)))) {
      defects++;
    }
    Threshold t = ctx.profile().get(ProfileKeys.HEARING_LARGE_FINE_ORGANISATION);
    Money fine = Money.ZERO;
    for (Penalty p : d.penalties()) {
      if (p.kind() == PenaltyKind.FINE) {
        fine = fine.plus(p.amountOrZero());
      }
    }
    if (t.isReachedBy(fine.toYuan()) && c.hearing() == null && !c.notice().stated().contains(PenaltyCase.NoticeItem.RIGHT_TO_HEARING)) {
      defects++;
    }
    if (d.stated().size() < 10) {
      defects++;
    }
    if (c.payment().collector() != PenaltyCase.Collector.BANK
        || c.payment().paidOn().isAfter(cal.deadline(d.servedOn(), StatutoryPeriod.ofDays(15)))) {
      defects++;
    }
    return defects;
  }
}
