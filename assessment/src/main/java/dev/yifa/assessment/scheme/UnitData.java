package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unit's data for one period: its id, name and a datum per indicator id. Immutable and
 * thread-safe.
 *
 * @param id the unit's id, e.g. its unified social credit code or a local code
 * @param name the unit's name, e.g. {@code 县市场监督管理局}
 * @param values the data, by leaf indicator id
 * @since 0.1
 */
public record UnitData(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) Map<String, IndicatorValue> values) {
  /** Validates the components and copies the values, keeping their order. */
  public UnitData {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(checkNotNull(values, "values")));
  }
}
