package dev.yifa.core.body;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person who takes part in administrative enforcement: a certified enforcement officer (执法人员)
 * or an auxiliary (辅助人员). The {@code officers} entries of FORMATS.md ({@code {name,
 * certificateNo, certificateValidUntil, auxiliary}}); the other fields are optional in JSON.
 *
 * <p>Only an officer who {@linkplain #mayEnforceOn may enforce} on a day counts towards the two
 * officers the law requires (行政处罚法 2021 第四十二条第一款: "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外"; statutes.md
 * APL-42);
 * auxiliaries never count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the person's name
 * @param certificateNo the enforcement certificate number (执法证号), absent for auxiliaries or
 *     officers without one
 * @param certificateValidFrom the first day the certificate is valid, if recorded
 * @param certificateValidUntil the last day the certificate is valid; absent means no expiry was
 *     recorded and the certificate is taken as unlimited
 * @param status the standing of the certificate; {@link OfficerStatus#ACTIVE} when absent in JSON
 * @param legalQualification whether the person holds the national legal professional qualification
 *     (法律职业资格), as legal reviewers must for a first appointment (行政处罚法 2021 第五十八条; statutes.md APL-58)
 * @param auxiliary whether the person is an auxiliary (辅助人员), who never counts as an officer
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnforcementOfficer(
    String name,
    @Nullable String certificateNo,
    @Nullable LocalDate certificateValidFrom,
    @Nullable LocalDate certificateValidUntil,
    OfficerStatus status,
    boolean legalQualification,
    boolean auxiliary) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the name or certificate number is blank, or the validity
   *     ends before it starts
   */
  public EnforcementOfficer {
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    checkArgument(
        certificateNo == null || !certificateNo.isBlank(),
        "certificateNo must not be blank: '%s'",
        certificateNo);
    checkArgument(
        certificateValidFrom == null
            || certificateValidUntil == null
            || !certificateValidUntil.isBefore(certificateValidFrom),
        "certificateValidUntil must not be before certificateValidFrom: %s < %s",
        certificateValidUntil,
        certificateValidFrom);
  }

  /**
   * Reads an officer from JSON, where only {@code name} is required.
   *
   * @param name the person's name
   * @param certificateNo the certificate number, or {@code null}
   * @param certificateValidFrom the first valid day, or {@code null}
   * @param certificateValidUntil the last valid day, or {@code null}
   * @param status the status, {@code null} for {@link OfficerStatus#ACTIVE}
   * @param legalQualification the qualification flag, {@code null} for {@code false}
   * @param auxiliary the auxiliary flag, {@code null} for {@code false}
   * @return the officer
   */
  @JsonCreator
  static EnforcementOfficer fromJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("certificateNo") @Nullable String certificateNo,
      @JsonProperty("certificateValidFrom") @Nullable LocalDate certificateValidFrom,
      @JsonProperty("certificateValidUntil") @Nullable LocalDate certificateValidUntil,
      @JsonProperty("status") @Nullable OfficerStatus status,
      @JsonProperty("legalQualification") @Nullable Boolean legalQualification,
      @JsonProperty("auxiliary") @Nullable Boolean auxiliary) {
    return new EnforcementOfficer(
        name,
        certificateNo,
        certificateValidFrom,
        certificateValidUntil,
        status == null ? OfficerStatus.ACTIVE : status,
        Boolean.TRUE.equals(legalQualification),
        Boolean.TRUE.equals(auxiliary));
  }

  /**
   * Creates an active, certified officer, the common case.
   *
   * @param name the person's name
   * @param certificateNo the certificate number
   * @param certificateValidUntil the last valid day of the certificate
   * @return the officer, not auxiliary, without legal qualification recorded
   */
  public static EnforcementOfficer certified(
      String name, String certificateNo, LocalDate certificateValidUntil) {
    requireNonNull(certificateNo, "certificateNo");
    requireNonNull(certificateValidUntil, "certificateValidUntil");
    return new EnforcementOfficer(
        name, certificateNo, null, certificateValidUntil, OfficerStatus.ACTIVE, false, false);
  }

  /**
   * Returns whether this person may carry out enforcement on a day: active, not an auxiliary, with
   * a certificate number, and the certificate valid that day (both ends included).
   *
   * @param day the day of the act
   * @return {@code true} if the person counts as an enforcement officer that day
   */
  public boolean mayEnforceOn(LocalDate day) {
    requireNonNull(day, "day");
    return status == OfficerStatus.ACTIVE
        && !auxiliary
        && certificateNo != null
        && (certificateValidFrom == null || !day.isBefore(certificateValidFrom))
        && (certificateValidUntil == null || !day.isAfter(certificateValidUntil));
  }
}
