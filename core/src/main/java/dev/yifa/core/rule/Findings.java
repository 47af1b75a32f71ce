package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule's check puts its findings. The rule's id, severity, citations and message come from
 * the rule; the check supplies only the paths and the values:
 *
 * <pre>{@code
 * out.finding("/decision/penalties/0/amount", "/hearing")
 *     .value("amount", amount)
 *     .value("threshold", threshold.amount());
 * }</pre>
 *
 * <p>A finding is recorded when {@link #finding(String...)} is called; its draft may be filled until
 * the check returns. Every parameter the rule's message names must be given a value, or the checker
 * throws {@link InvalidRuleException}.
 *
 * <p>Not thread-safe: the checker makes one per subject checked.
 *
 * @since 0.1
 */
public final class Findings {
  private @Nullable BoundRule<?> rule;
  private @Nullable List<Draft> drafts;
  private @Nullable List<Finding> done;

  Findings() {}

  /**
   * Records a finding of the current rule about the fields at the given JSON pointers.
   *
   * @param paths JSON pointers (RFC 6901) of the fields involved, e.g. {@code /officers}
   * @return the draft, to add more paths and the values the rule saw
   */
  public Draft finding(String... paths) {
    checkNotNull(paths, "paths");
    if (rule == null) {
      throw new IllegalStateException("findings can only be added while a rule runs");
    }
    Draft draft = new Draft();
    for (String path : paths) {
      draft.path(path);
    }
    if (drafts == null) {
      drafts = new ArrayList<>(2);
    }
    drafts.add(draft);
    return draft;
  }

  void begin(BoundRule<?> rule) {
    this.rule = rule;
  }

  void end() {
    BoundRule<?> current = rule;
    rule = null;
    if (drafts == null || drafts.isEmpty() || current == null) {
      return;
    }
    if (done == null) {
      done = new ArrayList<>(drafts.size());
    }
    for (Draft draft : drafts) {
      done.add(current.toFinding(draft.paths, draft.values));
    }
    drafts.clear();
  }

  List<Finding> result() {
    return done == null ? List.of() : done;
  }

  /**
   * A finding being filled in by a rule's check. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Draft {
    private final List<String> paths = new ArrayList<>(2);
    private final Map<String, String> values = new LinkedHashMap<>(4);

    private Draft() {}

    /**
     * Adds the JSON pointer of another field involved.
     *
     * @param path a JSON pointer, {@code ""} or starting with {@code /}
     * @return this draft
     */
    public Draft path(String path) {
      checkNotNull(path, "path");
      checkArgument(
          path.isEmpty() || path.charAt(0) == '/', "path must be a JSON pointer: '%s'", path);
      paths.add(path);
      return this;
    }

    /**
     * Adds a value the rule saw.
     *
     * @param name the value's name, also the message parameter it fills
     * @param value the value as it appears in the report
     * @return this draft
     */
    public Draft value(String name, String value) {
      checkNotNull(name, "name");
      checkNotNull(value, "value");
      checkArgument(!values.containsKey(name), "value set twice: %s", name);
      values.put(name, value);
      return this;
    }

    /**
     * Adds an amount, written as a plain decimal keeping its scale ({@code 200000.00}).
     *
     * @param name the value's name
     * @param value the amount
     * @return this draft
     */
    public Draft value(String name, BigDecimal value) {
      checkNotNull(value, "value");
      return value(name, value.toPlainString());
    }

    /**
     * Adds a whole number.
     *
     * @param name the value's name
     * @param value the number
     * @return this draft
     */
    public Draft value(String name, long value) {
      return value(name, Long.toString(value));
    }

    /**
     * Adds any other value, written with {@code toString()} (dates in ISO-8601 form, enums by
     * name).
     *
     * @param name the value's name
     * @param value the value
     * @return this draft
     */
    public Draft value(String name, Object value) {
      checkNotNull(value, "value");
      if (value instanceof BigDecimal d) {
        return value(name, d);
      }
      return value(name, value.toString());
    }
  }
}
