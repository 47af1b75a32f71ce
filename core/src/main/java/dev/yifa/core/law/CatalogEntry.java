package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One instrument in a {@link LawCatalog} with its versions, ordered by the day they came into
 * force. Immutable and thread-safe.
 *
 * @param instrument the instrument
 * @param note why the catalog records the instrument the way it does (e.g. the choice of level), or
 *     {@code null}
 * @param citationStyle how the instrument divides its text (articles, or numbered parts only)
 * @param versions the versions, at least one, each of {@code instrument}
 * @since 0.1
 */
public record CatalogEntry(
    Instrument instrument,
    @Nullable String note,
    CitationStyle citationStyle,
    List<CatalogVersion> versions) {

  /**
   * Creates an entry for an instrument divided into articles.
   *
   * @param instrument the instrument
   * @param note the catalog's note, or {@code null}
   * @param versions the versions
   */
  public CatalogEntry(Instrument instrument, @Nullable String note, List<CatalogVersion> versions) {
    this(instrument, note, CitationStyle.ARTICLES, versions);
  }

  /** Validates the components and copies the list. */
  public CatalogEntry {
    checkNotNull(instrument, "instrument");
    checkNotNull(citationStyle, "citationStyle");
    versions = List.copyOf(checkNotNull(versions, "versions"));
    checkArgument(!versions.isEmpty(), "versions must not be empty: %s", instrument.id());
    for (CatalogVersion v : versions) {
      checkArgument(
          v.version().instrument().equals(instrument),
          "version %s belongs to %s, not %s",
          v.version().version(),
          v.version().instrument().id(),
          instrument.id());
    }
  }
}
