package dev.yifa.testkit;

import static java.util.Objects.requireNonNull;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.law.LawCatalog;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for instrument versions and citations over a {@link LawCatalog}.
 *
 * @since 0.1
 */
public final class LawGens {
  private LawGens() {}

  /**
   * Generates versions of the built-in catalog's instruments.
   *
   * @return the generator
   */
  public static Gen<InstrumentVersion> versions() {
    return versions(LawCatalog.builtIn());
  }

  /**
   * Generates versions of a catalog's instruments.
   *
   * @param catalog the catalog, with at least one instrument
   * @return the generator
   */
  public static Gen<InstrumentVersion> versions(LawCatalog catalog) {
    requireNonNull(catalog, "catalog");
    List<InstrumentVersion> all =
        catalog.instruments().stream().flatMap(i -> catalog.versions(i.id()).stream()).toList();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("catalog must have at least one version: " + catalog);
    }
    return SourceDSL.integers().between(0, all.size() - 1).map(all::get);
  }

  /**
   * Generates citations over the built-in catalog: any version, article 1 to 150, paragraph 0 to 4
   * and item 0 to 6 (0 meaning not narrowed). Articles beyond a version's last are included.
   *
   * @return the generator
   */
  public static Gen<Citation> citations() {
    return citations(LawCatalog.builtIn());
  }

  /**
   * Generates citations over a catalog: any version, article 1 to 150, paragraph 0 to 4 and item 0
   * to 6.
   *
   * @param catalog the catalog, with at least one instrument
   * @return the generator
   */
  public static Gen<Citation> citations(LawCatalog catalog) {
    Gen<InstrumentVersion> versions = versions(catalog);
    Gen<Integer> articles = SourceDSL.integers().between(1, 150);
    Gen<Integer> paragraphs = SourceDSL.integers().between(0, 4);
    Gen<Integer> items = SourceDSL.integers().between(0, 6);
    return versions
        .zip(articles, (v, a) -> v.article(a))
        .zip(paragraphs, (c, p) -> p == 0 ? c : c.paragraph(p))
        .zip(items, (c, i) -> i == 0 ? c : c.item(i));
  }
}
