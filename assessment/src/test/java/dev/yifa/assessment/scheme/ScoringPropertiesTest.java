package dev.yifa.assessment.scheme;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The three laws of the issue, over the default county scheme and random data. */
class ScoringPropertiesTest {
  private static final AssessmentScheme SCHEME = AssessmentScheme.defaultCountyScheme();
  private static final AssessmentScorer SCORER = AssessmentScorer.of(SCHEME);
  private static final List<Indicator> LEAVES = List.copyOf(SCHEME.leavesByPointer().values());

  /** One unit's raw inputs: per leaf a pair of numbers and a flag; index 0 = numerator/value/count. */
  private static Gen<List<Integer>> unitInputs() {
    return lists().of(integers().between(0, 120)).ofSize(LEAVES.size() * 2);
  }

  private static UnitData unit(String id, List<Integer> in) {
    java.util.Map<String, IndicatorValue> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < LEAVES.size(); i++) {
      Indicator ind = LEAVES.get(i);
      int x = in.get(2 * i);
      int y = in.get(2 * i + 1);
      values.put(ind.id(), switch (ind.kind()) {
        case RATIO -> IndicatorValue.ratio(Math.min(x, y), y);
        case VALUE -> IndicatorValue.of(BigDecimal.valueOf(x));
        case COUNT -> IndicatorValue.count(x % 7);
        case YES_NO -> IndicatorValue.yes(x % 2 == 0);
        case VETO -> IndicatorValue.yes(x % 50 == 0);
        default -> throw new AssertionError();
      });
    }
    return new UnitData(id, "单位" + id, values);
  }

  /** Makes a unit better on indicator {@code i}: the raw input moves the right way. */
  private static List<Integer> improve(List<Integer> in, int i) {
    List<Integer> out = new ArrayList<>(in);
    Indicator ind = LEAVES.get(i);
    int x = in.get(2 * i);
    int y = in.get(2 * i + 1);
    boolean lower = ind.effectiveDirection() == Direction.LOWER_IS_BETTER;
    switch (ind.kind()) {
      case RATIO -> out.set(2 * i, lower ? Math.max(0, Math.min(x, y) - 1) : Math.min(x, y) + 1 > y ? Math.min(x, y) : Math.min(x, y) + 1);
      case VALUE -> out.set(2 * i, lower ? Math.max(0, x - 5) : x + 5);
      case COUNT -> out.set(2 * i, (x % 7) == 0 ? x : x - 1);
      case YES_NO -> out.set(2 * i, 0);
      case VETO -> out.set(2 * i, 1);
      default -> throw new AssertionError();
    }
    return out;
  }

  private static AssessmentData data(List<UnitData> units) {
    return new AssessmentData(AssessmentData.TYPE, SCHEME.id(), "2025", null, units);
  }

  @Test
  void property_aUnitBetterOnOneIndicatorAndNoWorseElsewhere_neverRanksLower() {
    qt().withExamples(200)
        .forAll(lists().of(unitInputs()).ofSizeBetween(2, 6), integers().between(0, LEAVES.size() - 1), integers().between(0, 5))
        .check((inputs, indicator, who) -> {
          int u = who % inputs.size();
          List<UnitData> before = new ArrayList<>();
          List<UnitData> after = new ArrayList<>();
          for (int j = 0; j < inputs.size(); j++) {
            before.add(unit("U" + j, inputs.get(j)));
            after.add(unit("U" + j, j == u ? improve(inputs.get(j), indicator) : inputs.get(j)));
          }
          AssessmentResult r0 = SCORER.score(data(before));
          AssessmentResult r1 = SCORER.score(data(after));
          return r1.rankOf(u) <= r0.rankOf(u) && r1.totalOf(u).compareTo(r0.totalOf(u)) >= 0;
        });
  }

  @Test
  void property_addingADeduction_neverRaisesAScore() {
    qt().forAll(unitInputs(), integers().between(0, LEAVES.size() - 1)).check((in, i) -> {
      Indicator ind = LEAVES.get(i);
      if (ind.kind() != IndicatorKind.COUNT || in.get(2 * i) % 7 == 6) {
        return true;
      }
      List<Integer> more = new ArrayList<>(in);
      more.set(2 * i, (in.get(2 * i) % 7) + 1); // one more item counted
      BigDecimal before = SCORER.score(data(List.of(unit("U", in)))).totalOf(0);
      BigDecimal after = SCORER.score(data(List.of(unit("U", more)))).totalOf(0);
      return after.compareTo(before) <= 0;
    });
  }

  @Test
  void property_scoresStayWithinEachIndicatorsBounds() {
    qt().withExamples(100).forAll(unitInputs(), booleans().all()).check((in, missing) -> {
      UnitData u = unit("U", in);
      if (missing) {
        java.util.Map<String, IndicatorValue> some = new java.util.LinkedHashMap<>(u.values());
        some.remove(LEAVES.get(in.get(0) % LEAVES.size()).id());
        u = new UnitData("U", "u", some);
      }
      UnitScore s = SCORER.score(data(List.of(u))).units().get(0);
      boolean leaves = s.indicators().stream().allMatch(i -> i.score().signum() >= 0 && i.score().compareTo(i.points()) <= 0);
      boolean groups = s.groups().stream().allMatch(g -> g.score().signum() >= 0 && g.score().compareTo(g.points()) <= 0);
      return leaves && groups && s.total().signum() >= 0 && s.total().compareTo(SCHEME.total()) <= 0;
    });
  }
}
