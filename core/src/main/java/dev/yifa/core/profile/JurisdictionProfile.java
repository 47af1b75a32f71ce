package dev.yifa.core.profile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The jurisdiction-configurable parameters in force for one region on one day: national defaults
 * overlaid with the province's own values (statutes.md, "Jurisdiction-configurable parameters").
 * Made by {@link Profiles#profileFor(String, LocalDate)}.
 *
 * <p>Its {@link #id()} is {@code <province>@<date>}: the province code (or {@code 000000} for
 * national defaults) and the effective date of the newest value in the profile (or the as-of day
 * when no value is in force), e.g. {@code 360000@2021-06-09}. When the region was unknown, {@link
 * #fellBack()} is true, the id names {@code 000000} and {@link #notes()} says so; reports carry the
 * note.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JurisdictionProfile {
  /** The code profile ids use for national defaults. */
  public static final String NATIONAL = "000000";

  private final String region;
  private final String province;
  private final LocalDate asOf;
  private final String id;
  private final boolean fellBack;
  private final List<String> notes;
  private final Map<String, Profiles.Resolved> values;
  private final Profiles source;

  JurisdictionProfile(
      String region,
      String province,
      LocalDate asOf,
      String id,
      boolean fellBack,
      List<String> notes,
      Map<String, Profiles.Resolved> values,
      Profiles source) {
    this.source = source;
    this.region = region;
    this.province = province;
    this.asOf = asOf;
    this.id = id;
    this.fellBack = fellBack;
    this.notes = List.copyOf(notes);
    this.values = Map.copyOf(values);
  }

  /**
   * Returns the id reports name.
   *
   * @return e.g. {@code 360000@2021-06-09}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the region code asked for.
   *
   * @return e.g. {@code 360424}
   */
  public String region() {
    return region;
  }

  /**
   * Returns the province whose values were used.
   *
   * @return e.g. {@code 360000}, or {@value #NATIONAL} for national defaults only
   */
  public String province() {
    return province;
  }

  /**
   * Returns the day the profile was resolved for.
   *
   * @return the as-of day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Tells whether the region was unknown and national defaults were used instead.
   *
   * @return true after a fallback
   */
  public boolean fellBack() {
    return fellBack;
  }

  /**
   * Returns notes about the resolution, e.g. a fallback.
   *
   * @return the notes, possibly empty
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns a value.
   *
   * @param key the key
   * @param <T> the value type
   * @return the value in force: the province's, else the national one, else the key's default
   * @throws IllegalStateException if there is none
   * @throws IllegalArgumentException if the data declares the key with another type
   */
  public <T> T get(ProfileKey<T> key) {
    return find(key)
        .orElseThrow(
            () -> new IllegalStateException("profile " + id + " has no value for " + key.name()));
  }

  /**
   * Returns a value, if any is in force.
   *
   * @param key the key
   * @param <T> the value type
   * @return the value, or empty
   */
  public <T> Optional<T> find(ProfileKey<T> key) {
    checkNotNull(key, "key");
    return typed(key, values.get(key.name()));
  }

  /**
   * Returns the value in force on a given day — the day of the act a rule judges, which may lie
   * before the profile's as-of day: a 2019 summary-procedure fine is judged by the 2019 limit,
   * whenever the check is made.
   *
   * @param key the key
   * @param on the day the value must have been in force
   * @param <T> the value type
   * @return the value, or the key's default, or empty
   */
  public <T> Optional<T> find(ProfileKey<T> key, LocalDate on) {
    checkNotNull(key, "key");
    checkNotNull(on, "on");
    if (on.equals(asOf)) {
      return find(key);
    }
    return typed(key, source.resolveOne(province, key.name(), on));
  }

  /**
   * Returns the value in force on a given day.
   *
   * @param key the key
   * @param on the day the value must have been in force
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if there is none
   */
  public <T> T get(ProfileKey<T> key, LocalDate on) {
    return find(key, on)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "profile " + id + " has no value for " + key.name() + " on " + on));
  }

  private <T> Optional<T> typed(ProfileKey<T> key, Profiles.@Nullable Resolved r) {
    if (r == null) {
      return key.defaultValue();
    }
    if (r.type() != key.type()) {
      throw new IllegalArgumentException(
          "profile key " + key.name() + " is declared " + r.type() + ", not " + key.type());
    }
    return Optional.of(key.javaType().cast(r.value()));
  }

  /**
   * Returns the source of a value: the instrument and article it comes from.
   *
   * @param key the key
   * @return the source text, or empty if the value is the key's default or absent
   */
  public Optional<String> source(ProfileKey<?> key) {
    checkNotNull(key, "key");
    Profiles.Resolved r = values.get(key.name());
    return r == null ? Optional.empty() : Optional.of(r.source());
  }

  /**
   * Returns the day a value took effect.
   *
   * @param key the key
   * @return the first day of the value in force, or empty if the value is the key's default or absent
   */
  public Optional<LocalDate> effectiveFrom(ProfileKey<?> key) {
    checkNotNull(key, "key");
    Profiles.Resolved r = values.get(key.name());
    return r == null ? Optional.empty() : Optional.of(r.from());
  }

  @Override
  public String toString() {
    return "JurisdictionProfile[" + id + (fellBack ? ", fell back" : "") + "]";
  }
}
