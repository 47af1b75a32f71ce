package dev.yifa.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.YifaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Yifa's JSON configuration: a strict {@link ObjectMapper} (unknown fields, wrong types and
 * trailing garbage are errors), read limits on size, depth and string length, and reading methods
 * that turn every Jackson failure into an {@link InvalidInputException} naming the JSON pointer and
 * what was expected.
 *
 * <p>The mappers are immutable once built and thread-safe; share them.
 *
 * @since 0.1
 */
public final class YifaJson {
  /** Largest document read, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 64;

  /** Longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final java.util.regex.Pattern MISSING_PROPERTY =
      java.util.regex.Pattern.compile("Missing required creator property '([^']*)'");

  private static final ObjectMapper STRICT = build(true);
  private static final ObjectMapper LENIENT = build(false);

  private YifaJson() {}

  /**
   * Returns the shared strict mapper: unknown fields are an error.
   *
   * @return the strict mapper; do not reconfigure it (use {@code copy()} first)
   */
  public static ObjectMapper mapper() {
    return STRICT;
  }

  /**
   * Returns the shared lenient mapper: unknown fields are ignored, everything else is as strict.
   *
   * @return the lenient mapper; do not reconfigure it (use {@code copy()} first)
   */
  public static ObjectMapper lenientMapper() {
    return LENIENT;
  }

