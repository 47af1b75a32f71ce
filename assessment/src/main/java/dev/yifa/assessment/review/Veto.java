package dev.yifa.assessment.review;

/**
 * What a veto item (一票否决) does to a case file. Real standards use both kinds: the national
 * surveying bureau's standard sets the total to zero and fails the file; others only bar it from the
 * top grade (practice.md §1.2, §1.6).
 *
 * @since 0.1
 */
public enum Veto {
  /** The file scores zero and takes the lowest grade (不合格卷). */
  ZERO_AND_FAIL,
  /** The file keeps its score but cannot take the top grade (不得评为优秀). */
  NO_EXCELLENT
}
