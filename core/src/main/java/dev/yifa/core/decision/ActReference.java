package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Another body's (or the same body's) act that a decision or document revokes or amends: what kind
 * of act it is, who issued it, and what is done to it.
 *
 * <p>Immutable and thread-safe. JSON: {@code {kind, action, title, issuer, number?, issuedOn?}}.
 *
 * @param kind the kind of the act revoked or amended
 * @param action whether it is revoked or amended
 * @param title the act's title
 * @param issuer the body that issued the act
 * @param number the act's document number (文号), if any, as written
 * @param issuedOn the day the act was issued, if known
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActReference(
    @JsonProperty(required = true) ActKind kind,
    @JsonProperty(required = true) Action action,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) ActingBody issuer,
    @Nullable String number,
    @Nullable LocalDate issuedOn) {

  /** What is done to the act. */
  public enum Action {
    /** The act is revoked (撤销 / 废止). */
    REVOKE,
    /** The act is amended (改变). */
    AMEND
  }

  /** Validates the components. */
  public ActReference {
    checkNotNull(kind, "kind");
    checkNotNull(action, "action");
    checkNotNull(title, "title");
    checkNotNull(issuer, "issuer");
    checkArgument(!title.isBlank(), "title must not be blank");
  }
}
