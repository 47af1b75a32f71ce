package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The data to score units with for one period: the scheme it is for, the period (e.g. {@code
 * 2025}), the region and each unit's data. The JSON document type is {@value #TYPE} (schema {@code
 * /schemas/assessment-data.schema.json}). Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param scheme the id of the scheme the data is for
 * @param period the period, e.g. {@code 2025}; periods order as strings
 * @param region the 6-digit division code of the assessing government, or null
 * @param units the units' data, ids distinct
 * @since 0.1
 */
public record AssessmentData(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String scheme,
    @JsonProperty(required = true) String period,
    @Nullable String region,
    @JsonProperty(required = true) List<UnitData> units) {

  /** The document type of assessment data. */
  public static final String TYPE = "assessment-data";

  /** Validates the components and copies the units. */
  public AssessmentData {
    checkNotNull(type, "type");
    checkNotNull(scheme, "scheme");
    checkNotNull(period, "period");
    units = List.copyOf(checkNotNull(units, "units"));
    if (!TYPE.equals(type)) {
      throw Indicator.bad("/type", "\"" + TYPE + "\"", "not assessment data: type '" + type + "'");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      if (!ids.add(units.get(i).id())) {
        throw Indicator.bad("/units/" + i + "/id", "a distinct unit id", "duplicate unit id '" + units.get(i).id() + "'");
      }
    }
  }

  /**
   * Reads data from JSON.
   *
   * @param json the JSON, UTF-8
   * @return the data
   * @throws InvalidInputException if the JSON does not fit, with the pointer of the fault
   */
  public static AssessmentData parse(byte[] json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, AssessmentData.class);
  }

  /**
   * Reads data from JSON text.
   *
   * @param json the JSON text
   * @return the data
   * @throws InvalidInputException if the text does not fit, with the pointer of the fault
   */
  public static AssessmentData parse(String json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, AssessmentData.class);
  }
}
