package dev.yifa.enforcement;

/**
 * Names the enforcement module and the rule packs it provides.
 *
 * @since 0.1
 */
public final class EnforcementModule {
  /** The module's name as it appears in reports. */
  public static final String NAME = "yifa-enforcement";

  private EnforcementModule() {}
}
