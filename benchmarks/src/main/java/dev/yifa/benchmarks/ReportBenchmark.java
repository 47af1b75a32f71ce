package dev.yifa.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Message;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Serialising a report of five findings to JSON (target: at least 200,000 per second on one
 * thread): {@link Report#toJson()} with the streaming generator, and the shared mapper, which
 * delegates to the same serializer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReportBenchmark {
  private Report report;

  /** Builds the report. */
  @Setup
  public void setUp() {
    InstrumentVersion apl =
        new InstrumentVersion(
            new Instrument(
                "administrative-penalty-law",
                "中华人民共和国行政处罚法",
                "Administrative Penalty Law of the People's Republic of China",
                InstrumentLevel.LAW,
                "全国人民代表大会常务委员会"),
            "2021",
            LocalDate.of(2021, 1, 22),
            LocalDate.of(2021, 7, 15),
            null);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("amount", "200000.00");
      values.put("threshold", "100000.00");
      findings.add(
          new Finding(
              "APL-0" + (60 + i) + "-hearing-not-offered",
              i % 2 == 0 ? Severity.ERROR : Severity.WARNING,
              List.<Citation>of(apl.article(60 + i).paragraph(1), apl.article(64)),
              new Message(
                  "罚款200000.00元已达较大数额标准100000.00元，未告知当事人要求听证的权利",
                  "a fine of 200000.00 yuan reaches the large-fine threshold of 100000.00 yuan,"
                      + " but the party was not told of the right to a hearing"),
              List.of("/decision/penalties/0/amount", "/hearing"),
              values));
    }
    report =
        new Report(
            "XS-SJ-2025-0001", "penalty-case", "penalty/2021.1", "360000@2021-06-09", findings, List.of());
  }

  /**
   * Writes the report with the streaming generator.
   *
   * @return the JSON text
   */
  @Benchmark
  public String toJson() {
    return report.toJson();
  }

  /**
   * Writes the report to UTF-8 bytes through the shared mapper.
   *
   * @return the JSON bytes
   * @throws JsonProcessingException never
   */
  @Benchmark
  public byte[] mapperBytes() throws JsonProcessingException {
    return YifaJson.mapper().writeValueAsBytes(report);
  }
}
