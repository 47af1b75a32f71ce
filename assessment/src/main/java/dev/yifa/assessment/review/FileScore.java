package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case file's review score with its explanation: the scheme, the grade, the categories, every
 * deduction with the finding or mark behind it, the vetoes and the formula. Immutable and
 * thread-safe.
 *
 * @param scheme the id of the review scheme
 * @param subject the case file's id (the report's subject)
 * @param unit the unit (agency) the file belongs to, or null if unknown
 * @param total the points a flawless file scores
 * @param score the file's score, between 0 and {@code total}, scale 2
 * @param grade the id of the grade, e.g. {@code GOOD}
 * @param gradeName the grade's Chinese name, e.g. {@code 良好}
 * @param vetoes the vetoes that applied, in the order met, without repeats
 * @param categories the result of each category, in the scheme's order
 * @param deductions every deduction, findings first (in report order), then reviewer marks
 * @param formula how the score was reached, in words and numbers
 * @since 0.1
 */
public record FileScore(
    String scheme,
    String subject,
    @Nullable String unit,
    BigDecimal total,
    BigDecimal score,
    String grade,
    String gradeName,
    List<Veto> vetoes,
    List<CategoryScore> categories,
    List<Deduction> deductions,
    String formula) {

  /** Validates the components and copies the lists. */
  public FileScore {
    checkNotNull(scheme, "scheme");
    checkNotNull(subject, "subject");
    checkNotNull(total, "total");
    checkNotNull(score, "score");
    checkNotNull(grade, "grade");
    checkNotNull(gradeName, "gradeName");
    checkNotNull(formula, "formula");
    vetoes = List.copyOf(checkNotNull(vetoes, "vetoes"));
    categories = List.copyOf(checkNotNull(categories, "categories"));
    deductions = List.copyOf(checkNotNull(deductions, "deductions"));
  }

  /**
   * Returns the same score credited to a unit.
   *
   * @param unitName the unit
   * @return the score with {@code unit} set
   */
  public FileScore withUnit(@Nullable String unitName) {
    return new FileScore(scheme, subject, unitName, total, score, grade, gradeName, vetoes, categories, deductions, formula);
  }
}
