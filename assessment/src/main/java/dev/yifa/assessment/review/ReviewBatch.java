package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reviews a batch of case files (a county's files for a year): per-file scores, per-unit averages
 * and grade counts, and the commonest defects. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewBatch {
  /** The unit name used for files that name none. */
  public static final String UNKNOWN_UNIT = "（未注明单位）";

  private ReviewBatch() {}

  /**
   * Reviews files.
   *
   * @param reviewer the reviewer with its scheme
   * @param files the files, in the order to report them
   * @return the result
   */
  public static ReviewBatchResult review(CaseFileReviewer reviewer, List<ReviewedFile> files) {
    checkNotNull(reviewer, "reviewer");
    checkNotNull(files, "files");
    List<FileScore> scores = new ArrayList<>(files.size());
    for (ReviewedFile f : files) {
      scores.add(reviewer.review(f.report(), f.marks(), f.unit()));
    }
    return summarise(reviewer.scheme(), scores);
  }

  /**
   * Summarises file scores already computed with one scheme.
   *
   * @param scheme the scheme the scores were computed with
   * @param scores the scores
   * @return the result
   */
  public static ReviewBatchResult summarise(ReviewScheme scheme, List<FileScore> scores) {
    checkNotNull(scheme, "scheme");
    checkNotNull(scores, "scores");
    Map<String, List<FileScore>> byUnit = new TreeMap<>();
    for (FileScore s : scores) {
      byUnit.computeIfAbsent(s.unit() == null ? UNKNOWN_UNIT : s.unit(), u -> new ArrayList<>()).add(s);
    }
    List<UnitSummary> units = new ArrayList<>();
    for (Map.Entry<String, List<FileScore>> e : byUnit.entrySet()) {
      units.add(summary(scheme, e.getKey(), e.getValue()));
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    Map<String, Deduction> firstSeen = new LinkedHashMap<>();
    for (FileScore s : scores) {
      Set<String> inFile = new HashSet<>();
      for (Deduction d : s.deductions()) {
        String key = d.ruleId() != null ? d.ruleId() : "reviewer: " + d.reason();
        firstSeen.putIfAbsent(key, d);
        points.merge(key, d.applied(), BigDecimal::add);
        if (inFile.add(key)) {
          counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
      }
    }
    List<DefectCount> defects = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Deduction d = firstSeen.get(e.getKey());
      defects.add(new DefectCount(e.getKey(), d.category(), d.reason(), e.getValue()[0], points.get(e.getKey())));
    }
    defects.sort(Comparator.comparingInt(DefectCount::files).reversed().thenComparing(DefectCount::key));
    return new ReviewBatchResult(scheme.id(), summary(scheme, "", scores), scores, units, defects);
  }

  private static UnitSummary summary(ReviewScheme scheme, String unit, List<FileScore> scores) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (GradeBand g : scheme.grades()) {
      grades.put(g.id(), 0);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (FileScore s : scores) {
      sum = sum.add(s.score());
      grades.merge(s.grade(), 1, Integer::sum);
    }
    BigDecimal average =
        scores.isEmpty()
            ? BigDecimal.ZERO.setScale(2)
            : sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    return new UnitSummary(unit, scores.size(), average, grades);
  }
}
