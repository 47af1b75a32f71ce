package dev.yifa.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.profile.Threshold;
import dev.yifa.core.rule.Finding;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * second on one core), against two hand-written baselines:
 *
 * <ul>
 *   <li>{@link #handWrittenAll()}: the like-for-like baseline ({@link PenaltyBaseline}), every check
 *       the pack makes, in straight-line Java, recording each defect's rule id, paths and values but
 *       no messages and no report (target: the pack within 2× of it). The set-up checks it reports the
 *       same rule ids as the pack on the sample and on mutated copies.
 *   <li>{@link #handWrittenMainChecks()}: about a dozen main checks only (officers, basis, limitation,
 *       notice, periods, hearing threshold, payment), counting defects; a lower bound, not a fair
 *       comparison.
 * </ul>
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
    if (!PenaltyPacks.check(lawful, ctx).findings().isEmpty() || handWrittenMainChecks() != 0) {
      throw new IllegalStateException("the sample case must be lawful");
    }
    if (!handWrittenAll().isEmpty()) {
      throw new IllegalStateException("the full baseline finds defects in the lawful sample: " + handWrittenAll());
    }
    JsonNode tree = new ObjectMapper().readTree(json);
    // One officer removed: two-officers on each act day.
    ObjectNode oneOfficer = tree.deepCopy();
    ((ArrayNode) oneOfficer.get("officers")).remove(1);
    // Decided 100 days after filing: decision-late.
    ObjectNode late = tree.deepCopy();
    ((ObjectNode) late.get("decision")).put("decidedOn", "2025-06-11").put("servedOn", "2025-06-12");
    // No right to a hearing stated, with a large fine above the discretion band: hearing-not-offered,
    // outside-discretion.
    ObjectNode noHearing = tree.deepCopy();
    ArrayNode stated = (ArrayNode) noHearing.get("notice").get("stated");
    stated.remove(stated.size() - 1);
    ((ObjectNode) noHearing.get("notice").get("proposed").get(0)).put("amount", 200000);
    ((ObjectNode) noHearing.get("decision").get("penalties").get(0)).put("amount", 200000);
    // Collected by the agency, paid late, a malformed decision number, a statement item missing.
    ObjectNode payment = tree.deepCopy();
    ((ObjectNode) payment.get("payment")).put("collector", "AGENCY").put("paidOn", "2025-06-30");
    ((ObjectNode) payment.get("decision")).put("number", "no number");
    ((ArrayNode) payment.get("decision").get("stated")).remove(9);
    for (ObjectNode mutated : List.of(oneOfficer, late, noHearing, payment)) {
      PenaltyCase c = PenaltyCase.read(mutated);
      List<String> byPack = new ArrayList<>();
      for (Finding f : PenaltyPacks.check(c, ctx).findings()) {
        byPack.add(f.ruleId());
      }
      List<String> byHand = new ArrayList<>();
      List<PenaltyBaseline.Defect> defects = new ArrayList<>();
      PenaltyBaseline.check(c, ctx, defects);
      for (PenaltyBaseline.Defect d : defects) {
        byHand.add(d.ruleId());
      }
      Collections.sort(byPack);
      Collections.sort(byHand);
      if (byPack.isEmpty() || !byPack.equals(byHand)) {
        throw new IllegalStateException(
            "the full baseline disagrees with the pack on a mutated case: pack " + byPack + ", baseline " + byHand);
      }
    }
  }

  /** The full pack. */
  @Benchmark
  public Report pack() {
    return PenaltyPacks.check(lawful, ctx);
  }

  /** Every check of the pack written by hand; returns the defects (none for the sample). */
  @Benchmark
  public List<PenaltyBaseline.Defect> handWrittenAll() {
    List<PenaltyBaseline.Defect> defects = new ArrayList<>(4);
    PenaltyBaseline.check(lawful, ctx, defects);
    return defects;
  }

  /** About a dozen main checks written by hand; returns the number of defects. */
  @Benchmark
  public int handWrittenMainChecks() {
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
