package dev.yifa.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Input that does not fit the expected shape: malformed JSON, a wrong type, an unknown or missing
 * field, a value out of range. Carries the JSON pointer of the offending field (RFC 6901, {@code ""}
 * for the whole document) and a description of what was expected.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidInputException extends YifaException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String pointer;
  private final String expected;
  private final @Nullable String source;

  /**
   * Creates an input error.
   *
   * @param pointer JSON pointer of the offending field, {@code ""} for the whole document
   * @param expected what was expected there, e.g. {@code "a date in ISO-8601 form (2025-03-01)"}
   * @param message the full human-readable message
   */
  public InvalidInputException(String pointer, String expected, String message) {
    this(pointer, expected, message, null, null);
  }

  /**
   * Creates an input error with the file or stream it came from and a cause.
   *
   * @param pointer JSON pointer of the offending field, {@code ""} for the whole document
   * @param expected what was expected there
   * @param message the full human-readable message
   * @param source the file or stream name, or {@code null} if unknown
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidInputException(
      String pointer,
      String expected,
      String message,
      @Nullable String source,
      @Nullable Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.detail = message;
    this.pointer = requireNonNull(pointer, "pointer");
    this.expected = requireNonNull(expected, "expected");
    this.source = source;
  }

  /**
   * Returns the JSON pointer of the offending field.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what was expected at the pointer.
   *
   * @return a short description of the expected value
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns the name of the file or stream the input came from, if known.
   *
   * @return the source, or {@code null}
   */
  public @Nullable String source() {
    return source;
  }

  /**
   * Returns a copy of this error that names the file or stream it came from.
   *
   * @param source the file or stream name
   * @return a new exception with the same pointer, expectation and cause
   */
  public InvalidInputException withSource(String source) {
    requireNonNull(source, "source");
    return new InvalidInputException(pointer, expected, detail, source, getCause());
  }

  @Override
  public String getMessage() {
    return source == null ? detail : source + ": " + detail;
  }
}
