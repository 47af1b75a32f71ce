package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit's files in a batch review: how many, their average score, and how many took each grade.
 * Immutable and thread-safe.
 *
 * @param unit the unit's name ({@value ReviewBatch#UNKNOWN_UNIT} when files named none)
 * @param files the number of files
 * @param average the average score, scale 2, half up
 * @param grades the number of files per grade id, in the scheme's order of grades
 * @since 0.1
 */
public record UnitSummary(String unit, int files, BigDecimal average, Map<String, Integer> grades) {
  /** Validates the components and copies the grades. */
  public UnitSummary {
    checkNotNull(unit, "unit");
    checkNotNull(average, "average");
    grades = Collections.unmodifiableMap(new LinkedHashMap<>(checkNotNull(grades, "grades")));
  }
}
