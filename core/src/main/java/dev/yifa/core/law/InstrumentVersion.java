package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a legal instrument, in force from {@code effectiveFrom} (inclusive) until {@code
 * effectiveUntil} (exclusive; {@code null} while still in force). Article numbers belong to a
 * version: the 2017 and 2021 penalty laws number the same provision differently, so a rule cites
 * a version. Immutable and thread-safe.
 *
 * @param instrument the instrument
 * @param version the version label, usually the year of adoption or revision, e.g. {@code 2021}
 * @param adoptedOn the day the version was adopted or promulgated
 * @param effectiveFrom the first day the version is in force
 * @param effectiveUntil the first day it is no longer in force, or {@code null}
 * @since 0.1
 */
public record InstrumentVersion(
    Instrument instrument,
    String version,
    LocalDate adoptedOn,
    LocalDate effectiveFrom,
    @Nullable LocalDate effectiveUntil) {

  /** Validates the components. */
  public InstrumentVersion {
    checkNotNull(instrument, "instrument");
    checkNotNull(version, "version");
    checkNotNull(adoptedOn, "adoptedOn");
    checkNotNull(effectiveFrom, "effectiveFrom");
    checkArgument(!version.isBlank(), "version must not be blank");
    checkArgument(
        effectiveUntil == null || effectiveUntil.isAfter(effectiveFrom),
        "effectiveUntil must be after effectiveFrom: %s <= %s",
        effectiveUntil,
        effectiveFrom);
  }

  /**
   * Tells whether this version is in force on a day.
   *
   * @param day the day
   * @return true if {@code effectiveFrom <= day < effectiveUntil}
   */
  public boolean isInForceOn(LocalDate day) {
    checkNotNull(day, "day");
    return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
  }

  /**
   * Cites an article of this version.
   *
   * @param article the article number, positive
   * @return the citation of the whole article
   */
  public Citation article(int article) {
    return new Citation(instrument, version, article, 0, 0);
  }
}
