package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.yifa.core.law.Laws.APL_2021;

import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Findings;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rules about discretion benchmarks: those that check a set of benchmarks (published, inside
 * the statutory range, levels in order), and {@link #forFines} which makes the rules a penalty pack
 * includes to check a decision's fine against the benchmarks in its {@link RuleContext} ({@link
 * DiscretionBenchmarks#CONTEXT_KEY}).
 *
 * <p>Every rule carries its own messages, so a pack that includes them needs none of their keys.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class DiscretionRules {
  /** Rule id: no benchmark for the violation or level of a fine. */
  public static final String NOT_FOUND_ID = "APL-034-benchmark-not-found";
  /** Rule id: a fine above the statutory maximum. */
  public static final String ABOVE_STATUTORY_ID = "APL-038-fine-above-statutory-maximum";
  /** Rule id: a fine below the statutory minimum without a ground for mitigation. */
  public static final String BELOW_STATUTORY_ID = "APL-032-fine-below-minimum-without-grounds";
  /** Rule id: a fine outside its level's range. */
  public static final String OUTSIDE_LEVEL_ID = "APL-034-fine-outside-benchmark";
  /** Rule id: a fine below its level's range with a ground for mitigation claimed. */
  public static final String MITIGATED_ID = "APL-032-mitigated-below-benchmark";

  /** The messages of the catalog and benchmark rules. */
  static final Messages MESSAGES = Messages.load("messages", DiscretionRules.class::getResourceAsStream);

  /** The day the 2021 Administrative Penalty Law took effect. */
  static final LocalDate APL_2021_IN_FORCE = LocalDate.of(2021, 7, 15);

  private DiscretionRules() {}

  /**
   * Makes the rules that check fines against the benchmarks in the rule context: {@value
   * #NOT_FOUND_ID} (NOTICE), {@value #ABOVE_STATUTORY_ID} (ERROR), {@value #BELOW_STATUTORY_ID}
   * (ERROR), {@value #OUTSIDE_LEVEL_ID} (ERROR) and {@value #MITIGATED_ID} (NOTICE). Each finds
   * nothing when the context holds no benchmarks.
   *
   * <pre>{@code
   * RulePack.builder("penalty", "2021.1", PenaltyCase.class)
   *     .addAll(DiscretionRules.forFines(c -> c.fineClaims()))   // List<FineClaim> per case
   *     ...;
   * checker.check(penaltyCase, ctx.with(DiscretionBenchmarks.CONTEXT_KEY, benchmarks));
   * }</pre>
   *
   * @param claims gives the fines a subject imposes, possibly none
   * @param <S> the subject type
   * @return the rules, in a fixed order
   */
  public static <S> List<Rule<S>> forFines(Function<? super S, List<FineClaim>> claims) {
    checkNotNull(claims, "claims");
    return List.of(
        fineRule(NOT_FOUND_ID, Severity.NOTICE, "benchmark.notFound", claims, APL_2021.article(34)),
        fineRule(ABOVE_STATUTORY_ID, Severity.ERROR, "benchmark.aboveStatutory", claims,
            APL_2021.article(38).paragraph(1)),
        fineRule(BELOW_STATUTORY_ID, Severity.ERROR, "benchmark.belowStatutory", claims,
            APL_2021.article(32)),
        fineRule(OUTSIDE_LEVEL_ID, Severity.ERROR, "benchmark.outsideLevel", claims,
            APL_2021.article(34)),
        fineRule(MITIGATED_ID, Severity.NOTICE, "benchmark.mitigated", claims,
            APL_2021.article(32)));
  }

  private static <S> Rule<S> fineRule(
      String id,
      Severity severity,
      String key,
      Function<? super S, List<FineClaim>> claims,
      Citation citation) {
    return Rule.<S>builder(id)
        .cites(citation)
        .severity(severity)
        .appliesFrom(APL_2021_IN_FORCE)
        .message(MESSAGES, key)
        .check(
            (subject, ctx, out) -> {
              Optional<DiscretionBenchmarks> benchmarks = ctx.find(DiscretionBenchmarks.CONTEXT_KEY);
              if (benchmarks.isEmpty()) {
                return;
              }
              for (FineClaim claim : claims.apply(subject)) {
                for (BenchmarkDeviation d :
                    benchmarks.get().assess(
                        claim.violationCode(), claim.level(), claim.fine(), claim.illegalGains(),
                        claim.mitigation())) {
                  if (d.kind().ruleId().equals(id)) {
                    report(d, claim, out);
                  }
                }
              }
            })
        .build();
  }

  private static void report(BenchmarkDeviation d, FineClaim claim, Findings out) {
    Findings.Draft draft =
        out.finding(claim.path())
            .value("violation", d.violationCode())
            .value("level", d.level())
            .value("fine", d.fine().toPlainString());
    if (d.range() != null) {
      draft.value("range", d.range().toText());
    }
    if (d.kind() == BenchmarkDeviation.Kind.MITIGATED_BELOW_LEVEL) {
      List<String> grounds = claim.mitigation().stream().map(Enum::name).sorted().toList();
      draft.value("grounds", String.join(",", new TreeSet<>(grounds)));
    }
  }

  // ---- rules over a set of benchmarks, shared by the benchmark and catalog packs ----

  /** 行政处罚法（2021）第三十四条：裁量基准应当向社会公布。Benchmarks, once adopted, are published. */
  static <S> Rule<S> notPublished(Function<? super S, Optional<DiscretionBenchmarks>> get, String prefix) {
    return Rule.<S>builder("APL-034-benchmarks-not-published")
        .cites(APL_2021.article(34))
        .severity(Severity.ERROR)
        .appliesFrom(APL_2021_IN_FORCE)
        .message(MESSAGES, "benchmark.notPublished")
        .check(
            (s, ctx, out) ->
                get.apply(s)
                    .filter(b -> !b.publishedBy(ctx.asOf()))
                    .ifPresent(
                        b ->
                            out.finding(prefix + "/published")
                                .value("id", b.id())
                                .value("asOf", ctx.asOf().toString())))
        .build();
  }

  /**
   * 行政处罚法（2021）第三十四条：依法制定裁量基准 — a level's range sits inside the statutory range;
   * only a mitigation band (减轻) may go below the minimum.
   */
  static <S> Rule<S> beyondStatute(Function<? super S, Optional<DiscretionBenchmarks>> get, String prefix) {
    return Rule.<S>builder("APL-034-benchmark-beyond-statutory-range")
        .cites(APL_2021.article(34))
        .severity(Severity.ERROR)
        .appliesFrom(APL_2021_IN_FORCE)
        .message(MESSAGES, "benchmark.beyondStatute")
        .check(
            (s, ctx, out) -> {
              Optional<DiscretionBenchmarks> found = get.apply(s);
              if (found.isEmpty()) {
                return;
              }
              List<ViolationBenchmark> vs = found.get().violations();
              for (int i = 0; i < vs.size(); i++) {
                ViolationBenchmark v = vs.get(i);
                for (int j = 0; j < v.levels().size(); j++) {
                  BenchmarkLevel l = v.levels().get(j);
                  if (beyond(v, l)) {
                    out.finding(prefix + "/violations/" + i + "/levels/" + j)
                        .value("violation", v.code())
                        .value("level", l.level())
                        .value("range", describe(l.min(), l.max(), l.gainsMultipleMin(), l.gainsMultipleMax()))
                        .value("statutory", describe(v.statutoryMin(), v.statutoryMax(), v.gainsMultipleMin(), v.gainsMultipleMax()));
                  }
                }
              }
            })
        .build();
  }

  private static boolean beyond(ViolationBenchmark v, BenchmarkLevel l) {
    boolean below =
        (l.min() != null && v.statutoryMin() != null && l.min().isLessThan(v.statutoryMin()))
            || (l.gainsMultipleMin() != null
                && v.gainsMultipleMin() != null
                && l.gainsMultipleMin().compareTo(v.gainsMultipleMin()) < 0);
    boolean above =
        (l.max() != null && v.statutoryMax() != null && l.max().isGreaterThan(v.statutoryMax()))
            || (l.gainsMultipleMax() != null
                && v.gainsMultipleMax() != null
                && l.gainsMultipleMax().compareTo(v.gainsMultipleMax()) > 0);
    return above || (below && !l.mitigationBand());
  }

  /**
   * 行政处罚法（2021）第三十四条 with 国办发〔2022〕27号: levels, lightest first, do not overlap
   * inconsistently — a heavier level's range is not below a lighter one's.
   */
  static <S> Rule<S> levelsInconsistent(Function<? super S, Optional<DiscretionBenchmarks>> get, String prefix) {
    return Rule.<S>builder("APL-034-benchmark-levels-inconsistent")
        .cites(APL_2021.article(34))
        .severity(Severity.WARNING)
        .appliesFrom(APL_2021_IN_FORCE)
        .message(MESSAGES, "benchmark.levelsInconsistent")
        .check(
            (s, ctx, out) -> {
              Optional<DiscretionBenchmarks> found = get.apply(s);
              if (found.isEmpty()) {
                return;
              }
              List<ViolationBenchmark> vs = found.get().violations();
              for (int i = 0; i < vs.size(); i++) {
                ViolationBenchmark v = vs.get(i);
                BenchmarkLevel previous = null;
                for (int j = 0; j < v.levels().size(); j++) {
                  BenchmarkLevel l = v.levels().get(j);
                  if (l.imposesNoPenalty() || l.mitigationBand()) {
                    continue;
                  }
                  if (previous != null && lower(l, previous)) {
                    out.finding(prefix + "/violations/" + i + "/levels/" + j)
                        .value("violation", v.code())
                        .value("level", l.level())
                        .value("previous", previous.level());
                  }
                  previous = l;
                }
              }
            })
        .build();
  }

  private static boolean lower(BenchmarkLevel l, BenchmarkLevel previous) {
    return (l.min() != null && previous.min() != null && l.min().isLessThan(previous.min()))
        || (l.max() != null && previous.max() != null && l.max().isLessThan(previous.max()))
        || (l.gainsMultipleMin() != null
            && previous.gainsMultipleMin() != null
            && l.gainsMultipleMin().compareTo(previous.gainsMultipleMin()) < 0)
        || (l.gainsMultipleMax() != null
            && previous.gainsMultipleMax() != null
            && l.gainsMultipleMax().compareTo(previous.gainsMultipleMax()) < 0);
  }

  private static String describe(
      dev.yifa.core.money.@org.jspecify.annotations.Nullable Money min,
      dev.yifa.core.money.@org.jspecify.annotations.Nullable Money max,
      java.math.@org.jspecify.annotations.Nullable BigDecimal multipleMin,
      java.math.@org.jspecify.annotations.Nullable BigDecimal multipleMax) {
    StringBuilder sb = new StringBuilder();
    if (min != null || max != null) {
      sb.append(new FineRange(min, max).toText());
    }
    if (multipleMin != null || multipleMax != null) {
      if (sb.length() > 0) {
        sb.append(" / ");
      }
      sb.append(multipleMin == null ? "…" : multipleMin.stripTrailingZeros().toPlainString())
          .append("×–")
          .append(multipleMax == null ? "…" : multipleMax.stripTrailingZeros().toPlainString())
          .append("×");
    }
    return sb.length() == 0 ? "–" : sb.toString();
  }
}
