package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidInputException;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores case files with a {@link ReviewScheme}: each finding of the file's report is priced by
 * the first deduction item whose rule glob matches its rule id (once per rule per file), an ERROR
 * finding no item names costs the scheme's default deduction, a WARNING one its warning deduction;
 * then the reviewer's marks are added. Deductions stop at zero within each category. A {@link
 * Veto#ZERO_AND_FAIL} veto sets the score to zero and the lowest grade; {@link Veto#NO_EXCELLENT}
 * bars the top grade. NOTICE findings cost nothing unless an item names their rule.
 *
 * <pre>{@code
 * FileScore s = CaseFileReviewer.of(ReviewScheme.defaultScheme()).review(report);
 * s.score();  // 85.00
 * s.deductions().get(0).ruleId();  // APL-044-notice-incomplete
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseFileReviewer {
  private static final int SCALE = 2;

  private final ReviewScheme scheme;
  private final Pattern[] patterns;
  private final Map<String, Integer> categoryIndex;

  private CaseFileReviewer(ReviewScheme scheme) {
    this.scheme = scheme;
    this.patterns = new Pattern[scheme.deductions().size()];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = DeductionItem.glob(scheme.deductions().get(i).rule());
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < scheme.categories().size(); i++) {
      index.put(scheme.categories().get(i).id(), i);
    }
    this.categoryIndex = Map.copyOf(index);
  }

  /**
   * Creates a reviewer for a scheme.
   *
   * @param scheme the review scheme
   * @return the reviewer
   */
  public static CaseFileReviewer of(ReviewScheme scheme) {
    checkNotNull(scheme, "scheme");
    return new CaseFileReviewer(scheme);
  }

  /**
   * Returns the scheme.
   *
   * @return the review scheme
   */
  public ReviewScheme scheme() {
    return scheme;
  }

  /**
   * Scores a case file from its report alone.
   *
   * @param report the report of the case file's check
   * @return the score with its explanation
   */
  public FileScore review(Report report) {
    return review(report, List.of(), null);
  }

  /**
   * Scores a case file from its report and a reviewer's marks.
   *
   * @param report the report of the case file's check
   * @param marks the reviewer's marks, possibly empty
   * @param unit the unit the file belongs to, or null
   * @return the score with its explanation
   * @throws InvalidInputException if a mark names a category the scheme does not have (pointer
   *     {@code /marks/<i>/category})
   */
  public FileScore review(Report report, List<ReviewerMark> marks, @Nullable String unit) {
    checkNotNull(report, "report");
    checkNotNull(marks, "marks");
    int n = scheme.categories().size();
    BigDecimal[] remaining = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      remaining[i] = scheme.categories().get(i).points();
    }
    List<Deduction> deductions = new ArrayList<>();
    Set<Veto> vetoes = new LinkedHashSet<>();
    List<String> vetoCauses = new ArrayList<>();
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      String ruleId = e.getKey();
      int match = matchOf(ruleId);
      if (match >= 0) {
        DeductionItem d = scheme.deductions().get(match);
        BigDecimal applied = deduct(remaining, d.category(), d.points());
        deductions.add(deduction(e.getValue(), worst(e.getValue()), d.category(), d.points(), applied, d.rule(), d.reason(), d.veto()));
        if (d.veto() != null) {
          vetoes.add(d.veto());
          vetoCauses.add(d.veto() + " (" + ruleId + ")");
        }
        continue;
      }
      // A rule the scheme does not name costs the default deduction of each severity it reached, so
      // that a further finding only ever adds deductions.
      for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
        DefaultDeduction d = severity == Severity.ERROR ? scheme.defaultDeduction() : scheme.warningDeduction();
        List<Finding> of = new ArrayList<>();
        for (Finding f : e.getValue()) {
          if (f.severity() == severity) {
            of.add(f);
          }
        }
        if (d == null || of.isEmpty()) {
          continue;
        }
        BigDecimal applied = deduct(remaining, d.category(), d.points());
        String item = severity == Severity.ERROR ? "defaultDeduction" : "warningDeduction";
        deductions.add(deduction(of, severity, d.category(), d.points(), applied, item, of.get(0).message().zh(), null));
      }
    }
    for (int i = 0; i < marks.size(); i++) {
      ReviewerMark m = marks.get(i);
      Integer ci = categoryIndex.get(m.category());
      if (ci == null) {
        throw new InvalidInputException(
            "/marks/" + i + "/category",
            "one of the scheme's categories " + categoryIndex.keySet(),
            "unknown category '" + m.category() + "' (at /marks/" + i + "/category)");
      }
      BigDecimal applied = m.points().min(remaining[ci]);
      remaining[ci] = remaining[ci].subtract(applied);
      deductions.add(
          new Deduction(m.category(), m.points(), applied, m.reason(), null, null, null, List.of(), List.of(), m.reviewer(), m.veto()));
      if (m.veto() != null) {
        vetoes.add(m.veto());
        vetoCauses.add(m.veto() + " (" + (m.reviewer() == null ? "reviewer" : m.reviewer()) + ")");
      }
    }
    List<CategoryScore> categories = new ArrayList<>(n);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      ReviewCategory c = scheme.categories().get(i);
      BigDecimal left = remaining[i].setScale(SCALE, RoundingMode.HALF_UP);
      categories.add(new CategoryScore(c.id(), c.name(), c.points(), c.points().subtract(remaining[i]), left));
      sum = sum.add(remaining[i]);
    }
    BigDecimal raw = sum.setScale(SCALE, RoundingMode.HALF_UP);
    BigDecimal total = scheme.total();
    StringBuilder formula = new StringBuilder();
    formula.append(total.toPlainString()).append(" − ").append(total.subtract(raw).setScale(SCALE, RoundingMode.HALF_UP).toPlainString())
        .append(" = ").append(raw.toPlainString()).append("（各类扣完为止）");
    BigDecimal score = raw;
    List<GradeBand> grades = scheme.grades();
    GradeBand grade;
    if (vetoes.contains(Veto.ZERO_AND_FAIL)) {
      score = BigDecimal.ZERO.setScale(SCALE);
      grade = grades.get(grades.size() - 1);
      formula.append("；否决 ").append(String.join(", ", vetoCauses)).append(" → 0");
    } else {
      grade = scheme.gradeOf(score);
      if (vetoes.contains(Veto.NO_EXCELLENT) && grade.equals(grades.get(0)) && grades.size() > 1) {
        grade = grades.get(1);
        formula.append("；否决 ").append(String.join(", ", vetoCauses)).append(" → 不得评为").append(grades.get(0).name());
      }
    }
    formula.append(" → ").append(grade.name()).append("（≥").append(grade.min().toPlainString()).append("）");
    return new FileScore(
        scheme.id(), report.subject(), unit, total, score, grade.id(), grade.name(),
        List.copyOf(vetoes), categories, deductions, formula.toString());
  }

  private BigDecimal deduct(BigDecimal[] remaining, String category, BigDecimal points) {
    int ci = categoryIndex.get(category);
    BigDecimal applied = points.min(remaining[ci]);
    remaining[ci] = remaining[ci].subtract(applied);
    return applied;
  }

  private static Deduction deduction(
      List<Finding> findings,
      Severity severity,
      String category,
      BigDecimal points,
      BigDecimal applied,
      String item,
      String reason,
      @Nullable Veto veto) {
    Finding first = findings.get(0);
    Set<String> paths = new LinkedHashSet<>();
    for (Finding f : findings) {
      paths.addAll(f.paths());
    }
    List<String> citations = new ArrayList<>(first.citations().size());
    for (Citation c : first.citations()) {
      citations.add(c.toChinese());
    }
    return new Deduction(category, points, applied, reason, item, first.ruleId(), severity, citations, List.copyOf(paths), null, veto);
  }

  private int matchOf(String ruleId) {
    for (int i = 0; i < patterns.length; i++) {
      if (patterns[i].matcher(ruleId).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static Severity worst(List<Finding> findings) {
    Severity worst = Severity.NOTICE;
    for (Finding f : findings) {
      if (f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
    return worst;
  }

  @Override
  public String toString() {
    return "CaseFileReviewer[" + scheme.id() + "]";
  }
}
