package dev.yifa.benchmarks;

import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of working-day counting on the bundled calendar: {@code plusWorkingDays(d, 30)} over
 * 4,096 start dates spread over 2024–2026, and the same count as a statutory period.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark -f 1 -wi 2 -w 2s -i 3
 * -r 2s -t 1}. Target: at least 5 million {@code plusWorkingDays} per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalendarBenchmark {
  private static final int MASK = 4095;

  private final WorkingDayCalendar calendar = WorkingDayCalendar.china();
  private final StatutoryPeriod thirtyWorkingDays = StatutoryPeriod.ofWorkingDays(30);
  private final StatutoryPeriod fifteenDays = StatutoryPeriod.ofDays(15);
  private LocalDate[] starts;
  private int next;

  /** Picks the start dates with a fixed seed, so runs are comparable. */
  @Setup
  public void setUp() {
    var random = new SplittableRandom(20250930L);
    long first = LocalDate.of(2024, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 11, 1).toEpochDay();
    starts = new LocalDate[MASK + 1];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
    }
  }

  private LocalDate nextStart() {
    return starts[next++ & MASK];
  }

  /** Thirty working days after a varying start date. */
  @Benchmark
  public LocalDate plusThirtyWorkingDays() {
    return calendar.plusWorkingDays(nextStart(), 30);
  }

  /** Working days between a varying start date and a fixed date. */
  @Benchmark
  public int workingDaysBetween() {
    return calendar.workingDaysBetween(nextStart(), LocalDate.of(2026, 12, 31));
  }

  /** A deadline of 30 working days, through the statutory-period API. */
  @Benchmark
  public LocalDate deadlineThirtyWorkingDays() {
    return calendar.deadline(nextStart(), thirtyWorkingDays);
  }

  /** A deadline of 15 calendar days, moved past days off when needed. */
  @Benchmark
  public LocalDate deadlineFifteenDays() {
    return calendar.deadline(nextStart(), fifteenDays);
  }
}
