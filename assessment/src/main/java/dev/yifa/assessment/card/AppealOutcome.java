package dev.yifa.assessment.card;

/**
 * The outcome of an officer's appeal (申诉、复核) against a misconduct finding or a card.
 *
 * @since 0.1
 */
public enum AppealOutcome {
  /** The appeal succeeded: the finding or card is set aside from the decision date on. */
  UPHELD,
  /** The appeal failed: the finding or card stands. */
  DISMISSED
}
