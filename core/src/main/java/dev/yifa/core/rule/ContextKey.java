package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A typed slot in a {@link RuleContext}, so that modules pass what their rules read (a powers
 * catalog, a working-day calendar) without core knowing their types. Keys compare by identity:
 * declare each once as a constant.
 *
 * <pre>{@code
 * public static final ContextKey<PowerCatalog> POWERS = ContextKey.of("powers", PowerCatalog.class);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the value
 * @since 0.1
 */
public final class ContextKey<T> {
  private final String name;
  private final Class<T> type;

  private ContextKey(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Creates a key.
   *
   * @param name a name for messages, e.g. {@code powers}
   * @param type the type of the value
   * @param <T> the type of the value
   * @return a new key, distinct from every other
   */
  public static <T> ContextKey<T> of(String name, Class<T> type) {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkArgument(!name.isBlank(), "name must not be blank");
    return new ContextKey<>(name, type);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the value.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return "ContextKey[" + name + ": " + type.getSimpleName() + "]";
  }
}
