package dev.yifa.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for dates.
 *
 * @since 0.1
 */
public final class DateGens {
  private DateGens() {}

  /**
   * Generates dates from {@code first} to {@code last}, both included, shrinking toward
   * {@code first}.
   *
   * @param first the earliest date
   * @param last the latest date, not before {@code first}
   * @return the generator
   */
  public static Gen<LocalDate> between(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last must not be before first: %s < %s", last, first);
    long start = first.toEpochDay();
    return SourceDSL.longs().between(start, last.toEpochDay()).map(LocalDate::ofEpochDay);
  }
}
