package dev.yifa.core;

/**
 * The root of Yifa's unchecked exceptions. Yifa throws only for bad input and programming errors;
 * an unlawful subject is reported as findings, never thrown.
 *
 * <p>Subclasses expose the failing field and value through accessors, so callers never parse
 * messages.
 *
 * @since 0.1
 */
public class YifaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the field and value
   */
  public YifaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the field and value
   * @param cause the underlying failure
   */
  public YifaException(String message, Throwable cause) {
    super(message, cause);
  }
}
