package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * A citation of an article of one version of a legal instrument, optionally narrowed to a
 * paragraph (款) and an item (项). Renders the Chinese form {@code
 * 《中华人民共和国行政处罚法》第六十三条第一款第（二）项} and an English form. Immutable and thread-safe.
 *
 * @param instrument the cited instrument
 * @param version the version label, e.g. {@code 2021}
 * @param article the article number (条), positive
 * @param paragraph the paragraph number (款), or 0 for the whole article
 * @param item the item number (项), or 0 for the whole paragraph or article
 * @since 0.1
 */
public record Citation(Instrument instrument, String version, int article, int paragraph, int item)
    implements Comparable<Citation> {

  private static final Comparator<Citation> ORDER =
      Comparator.comparing((Citation c) -> c.instrument().id())
          .thenComparing(Citation::version)
          .thenComparingInt(Citation::article)
          .thenComparingInt(Citation::paragraph)
          .thenComparingInt(Citation::item)
          // Ties between different instruments that share an id, so that order agrees with equals.
          .thenComparing((Citation c) -> c.instrument().titleZh())
          .thenComparing((Citation c) -> c.instrument().titleEn())
          .thenComparing((Citation c) -> c.instrument().level())
          .thenComparing((Citation c) -> c.instrument().issuer());

  /** Validates the components. */
  public Citation {
    checkNotNull(instrument, "instrument");
    checkNotNull(version, "version");
    checkArgument(!version.isBlank(), "version must not be blank");
    checkArgument(article > 0, "article must be positive: %s", article);
    checkArgument(paragraph >= 0, "paragraph must not be negative: %s", paragraph);
    checkArgument(item >= 0, "item must not be negative: %s", item);
  }

  /**
   * Narrows the citation to a paragraph.
   *
   * @param paragraph the paragraph number, positive
   * @return a new citation
   */
  public Citation paragraph(int paragraph) {
    checkArgument(paragraph > 0, "paragraph must be positive: %s", paragraph);
    return new Citation(instrument, version, article, paragraph, item);
  }

  /**
   * Narrows the citation to an item.
   *
   * @param item the item number, positive
   * @return a new citation
   */
  public Citation item(int item) {
    checkArgument(item > 0, "item must be positive: %s", item);
    return new Citation(instrument, version, article, paragraph, item);
  }

  /**
   * Renders the Chinese form, e.g. {@code 《中华人民共和国行政处罚法》第六十三条第一款第（二）项}.
   *
   * @return the Chinese citation
   */
  public String toChinese() {
    StringBuilder sb = new StringBuilder(instrument.citedTitle());
    CitationStyle style = style();
    if (style == CitationStyle.NUMBERED_POINTS) {
      // A document of running points (国办发〔2018〕37号): the article number names point (n).
      return sb.append("第（").append(ChineseNumerals.of(article)).append("）项").toString();
    }
    if (style == CitationStyle.PARTS) {
      sb.append('第').append(ChineseNumerals.of(article)).append("部分");
      if (item > 0) {
        sb.append("第（").append(ChineseNumerals.of(item)).append("）项");
      }
      return sb.toString();
    }
    sb.append('第').append(ChineseNumerals.of(article)).append('条');
    if (paragraph > 0) {
      sb.append('第').append(ChineseNumerals.of(paragraph)).append('款');
    }
    if (item > 0) {
      sb.append("第（").append(ChineseNumerals.of(item)).append("）项");
    }
    return sb.toString();
  }

  /**
   * Returns how the cited instrument divides its text, as the built-in law catalog records it;
   * instruments the catalog does not know have articles.
   */
  private CitationStyle style() {
    return LawCatalog.builtIn()
        .entry(instrument.id())
        .filter(e -> e.instrument().equals(instrument))
        .map(CatalogEntry::citationStyle)
        .orElse(CitationStyle.ARTICLES);
  }

  /**
   * Renders the English form, e.g. {@code Administrative Penalty Law of the People's Republic of
   * China (2021), Article 63(1)(2)} for article 63, paragraph 1, item 2, and {@code …, Article 9,
   * item (2)} for an item cited without a paragraph.
   *
   * @return the English citation
   */
  public String toEnglish() {
    StringBuilder sb = new StringBuilder(instrument.titleEn());
    CitationStyle style = style();
    if (style == CitationStyle.NUMBERED_POINTS) {
      return sb.append(" (").append(version).append("), point (").append(article).append(')').toString();
    }
    if (style == CitationStyle.PARTS) {
      sb.append(" (").append(version).append("), part ").append(article);
      return item > 0 ? sb.append(", point (").append(item).append(')').toString() : sb.toString();
    }
    sb.append(" (").append(version).append("), Article ").append(article);
    if (paragraph > 0) {
      sb.append('(').append(paragraph).append(')');
    }
    if (item > 0) {
      // Article 9(1)(2) is paragraph 1, item 2; an item of an article without numbered paragraphs
      // is written "Article 9, item (2)" so that it cannot be read as paragraph 2.
      sb.append(paragraph > 0 ? "(" : ", item (").append(item).append(')');
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Citation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return toChinese() + " [" + instrument.id() + "@" + version + "]";
  }
}
