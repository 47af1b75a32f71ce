package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who receives an award, and why. Immutable and thread-safe.
 *
 * @param id the award's id
 * @param name the award's name
 * @param recordedIn where it is recorded, or null
 * @param rule the rule in words, e.g. {@code 名次 ≤ 3，未被否决}
 * @param unitIds the ids of the units that receive it, by rank
 * @param unitNames the names of those units, in the same order
 * @since 0.1
 */
public record AwardResult(
    String id, String name, @Nullable String recordedIn, String rule, List<String> unitIds, List<String> unitNames) {
  /** Validates the components and copies the list. */
  public AwardResult {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(rule, "rule");
    unitIds = List.copyOf(checkNotNull(unitIds, "unitIds"));
    unitNames = List.copyOf(checkNotNull(unitNames, "unitNames"));
  }
}