  private static ObjectMapper build(boolean strict) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build();
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new YifaModule())
            // Never echo document content (it may hold personal identifiers) in error messages.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    mapper.getFactory().setStreamReadConstraints(limits);
    return mapper;
  }

  /**
   * Reads one JSON document of the given type with the strict mapper.
   *
   * @param json the document text
   * @param type the type to bind to
   * @param <T> the bound type
   * @return the bound value
   * @throws InvalidInputException if the text is not JSON or does not fit {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads one JSON document of the given type with the strict mapper.
   *
   * @param json the document bytes, UTF-8
   * @param type the type to bind to
   * @param <T> the bound type
   * @return the bound value
   * @throws InvalidInputException if the bytes are not JSON or do not fit {@code type}
   */
  public static <T> T read(byte[] json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidInputException(
          "",
          "a document of at most " + MAX_DOCUMENT_BYTES + " bytes",
          String.format(
              Locale.ROOT,
              "document too large: %d bytes, the limit is %d",
              json.length,
              MAX_DOCUMENT_BYTES));
    }
    try {
      return STRICT.readValue(json, type);
    } catch (IOException e) {
      throw translate(e, type);
    }
  }

  /**
   * Reads one JSON document of the given type from a stream with the strict mapper. The stream is
   * not closed.
   *
   * @param in the stream, UTF-8
   * @param type the type to bind to
   * @param <T> the bound type
   * @return the bound value
   * @throws InvalidInputException if the stream is not JSON or does not fit {@code type}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream in, Class<T> type) {
    requireNonNull(in, "in");
    requireNonNull(type, "type");
    try {
      return STRICT.readValue(in, type);
    } catch (JsonProcessingException e) {
      throw translate(e, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds a JSON tree (e.g. a document whose {@code type} was read first) to a type with the strict
   * mapper.
   *
   * @param json the tree
   * @param type the type to bind to
   * @param <T> the bound type
   * @return the bound value
   * @throws InvalidInputException if the tree does not fit {@code type}
   */
  public static <T> T read(JsonNode json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    try {
      return STRICT.treeToValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e, type);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", describe(type), String.valueOf(e.getMessage()), null, e);
    }
  }

  /**
   * Turns a Jackson failure into an {@link InvalidInputException} with the JSON pointer of the
   * offending field and what was expected there.
   *
   * @param e the failure
   * @param type the type that was being read
   * @return the translated exception (to throw)
   */
  public static RuntimeException translate(IOException e, Class<?> type) {
    requireNonNull(e, "e");
    if (e instanceof StreamConstraintsException) {
      return new InvalidInputException(
          "", "a document within Yifa's read limits", "input too large: " + ((StreamConstraintsException) e).getOriginalMessage(), null, e);
    }
    if (e instanceof JsonParseException p) {
      return new InvalidInputException(
          "",
          "well-formed JSON",
          String.format(
              Locale.ROOT,
              "malformed JSON at line %d, column %d: %s",
              p.getLocation() == null ? 0 : p.getLocation().getLineNr(),
              p.getLocation() == null ? 0 : p.getLocation().getColumnNr(),
              p.getOriginalMessage()),
          null,
          e);
    }
    if (e instanceof JsonMappingException m) {
      String pointer = pointerOf(m);
      // A domain value that refused itself (e.g. an invalid identifier) keeps its own message.
      Throwable cause = m.getCause();
      if (m instanceof ValueInstantiationException && cause instanceof YifaException ye) {
        if (ye instanceof InvalidInputException iie) {
          return new InvalidInputException(
              pointer + iie.pointer(), iie.expected(), at(pointer) + iie.getMessage(), null, iie);
        }
        return new InvalidInputException(pointer, "a valid value", at(pointer) + ye.getMessage(), null, ye);
      }
      if (m instanceof ValueInstantiationException && cause instanceof NullPointerException) {
        // checkNotNull(value, "field") in a compact constructor: a required field is missing or null.
        String field = cause.getMessage() == null ? "" : cause.getMessage();
        String where = field.matches("[A-Za-z][A-Za-z0-9]*") ? pointer + "/" + field : pointer;
        return new InvalidInputException(
            where,
            "a value for the required field" + (where.equals(pointer) ? "" : " '" + field + "'"),
            at(where) + "required field is missing or null",
            null,
            e);
      }
      if (m instanceof ValueInstantiationException && cause != null) {
        return new InvalidInputException(
            pointer, "a valid value", at(pointer) + cause.getMessage(), null, e);
      }
      if (m instanceof UnrecognizedPropertyException u) {
        return new InvalidInputException(
            pointer,
            "one of the known fields " + u.getKnownPropertyIds(),
            at(pointer) + "unknown field '" + u.getPropertyName() + "'",
            null,
            e);
      }
      if (m instanceof InvalidFormatException f) {
        String target = f.getTargetType() == null ? "value" : describe(f.getTargetType());
        return new InvalidInputException(
            pointer,
            target,
            at(pointer) + "cannot read '" + f.getValue() + "' as " + target,
            null,
            e);
      }
      String original = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
      java.util.regex.Matcher missing = MISSING_PROPERTY.matcher(original);
      if (missing.find()) {
        String tail = "/" + escape(missing.group(1));
        String where = pointer.endsWith(tail) ? pointer : pointer + tail;
        return new InvalidInputException(
            where,
            "a value for the required field '" + missing.group(1) + "'",
            at(where) + "required field is missing",
            null,
            e);
      }
      if (original.startsWith("Trailing token")) {
        return new InvalidInputException(
            "", "a single JSON document", "trailing content after the JSON document: " + original, null, e);
      }
      if (m instanceof MismatchedInputException mi) {
        String target = mi.getTargetType() == null ? describe(type) : describe(mi.getTargetType());
        return new InvalidInputException(
            pointer, target, at(pointer) + "expected " + target + ": " + m.getOriginalMessage(), null, e);
      }
      return new InvalidInputException(pointer, describe(type), at(pointer) + m.getOriginalMessage(), null, e);
    }
    return new UncheckedIOException(e);
  }

  private static String at(String pointer) {
    return "at " + (pointer.isEmpty() ? "/" : pointer) + ": ";
  }

  private static String pointerOf(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      sb.append('/');
      if (ref.getFieldName() != null) {
        sb.append(escape(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      StringBuilder sb = new StringBuilder("one of ");
      Object[] values = type.getEnumConstants();
      for (int i = 0; i < values.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(((Enum<?>) values[i]).name());
      }
      return sb.toString();
    }
    if (type == java.time.LocalDate.class) {
      return "a date in ISO-8601 form (2025-03-01)";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "a " + type.getSimpleName() + " value";
  }
}
