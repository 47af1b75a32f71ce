package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.yifa.assessment.review.GradeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one period's data with one scheme: every unit's rank, total, grade and
 * explanation, and the awards. The numbers are computed eagerly; the explanations ({@link
 * #units()}) are built when first asked for. Serialises to JSON as {@code {scheme, title, period,
 * units, awards}}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AssessmentResult {
  static final byte FAIL = 1;
  static final byte NO_EXCELLENT = 2;

  private final AssessmentScorer scorer;
  private final PreparedData data;
  private final long[] scores;
  private final long[] cents;
  private final byte[] vetoes;
  private final int[] ranks;
  private volatile @Nullable List<UnitScore> units;

  AssessmentResult(AssessmentScorer scorer, PreparedData data, long[] scores, long[] cents, byte[] vetoes, int[] ranks) {
    this.scorer = scorer;
    this.data = data;
    this.scores = scores;
    this.cents = cents;
    this.vetoes = vetoes;
    this.ranks = ranks;
  }

  /**
   * Returns the scheme's id.
   *
   * @return the id
   */
  public String schemeId() {
    return scorer.scheme.id();
  }

  /**
   * Returns the period.
   *
   * @return e.g. {@code 2025}
   */
  public String period() {
    return data.data.period();
  }

  /**
   * Returns the number of units.
   *
   * @return the count
   */
  public int size() {
    return data.units;
  }

  /**
   * Returns the rank of the unit at an index of the data, without building explanations.
   *
   * @param unitIndex the unit's index in the data
   * @return the rank, 1 for the best
   */
  public int rankOf(int unitIndex) {
    return ranks[unitIndex];
  }

  /**
   * Returns the total of the unit at an index of the data, without building explanations.
   *
   * @param unitIndex the unit's index in the data
   * @return the total, scale 2
   */
  public BigDecimal totalOf(int unitIndex) {
    return BigDecimal.valueOf(cents[unitIndex], 2);
  }

  /**
   * Returns the grade of the unit at an index of the data.
   *
   * @param unitIndex the unit's index in the data
   * @return the grade band
   */
  public GradeBand gradeOf(int unitIndex) {
    List<GradeBand> grades = scorer.scheme.grades();
    if ((vetoes[unitIndex] & FAIL) != 0) {
      return grades.get(grades.size() - 1);
    }
    int g = grades.size() - 1;
    for (int i = 0; i < grades.size(); i++) {
      if (cents[unitIndex] >= scorer.gradeMinCents[i]) {
        g = i;
        break;
      }
    }
    if (g == 0 && (vetoes[unitIndex] & NO_EXCELLENT) != 0 && grades.size() > 1) {
      g = 1;
    }
    return grades.get(g);
  }

  /**
   * Returns every unit's result with its explanation, best rank first (ties by unit id).
   *
   * @return the units
   */
  public List<UnitScore> units() {
    List<UnitScore> u = units;
    if (u == null) {
      u = buildUnits();
      units = u;
    }
    return u;
  }

  /**
   * Returns one unit's result.
   *
   * @param unitId the unit's id
   * @return the result, or empty
   */
  public Optional<UnitScore> unit(String unitId) {
    checkNotNull(unitId, "unitId");
    return units().stream().filter(s -> s.unitId().equals(unitId)).findFirst();
  }

  /**
   * Returns the awards and who receives them.
   *
   * @return one result per award of the scheme, in the scheme's order
   */
  public List<AwardResult> awards() {
    List<AwardResult> out = new ArrayList<>();
    for (Award a : scorer.scheme.awards()) {
      List<Integer> order = order();
      List<String> ids = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int u : order) {
        if (qualifies(a, u)) {
          ids.add(data.data.units().get(u).id());
          names.add(data.data.units().get(u).name());
        }
      }
      String rule = "名次 ≤ " + a.topN() + "，未被否决" + (a.minGrade() == null ? "" : "，等次不低于 " + a.minGrade());
      out.add(new AwardResult(a.id(), a.name(), a.recordedIn(), rule, ids, names));
    }
    return List.copyOf(out);
  }

  private boolean qualifies(Award a, int u) {
    if (ranks[u] > a.topN() || (vetoes[u] & FAIL) != 0) {
      return false;
    }
    if (a.minGrade() == null) {
      return true;
    }
    List<GradeBand> grades = scorer.scheme.grades();
    int min = 0;
    for (int i = 0; i < grades.size(); i++) {
      if (grades.get(i).id().equals(a.minGrade())) {
        min = i;
      }
    }
    return grades.indexOf(gradeOf(u)) <= min;
  }

  private List<Integer> order() {
    List<Integer> order = new ArrayList<>();
    for (int u = 0; u < data.units; u++) {
      order.add(u);
    }
    order.sort(Comparator.<Integer>comparingInt(u -> ranks[u]).thenComparing(u -> data.data.units().get(u).id()));
    return order;
  }

  private List<UnitScore> buildUnits() {
    AssessmentScheme scheme = scorer.scheme;
    Map<String, Indicator> all = scheme.allByPointer();
    Map<String, String> groupPaths = new LinkedHashMap<>();
    Map<String, int[]> groupLeaves = new LinkedHashMap<>();
    for (String pointer : all.keySet()) {
      if (!all.get(pointer).isLeaf()) {
        groupPaths.put(pointer, scheme.idPath(pointer));
        groupLeaves.put(pointer, java.util.stream.IntStream.range(0, scorer.leaves)
            .filter(i -> scorer.pointers[i].startsWith(pointer + "/")).toArray());
      }
    }
    List<AwardResult> awards = awards();
    List<UnitScore> out = new ArrayList<>(data.units);
    for (int u : order()) {
      UnitData unit = data.data.units().get(u);
      List<IndicatorScore> indicators = new ArrayList<>(scorer.leaves);
      List<String> vetoList = new ArrayList<>();
      long raw = 0;
      for (int i = 0; i < scorer.leaves; i++) {
        int k = u * scorer.leaves + i;
        indicators.add(explain(i, unit.values().get(scorer.leaf[i].id()), scores[k]));
        raw += scores[k];
        if (scorer.kind[i] == IndicatorKind.VETO && data.present[k] && data.a[k] == 1) {
          vetoList.add(scorer.leaf[i].id() + ": " + scorer.leaf[i].veto());
        }
      }
      List<GroupScore> groups = new ArrayList<>();
      for (Map.Entry<String, Indicator> e : all.entrySet()) {
        if (e.getValue().isLeaf()) {
          continue;
        }
        long sum = 0;
        for (int i : groupLeaves.get(e.getKey())) {
          sum += scores[u * scorer.leaves + i];
        }
        groups.add(new GroupScore(groupPaths.get(e.getKey()), e.getValue().name(), e.getValue().points(), show(sum)));
      }
      GradeBand grade = gradeOf(u);
      StringBuilder formula = new StringBuilder("Σ 各指标得分 = ").append(show(raw).toPlainString());
      if ((vetoes[u] & FAIL) != 0) {
        formula.append("；一票否决 ").append(String.join(", ", vetoList)).append(" → 0");
      } else if ((vetoes[u] & NO_EXCELLENT) != 0) {
        formula.append("；否决 ").append(String.join(", ", vetoList)).append(" → 不得评为").append(scheme.grades().get(0).name());
      }
      formula.append(" → ").append(grade.name()).append("（≥").append(grade.min().toPlainString()).append("）；第 ")
          .append(ranks[u]).append(" 名");
      List<String> unitAwards = new ArrayList<>();
      for (AwardResult a : awards) {
        if (a.unitIds().contains(unit.id())) {
          unitAwards.add(a.name());
        }
      }
      out.add(new UnitScore(ranks[u], unit.id(), unit.name(), totalOf(u), grade.id(), grade.name(), vetoList, unitAwards,
          formula.toString(), groups, indicators));
    }
    return List.copyOf(out);
  }

  private IndicatorScore explain(int i, @Nullable IndicatorValue v, long score) {
    Indicator ind = scorer.leaf[i];
    String path = scorer.paths[i];
    Map<String, String> inputs = new LinkedHashMap<>();
    List<ItemDeduction> deductions = new ArrayList<>();
    String pts = ind.points().toPlainString();
    String formula;
    if (v == null) {
      formula = ind.kind() == IndicatorKind.VETO ? "无数据，视为未发生" : "无数据 → 0";
    } else {
      if (v.note() != null) {
        inputs.put("note", v.note());
      }
      switch (ind.kind()) {
        case RATIO, VALUE -> {
          String r;
          if (ind.kind() == IndicatorKind.RATIO) {
            inputs.put("numerator", plain(v.numerator()));
            inputs.put("denominator", plain(v.denominator()));
            if (v.denominator() == null || v.denominator().signum() == 0) {
              formula = "分母为 0（无可计） → " + (ind.fullWhenNone() ? "满分 " + pts : "0");
              break;
            }
            r = v.numerator().divide(v.denominator(), 4, RoundingMode.HALF_UP).toPlainString();
            inputs.put("ratio", r);
            r = plain(v.numerator()) + " / " + plain(v.denominator()) + " = " + r;
          } else {
            inputs.put("value", plain(v.value()));
            r = plain(v.value());
          }
          formula = (ind.kind() == IndicatorKind.RATIO ? "比率 " : "数值 ") + r + "；" + scorer.bands[i] + " = " + show(score).toPlainString();
          if (score < scorer.points[i]) {
            deductions.add(new ItemDeduction("未达目标 " + ind.target().toPlainString(), show(scorer.points[i] - score), null));
          }
        }
        case COUNT -> {
          long count = v.items() != null ? v.items().size() : v.count() == null ? 0 : v.count();
          inputs.put("count", Long.toString(count));
          String per = ind.perItem().toPlainString();
          formula = pts + " − min(" + ind.effectiveCap().toPlainString() + ", " + count + " × " + per + ") = " + show(score).toPlainString();
          long left = scorer.cap[i];
          for (int j = 0; j < count && left > 0; j++) {
            long off = Math.min(left, scorer.perItem[i]);
            left -= off;
            String item = v.items() != null ? v.items().get(j) : null;
            deductions.add(new ItemDeduction("每项扣 " + per + "（上限 " + ind.effectiveCap().toPlainString() + "）", show(off), item));
          }
        }
        case YES_NO -> {
          inputs.put("yes", String.valueOf(v.yes()));
          formula = (Boolean.TRUE.equals(v.yes()) ? "是 → " + pts : "否 → 0");
          if (!Boolean.TRUE.equals(v.yes()) && scorer.points[i] > 0) {
            deductions.add(new ItemDeduction("未达到：" + ind.name(), ind.points(), null));
          }
        }
        case GRADED -> {
          inputs.put("level", String.valueOf(v.level()));
          formula = "等级 " + v.level() + " → " + show(score).toPlainString();
        }
        case VETO -> {
          inputs.put("yes", String.valueOf(v.yes()));
          formula = Boolean.TRUE.equals(v.yes()) ? "发生 → 一票否决（" + ind.veto() + "）" : "未发生";
        }
        default -> throw new AssertionError(ind.kind());
      }
    }
    return new IndicatorScore(path, scorer.pointers[i], ind.name(), ind.kind(), ind.points(), show(score), inputs, formula, deductions);
  }

  private static String plain(@Nullable BigDecimal v) {
    return v == null ? "—" : v.toPlainString();
  }

  static BigDecimal show(long fixed) {
    return BigDecimal.valueOf(fixed, 4).setScale(2, RoundingMode.HALF_UP);
  }

  @JsonValue
  View view() {
    return new View(schemeId(), scorer.scheme.title(), period(), units(), awards());
  }

  /** The JSON shape of a result. */
  record View(String scheme, String title, String period, List<UnitScore> units, List<AwardResult> awards) {}

  @Override
  public String toString() {
    return "AssessmentResult[" + schemeId() + ", " + period() + ", " + size() + " units]";
  }
}
