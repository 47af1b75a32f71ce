package dev.yifa.core.law;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yifa.core.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a law catalog ({@code /schemas/law-catalog.schema.json}). Missing required
 * fields are reported with the pointer of the field, relative to the object that lacks it; {@code
 * YifaJson} prefixes the path to the object.
 */
final class CatalogJson {
  private CatalogJson() {}

  static <T> T required(@Nullable T value, String field, String expected) {
    if (value == null) {
      throw new InvalidInputException("/" + field, expected, "missing field '" + field + "'");
    }
    return value;
  }

  static <T> List<T> noNulls(List<T> list, String field, String expected) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new InvalidInputException("/" + field + "/" + i, expected, "null in field '" + field + "' at index " + i);
      }
    }
    return List.copyOf(list);
  }

  /** A whole catalog document. */
  record CatalogDoc(List<InstrumentDoc> instruments) {
    CatalogDoc {
      instruments = noNulls(required(instruments, "instruments", "an array of instruments"), "instruments", "an instrument");
    }
  }

  /** One instrument and its versions. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record InstrumentDoc(
      String id,
      String titleZh,
      String titleEn,
      InstrumentLevel level,
      String issuer,
      @Nullable String note,
      @Nullable CitationStyle citationStyle,
      List<VersionDoc> versions) {
    InstrumentDoc {
      required(id, "id", "an instrument id: lower-case words joined by hyphens");
      required(titleZh, "titleZh", "the Chinese title");
      required(titleEn, "titleEn", "the English title");
      required(level, "level", "an instrument level, e.g. LAW");
      required(issuer, "issuer", "the issuing body");
      versions = noNulls(required(versions, "versions", "an array of versions"), "versions", "a version");
    }
  }

  /** One version of an instrument. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VersionDoc(
      String version,
      LocalDate adoptedOn,
      LocalDate effectiveFrom,
      @Nullable LocalDate effectiveUntil,
      String source,
      @Nullable Integer articles,
      @Nullable String documentNumber) {
    VersionDoc {
      required(version, "version", "a version label, e.g. 2021");
      required(adoptedOn, "adoptedOn", "a date in ISO-8601 form (2025-03-01)");
      required(effectiveFrom, "effectiveFrom", "a date in ISO-8601 form (2025-03-01)");
      required(source, "source", "where the dates were verified");
    }
  }
}
