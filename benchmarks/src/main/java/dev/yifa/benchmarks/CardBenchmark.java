package dev.yifa.benchmarks;

import dev.yifa.assessment.card.AppealOutcome;
import dev.yifa.assessment.card.Card;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.Cards;
import dev.yifa.assessment.card.MisconductType;
import dev.yifa.assessment.card.Officer;
import dev.yifa.assessment.card.OfficerEvent;
import dev.yifa.assessment.card.OfficerEventType;
import dev.yifa.assessment.card.OfficerLog;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * All cards of a county as of a day: 800 officers (the seed county had about 800, Zhen'an 978;
 * practice.md §2.1) and a generated year's log of 20,000 events — certificates, training, exams,
 * cases handled, misconduct (about one event in twenty), appeals and corrections.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CardBenchmark -f 1 -wi 2 -w 2s -i 3 -r
 * 2s -t 1}. Target: all 800 cards well under a second (the issue); in practice milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CardBenchmark {
  static final int OFFICERS = 800;
  static final int EVENTS = 20_000;
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private final CardPolicy policy = CardPolicy.defaultPolicy();
  private OfficerLog log;
  private byte[] json;
  private Cards cards;

  /** Generates the log with a fixed seed, so runs are comparable. */
  @Setup
  public void setUp() {
    log = generate(policy, OFFICERS, EVENTS, 20251231L);
    json = log.toJson().getBytes(StandardCharsets.UTF_8);
    cards = Cards.of(log, policy);
  }

  /**
   * Generates a log of a year's events for a county.
   *
   * @param policy the policy whose misconduct types are used
   * @param officers the number of officers
   * @param events about how many events
   * @param seed the random seed
   * @return the log
   */
  public static OfficerLog generate(CardPolicy policy, int officers, int events, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MisconductType> types = policy.misconduct();
    List<Officer> people = new ArrayList<>(officers);
    List<OfficerEvent> out = new ArrayList<>(events + officers * 2);
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < officers; i++) {
      String id = String.format(java.util.Locale.ROOT, "ZA-%04d", i);
      people.add(Officer.of(id, "执法人员" + i, "镇安县第" + (i % 43) + "执法部门"));
      out.add(OfficerEvent.of("C" + i, id, LocalDate.of(2021, 3, 1), OfficerEventType.CERTIFICATE_ISSUED)
          .withCertificate("6110252021" + i, LocalDate.of(2027, 2, 28)));
    }
    int n = 0;
    List<OfficerEvent> misconduct = new ArrayList<>();
    while (out.size() < events) {
      String officer = people.get(random.nextInt(officers)).id();
      LocalDate day = start.plusDays(random.nextInt(365));
      String id = "E" + n++;
      int kind = random.nextInt(40);
      OfficerEvent e;
      if (kind < 2) {
        // mostly the lesser types: a few officers reach yellow, fewer red (practice.md §1.8, §2.1)
        MisconductType t = types.get(types.size() - 1 - random.nextInt(random.nextInt(50) == 0 ? types.size() : 8));
        e = OfficerEvent.misconduct(id, officer, day, t.code(), "督查通报 " + id);
        misconduct.add(e);
      } else if (kind == 2 && !misconduct.isEmpty()) {
        OfficerEvent target = misconduct.get(random.nextInt(misconduct.size()));
        e = OfficerEvent.appeal(id, target.officer(), target.date().plusDays(random.nextInt(20)), target.id(),
            random.nextBoolean() ? AppealOutcome.UPHELD : null);
      } else if (kind == 3) {
        e = OfficerEvent.of(id, officer, day, OfficerEventType.TRAINING_COMPLETED);
      } else if (kind == 4) {
        e = OfficerEvent.of(id, officer, day, OfficerEventType.EXAM_TAKEN).withPassed(random.nextInt(20) != 0);
      } else {
        e = OfficerEvent.of(id, officer, day, OfficerEventType.CASE_HANDLED).withCaseId("XS-" + id);
      }
      out.add(e);
    }
    return OfficerLog.of("bench", "611025", people, out);
  }

  /** Every officer's card, the log and policy already prepared. */
  @Benchmark
  public List<Card> allCards() {
    return cards.all(AS_OF);
  }

  /** Preparing the log under the policy, then every officer's card. */
  @Benchmark
  public List<Card> prepareAndAllCards() {
    return Cards.of(log, policy).all(AS_OF);
  }

  /** Reading and validating the 20,000-event JSON log, then every officer's card. */
  @Benchmark
  public List<Card> parseAndAllCards() {
    return Cards.of(OfficerLog.parse(json), policy).all(AS_OF);
  }
}
