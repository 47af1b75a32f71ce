package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.internal.Texts;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.CatalogJson.CatalogDoc;
import dev.yifa.core.law.CatalogJson.InstrumentDoc;
import dev.yifa.core.law.CatalogJson.VersionDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A catalog of legal instruments and their versions: which instruments exist, which version was in
 * force on a day, and citations that are checked against the versions that exist.
 *
 * <p>{@link #builtIn()} holds the national instruments Yifa's rules cite (the catalog in {@code
 * dev/yifa/core/law/catalog.json}, each version with the source of its dates). Embedders add their
 * own instruments — local regulations, departmental rules, normative documents — from JSON in the
 * same shape ({@code /schemas/law-catalog.schema.json}):
 *
 * <pre>{@code
 * LawCatalog mine = LawCatalog.builtIn().extendedWith(LawCatalog.fromJson(in));
 * }</pre>
 *
 * <p>A catalog guarantees: instrument ids and Chinese titles are unique; the version labels of an
 * instrument are unique; the versions of an instrument do not overlap in time, so at most one is in
 * force on any day. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LawCatalog {
  private static final String SHORT_TITLE_PREFIX = "中华人民共和国";

  private final List<CatalogEntry> entries;
  private final Map<String, CatalogEntry> byId;
  private final Map<String, Instrument> byTitle;
  private final Map<String, Instrument> byShortTitle;

  private LawCatalog(List<CatalogEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, CatalogEntry> ids = new LinkedHashMap<>();
    Map<String, Instrument> titles = new HashMap<>();
    for (CatalogEntry e : this.entries) {
      ids.put(e.instrument().id(), e);
      titles.put(e.instrument().titleZh(), e.instrument());
    }
    // Short titles (《行政处罚法》 for 《中华人民共和国行政处罚法》) resolve only when unambiguous.
    Map<String, Instrument> shortTitles = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (CatalogEntry e : this.entries) {
      String title = e.instrument().titleZh();
      if (title.startsWith(SHORT_TITLE_PREFIX) && title.length() > SHORT_TITLE_PREFIX.length()) {
        String shortTitle = title.substring(SHORT_TITLE_PREFIX.length());
        if (titles.containsKey(shortTitle) || shortTitles.put(shortTitle, e.instrument()) != null) {
          ambiguous.add(shortTitle);
        }
      }
    }
    shortTitles.keySet().removeAll(ambiguous);
    this.byId = Map.copyOf(ids);
    this.byTitle = Map.copyOf(titles);
    this.byShortTitle = Map.copyOf(shortTitles);
  }

  /**
   * Returns the built-in catalog of national instruments, loaded once from {@code
   * dev/yifa/core/law/catalog.json}.
   *
   * @return the built-in catalog
   */
  public static LawCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  private static final class BuiltIn {
    static final LawCatalog CATALOG = load();

    private static LawCatalog load() {
      try (InputStream in = LawCatalog.class.getResourceAsStream("catalog.json")) {
        if (in == null) {
          throw new IllegalStateException("built-in law catalog missing: dev/yifa/core/law/catalog.json");
        }
        return fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a catalog from JSON in the shape of {@code /schemas/law-catalog.schema.json}. The stream
   * is not closed.
   *
   * @param in the JSON document, UTF-8
   * @return the catalog
   * @throws InvalidInputException if the document does not fit the shape, an instrument id or title
   *     is repeated, a version label is repeated, or two versions of an instrument overlap in time;
   *     the exception's pointer names the offending field
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static LawCatalog fromJson(InputStream in) {
    checkNotNull(in, "in");
    return fromDoc(YifaJson.read(in, CatalogDoc.class));
  }

  /**
   * Reads a catalog from JSON text; see {@link #fromJson(InputStream)}.
   *
   * @param json the JSON document
   * @return the catalog
   * @throws InvalidInputException if the document does not fit, as for {@link
   *     #fromJson(InputStream)}
   */
  public static LawCatalog fromJson(String json) {
    checkNotNull(json, "json");
    return fromDoc(YifaJson.read(json, CatalogDoc.class));
  }

  private static LawCatalog fromDoc(CatalogDoc doc) {
    List<CatalogEntry> entries = new ArrayList<>();
    for (int i = 0; i < doc.instruments().size(); i++) {
      entries.add(toEntry(doc.instruments().get(i), "/instruments/" + i));
    }
    return validated(entries);
  }

  /**
   * Builds a catalog from entries, checking the same invariants as {@link #fromJson(InputStream)}.
   *
   * @param entries the entries, in the order {@link #entries()} returns them
   * @return the catalog
   * @throws InvalidInputException if an id or title is repeated, a version label is repeated or two
   *     versions overlap; the pointer is that of the JSON form ({@code /instruments/<i>/…})
   */
  public static LawCatalog of(Collection<CatalogEntry> entries) {
    checkNotNull(entries, "entries");
    return validated(List.copyOf(entries));
  }

  private static CatalogEntry toEntry(InstrumentDoc doc, String pointer) {
    Instrument instrument;
    try {
      instrument = new Instrument(doc.id(), doc.titleZh(), doc.titleEn(), doc.level(), doc.issuer());
    } catch (IllegalArgumentException e) {
      String field = e.getMessage() != null && e.getMessage().startsWith("titleZh") ? "titleZh" : "id";
      throw new InvalidInputException(
          pointer + "/" + field, "a valid " + field, "at " + pointer + "/" + field + ": " + e.getMessage(), null, e);
    }
    if (doc.versions().isEmpty()) {
      throw new InvalidInputException(
          pointer + "/versions", "at least one version", "at " + pointer + "/versions: instrument '" + doc.id() + "' has no versions");
    }
    List<CatalogVersion> versions = new ArrayList<>();
    for (int j = 0; j < doc.versions().size(); j++) {
      VersionDoc v = doc.versions().get(j);
      String at = pointer + "/versions/" + j;
      InstrumentVersion version;
      try {
        version = new InstrumentVersion(instrument, v.version(), v.adoptedOn(), v.effectiveFrom(), v.effectiveUntil());
      } catch (IllegalArgumentException e) {
        String field = v.version().isBlank() ? "version" : "effectiveUntil";
        throw new InvalidInputException(at + "/" + field, "a valid " + field, "at " + at + "/" + field + ": " + e.getMessage(), null, e);
      }
      int articles = v.articles() == null ? 0 : v.articles();
      if (articles < 0 || v.source().isBlank() || (v.documentNumber() != null && v.documentNumber().isBlank())) {
        String field = articles < 0 ? "articles" : v.source().isBlank() ? "source" : "documentNumber";
        throw new InvalidInputException(
            at + "/" + field,
            articles < 0 ? "a positive number of articles" : "a non-blank string",
            "at " + at + "/" + field + ": invalid value");
      }
      versions.add(new CatalogVersion(version, v.source(), articles, v.documentNumber()));
    }
    return new CatalogEntry(
        instrument,
        doc.note(),
        doc.citationStyle() == null ? CitationStyle.ARTICLES : doc.citationStyle(),
        versions);
  }

  private static LawCatalog validated(List<CatalogEntry> entries) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> titles = new HashMap<>();
    List<CatalogEntry> sorted = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogEntry e = checkNotNull(entries.get(i), "entries[%s]", i);
      String pointer = "/instruments/" + i;
      Integer previous = ids.putIfAbsent(e.instrument().id(), i);
      if (previous != null) {
        throw new InvalidInputException(
            pointer + "/id",
            "an instrument id not already in the catalog",
            Texts.format(
                "at %s/id: duplicate instrument id '%s' (already at /instruments/%d)",
                pointer, e.instrument().id(), previous));
      }
      previous = titles.putIfAbsent(e.instrument().titleZh(), i);
      if (previous != null) {
        throw new InvalidInputException(
            pointer + "/titleZh",
            "a title not already in the catalog",
            Texts.format(
                "at %s/titleZh: duplicate title '%s' of instrument '%s' (already at /instruments/%d)",
                pointer, e.instrument().titleZh(), e.instrument().id(), previous));
      }
      sorted.add(new CatalogEntry(e.instrument(), e.note(), e.citationStyle(), checkVersions(e, pointer)));
    }
    return new LawCatalog(sorted);
  }

  /** Checks labels are unique and intervals do not overlap; returns the versions in time order. */
  private static List<CatalogVersion> checkVersions(CatalogEntry e, String pointer) {
    List<CatalogVersion> versions = e.versions();
    Map<String, Integer> labels = new HashMap<>();
    for (int j = 0; j < versions.size(); j++) {
      Integer previous = labels.putIfAbsent(versions.get(j).version().version(), j);
      if (previous != null) {
        throw new InvalidInputException(
            pointer + "/versions/" + j + "/version",
            "a version label not used by another version of the instrument",
            Texts.format(
                "at %s/versions/%d/version: duplicate version '%s' of instrument '%s'",
                pointer, j, versions.get(j).version().version(), e.instrument().id()));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < versions.size(); j++) {
      order.add(j);
    }
    order.sort(Comparator.comparing((Integer j) -> versions.get(j).version().effectiveFrom()));
    List<CatalogVersion> result = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      InstrumentVersion current = versions.get(order.get(k)).version();
      if (k > 0) {
        InstrumentVersion before = versions.get(order.get(k - 1)).version();
        LocalDate until = before.effectiveUntil();
        if (until == null || until.isAfter(current.effectiveFrom())) {
          throw new InvalidInputException(
              pointer + "/versions/" + order.get(k) + "/effectiveFrom",
              "a version interval that does not overlap another version of the instrument",
              Texts.format(
                  "at %s/versions/%d/effectiveFrom: version '%s' of instrument '%s' (from %s) overlaps"
                      + " version '%s' (from %s until %s)",
                  pointer,
                  order.get(k),
                  current.version(),
                  e.instrument().id(),
                  current.effectiveFrom(),
                  before.version(),
                  before.effectiveFrom(),
                  until == null ? "still in force" : until.toString()));
        }
      }
      result.add(versions.get(order.get(k)));
    }
    return result;
  }

  /**
   * Returns a catalog holding this catalog's instruments followed by {@code other}'s.
   *
   * @param other the instruments to add, e.g. an embedder's local regulations
   * @return the combined catalog
   * @throws InvalidInputException if {@code other} has an instrument whose id or title is already in
   *     this catalog; the pointer ({@code /instruments/<i>/id}) is that of the instrument in {@code
   *     other}'s JSON form, and the message names the id
   */
  public LawCatalog extendedWith(LawCatalog other) {
    checkNotNull(other, "other");
    for (int i = 0; i < other.entries.size(); i++) {
      Instrument instrument = other.entries.get(i).instrument();
      String pointer = "/instruments/" + i;
      if (byId.containsKey(instrument.id())) {
        throw new InvalidInputException(
            pointer + "/id",
            "an instrument id not already in the catalog",
            Texts.format("at %s/id: instrument id '%s' is already in the catalog", pointer, instrument.id()));
      }
      if (byTitle.containsKey(instrument.titleZh())) {
        throw new InvalidInputException(
            pointer + "/titleZh",
            "a title not already in the catalog",
            Texts.format(
                "at %s/titleZh: title '%s' of instrument '%s' is already in the catalog (as '%s')",
                pointer, instrument.titleZh(), instrument.id(), byTitle.get(instrument.titleZh()).id()));
      }
    }
    List<CatalogEntry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new LawCatalog(all);
  }

  /**
   * Returns every entry, in the order the catalog was built.
   *
   * @return the entries, unmodifiable
   */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /**
   * Returns every instrument, in the order the catalog was built.
   *
   * @return the instruments, unmodifiable
   */
  public List<Instrument> instruments() {
    return entries.stream().map(CatalogEntry::instrument).toList();
  }

  /**
   * Returns the entry of an instrument.
   *
   * @param instrumentId the instrument id
   * @return the entry, or empty if the catalog has no such instrument
   */
  public Optional<CatalogEntry> entry(String instrumentId) {
    checkNotNull(instrumentId, "instrumentId");
    return Optional.ofNullable(byId.get(instrumentId));
  }

  /**
   * Returns an instrument by id.
   *
   * @param instrumentId the instrument id, e.g. {@code administrative-penalty-law}
   * @return the instrument, or empty if the catalog has no such instrument
   */
  public Optional<Instrument> instrument(String instrumentId) {
    return entry(instrumentId).map(CatalogEntry::instrument);
  }

  /**
   * Returns an instrument by id, which must exist.
   *
   * @param instrumentId the instrument id
   * @return the instrument
   * @throws NoSuchElementException if the catalog has no such instrument
   */
  public Instrument require(String instrumentId) {
    return requireEntry(instrumentId).instrument();
  }

  private CatalogEntry requireEntry(String instrumentId) {
    return entry(instrumentId)
        .orElseThrow(() -> new NoSuchElementException("no instrument with id '" + instrumentId + "' in the catalog"));
  }

  /**
   * Returns the versions of an instrument, in the order they came into force.
   *
   * @param instrumentId the instrument id
   * @return the versions, unmodifiable; empty if the catalog has no such instrument
   */
  public List<InstrumentVersion> versions(String instrumentId) {
    return entry(instrumentId)
        .map(e -> e.versions().stream().map(CatalogVersion::version).toList())
        .orElse(List.of());
  }

  /**
   * Returns a version of an instrument together with the source of its dates.
   *
   * @param instrumentId the instrument id
   * @param version the version label, e.g. {@code 2021}
   * @return the cataloged version, or empty if there is no such instrument or version
   */
  public Optional<CatalogVersion> catalogVersion(String instrumentId, String version) {
    checkNotNull(version, "version");
    return entry(instrumentId)
        .flatMap(e -> e.versions().stream().filter(v -> v.version().version().equals(version)).findFirst());
  }

  /**
   * Returns a version of an instrument.
   *
   * @param instrumentId the instrument id
   * @param version the version label, e.g. {@code 2021}
   * @return the version, or empty if there is no such instrument or version
   */
  public Optional<InstrumentVersion> version(String instrumentId, String version) {
    return catalogVersion(instrumentId, version).map(CatalogVersion::version);
  }

  /**
   * Returns a version of an instrument, which must exist.
   *
   * @param instrumentId the instrument id
   * @param version the version label
   * @return the version
   * @throws NoSuchElementException if there is no such instrument or version; the message lists the
   *     versions that exist
   */
  public InstrumentVersion requireVersion(String instrumentId, String version) {
    checkNotNull(version, "version");
    CatalogEntry e = requireEntry(instrumentId);
    return version(instrumentId, version)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    Texts.format(
                        "instrument '%s' has no version '%s'; known versions: %s",
                        instrumentId,
                        version,
                        e.versions().stream().map(v -> v.version().version()).toList())));
  }

  /**
   * Returns the version of an instrument in force on a day: the one with {@code effectiveFrom <= day
   * < effectiveUntil}. On the day a new version takes effect the new version is returned.
   *
   * @param instrumentId the instrument id
   * @param day the day
   * @return the version, or empty if there is no such instrument or no version was in force that day
   */
  public Optional<InstrumentVersion> versionInForceOn(String instrumentId, LocalDate day) {
    checkNotNull(day, "day");
    return versions(instrumentId).stream().filter(v -> v.isInForceOn(day)).findFirst();
  }

  /**
   * Finds an instrument by its Chinese title, with or without book-title marks ({@code 《》}). The
   * short title without {@code 中华人民共和国} is accepted too when no other instrument has it.
   *
   * @param titleZh the title, e.g. {@code 《中华人民共和国行政处罚法》}, {@code 中华人民共和国行政处罚法} or
   *     {@code 行政处罚法}
   * @return the instrument, or empty if none has that title
   */
  public Optional<Instrument> byTitle(String titleZh) {
    checkNotNull(titleZh, "titleZh");
    String title = titleZh.strip();
    if (title.startsWith("《") && title.endsWith("》") && title.length() >= 2) {
      title = title.substring(1, title.length() - 1).strip();
    }
    Instrument found = byTitle.get(title);
    return Optional.ofNullable(found != null ? found : byShortTitle.get(title));
  }

  /**
   * Cites an article of a version, checking that the instrument and version exist and, when the
   * catalog knows the number of articles, that the article does.
   *
   * @param instrumentId the instrument id
   * @param version the version label
   * @param article the article number, positive
   * @return the citation of the whole article
   * @throws NoSuchElementException if there is no such instrument or version
   * @throws IllegalArgumentException if the article is not positive or beyond the version's last
   */
  public Citation citation(String instrumentId, String version, int article) {
    checkNotNull(instrumentId, "instrumentId");
    checkNotNull(version, "version");
    checkArgument(article > 0, "article must be positive: %s", article);
    InstrumentVersion v = requireVersion(instrumentId, version);
    CatalogVersion cv = catalogVersion(instrumentId, version).orElseThrow();
    checkArgument(
        !cv.knowsArticleCount() || article <= cv.articles(),
        "article must be at most %s in %s version %s: %s",
        cv.articles(),
        instrumentId,
        version,
        article);
    return v.article(article);
  }

  /**
   * Writes this catalog as JSON in the shape {@link #fromJson(String)} reads.
   *
   * @return the JSON document
   */
  public String toJson() {
    List<InstrumentDoc> docs = new ArrayList<>();
    for (CatalogEntry e : entries) {
      Instrument i = e.instrument();
      List<VersionDoc> versions = new ArrayList<>();
      for (CatalogVersion cv : e.versions()) {
        InstrumentVersion v = cv.version();
        versions.add(
            new VersionDoc(
                v.version(),
                v.adoptedOn(),
                v.effectiveFrom(),
                v.effectiveUntil(),
                cv.source(),
                cv.knowsArticleCount() ? cv.articles() : null,
                cv.documentNumber()));
      }
      docs.add(
          new InstrumentDoc(
              i.id(),
              i.titleZh(),
              i.titleEn(),
              i.level(),
              i.issuer(),
              e.note(),
              e.citationStyle() == CitationStyle.ARTICLES ? null : e.citationStyle(),
              versions));
    }
    try {
      return YifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(new CatalogDoc(docs));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the law catalog as JSON", e);
    }
  }

  /**
   * Returns a Jackson module that reads {@link Citation}s against this catalog, so that citations
   * of an embedder's own instruments resolve by title, and writes them as {@link CitationJson} says.
   * Register it after {@code YifaModule} (e.g. on {@code YifaJson.mapper().copy()}); it replaces the
   * citation reader that uses {@link #builtIn()}.
   *
   * @return a new module
   */
  public SimpleModule jsonModule() {
    // A distinct name per module: Jackson ignores a second registration of a module name.
    SimpleModule module =
        new SimpleModule("yifa-law-catalog-" + Integer.toHexString(System.identityHashCode(this)));
    module.addSerializer(Citation.class, new CitationJson.Serializer());
    module.addDeserializer(Citation.class, new CitationJson.Deserializer(this));
    return module;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LawCatalog other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "LawCatalog" + entries.stream().map(e -> e.instrument().id()).toList();
  }
}
