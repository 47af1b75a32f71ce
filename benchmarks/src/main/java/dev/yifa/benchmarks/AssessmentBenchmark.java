package dev.yifa.benchmarks;

import dev.yifa.assessment.review.CaseFileReviewer;
import dev.yifa.assessment.review.FileScore;
import dev.yifa.assessment.review.ReviewScheme;
import dev.yifa.assessment.scheme.AssessmentData;
import dev.yifa.assessment.scheme.AssessmentResult;
import dev.yifa.assessment.scheme.AssessmentScheme;
import dev.yifa.assessment.scheme.AssessmentScorer;
import dev.yifa.assessment.scheme.PreparedData;
import dev.yifa.assessment.scheme.UnitScore;
import dev.yifa.core.law.Laws;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Message;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring: one scheme of 60 indicators (six groups of ten, every kind) over 45 units, and the
 * review of case files from pre-built reports with the default review scheme. Issue targets: ≥
 * 10,000 schemes per second (45 × 60), ≥ 10,000 case files per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {
  private static final int UNITS = 45;
  private static final int FILES = 10_000;
  private static final String[] KINDS = {"RATIO", "RATIO_LOWER", "VALUE", "COUNT", "YES_NO", "GRADED"};
  private static final String[] RULES = {
    "APL-042-two-officers", "APL-044-notice-incomplete", "APL-045-heavier-penalty", "APL-058-no-legal-review",
    "APL-059-decision-contents", "APL-060-decision-overdue", "APL-061-service-late", "APL-063-hearing-not-offered",
    "APL-072-surcharge-too-high", "APL-099-unknown"
  };

  private AssessmentScorer scorer;
  private PreparedData prepared;
  private CaseFileReviewer reviewer;
  private Report[] reports;
  private int next;

  /** Builds the scheme, the data and the reports. */
  @Setup
  public void setUp() {
    StringBuilder scheme = new StringBuilder(
        "{\"type\":\"assessment-scheme\",\"id\":\"bench/1\",\"title\":\"bench\",\"total\":120,\"indicators\":[");
    for (int g = 0; g < 6; g++) {
      scheme.append(g == 0 ? "" : ",").append("{\"id\":\"g").append(g).append("\",\"name\":\"组").append(g)
          .append("\",\"points\":20,\"children\":[");
      for (int i = 0; i < 10; i++) {
        String id = "i" + g + "_" + i;
        String kind = KINDS[(g * 10 + i) % KINDS.length];
        scheme.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"name\":\"指标").append(id).append("\",\"points\":2,");
        scheme.append(switch (kind) {
          case "RATIO" -> "\"kind\":\"RATIO\",\"target\":1,\"zeroAt\":0.8}";
          case "RATIO_LOWER" -> "\"kind\":\"RATIO\",\"direction\":\"LOWER_IS_BETTER\",\"target\":0.1,\"zeroAt\":0.4}";
          case "VALUE" -> "\"kind\":\"VALUE\",\"target\":40,\"zeroAt\":0}";
          case "COUNT" -> "\"kind\":\"COUNT\",\"perItem\":0.5,\"cap\":2}";
          case "YES_NO" -> "\"kind\":\"YES_NO\"}";
          default -> "\"kind\":\"GRADED\",\"levels\":[{\"level\":\"A\",\"points\":2},{\"level\":\"B\",\"points\":1},{\"level\":\"C\",\"points\":0}]}";
        });
      }
      scheme.append("]}");
    }
    scheme.append("],\"grades\":[{\"id\":\"EXCELLENT\",\"name\":\"优秀\",\"min\":108},{\"id\":\"GOOD\",\"name\":\"良好\",\"min\":96},"
        + "{\"id\":\"FAIL\",\"name\":\"不合格\",\"min\":0}],\"awards\":[{\"id\":\"t\",\"name\":\"流动红旗\",\"topN\":3}]}");
    scorer = AssessmentScorer.of(AssessmentScheme.parse(scheme.toString()));
    Random random = new Random(20251128L);
    StringBuilder data = new StringBuilder("{\"type\":\"assessment-data\",\"scheme\":\"bench/1\",\"period\":\"2025\",\"units\":[");
    for (int u = 0; u < UNITS; u++) {
      data.append(u == 0 ? "" : ",").append("{\"id\":\"U").append(u).append("\",\"name\":\"单位").append(u).append("\",\"values\":{");
      for (int k = 0; k < 60; k++) {
        String id = "i" + (k / 10) + "_" + (k % 10);
        int d = 1 + random.nextInt(100);
        data.append(k == 0 ? "" : ",").append('"').append(id).append("\":");
        data.append(switch (KINDS[k % KINDS.length]) {
          case "RATIO", "RATIO_LOWER" -> "{\"numerator\":" + random.nextInt(d + 1) + ",\"denominator\":" + d + "}";
          case "VALUE" -> "{\"value\":" + random.nextInt(60) + "." + random.nextInt(10) + "}";
          case "COUNT" -> "{\"count\":" + random.nextInt(5) + "}";
          case "YES_NO" -> "{\"yes\":" + random.nextBoolean() + "}";
          default -> "{\"level\":\"" + "ABC".charAt(random.nextInt(3)) + "\"}";
        });
      }
      data.append("}}");
    }
    data.append("]}");
    prepared = scorer.prepare(AssessmentData.parse(data.toString()));

    reviewer = CaseFileReviewer.of(ReviewScheme.defaultScheme());
    reports = new Report[FILES];
    for (int i = 0; i < FILES; i++) {
      List<Finding> findings = new ArrayList<>();
      int n = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(3);
      for (int j = 0; j < n; j++) {
        String rule = RULES[random.nextInt(RULES.length)];
        findings.add(new Finding(rule, random.nextBoolean() ? Severity.ERROR : Severity.WARNING,
            List.of(Laws.APL_2021.article(42 + random.nextInt(20)).paragraph(1)), new Message("消息", "message"),
            List.of("/decision"), Map.of()));
      }
      reports[i] = new Report("XS-" + i, "penalty-case", "penalty/2021.1", "360000@2021-06-09", findings, List.of());
    }
  }

  /** Scores 45 units on 60 indicators and ranks them (numbers; explanations and awards on demand). */
  @Benchmark
  public AssessmentResult scoreScheme() {
    return scorer.score(prepared);
  }

  /** The same, and builds every unit's explanation (what a report or the HTML page needs). */
  @Benchmark
  public List<UnitScore> scoreSchemeWithExplanations() {
    return scorer.score(prepared).units();
  }

  /** Reviews one case file from its pre-built report (cycling over 10,000 reports). */
  @Benchmark
  public FileScore reviewCaseFile() {
    Report r = reports[next];
    next = next + 1 == FILES ? 0 : next + 1;
    return reviewer.review(r);
  }
}
