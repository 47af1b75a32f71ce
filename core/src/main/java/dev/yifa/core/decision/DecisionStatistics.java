package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a county reports about its major decisions ("112 decisions sought public comment over
 * four years"): how many decisions performed each {@link DecisionStep}, by year and by decision
 * body. A decision's year is the year of its {@link MajorDecision#relevantDate()}.
 *
 * <p>Immutable and thread-safe; maps are unmodifiable and sorted (years ascending, bodies by name,
 * steps in procedure order).
 *
 * @since 0.1
 */
public final class DecisionStatistics {
  private final int total;
  private final Map<Integer, Long> byYear;
  private final Map<String, Long> byBody;
  private final Map<DecisionStep, Long> byStep;
  private final Map<Integer, Map<DecisionStep, Long>> byYearAndStep;
  private final Map<String, Map<DecisionStep, Long>> byBodyAndStep;

  private DecisionStatistics(
      int total,
      Map<Integer, Long> byYear,
      Map<String, Long> byBody,
      Map<DecisionStep, Long> byStep,
      Map<Integer, Map<DecisionStep, Long>> byYearAndStep,
      Map<String, Map<DecisionStep, Long>> byBodyAndStep) {
    this.total = total;
    this.byYear = byYear;
    this.byBody = byBody;
    this.byStep = byStep;
    this.byYearAndStep = byYearAndStep;
    this.byBodyAndStep = byBodyAndStep;
  }

  /**
   * Counts a collection of decisions.
   *
   * @param decisions the decisions
   * @return the statistics
   */
  public static DecisionStatistics of(Iterable<MajorDecision> decisions) {
    checkNotNull(decisions, "decisions");
    int total = 0;
    Map<Integer, Long> byYear = new TreeMap<>();
    Map<String, Long> byBody = new TreeMap<>();
    Map<DecisionStep, Long> byStep = new EnumMap<>(DecisionStep.class);
    Map<Integer, Map<DecisionStep, Long>> byYearAndStep = new TreeMap<>();
    Map<String, Map<DecisionStep, Long>> byBodyAndStep = new TreeMap<>();
    for (MajorDecision d : decisions) {
      checkNotNull(d, "decision");
      total++;
      int year = d.relevantDate().getYear();
      String body = d.decisionBody().name();
      byYear.merge(year, 1L, Long::sum);
      byBody.merge(body, 1L, Long::sum);
      Map<DecisionStep, Long> yearSteps =
          byYearAndStep.computeIfAbsent(year, y -> new EnumMap<>(DecisionStep.class));
      Map<DecisionStep, Long> bodySteps =
          byBodyAndStep.computeIfAbsent(body, b -> new EnumMap<>(DecisionStep.class));
      for (DecisionStep step : DecisionStep.values()) {
        if (step.performedIn(d)) {
          byStep.merge(step, 1L, Long::sum);
          yearSteps.merge(step, 1L, Long::sum);
          bodySteps.merge(step, 1L, Long::sum);
        }
      }
    }
    return new DecisionStatistics(
        total,
        Collections.unmodifiableMap(byYear),
        Collections.unmodifiableMap(byBody),
        Collections.unmodifiableMap(byStep),
        freeze(byYearAndStep),
        freeze(byBodyAndStep));
  }

  private static <K> Map<K, Map<DecisionStep, Long>> freeze(Map<K, Map<DecisionStep, Long>> m) {
    m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the number of decisions counted.
   *
   * @return the total
   */
  public int total() {
    return total;
  }

  /**
   * Returns the number of decisions per year.
   *
   * @return year → count
   */
  public Map<Integer, Long> byYear() {
    return byYear;
  }

  /**
   * Returns the number of decisions per decision body.
   *
   * @return body name → count
   */
  public Map<String, Long> byBody() {
    return byBody;
  }

  /**
   * Returns, per step, how many decisions performed it.
   *
   * @return step → count; steps no decision performed are absent
   */
  public Map<DecisionStep, Long> byStep() {
    return byStep;
  }

  /**
   * Returns, per year, how many decisions performed each step.
   *
   * @return year → step → count
   */
  public Map<Integer, Map<DecisionStep, Long>> byYearAndStep() {
    return byYearAndStep;
  }

  /**
   * Returns, per decision body, how many decisions performed each step.
   *
   * @return body name → step → count
   */
  public Map<String, Map<DecisionStep, Long>> byBodyAndStep() {
    return byBodyAndStep;
  }

  /**
   * Returns how many decisions of the years {@code fromYear} to {@code toYear} (inclusive)
   * performed a step.
   *
   * @param step the step, e.g. {@link DecisionStep#PUBLIC_COMMENT}
   * @param fromYear the first year
   * @param toYear the last year
   * @return the count
   */
  public long count(DecisionStep step, int fromYear, int toYear) {
    checkNotNull(step, "step");
    checkArgument(fromYear <= toYear, "fromYear must not be after toYear: %s > %s", fromYear, toYear);
    long n = 0;
    for (Map.Entry<Integer, Map<DecisionStep, Long>> e : byYearAndStep.entrySet()) {
      if (e.getKey() >= fromYear && e.getKey() <= toYear) {
        n += e.getValue().getOrDefault(step, 0L);
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "DecisionStatistics[total=" + total + ", byYear=" + byYear + ", byStep=" + byStep + "]";
  }
}
