package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.internal.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Citation}, as {@code FORMATS.md} names it ({@code
 * /schemas/citation.schema.json}):
 *
 * <pre>{@code
 * { "instrument": "中华人民共和国食品安全法", "level": "LAW", "version": "2021",
 *   "article": 124, "paragraph": 1, "item": 2 }
 * }</pre>
 *
 * <p>{@code instrument} is the Chinese title (book-title marks allowed on reading); {@code
 * paragraph} and {@code item} are omitted when 0. Reading resolves the title against a {@link
 * LawCatalog} ({@link LawCatalog#byTitle(String)}): a known title gives the catalog's instrument,
 * and {@code level}, if present, must be that instrument's level. An unknown title (an embedder's
 * own instrument) needs {@code level}, and gives an instrument whose id is {@link
 * #derivedId(String)} of the title, whose English title is the Chinese title and whose issuer is
 * empty. The version is not checked against the catalog: a citation of a version that does not
 * exist is a finding for a rule to report, not malformed input. A {@code text} field, as reports
 * write it, is accepted and must equal {@link Citation#toChinese()}.
 *
 * @since 0.1
 */
public final class CitationJson {
  private static final List<String> FIELDS =
      List.of("instrument", "level", "version", "article", "paragraph", "item", "text");

  private CitationJson() {}

  /**
   * Returns the id given to an instrument known only by its Chinese title: {@code custom-} and the
   * first 16 hex digits of the SHA-256 of the title (UTF-8, without book-title marks). Stable across
   * runs and machines.
   *
   * @param titleZh the Chinese title, without book-title marks
   * @return e.g. {@code custom-3f1a09c2b4d5e6f7}
   */
  public static String derivedId(String titleZh) {
    checkNotNull(titleZh, "titleZh");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(titleZh.getBytes(StandardCharsets.UTF_8));
      return "custom-" + HexFormat.of().formatHex(Arrays.copyOf(hash, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Writes a citation in its JSON form. Stateless and thread-safe. */
  public static final class Serializer extends StdSerializer<Citation> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Serializer() {
      super(Citation.class);
    }

    @Override
    public void serialize(Citation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("instrument", value.instrument().titleZh());
      gen.writeStringField("level", value.instrument().level().name());
      gen.writeStringField("version", value.version());
      gen.writeNumberField("article", value.article());
      if (value.paragraph() > 0) {
        gen.writeNumberField("paragraph", value.paragraph());
      }
      if (value.item() > 0) {
        gen.writeNumberField("item", value.item());
      }
      gen.writeEndObject();
    }
  }

  /**
   * Reads a citation from its JSON form, resolving titles against a catalog. Thread-safe.
   * Unknown fields are an error when the mapper fails on unknown properties (Yifa's strict mapper).
   */
  public static final class Deserializer extends StdDeserializer<Citation> {
    private static final long serialVersionUID = 1L;

    /** The catalog, or null for the built-in one (looked up on use: it is read with Yifa's mapper). */
    private final transient @Nullable LawCatalog catalog;

    /** Creates a deserializer that resolves titles against {@link LawCatalog#builtIn()}. */
    public Deserializer() {
      super(Citation.class);
      this.catalog = null;
    }

    /**
     * Creates a deserializer that resolves titles against a catalog.
     *
     * @param catalog the catalog
     */
    public Deserializer(LawCatalog catalog) {
      super(Citation.class);
      this.catalog = checkNotNull(catalog, "catalog");
    }

    @Override
    public Citation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node == null || !node.isObject()) {
        throw invalid(p, ctxt, "", "a citation object", "expected a citation object, found " + describe(node));
      }
      boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (strict && !FIELDS.contains(name)) {
          UnrecognizedPropertyException e =
              UnrecognizedPropertyException.from(p, Citation.class, name, new ArrayList<>(FIELDS));
          throw e;
        }
      }
      String title = requiredString(p, ctxt, node, "instrument", "the Chinese title of the instrument");
      String version = requiredString(p, ctxt, node, "version", "a version label, e.g. 2021");
      int article = number(p, ctxt, node, "article", true);
      int paragraph = number(p, ctxt, node, "paragraph", false);
      int item = number(p, ctxt, node, "item", false);
      InstrumentLevel level = level(p, ctxt, node);
      String bare = title.strip();
      if (bare.startsWith("《") && bare.endsWith("》") && bare.length() >= 2) {
        bare = bare.substring(1, bare.length() - 1).strip();
      }
      if (bare.isEmpty() || bare.contains("《") || bare.contains("》")) {
        throw invalid(p, ctxt, "/instrument", "the Chinese title of the instrument", "field 'instrument': not an instrument title: '" + title + "'");
      }
      Optional<Instrument> known = (catalog == null ? LawCatalog.builtIn() : catalog).byTitle(bare);
      Instrument instrument;
      if (known.isPresent()) {
        instrument = known.get();
        if (level != null && level != instrument.level()) {
          throw invalid(
              p,
              ctxt,
              "/level",
              instrument.level().name(),
              Texts.format(
                  "field 'level': %s does not match %s, which is %s",
                  level.name(),
                  instrument.citedTitle(),
                  instrument.level().name()));
        }
      } else {
        if (level == null) {
          throw invalid(
              p,
              ctxt,
              "/level",
              "an instrument level, e.g. LOCAL_REGULATION",
              "missing field 'level': required for an instrument not in the catalog: " + bare);
        }
        instrument = new Instrument(derivedId(bare), bare, bare, level, "");
      }
      Citation citation = new Citation(instrument, version, article, paragraph, item);
      JsonNode text = node.get("text");
      if (text != null && !text.isNull() && !(text.isTextual() && text.asText().equals(citation.toChinese()))) {
        throw invalid(
            p,
            ctxt,
            "/text",
            citation.toChinese(),
            "field 'text' does not match the citation: expected " + citation.toChinese() + ", found " + text);
      }
      return citation;
    }

    private static String requiredString(
        JsonParser p, DeserializationContext ctxt, JsonNode node, String field, String expected)
        throws IOException {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        throw invalid(p, ctxt, "/" + field, expected, "missing field '" + field + "'");
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        throw invalid(p, ctxt, "/" + field, expected, "field '" + field + "': expected " + expected + ", found " + describe(value));
      }
      return value.asText();
    }

    private static int number(
        JsonParser p, DeserializationContext ctxt, JsonNode node, String field, boolean required)
        throws IOException {
      JsonNode value = node.get(field);
      String expected = required ? "a positive whole number" : "a whole number, 0 or more";
      if (value == null || value.isNull()) {
        if (required) {
          throw invalid(p, ctxt, "/" + field, expected, "missing field '" + field + "'");
        }
        return 0;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < (required ? 1 : 0)) {
        throw invalid(p, ctxt, "/" + field, expected, "field '" + field + "': expected " + expected + ", found " + describe(value));
      }
      return value.intValue();
    }

    private static @Nullable InstrumentLevel level(JsonParser p, DeserializationContext ctxt, JsonNode node)
        throws IOException {
      JsonNode value = node.get("level");
      if (value == null || value.isNull()) {
        return null;
      }
      String expected = "one of " + Arrays.toString(InstrumentLevel.values());
      if (value.isTextual()) {
        for (InstrumentLevel l : InstrumentLevel.values()) {
          if (l.name().equals(value.asText())) {
            return l;
          }
        }
      }
      throw invalid(p, ctxt, "/level", expected, "field 'level': expected " + expected + ", found " + describe(value));
    }

    private static String describe(@Nullable JsonNode node) {
      if (node == null || node.isMissingNode()) {
        return "nothing";
      }
      String text = node.toString();
      return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

    private static ValueInstantiationException invalid(
        JsonParser p, DeserializationContext ctxt, String pointer, String expected, String message) {
      return ValueInstantiationException.from(
          p,
          message,
          ctxt.constructType(Citation.class),
          new InvalidInputException(pointer, expected, message));
    }
  }
}
