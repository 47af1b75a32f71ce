package dev.yifa.core.id;

/**
 * Why an identifier is invalid: which check failed. Stable: integrators switch on these values and
 * Bean Validation messages are keyed by them ({@code dev.yifa.core.validation.reason.<NAME>}).
 *
 * @since 0.1
 */
public enum DefectReason {
  /** The value has the wrong number of characters. */
  WRONG_LENGTH,
  /** A character is not allowed at its position. */
  ILLEGAL_CHARACTER,
  /** The final check character does not match the one computed from the others. */
  BAD_CHECK_CHARACTER,
  /**
   * The check character of the organisation code embedded in a USCC (its 17th character, GB 11714)
   * does not match.
   */
  BAD_ORGANISATION_CODE_CHECK,
  /** The birth date in a resident identity number is not a real date, or is before 1900-01-01. */
  BAD_BIRTH_DATE,
  /** The birth date in a resident identity number is after the as-of date. */
  BIRTH_DATE_IN_FUTURE,
  /** The administrative-division code is not of a form GB/T 2260 uses. */
  BAD_DIVISION_CODE,
  /** The value does not have the overall shape of its kind (e.g. a document number without 号). */
  BAD_FORMAT,
  /** The year of a document number is outside 1949 to 2100. */
  BAD_YEAR,
  /** The serial number of a document number is zero or has a leading zero. */
  BAD_NUMBER
}
