package dev.yifa.enforcement.penalty;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.rule.ContextKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of penalty cases shows that one case cannot: which cases fine the same party for
 * the same violation (行政处罚法（2021）第二十九条). Put in the rule context under {@link #KEY} by {@link
 * PenaltyPacks#checkBatch}; the {@code double-fine} rule reads it.
 *
 * <p>The same violation means: the same party id, and the same {@code violation.code} when both
 * cases give one, else the same description (trimmed) and the same {@code startedOn}. Only cases
 * whose decision imposes a fine take part. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PenaltyBatch {
  /** The context slot. */
  public static final ContextKey<PenaltyBatch> KEY = ContextKey.of("penalty.batch", PenaltyBatch.class);

  private final Map<String, List<String>> othersById;

  private PenaltyBatch(Map<String, List<String>> othersById) {
    this.othersById = othersById;
  }

  /**
   * Finds the cases that fine the same party for the same violation.
   *
   * @param cases the cases of the batch
   * @return the batch
   */
  public static PenaltyBatch of(Collection<PenaltyCase> cases) {
    checkNotNull(cases, "cases");
    Map<String, List<String>> groups = new TreeMap<>();
    for (PenaltyCase c : cases) {
      String key = key(c);
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
      }
    }
    Map<String, List<String>> others = new LinkedHashMap<>();
    for (List<String> ids : groups.values()) {
      if (ids.size() < 2) {
        continue;
      }
      for (String id : ids) {
        List<String> rest = new ArrayList<>(ids);
        rest.remove(id);
        others.put(id, List.copyOf(rest));
      }
    }
    return new PenaltyBatch(Map.copyOf(others));
  }

  private static @org.jspecify.annotations.Nullable String key(PenaltyCase c) {
    String party = c.party().id();
    if (party == null || c.totalFine().isZero()) {
      return null;
    }
    PenaltyCase.Violation v = c.violation();
    String what = v.code() != null ? "code:" + v.code() : "text:" + v.description().strip() + "@" + v.startedOn();
    return party + "|" + what;
  }

  /**
   * Returns the ids of the other cases that fine the same party for the same violation as a case.
   *
   * @param caseId the case id
   * @return the other case ids, empty if none
   */
  public List<String> othersFining(String caseId) {
    checkNotNull(caseId, "caseId");
    return othersById.getOrDefault(caseId, List.of());
  }

  @Override
  public String toString() {
    return "PenaltyBatch" + othersById;
  }
}
