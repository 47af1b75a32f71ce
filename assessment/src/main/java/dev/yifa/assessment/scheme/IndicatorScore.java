package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score on one leaf indicator with its explanation: where the indicator sits, its kind,
 * the inputs, the formula with the numbers filled in, and each deduction with the item behind it.
 * Immutable and thread-safe.
 *
 * @param path the path of indicator ids, e.g. {@code /enforcement/certified-officers}
 * @param pointer the indicator's JSON pointer in the scheme document
 * @param name the indicator's Chinese name
 * @param kind the indicator's kind
 * @param points the points the indicator carries
 * @param score the points earned, between 0 and {@code points}, scale 2
 * @param inputs the data used, by name, as text
 * @param formula the formula with its numbers
 * @param deductions each deduction, possibly empty
 * @since 0.1
 */
public record IndicatorScore(
    String path,
    String pointer,
    String name,
    IndicatorKind kind,
    BigDecimal points,
    BigDecimal score,
    Map<String, String> inputs,
    String formula,
    List<ItemDeduction> deductions) {
  /** Validates the components and copies the collections. */
  public IndicatorScore {
    checkNotNull(path, "path");
    checkNotNull(pointer, "pointer");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(points, "points");
    checkNotNull(score, "score");
    checkNotNull(formula, "formula");
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(checkNotNull(inputs, "inputs")));
    deductions = List.copyOf(checkNotNull(deductions, "deductions"));
  }
}
