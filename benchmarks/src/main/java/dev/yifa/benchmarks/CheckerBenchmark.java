package dev.yifa.benchmarks;

import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's overhead: a lawful subject against a 25-rule pack (no finding), against the same 25
 * comparisons written by hand. The downstream target is 300,000 penalty cases per second, within 2×
 * of hand-written code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckerBenchmark {
  /** A subject with 25 numbers, each checked against a limit. */
  public record Subject(String id, long[] amounts) {}

  private static final int RULES = 25;

  private Checker<Subject> checker;
  private RuleContext ctx;
  private Subject lawful;

  /** Builds the pack. */
  @Setup
  public void setUp() {
    InstrumentVersion apl =
        new InstrumentVersion(
            new Instrument("administrative-penalty-law", "中华人民共和国行政处罚法",
                "Administrative Penalty Law of the People's Republic of China", InstrumentLevel.LAW,
                "全国人民代表大会常务委员会"),
            "2021", LocalDate.of(2021, 1, 22), LocalDate.of(2021, 7, 15), null);
    Map<String, String> zh = new HashMap<>();
    Map<String, String> en = new HashMap<>();
    RulePack.Builder<Subject> pack =
        RulePack.builder("bench", "1", Subject.class).documentType("bench").subjectId(Subject::id);
    for (int i = 0; i < RULES; i++) {
      int index = i;
      zh.put("r" + i, "第" + i + "项金额{amount}超过上限");
      en.put("r" + i, "amount " + i + " of {amount} over the limit");
      pack.add(
          Rule.<Subject>builder("APL-0" + (10 + i) + "-limit")
              .cites(apl.article(10 + i))
              .severity(Severity.ERROR)
              .appliesFrom(LocalDate.of(2021, 7, 15))
              .message("r" + i)
              .check((s, c, out) -> {
                if (s.amounts()[index] > 1000L * (index + 1)) {
                  out.finding("/amounts/" + index).value("amount", s.amounts()[index]);
                }
              })
              .build());
    }
    checker = Checker.of(pack.messages(Messages.of("bench", zh, en)).build());
    LocalDate day = LocalDate.of(2025, 3, 1);
    ctx = RuleContext.of(day, Profiles.builtIn().profileFor("360000", day));
    long[] amounts = new long[RULES];
    for (int i = 0; i < RULES; i++) {
      amounts[i] = 500L * (i + 1);
    }
    lawful = new Subject("S-1", amounts);
  }

  /**
   * Checks a lawful subject with the engine.
   *
   * @return the report
   */
  @Benchmark
  public Report engine() {
    return checker.check(lawful, ctx);
  }

  /**
   * The same comparisons written by hand, producing the same (empty) report.
   *
   * @return the report
   */
  @Benchmark
  public Report handWritten() {
    java.util.List<dev.yifa.core.rule.Finding> findings = java.util.List.of();
    long[] a = lawful.amounts();
    for (int i = 0; i < RULES; i++) {
      if (a[i] > 1000L * (i + 1)) {
        throw new IllegalStateException("not reached for the lawful subject");
      }
    }
    return new Report(lawful.id(), "bench", "bench/1", ctx.profile().id(), findings, ctx.profile().notes());
  }
}
