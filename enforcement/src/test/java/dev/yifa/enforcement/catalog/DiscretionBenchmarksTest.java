package dev.yifa.enforcement.catalog;

import static dev.yifa.core.law.Laws.APL_2021;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.CitationJson;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DiscretionBenchmarks#assess} and the fine rules, on the benchmark of 价格违法行为行政处罚规定第八条
 * (reference/practice.md §6.3): up to 5× the gains; ¥100 000–1 000 000 without gains.
 */
class DiscretionBenchmarksTest {
  static final Citation PRICE_ART_8 =
      new Citation(
          new Instrument(
              CitationJson.derivedId("价格违法行为行政处罚规定"),
              "价格违法行为行政处罚规定",
              "价格违法行为行政处罚规定",
              InstrumentLevel.ADMINISTRATIVE_REGULATION,
              ""),
          "2010",
          8,
          0,
          0);

  static BenchmarkLevel level(String name, long min, long max, String multMin, String multMax) {
    return new BenchmarkLevel(
        name, Money.ofYuan(min), Money.ofYuan(max), new BigDecimal(multMin), new BigDecimal(multMax),
        null, null, List.of());
  }

  static final ViolationBenchmark PRICE =
      new ViolationBenchmark(
          "JG-008",
          "不执行法定的价格干预措施、紧急措施",
          null,
          List.of(PRICE_ART_8),
          Money.ofYuan(100_000),
          Money.ofYuan(1_000_000),
          null,
          new BigDecimal("5"),
          List.of(
              new BenchmarkLevel("MINOR", null, null, null, null, true, null, List.of()),
              level("GENERAL", 100_000, 100_000, "0.3", "0.5"),
              level("MORE_SERIOUS", 200_000, 300_000, "0.5", "1"),
              level("SERIOUS", 300_000, 400_000, "1", "2"),
              level("PARTICULARLY_SERIOUS", 500_000, 500_000, "2", "3")),
          List.of(), List.of(), List.of(), List.of());

  static final DiscretionBenchmarks BENCHMARKS =
      DiscretionBenchmarks.of("JG-2024", "价格违法行为行政处罚裁量基准", LocalDate.of(2024, 5, 20), List.of(PRICE));

  private static BenchmarkDeviation.Kind only(List<BenchmarkDeviation> found) {
    assertThat(found).hasSize(1);
    return found.get(0).kind();
  }

  @Test
  void assess_fineInsideLevel_findsNothing() {
    assertThat(BENCHMARKS.assess("JG-008", "SERIOUS", Money.ofYuan(350_000))).isEmpty();
  }

  @Test
  void assess_fineAboveLevelButInsideStatute_isOutsideLevel() {
    assertThat(only(BENCHMARKS.assess("JG-008", "GENERAL", Money.ofYuan(150_000))))
        .isEqualTo(BenchmarkDeviation.Kind.OUTSIDE_LEVEL);
  }

  @Test
  void assess_fineAboveStatutoryMaximum_isAboveStatutoryEvenWithGrounds() {
    List<BenchmarkDeviation> found =
        BENCHMARKS.assess("JG-008", "SERIOUS", Money.ofYuan(1_200_000), null,
            EnumSet.of(MitigationGround.MERITORIOUS_SERVICE));
    assertThat(only(found)).isEqualTo(BenchmarkDeviation.Kind.ABOVE_STATUTORY_MAXIMUM);
    assertThat(found.get(0).range().toText()).isEqualTo("100000.00–1000000.00");
  }

  @Test
  void assess_belowStatutoryMinimumWithoutGrounds_isAnError() {
    BenchmarkDeviation.Kind kind = only(BENCHMARKS.assess("JG-008", "GENERAL", Money.ofYuan(60_000)));
    assertThat(kind).isEqualTo(BenchmarkDeviation.Kind.BELOW_STATUTORY_MINIMUM);
    assertThat(kind.severity()).isEqualTo(dev.yifa.core.rule.Severity.ERROR);
  }

  @Test
  void assess_belowStatutoryMinimumWithArt32Grounds_isANotice() {
    List<BenchmarkDeviation> found =
        BENCHMARKS.assess("JG-008", "GENERAL", Money.ofYuan(60_000), null,
            Set.of(MitigationGround.REMOVED_OR_REDUCED_HARM));
    assertThat(only(found)).isEqualTo(BenchmarkDeviation.Kind.MITIGATED_BELOW_LEVEL);
    assertThat(found.get(0).severity()).isEqualTo(dev.yifa.core.rule.Severity.NOTICE);
  }

