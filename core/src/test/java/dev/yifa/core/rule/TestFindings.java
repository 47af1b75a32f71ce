package dev.yifa.core.rule;

/** Gives tests in other packages a {@link Findings} sink (its constructor is package-private). */
public final class TestFindings {
  private TestFindings() {}

  /**
   * Creates an empty sink.
   *
   * @return the sink
   */
  public static Findings create() {
    return new Findings();
  }
}
