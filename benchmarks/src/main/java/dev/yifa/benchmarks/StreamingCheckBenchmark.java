package dev.yifa.benchmarks;

import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.enforcement.penalty.PenaltyCase;
import dev.yifa.enforcement.penalty.PenaltyPacks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A million penalty cases streamed from a JSON Lines file, read and checked on two cores in a JVM
 * whose heap is capped at 512 MB: the batch shape a province runs. One shot per iteration; the
 * score is the time for the whole file. Every line is a distinct case (its id varies).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StreamingCheckBenchmark {
  /** How many cases the file holds. */
  @Param({"1000000"})
  public int cases;

  private Path file;
  private RuleContext ctx;
  private ForkJoinPool twoCores;

  /** Writes the JSON Lines file. */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    String json;
    try (InputStream in = StreamingCheckBenchmark.class.getResourceAsStream("/penalty-case.json")) {
      // One line, compact: the tree's toString writes no white space.
      json = YifaJson.mapper().readTree(in).toString();
    }
    PenaltyCase sample = PenaltyCase.read(json);
    String id = "\"id\":\"" + sample.id() + "\"";
    if (!json.contains(id)) {
      throw new IllegalStateException("sample case id not found as " + id);
    }
    file = Files.createTempFile("yifa-cases", ".jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < cases; i++) {
        w.write(json.replace(id, "\"id\":\"BENCH-" + i + "\""));
        w.newLine();
      }
    }
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    ctx = RuleContext.of(asOf, Profiles.builtIn().profileFor(sample.region(), asOf));
    twoCores = new ForkJoinPool(2);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    twoCores.shutdown();
    Files.deleteIfExists(file);
  }

  /**
   * Streams the file, reads and checks every case on two cores.
   *
   * @return the number of findings, so the work is not eliminated
   */
  @Benchmark
  public long readAndCheckAll() throws Exception {
    return twoCores
        .submit(
            () -> {
              try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return lines
                    .parallel()
                    .map(PenaltyCase::read)
                    .map(c -> PenaltyPacks.check(c, ctx))
                    .mapToLong(StreamingCheckBenchmark::size)
                    .sum();
              }
            })
        .get();
  }

  private static long size(Report r) {
    return r.findings().size() + 1;
  }
}
