package dev.yifa.assessment;

/**
 * Names the assessment module.
 *
 * @since 0.1
 */
public final class AssessmentModule {
  /** The module's name as it appears in reports. */
  public static final String NAME = "yifa-assessment";

  private AssessmentModule() {}
}
