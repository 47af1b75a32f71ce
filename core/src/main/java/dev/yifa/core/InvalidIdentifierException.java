package dev.yifa.core;

import static java.util.Objects.requireNonNull;

import dev.yifa.core.id.DefectReason;
import dev.yifa.core.id.IdentifierDefect;
import dev.yifa.core.id.IdentifierKind;
import java.util.OptionalInt;

/**
 * An identifier that fails its checks: a unified social credit code, resident identity number,
 * administrative-division code or document number. Says which check failed ({@link #reason()}) and
 * where ({@link #position()}); the value is exposed only masked when it is personal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidIdentifierException extends YifaException {
  private static final long serialVersionUID = 1L;

  private final IdentifierDefect defect;

  /**
   * Creates the exception for a defect.
   *
   * @param defect what is wrong
   */
  public InvalidIdentifierException(IdentifierDefect defect) {
    super(requireNonNull(defect, "defect").message());
    this.defect = defect;
  }

  /**
   * Returns the kind of identifier that was rejected.
   *
   * @return the kind
   */
  public IdentifierKind kind() {
    return defect.kind();
  }

  /**
   * Returns the value as it may be shown: masked if personal (a resident identity number).
   *
   * @return the displayable value
   */
  public String maskedValue() {
    return defect.maskedValue();
  }

  /**
   * Returns which check failed.
   *
   * @return the reason
   */
  public DefectReason reason() {
    return defect.reason();
  }

  /**
   * Returns the 0-based index of the offending character, where the defect is at one position.
   *
   * @return the index, or empty
   */
  public OptionalInt position() {
    return defect.position();
  }

  /**
   * Returns the defect, as the non-throwing {@code check} methods would.
   *
   * @return the defect
   */
  public IdentifierDefect defect() {
    return defect;
  }
}
