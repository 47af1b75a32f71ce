package dev.yifa.benchmarks;

import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.decision.ActingBody;
import dev.yifa.core.document.DocumentQuery;
import dev.yifa.core.document.InMemoryNormativeDocumentRegistry;
import dev.yifa.core.document.NormativeDocument;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Latency of the normative-document registry over 100,000 generated documents of one province (1
 * provincial, 11 prefectural and 99 county issuers; 5 % / 15 % / 80 % of the documents; effective
 * 2005–2026; a third with a validity period, a tenth repealed; titles and texts drawn from 2,000
 * generated Chinese words).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RegistryBenchmark -f 1 -wi 2 -w 2s -i 3
 * -r 2s -t 1}. Mode is {@link Mode#SampleTime}: read the p0.50 line. Target: median under 1 ms for
 * "in force in region X on day D" and for a word query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegistryBenchmark {
  private static final int DOCUMENTS = 100_000;
  private static final String CHARS =
      "农贸市场管理办法计划生育社会抚养费公交补贴通知暂行规定实施意见城乡建设环境保护安全生产教育卫生健康"
          + "文化旅游交通运输水利林业自然资源住房保障就业创业养老医疗救助民政财政税收审计统计应急消防";

  private InMemoryNormativeDocumentRegistry registry;
  private List<DivisionCode> counties;
  private List<String> words;
  private List<String> numbers;

  /** Per-invocation inputs, drawn from a fixed seed so runs are comparable. */
  @State(Scope.Thread)
  public static class Inputs {
    private SplittableRandom random;

    /** Seeds the draws. */
    @Setup(Level.Trial)
    public void setUp() {
      random = new SplittableRandom(20260101L);
    }
  }

  /** Generates and loads the documents. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20251231L);
    words = new ArrayList<>();
    while (words.size() < 2000) {
      int len = 2 + r.nextInt(3);
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < len; i++) {
        w.append(CHARS.charAt(r.nextInt(CHARS.length())));
      }
      words.add(w.toString());
    }
    List<String> prefectures = new ArrayList<>();
    counties = new ArrayList<>();
    for (int p = 1; p <= 11; p++) {
      String pre = String.format(java.util.Locale.ROOT, "36%02d", p);
      prefectures.add(pre + "00");
      for (int c = 21; c <= 29; c++) {
        counties.add(DivisionCode.parse(pre + c));
      }
    }
    List<NormativeDocument> docs = new ArrayList<>(DOCUMENTS);
    numbers = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      int kind = r.nextInt(100);
      String region;
      BodyLevel level;
      if (kind < 5) {
        region = "360000";
        level = BodyLevel.PROVINCE;
      } else if (kind < 20) {
        region = prefectures.get(r.nextInt(prefectures.size()));
        level = BodyLevel.PREFECTURE;
      } else {
        region = counties.get(r.nextInt(counties.size())).toString();
        level = BodyLevel.COUNTY;
      }
      LocalDate effective = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(8000));
      LocalDate issued = effective.minusDays(r.nextInt(30));
      LocalDate expires = r.nextInt(3) == 0 ? effective.plusYears(5).minusDays(1) : null;
      LocalDate repealed = r.nextInt(10) == 0 ? effective.plusDays(1 + r.nextInt(3000)) : null;
      DocumentNumber number = DocumentNumber.of("赣规", issued.getYear(), i + 1);
      numbers.add(number.toString());
      StringBuilder title = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        title.append(words.get(r.nextInt(words.size())));
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        text.append(words.get(r.nextInt(words.size())));
      }
      ActingBody issuer =
          new ActingBody(
              region + "人民政府", level, BodyKind.GOVERNMENT, null, DivisionCode.parse(region));
      docs.add(
          new NormativeDocument(
              NormativeDocument.TYPE, "D" + i, DivisionCode.parse(region), number, title.toString(),
              issuer, Set.of(), null, null, null, null, issued,
              new NormativeDocument.Publication(issued, null), effective, expires, null, repealed,
              null, null, null, text.toString()));
    }
    registry = InMemoryNormativeDocumentRegistry.of(docs);
  }

  /** Documents in force in a random county on a random day (county, prefecture and province). */
  @Benchmark
  public int inForceInRegionOnDay(Inputs in) {
    DivisionCode county = counties.get(in.random.nextInt(counties.size()));
    LocalDate day = LocalDate.of(2005, 1, 1).plusDays(in.random.nextInt(8000));
    return registry.inForce(county, day).size();
  }

  /** Documents whose title or text contains a random word. */
  @Benchmark
  public int textWord(Inputs in) {
    return registry.query(DocumentQuery.all().textContaining(words.get(in.random.nextInt(words.size())))).size();
  }

  /** Documents whose title contains a random word, in force in a random county on a random day. */
  @Benchmark
  public int titleWordInRegionOnDay(Inputs in) {
    DivisionCode county = counties.get(in.random.nextInt(counties.size()));
    LocalDate day = LocalDate.of(2005, 1, 1).plusDays(in.random.nextInt(8000));
    return registry
        .query(
            DocumentQuery.all()
                .inRegion(county)
                .inForceOn(day)
                .titleContaining(words.get(in.random.nextInt(words.size()))))
        .size();
  }

  /** Whether a random document number was in force and published on a random day. */
  @Benchmark
  public boolean isInForceAndPublished(Inputs in) {
    LocalDate day = LocalDate.of(2005, 1, 1).plusDays(in.random.nextInt(8000));
    return registry.isInForceAndPublished(numbers.get(in.random.nextInt(numbers.size())), day);
  }
}