  @Test
  void assess_withIllegalGains_usesTheMultiples() {
    Money gains = Money.ofYuan(100_000);
    assertThat(BENCHMARKS.assess("JG-008", "SERIOUS", Money.ofYuan(150_000), gains, Set.of())).isEmpty();
    assertThat(only(BENCHMARKS.assess("JG-008", "SERIOUS", Money.ofYuan(250_000), gains, Set.of())))
        .isEqualTo(BenchmarkDeviation.Kind.OUTSIDE_LEVEL);
    assertThat(only(BENCHMARKS.assess("JG-008", "SERIOUS", Money.ofYuan(600_000), gains, Set.of())))
        .isEqualTo(BenchmarkDeviation.Kind.ABOVE_STATUTORY_MAXIMUM);
  }

  @Test
  void assess_noPenaltyLevel_allowsOnlyZero() {
    assertThat(BENCHMARKS.assess("JG-008", "MINOR", Money.ZERO, null, Set.of(MitigationGround.OTHER_BY_LAW)))
        .isEmpty();
  }

  @Test
  void assess_unknownViolationOrLevel_isANotice() {
    assertThat(only(BENCHMARKS.assess("JG-999", "GENERAL", Money.ofYuan(1))))
        .isEqualTo(BenchmarkDeviation.Kind.VIOLATION_NOT_FOUND);
    assertThat(only(BENCHMARKS.assess("JG-008", "EXTREME", Money.ofYuan(1))))
        .isEqualTo(BenchmarkDeviation.Kind.LEVEL_NOT_FOUND);
  }

  /** A tiny subject standing in for a penalty case. */
  record Decision(String id, List<FineClaim> fines) {}

  private static final RulePack<Decision> PACK =
      RulePack.builder("penalty-fines", "2021.1", Decision.class)
          .documentType("penalty-case")
          .subjectId(Decision::id)
          .addAll(DiscretionRules.forFines(Decision::fines))
          .build();

  private static Report check(FineClaim claim, boolean withBenchmarks) {
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    RuleContext ctx = RuleContext.of(asOf, Profiles.builtIn().profileFor("360424", asOf));
    if (withBenchmarks) {
      ctx = ctx.with(DiscretionBenchmarks.CONTEXT_KEY, BENCHMARKS);
    }
    return Checker.of(PACK).check(new Decision("XS-1", List.of(claim)), ctx);
  }

  @Test
  void forFines_eachKind_isReportedByItsRuleWithItsCitation() {
    record Case(FineClaim claim, String rule, Citation citation) {}
    String path = "/decision/penalties/0/amount";
    List<Case> cases =
        List.of(
            new Case(FineClaim.of(path, "JG-999", "GENERAL", Money.ofYuan(100_000)),
                DiscretionRules.NOT_FOUND_ID, APL_2021.article(34)),
            new Case(FineClaim.of(path, "JG-008", "SERIOUS", Money.ofYuan(2_000_000)),
                DiscretionRules.ABOVE_STATUTORY_ID, APL_2021.article(38).paragraph(1)),
            new Case(FineClaim.of(path, "JG-008", "GENERAL", Money.ofYuan(50_000)),
                DiscretionRules.BELOW_STATUTORY_ID, APL_2021.article(32)),
            new Case(FineClaim.of(path, "JG-008", "SERIOUS", Money.ofYuan(450_000)),
                DiscretionRules.OUTSIDE_LEVEL_ID, APL_2021.article(34)),
            new Case(
                new FineClaim(path, "JG-008", "SERIOUS", Money.ofYuan(250_000), null,
                    Set.of(MitigationGround.CONFESSED_UNKNOWN_VIOLATIONS)),
                DiscretionRules.MITIGATED_ID, APL_2021.article(32)));
    for (Case c : cases) {
      Report report = check(c.claim(), true);
      assertThat(report.findings()).as(c.rule()).hasSize(1);
      Finding f = report.findings().get(0);
      assertThat(f.ruleId()).isEqualTo(c.rule());
      assertThat(f.citations()).containsExactly(c.citation());
      assertThat(f.paths()).containsExactly(path);
      assertThat(f.message().zh()).contains(c.claim().fine().toPlainString());
    }
  }

  @Test
  void forFines_fineInRange_orNoBenchmarksInContext_findsNothing() {
    FineClaim inRange = FineClaim.of("/f", "JG-008", "SERIOUS", Money.ofYuan(350_000));
    FineClaim outOfRange = FineClaim.of("/f", "JG-008", "SERIOUS", Money.ofYuan(2_000_000));
    assertThat(check(inRange, true).findings()).isEmpty();
    assertThat(check(outOfRange, false).findings()).isEmpty();
  }

  @Test
  void benchmarks_jsonRoundTrip_isEqual() {
    assertThat(DiscretionBenchmarks.fromJson(BENCHMARKS.toJson())).isEqualTo(BENCHMARKS);
  }
}
