package dev.yifa.core.profile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed key of a jurisdiction profile, e.g. the hearing threshold for fines on organisations.
 * The profile data declares each key's type; reading a key whose declared type differs is an error.
 * A key may carry a built-in default used when the data holds no value in force. Keys are equal when
 * name, type and default are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class ProfileKey<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

  private final String name;
  private final ProfileValueType type;
  private final Class<T> javaType;
  private final @Nullable T defaultValue;

  private ProfileKey(
      String name, ProfileValueType type, Class<T> javaType, @Nullable T defaultValue) {
    checkNotNull(name, "name");
    checkArgument(NAME.matcher(name).matches(), "name must be dotted camelCase words: %s", name);
    this.name = name;
    this.type = type;
    this.javaType = javaType;
    this.defaultValue = defaultValue;
  }

  /**
   * A threshold key.
   *
   * @param name the key name, e.g. {@code hearing.largeFine.organisation}
   * @return the key, without default
   */
  public static ProfileKey<Threshold> threshold(String name) {
    return new ProfileKey<>(name, ProfileValueType.THRESHOLD, Threshold.class, null);
  }

  /**
   * An amount key.
   *
   * @param name the key name
   * @return the key, without default
   */
  public static ProfileKey<BigDecimal> money(String name) {
    return new ProfileKey<>(name, ProfileValueType.MONEY, BigDecimal.class, null);
  }

  /**
   * A whole-number key.
   *
   * @param name the key name
   * @return the key, without default
   */
  public static ProfileKey<Integer> integer(String name) {
    return new ProfileKey<>(name, ProfileValueType.INTEGER, Integer.class, null);
  }

  /**
   * A yes/no key.
   *
   * @param name the key name
   * @return the key, without default
   */
  public static ProfileKey<Boolean> bool(String name) {
    return new ProfileKey<>(name, ProfileValueType.BOOLEAN, Boolean.class, null);
  }

  /**
   * A text key.
   *
   * @param name the key name
   * @return the key, without default
   */
  public static ProfileKey<String> string(String name) {
    return new ProfileKey<>(name, ProfileValueType.STRING, String.class, null);
  }

  /**
   * Returns a copy of this key with a built-in national default.
   *
   * @param value the default, used when the data holds no value in force
   * @return the key with the default
   */
  public ProfileKey<T> withDefault(T value) {
    checkNotNull(value, "value");
    return new ProfileKey<>(name, type, javaType, javaType.cast(value));
  }

  /**
   * Returns the name.
   *
   * @return e.g. {@code hearing.largeFine.organisation}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type.
   *
   * @return the kind of value
   */
  public ProfileValueType type() {
    return type;
  }

  /**
   * Returns the Java type of the value.
   *
   * @return the class
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Returns the built-in default.
   *
   * @return the default, or empty
   */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProfileKey<?> k
        && k.name.equals(name)
        && k.type == type
        && Objects.equals(k.defaultValue, defaultValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue);
  }

  @Override
  public String toString() {
    return "ProfileKey[" + name + ": " + type + "]";
  }
}
