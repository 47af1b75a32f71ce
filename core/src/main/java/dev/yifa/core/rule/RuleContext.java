package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.profile.JurisdictionProfile;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule may read besides its subject: the as-of date, the jurisdiction profile, the
 * working-day calendar and typed
 * extension slots ({@link ContextKey}) that other modules fill. There is no clock and no global:
 * everything a rule depends on is here. Locale-independent: messages carry both languages.
 *
 * <p>Immutable and thread-safe; {@code with…} methods return new contexts.
 *
 * @since 0.1
 */
public final class RuleContext {
  private final LocalDate asOf;
  private final JurisdictionProfile profile;
  private final WorkingDayCalendar calendar;
  private final Map<ContextKey<?>, Object> extensions;

  private RuleContext(
      LocalDate asOf,
      JurisdictionProfile profile,
      WorkingDayCalendar calendar,
      Map<ContextKey<?>, Object> extensions) {
    this.asOf = asOf;
    this.profile = profile;
    this.calendar = calendar;
    this.extensions = extensions;
  }

  /**
   * Creates a context with China's bundled working-day calendar, as adjusted for the profile's
   * province ({@link WorkingDayCalendar#forRegion(String)}).
   *
   * @param asOf the day the check is made as of
   * @param profile the resolved jurisdiction profile
   * @return the context, with no extensions
   */
  public static RuleContext of(LocalDate asOf, JurisdictionProfile profile) {
    checkNotNull(asOf, "asOf");
    checkNotNull(profile, "profile");
    return new RuleContext(asOf, profile, defaultCalendar(profile), Map.of());
  }

  /**
   * Creates a context with a given working-day calendar.
   *
   * @param asOf the day the check is made as of
   * @param profile the resolved jurisdiction profile
   * @param calendar the working-day calendar rules count periods on
   * @return the context, with no extensions
   */
  public static RuleContext of(
      LocalDate asOf, JurisdictionProfile profile, WorkingDayCalendar calendar) {
    checkNotNull(asOf, "asOf");
    checkNotNull(profile, "profile");
    checkNotNull(calendar, "calendar");
    return new RuleContext(asOf, profile, calendar, Map.of());
  }

  private static WorkingDayCalendar defaultCalendar(JurisdictionProfile profile) {
    // The national profile's province is 000000, which no region overlay can name.
    return profile.fellBack() || profile.province().equals("000000")
        ? WorkingDayCalendar.china()
        : WorkingDayCalendar.china().forRegion(profile.province());
  }

  /**
   * Returns the working-day calendar on which rules count statutory periods.
   *
   * @return the calendar
   */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * Returns a copy with another working-day calendar.
   *
   * @param calendar the new calendar
   * @return a new context
   */
  public RuleContext withCalendar(WorkingDayCalendar calendar) {
    checkNotNull(calendar, "calendar");
    return new RuleContext(asOf, profile, calendar, extensions);
  }

  /**
   * Returns the as-of day.
   *
   * @return the day the check is made as of
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the jurisdiction profile.
   *
   * @return the resolved profile
   */
  public JurisdictionProfile profile() {
    return profile;
  }

  /**
   * Returns a copy with another as-of day.
   *
   * @param asOf the new day
   * @return a new context
   */
  public RuleContext withAsOf(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return new RuleContext(asOf, profile, calendar, extensions);
  }

  /**
   * Returns a copy with another profile.
   *
   * @param profile the new profile
   * @return a new context
   */
  public RuleContext withProfile(JurisdictionProfile profile) {
    checkNotNull(profile, "profile");
    return new RuleContext(asOf, profile, calendar, extensions);
  }

  /**
   * Returns a copy with a value in an extension slot (replacing any value there).
   *
   * @param key the slot
   * @param value the value
   * @param <T> the value type
   * @return a new context
   */
  public <T> RuleContext with(ContextKey<T> key, T value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    checkArgument(
        key.type().isInstance(value),
        "value for %s must be a %s: %s",
        key.name(),
        key.type().getName(),
        value.getClass().getName());
    Map<ContextKey<?>, Object> copy = new IdentityHashMap<>(extensions);
    copy.put(key, value);
    return new RuleContext(asOf, profile, calendar, copy);
  }

  /**
   * Returns the value in an extension slot.
   *
   * @param key the slot
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if the slot is empty
   */
  public <T> T get(ContextKey<T> key) {
    return find(key)
        .orElseThrow(() -> new IllegalStateException("rule context has no " + key.name()));
  }

  /**
   * Returns the value in an extension slot, if any.
   *
   * @param key the slot
   * @param <T> the value type
   * @return the value, or empty
   */
  public <T> Optional<T> find(ContextKey<T> key) {
    checkNotNull(key, "key");
    return Optional.ofNullable(key.type().cast(extensions.get(key)));
  }

  @Override
  public String toString() {
    return "RuleContext[" + asOf + ", " + profile.id() + ", " + extensions.keySet() + "]";
  }
}
