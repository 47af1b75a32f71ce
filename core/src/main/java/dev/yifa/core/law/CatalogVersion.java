package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A version of an instrument as a {@link LawCatalog} records it: the version itself and where its
 * dates come from. Immutable and thread-safe.
 *
 * @param version the version with its effective interval
 * @param source where the dates were verified (a primary text, a gazette, a report), never blank
 * @param articles the number of articles of this version, or 0 when the catalog does not know it
 * @param documentNumber the promulgating document's number, e.g. {@code 中华人民共和国国务院令第713号}, or
 *     {@code null} when not recorded
 * @since 0.1
 */
public record CatalogVersion(
    InstrumentVersion version, String source, int articles, @Nullable String documentNumber) {

  /** Validates the components. */
  public CatalogVersion {
    checkNotNull(version, "version");
    checkNotNull(source, "source");
    checkArgument(!source.isBlank(), "source must not be blank");
    checkArgument(articles >= 0, "articles must not be negative: %s", articles);
    checkArgument(
        documentNumber == null || !documentNumber.isBlank(), "documentNumber must not be blank");
  }

  /**
   * Tells whether the catalog knows how many articles this version has.
   *
   * @return true if {@link #articles()} is positive
   */
  public boolean knowsArticleCount() {
    return articles > 0;
  }
}
