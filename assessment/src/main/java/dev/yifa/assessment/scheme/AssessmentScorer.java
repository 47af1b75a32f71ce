package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidInputException;
import dev.yifa.core.InvalidRuleException;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores units with an {@link AssessmentScheme}: each leaf indicator turns a unit's datum into
 * points by its kind, a unit's total is the sum, vetoes apply, grades follow the scheme's bands,
 * and units rank by total (equal totals share a rank, the next rank skips). Arithmetic is exact
 * fixed point with four decimals; totals are compared and shown with two (half up). Every number
 * comes back with its explanation ({@link AssessmentResult#units()}).
 *
 * <p>A scheme the {@code scheme/2021.1} rules find unlawful (e.g. scoring units by fine revenue) is
 * refused. Missing data for an indicator earns no points (a missing veto datum means it did not
 * occur). Immutable and thread-safe.
 *
 * <pre>{@code
 * AssessmentScorer scorer = AssessmentScorer.of(AssessmentScheme.defaultCountyScheme());
 * AssessmentResult result = scorer.score(data);
 * result.units().get(0).rank();  // 1
 * }</pre>
 *
 * @since 0.1
 */
public final class AssessmentScorer {
  /** Fixed-point scale: four decimals. */
  static final long S = 10_000;

  final AssessmentScheme scheme;
  final Report schemeReport;
  final int leaves;
  final String[] pointers;
  /** Per leaf: the path of ids, e.g. {@code /enforcement/certified-officers}. */
  final String[] paths;
  /** Per leaf of kind RATIO or VALUE: the band and formula in words, with {@code x} for the input. */
  final String[] bands;
  final Indicator[] leaf;
  final IndicatorKind[] kind;
  final long[] points;
  final long[] target;
  final long[] zeroAt;
  final boolean[] lower;
  final boolean[] fullWhenNone;
  final long[] perItem;
  final long[] cap;
  final long[][] levelPoints;
  final Map<String, Integer> leafIndex;
  final long[] gradeMinCents;

  private AssessmentScorer(AssessmentScheme scheme, Report schemeReport) {
    this.scheme = scheme;
    this.schemeReport = schemeReport;
    Map<String, Indicator> byPointer = scheme.leavesByPointer();
    leaves = byPointer.size();
    pointers = byPointer.keySet().toArray(new String[0]);
    leaf = byPointer.values().toArray(new Indicator[0]);
    kind = new IndicatorKind[leaves];
    paths = new String[leaves];
    bands = new String[leaves];
    points = new long[leaves];
    target = new long[leaves];
    zeroAt = new long[leaves];
    lower = new boolean[leaves];
    fullWhenNone = new boolean[leaves];
    perItem = new long[leaves];
    cap = new long[leaves];
    levelPoints = new long[leaves][];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < leaves; i++) {
      Indicator ind = leaf[i];
      index.put(ind.id(), i);
      paths[i] = scheme.idPath(pointers[i]);
      if (ind.target() != null) {
        String t = ind.target().toPlainString();
        String z = ind.effectiveZeroAt().toPlainString();
        String p = ind.points().toPlainString();
        bands[i] = ind.effectiveDirection() == Direction.LOWER_IS_BETTER
            ? "≤ " + t + " 满分，≥ " + z + " 不得分，之间按线性：" + p + " × (" + z + " − x) / (" + z + " − " + t + ")"
            : "≥ " + t + " 满分，≤ " + z + " 不得分，之间按线性：" + p + " × (x − " + z + ") / (" + t + " − " + z + ")";
      }
      kind[i] = ind.kind();
      points[i] = fixed(ind.points());
      lower[i] = ind.effectiveDirection() == Direction.LOWER_IS_BETTER;
      fullWhenNone[i] = ind.fullWhenNone();
      if (ind.target() != null) {
        target[i] = fixed(ind.target());
        zeroAt[i] = fixed(ind.effectiveZeroAt());
      }
      if (ind.perItem() != null) {
        perItem[i] = fixed(ind.perItem());
        cap[i] = fixed(ind.effectiveCap());
      }
      levelPoints[i] = new long[ind.levels().size()];
      for (int l = 0; l < ind.levels().size(); l++) {
        levelPoints[i][l] = fixed(ind.levels().get(l).points());
      }
    }
    leafIndex = Map.copyOf(index);
    gradeMinCents = new long[scheme.grades().size()];
    for (int g = 0; g < gradeMinCents.length; g++) {
      gradeMinCents[g] = scheme.grades().get(g).min().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }
  }

  /**
   * Creates a scorer after checking the scheme with the {@code scheme/2021.1} rules.
   *
   * @param scheme the scheme
   * @return the scorer
   * @throws InvalidRuleException if the rules find the scheme unlawful (an ERROR finding, e.g.
   *     {@code APL-074-fines-tied-to-assessment}); its rule id and message name the finding
   */
  public static AssessmentScorer of(AssessmentScheme scheme) {
    checkNotNull(scheme, "scheme");
    Report report = SchemeRules.check(scheme);
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        throw new InvalidRuleException(
            f.ruleId(),
            "scheme " + scheme.id() + " rejected: " + f.ruleId() + " " + f.message().en() + " (" + f.paths() + ")");
      }
    }
    return new AssessmentScorer(scheme, report);
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme
   */
  public AssessmentScheme scheme() {
    return scheme;
  }

  /**
   * Returns the report of the scheme's check (no ERROR findings, or the scorer would not exist).
   *
   * @return the report
   */
  public Report schemeReport() {
    return schemeReport;
  }

  /**
   * Checks data against the scheme and lays it out for scoring.
   *
   * @param data the data
   * @return the prepared data
   * @throws InvalidInputException if the data is for another scheme, names an unknown indicator, or
   *     lacks or misshapes a field the indicator's kind needs (pointer into the data document)
   */
  public PreparedData prepare(AssessmentData data) {
    checkNotNull(data, "data");
    if (!data.scheme().equals(scheme.id())) {
      throw Indicator.bad("/scheme", "\"" + scheme.id() + "\"", "data for scheme '" + data.scheme() + "', not '" + scheme.id() + "'");
    }
    int n = data.units().size();
    long[] a = new long[n * leaves];
    long[] b = new long[n * leaves];
    boolean[] present = new boolean[n * leaves];
    for (int u = 0; u < n; u++) {
      UnitData unit = data.units().get(u);
      for (Map.Entry<String, IndicatorValue> e : unit.values().entrySet()) {
        String p = "/units/" + u + "/values/" + e.getKey();
        Integer li = leafIndex.get(e.getKey());
        if (li == null) {
          throw Indicator.bad(p, "the id of one of the scheme's leaf indicators", "unknown indicator '" + e.getKey() + "'");
        }
        int i = li;
        int k = u * leaves + i;
        IndicatorValue v = e.getValue();
        switch (kind[i]) {
          case RATIO -> {
            a[k] = datum(p + "/numerator", v.numerator());
            b[k] = datum(p + "/denominator", v.denominator());
          }
          case VALUE -> a[k] = datum(p + "/value", v.value());
          case COUNT -> {
            Integer count = v.count();
            if (v.items() != null) {
              if (count != null && count != v.items().size()) {
                throw Indicator.bad(p + "/count", "the number of items " + v.items().size(), "count " + count + " does not match the items");
              }
              count = v.items().size();
            }
            if (count == null || count < 0) {
              throw Indicator.bad(p + "/count", "a count of at least 0, or items", "indicator '" + e.getKey() + "' (COUNT) needs count or items");
            }
            a[k] = count;
          }
          case YES_NO, VETO -> {
            if (v.yes() == null) {
              throw Indicator.bad(p + "/yes", "true or false", "indicator '" + e.getKey() + "' (" + kind[i] + ") needs yes");
            }
            a[k] = v.yes() ? 1 : 0;
          }
          case GRADED -> {
            int found = -1;
            List<Level> levels = leaf[i].levels();
            for (int l = 0; l < levels.size(); l++) {
              if (levels.get(l).level().equals(v.level())) {
                found = l;
              }
            }
            if (found < 0) {
              throw Indicator.bad(p + "/level", "one of " + levels.stream().map(Level::level).toList(), "unknown level '" + v.level() + "'");
            }
            a[k] = found;
          }
          default -> throw new AssertionError(kind[i]);
        }
        present[k] = true;
      }
    }
    return new PreparedData(this, data, a, b, present);
  }

  /**
   * Scores data.
   *
   * @param data the data
   * @return the result
   * @throws InvalidInputException as {@link #prepare}
   */
  public AssessmentResult score(AssessmentData data) {
    return score(prepare(data));
  }

  /**
   * Scores prepared data: the fast path, for scoring the same data under many schemes or often.
   *
   * @param prepared data prepared by this scorer
   * @return the result
   */
  public AssessmentResult score(PreparedData prepared) {
    checkNotNull(prepared, "prepared");
    if (prepared.scorer != this) {
      throw new IllegalArgumentException("prepared data belongs to another scorer: " + prepared.scorer.scheme.id());
    }
    int n = prepared.units;
    long[] scores = new long[n * leaves];
    long[] cents = new long[n];
    byte[] vetoes = new byte[n];
    for (int u = 0; u < n; u++) {
      long total = 0;
      byte veto = 0;
      int base = u * leaves;
      for (int i = 0; i < leaves; i++) {
        int k = base + i;
        long s = leafScore(i, prepared.present[k], prepared.a[k], prepared.b[k]);
        scores[k] = s;
        total += s;
        if (kind[i] == IndicatorKind.VETO && prepared.present[k] && prepared.a[k] == 1) {
          veto |= leaf[i].veto() == VetoEffect.FAIL ? AssessmentResult.FAIL : AssessmentResult.NO_EXCELLENT;
        }
      }
      vetoes[u] = veto;
      cents[u] = (veto & AssessmentResult.FAIL) != 0 ? 0 : (total + 50) / 100;
    }
    return new AssessmentResult(this, prepared, scores, cents, vetoes, ranks(cents));
  }

  long leafScore(int i, boolean present, long a, long b) {
    if (!present) {
      return 0;
    }
    long pts = points[i];
    switch (kind[i]) {
      case RATIO:
        if (b == 0) {
          return fullWhenNone[i] ? pts : 0;
        }
        return linear(i, mulDiv(a, S, b));
      case VALUE:
        return linear(i, a);
      case COUNT:
        return pts - countDeduction(i, a);
      case YES_NO:
        return a == 1 ? pts : 0;
      case GRADED:
        return levelPoints[i][(int) a];
      default:
        return 0;
    }
  }

  long countDeduction(int i, long count) {
    long c = cap[i];
    return count > c / perItem[i] ? c : Math.min(c, count * perItem[i]);
  }

  /** Ratio or value {@code r} (fixed point) to points by the indicator's linear band. */
  long linear(int i, long r) {
    long t = target[i];
    long z = zeroAt[i];
    long pts = points[i];
    if (!lower[i]) {
      if (r >= t) {
        return pts;
      }
      if (r <= z) {
        return 0;
      }
      return mulDiv(pts, r - z, t - z);
    }
    if (r <= t) {
      return pts;
    }
    if (r >= z) {
      return 0;
    }
    return mulDiv(pts, z - r, z - t);
  }

  /** {@code round_half_up(a * b / c)} for {@code a, b >= 0}, {@code c > 0}, without overflow. */
  static long mulDiv(long a, long b, long c) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (hi == 0 && lo >= 0) {
      long q = lo / c;
      long r = lo % c;
      return r * 2 >= c ? q + 1 : q;
    }
    return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
        .divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** Competition ranking: equal totals share a rank and the next rank skips ("1, 1, 3"). */
  static int[] ranks(long[] cents) {
    int n = cents.length;
    long[] keys = new long[n];
    for (int u = 0; u < n; u++) {
      keys[u] = (cents[u] << 21) | u;
    }
    Arrays.sort(keys);
    int[] rank = new int[n];
    int position = 0;
    long previous = Long.MIN_VALUE;
    int previousRank = 0;
    for (int j = n - 1; j >= 0; j--) {
      position++;
      long c = keys[j] >>> 21;
      int u = (int) (keys[j] & ((1 << 21) - 1));
      int r = c == previous ? previousRank : position;
      rank[u] = r;
      previous = c;
      previousRank = r;
    }
    return rank;
  }

  static long fixed(BigDecimal v) {
    return v.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static long datum(String pointer, @org.jspecify.annotations.Nullable BigDecimal v) {
    if (v == null) {
      throw Indicator.bad(pointer, "a number of at least 0", "required datum is missing");
    }
    if (v.signum() < 0 || v.compareTo(Indicator.LIMIT) > 0) {
      throw Indicator.bad(pointer, "a number between 0 and " + Indicator.LIMIT, "datum out of range: " + v.toPlainString());
    }
    if (v.stripTrailingZeros().scale() > 4) {
      throw Indicator.bad(pointer, "a number with at most 4 decimals", "too many decimals: " + v.toPlainString());
    }
    return fixed(v);
  }

  @Override
  public String toString() {
    return "AssessmentScorer[" + scheme.id() + ", " + leaves + " indicators]";
  }
}
