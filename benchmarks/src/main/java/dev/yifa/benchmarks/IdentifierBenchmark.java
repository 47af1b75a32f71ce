package dev.yifa.benchmarks;

import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import java.util.Locale;
import java.util.Optional;
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
 * Validation throughput of the non-throwing identifier checks on valid values (the hot path of
 * Bean Validation and of rule packs): {@code check} returns the shared empty {@code Optional} and
 * {@code isValid} a boolean, neither allocating. Target: 20 million values a second on one core.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IdentifierBenchmark -f 1 -wi 2 -w 2s -i 3
 * -r 2s -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdentifierBenchmark {
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int SIZE = 1024;

  private final String[] usccs = new String[SIZE];
  private final String[] residentIds = new String[SIZE];
  private int next;

  /** Builds 1024 distinct valid values of each kind, so branch predictors see varied input. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < SIZE; i++) {
      StringBuilder body = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        body.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
      }
      String first17 = "91" + (360000 + random.nextInt(1, 99) * 100 + random.nextInt(1, 99))
          + body + UnifiedSocialCreditCode.organisationCodeCheckCharacter(body);
      usccs[i] = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
      String r17 = String.format(Locale.ROOT, "3604%02d%04d%02d%02d%03d", random.nextInt(1, 99),
          random.nextInt(1930, 2020), random.nextInt(1, 13), random.nextInt(1, 29), random.nextInt(1000));
      residentIds[i] = r17 + ResidentIdNumber.checkCharacter(r17);
      if (!UnifiedSocialCreditCode.isValid(usccs[i]) || !ResidentIdNumber.isValid(residentIds[i])) {
        throw new IllegalStateException("benchmark input invalid: " + usccs[i]);
      }
    }
  }

  private int index() {
    next = (next + 1) & (SIZE - 1);
    return next;
  }

  /**
   * USCC via {@code check}.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public Optional<?> usccCheck() {
    return UnifiedSocialCreditCode.check(usccs[index()]);
  }

  /**
   * USCC via {@code isValid}.
   *
   * @return the result
   */
  @Benchmark
  public boolean usccIsValid() {
    return UnifiedSocialCreditCode.isValid(usccs[index()]);
  }

  /**
   * Resident id via {@code check}.
   *
   * @return the result
   */
  @Benchmark
  public Optional<?> residentIdCheck() {
    return ResidentIdNumber.check(residentIds[index()]);
  }

  /**
   * Resident id via {@code isValid}.
   *
   * @return the result
   */
  @Benchmark
  public boolean residentIdIsValid() {
    return ResidentIdNumber.isValid(residentIds[index()]);
  }

  /**
   * USCC via {@code parse}, which allocates the value: for comparison.
   *
   * @return the result
   */
  @Benchmark
  public UnifiedSocialCreditCode usccParse() {
    return UnifiedSocialCreditCode.parse(usccs[index()]);
  }
}
