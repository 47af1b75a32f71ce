package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.law.Citation;
import dev.yifa.core.money.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The discretion benchmark for one violation (违法行为): its statutory basis and fine range, the
 * circumstance levels with their ranges, and the circumstances for no penalty (不予处罚), mitigation
 * (减轻), leniency (从轻) and severity (从重) — the columns of published benchmark tables
 * (reference/practice.md §6.2).
 *
 * <p>The statutory range is an amount range ({@code statutoryMin}/{@code statutoryMax}) and, where
 * the statute fines in multiples of the illegal gains, a multiple range ({@code
 * gainsMultipleMin}/{@code gainsMultipleMax}); e.g. 价格违法行为行政处罚规定第八条: up to 5× the gains,
 * ¥100 000–1 000 000 without gains. Levels are listed from the lightest to the heaviest. Immutable
 * and thread-safe.
 *
 * @param code the violation's code, unique in its benchmarks
 * @param name the violation's name
 * @param powerCode the code of the penalty power in a catalog this benchmark refines, if given
 * @param basis the provisions that define the violation and its penalty
 * @param statutoryMin the statute's lowest fine, if it sets one
 * @param statutoryMax the statute's highest fine, if it sets one
 * @param gainsMultipleMin the statute's lowest multiple of the illegal gains, if it sets one
 * @param gainsMultipleMax the statute's highest multiple of the illegal gains, if it sets one
 * @param levels the circumstance levels, lightest first, names unique
 * @param noPenaltyCircumstances circumstances in which no penalty is imposed (不予处罚)
 * @param mitigatingCircumstances circumstances for a mitigated penalty (减轻)
 * @param lenientCircumstances circumstances for a lighter penalty within the range (从轻)
 * @param aggravatingCircumstances circumstances for a heavier penalty within the range (从重)
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ViolationBenchmark(
    @JsonProperty(required = true) String code,
    @JsonProperty(required = true) String name,
    @Nullable String powerCode,
    @JsonProperty(required = true) List<Citation> basis,
    @Nullable Money statutoryMin,
    @Nullable Money statutoryMax,
    @Nullable BigDecimal gainsMultipleMin,
    @Nullable BigDecimal gainsMultipleMax,
    @JsonProperty(required = true) List<BenchmarkLevel> levels,
    List<String> noPenaltyCircumstances,
    List<String> mitigatingCircumstances,
    List<String> lenientCircumstances,
    List<String> aggravatingCircumstances) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a text is blank, a statutory minimum exceeds its maximum,
   *     there are no levels, or a level name repeats
   */
  public ViolationBenchmark {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(basis, "basis");
    checkNotNull(levels, "levels");
    checkArgument(!code.isBlank(), "code must not be blank");
    checkArgument(!name.isBlank(), "name must not be blank");
    checkArgument(
        statutoryMin == null || statutoryMax == null || !statutoryMin.isGreaterThan(statutoryMax),
        "statutoryMin %s is above statutoryMax %s",
        statutoryMin,
        statutoryMax);
    checkArgument(gainsMultipleMin == null || gainsMultipleMin.signum() >= 0, "gainsMultipleMin must not be negative: %s", gainsMultipleMin);
    checkArgument(
        gainsMultipleMin == null || gainsMultipleMax == null || gainsMultipleMin.compareTo(gainsMultipleMax) <= 0,
        "gainsMultipleMin %s is above gainsMultipleMax %s",
        gainsMultipleMin,
        gainsMultipleMax);
    checkArgument(!levels.isEmpty(), "levels must not be empty: violation %s", code);
    basis = copy(basis, "basis");
    levels = copy(levels, "levels");
    Set<String> names = new HashSet<>();
    for (BenchmarkLevel l : levels) {
      checkArgument(names.add(l.level()), "level %s appears twice in violation %s", l.level(), code);
    }
    noPenaltyCircumstances = copy(noPenaltyCircumstances, "noPenaltyCircumstances");
    mitigatingCircumstances = copy(mitigatingCircumstances, "mitigatingCircumstances");
    lenientCircumstances = copy(lenientCircumstances, "lenientCircumstances");
    aggravatingCircumstances = copy(aggravatingCircumstances, "aggravatingCircumstances");
  }

  private static <T> List<T> copy(@Nullable List<T> list, String name) {
    if (list == null) {
      return List.of();
    }
    list.forEach(t -> checkNotNull(t, name));
    return List.copyOf(list);
  }

  /**
   * Creates a benchmark with an amount range and levels, and no lists of circumstances.
   *
   * @param code the violation's code
   * @param name the violation's name
   * @param basis the statutory provisions
   * @param statutoryMin the statute's lowest fine, or null
   * @param statutoryMax the statute's highest fine, or null
   * @param levels the levels, lightest first
   * @return the benchmark
   */
  public static ViolationBenchmark of(
      String code,
      String name,
      List<Citation> basis,
      @Nullable Money statutoryMin,
      @Nullable Money statutoryMax,
      List<BenchmarkLevel> levels) {
    return new ViolationBenchmark(
        code, name, null, basis, statutoryMin, statutoryMax, null, null, levels,
        List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Returns a level by name.
   *
   * @param name the level's name
   * @return the level, or empty
   */
  public Optional<BenchmarkLevel> level(String name) {
    checkNotNull(name, "name");
    for (BenchmarkLevel l : levels) {
      if (l.level().equals(name)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the statutory fine range for a case.
   *
   * @param illegalGains the case's illegal gains, or null if none
   * @return multiples of the gains when the case has gains and the statute sets multiples, else the
   *     amount range
   */
  public FineRange statutoryRangeFor(@Nullable Money illegalGains) {
    return FineRange.of(statutoryMin, statutoryMax, gainsMultipleMin, gainsMultipleMax, illegalGains);
  }

  /**
   * Returns a copy with other levels.
   *
   * @param newLevels the levels
   * @return a new benchmark
   */
  public ViolationBenchmark withLevels(List<BenchmarkLevel> newLevels) {
    return new ViolationBenchmark(
        code, name, powerCode, basis, statutoryMin, statutoryMax, gainsMultipleMin, gainsMultipleMax,
        newLevels, noPenaltyCircumstances, mitigatingCircumstances, lenientCircumstances,
        aggravatingCircumstances);
  }
}
