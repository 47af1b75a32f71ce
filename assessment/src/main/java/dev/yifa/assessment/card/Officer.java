package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An enforcement officer named in an {@code officer-events} log. The id is the certificate number
 * or a staff id, never a resident id (身份证号): the log is about conduct at work and has no need
 * for one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the officer's id in the log: certificate number or staff id
 * @param name the officer's name
 * @param agency the name of the agency the officer works for, if recorded
 * @param auxiliary whether the person is an auxiliary (辅助人员), who may not enforce alone
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Officer(String id, String name, @Nullable String agency, boolean auxiliary) {

  /** Validates the components. */
  public Officer {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
  }

  @JsonCreator
  static Officer fromJson(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("agency") @Nullable String agency,
      @JsonProperty("auxiliary") @Nullable Boolean auxiliary) {
    return new Officer(id, name, agency, Boolean.TRUE.equals(auxiliary));
  }

  /**
   * Creates a certified officer of an agency.
   *
   * @param id the officer's id
   * @param name the officer's name
   * @param agency the agency's name
   * @return the officer, not auxiliary
   */
  public static Officer of(String id, String name, String agency) {
    return new Officer(id, name, checkNotNull(agency, "agency"), false);
  }
}
