package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.Citation;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One violation a rule saw: the rule's id, severity and citations, the message in Chinese and
 * English, the JSON-pointer paths of the fields involved and the values the rule saw (as strings,
 * in the order the rule added them). Immutable and thread-safe.
 *
 * <p>Findings order by {@link #ORDER}: rule id, then paths (element by element, a shorter list
 * first when one is a prefix of the other), then values (entry by entry: name, then value), then
 * severity and message. Reports sort their findings this way, so the same input always gives the
 * same order.
 *
 * @param ruleId the id of the rule that produced the finding
 * @param severity the rule's severity
 * @param citations the rule's citations, not empty
 * @param message the message, rendered with {@code values}
 * @param paths JSON pointers (RFC 6901) of the fields involved, possibly empty
 * @param values the values the rule saw, by name, in insertion order
 * @since 0.1
 */
public record Finding(
    String ruleId,
    Severity severity,
    List<Citation> citations,
    Message message,
    List<String> paths,
    Map<String, String> values)
    implements Comparable<Finding> {

  /** The deterministic order of findings in a report. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::ruleId)
          .thenComparing(Finding::paths, Finding::compareLists)
          .thenComparing(Finding::values, Finding::compareMaps)
          .thenComparing(Finding::severity)
          .thenComparing(f -> f.message().zh())
          .thenComparing(f -> f.message().en());

  /** Validates and copies the components. */
  public Finding {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(severity, "severity");
    checkNotNull(message, "message");
    checkNotNull(citations, "citations");
    checkNotNull(paths, "paths");
    checkNotNull(values, "values");
    citations = List.copyOf(checkNotNull(citations, "citations"));
    checkArgument(!citations.isEmpty(), "citations must not be empty: %s", ruleId);
    paths = List.copyOf(checkNotNull(paths, "paths"));
    for (String path : paths) {
      checkArgument(
          path.isEmpty() || path.charAt(0) == '/', "path must be a JSON pointer: '%s'", path);
    }
    Map<String, String> copy = new LinkedHashMap<>(values.size() * 2);
    values.forEach((k, v) -> copy.put(checkNotNull(k, "value name"), checkNotNull(v, k)));
    values = Collections.unmodifiableMap(copy);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  private static int compareLists(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareMaps(Map<String, String> a, Map<String, String> b) {
    Iterator<Map.Entry<String, String>> i = a.entrySet().iterator();
    Iterator<Map.Entry<String, String>> j = b.entrySet().iterator();
    while (i.hasNext() && j.hasNext()) {
      Map.Entry<String, String> x = i.next();
      Map.Entry<String, String> y = j.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c == 0) {
        c = x.getValue().compareTo(y.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  }
}
