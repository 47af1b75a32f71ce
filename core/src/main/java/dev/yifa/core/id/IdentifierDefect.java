package dev.yifa.core.id;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.yifa.core.InvalidIdentifierException;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with an identifier: its kind, the check that failed, where, and a precise message.
 * Returned by the non-throwing {@code check(String)} methods of the identifier types and carried by
 * {@link InvalidIdentifierException}.
 *
 * <p>The value is kept only in {@linkplain #maskedValue() masked} form when it is personal (a
 * resident identity number), so a defect may be logged. Messages count positions from 1, as people
 * do; {@link #position()} counts from 0, as Java does.
 *
 * <p>Immutable, thread-safe and serialisable.
 *
 * @since 0.1
 */
public final class IdentifierDefect implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Values longer than this are shortened in messages. */
  private static final int MAX_SHOWN = 40;

  private final IdentifierKind kind;
  private final DefectReason reason;
  private final int position;
  private final String maskedValue;
  private final String detail;

  private IdentifierDefect(
      IdentifierKind kind, DefectReason reason, int position, String maskedValue, String detail) {
    this.kind = kind;
    this.reason = reason;
    this.position = position;
    this.maskedValue = maskedValue;
    this.detail = detail;
  }

  /**
   * Creates a defect, masking the value if its kind is personal.
   *
   * @param kind the kind of identifier
   * @param reason the check that failed
   * @param position the 0-based index of the offending character, or {@code -1} if the defect is
   *     not at one position
   * @param value the value as given (masked here for personal kinds)
   * @param detail the precise message, e.g. {@code check character at position 18 is 'Y', expected
   *     '3'}; it must not repeat a personal value
   * @return the defect
   */
  public static IdentifierDefect of(
      IdentifierKind kind, DefectReason reason, int position, CharSequence value, String detail) {
    requireNonNull(kind, "kind");
    requireNonNull(reason, "reason");
    requireNonNull(value, "value");
    requireNonNull(detail, "detail");
    checkArgument(position >= -1, "position must be -1 or more: %s", position);
    return new IdentifierDefect(kind, reason, position, shown(kind, value), detail);
  }

  /**
   * Masks a personal value for display: the first four and last four characters are kept, the
   * others become {@code *} ({@code 3611**********1234}); values of eight characters or fewer are
   * masked entirely.
   *
   * @param value the value
   * @return the masked value, of the same length
   */
  public static String mask(CharSequence value) {
    requireNonNull(value, "value");
    int n = value.length();
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(n > 8 && (i < 4 || i >= n - 4) ? value.charAt(i) : '*');
    }
    return b.toString();
  }

  private static String shown(IdentifierKind kind, CharSequence value) {
    String s = kind.isPersonal() ? mask(value) : value.toString();
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
  }

  /**
   * Returns the kind of identifier that was checked.
   *
   * @return the kind
   */
  public IdentifierKind kind() {
    return kind;
  }

  /**
   * Returns which check failed.
   *
   * @return the reason
   */
  public DefectReason reason() {
    return reason;
  }

  /**
   * Returns the 0-based index of the offending character, if the defect is at one position.
   *
   * @return the index, or empty (e.g. for a wrong length)
   */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Returns the value as it may be shown: masked if personal, shortened if very long.
   *
   * @return the displayable value
   */
  public String maskedValue() {
    return maskedValue;
  }

  /**
   * Returns the precise message, without the value, e.g. {@code check character at position 18 is
   * 'Y', expected '3'}.
   *
   * @return the message
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the full message: the kind, the displayable value and the detail.
   *
   * @return e.g. {@code invalid unified social credit code 91350100M000100Y4Y: check character at
   *     position 18 is 'Y', expected '3'}
   */
  public String message() {
    return "invalid " + kind.english() + " " + maskedValue + ": " + detail;
  }

  /**
   * Returns this defect as an exception, to throw.
   *
   * @return a new exception carrying this defect
   */
  public InvalidIdentifierException toException() {
    return new InvalidIdentifierException(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdentifierDefect d
        && kind == d.kind
        && reason == d.reason
        && position == d.position
        && maskedValue.equals(d.maskedValue)
        && detail.equals(d.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reason, position, maskedValue, detail);
  }

  @Override
  public String toString() {
    return message();
  }
}
