package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A consequence a card of some colour carries in a {@link CardPolicy}, and how long it lasts: a
 * number of months from the card; as long as the card when {@code months} is absent; or, for
 * {@code untilRecertified}, until a new certificate is issued after the card.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the consequence
 * @param months how many months it lasts from the card's day, or {@code null}
 * @param untilRecertified whether it lasts until a {@code CERTIFICATE_ISSUED} event after the card
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consequence(ConsequenceKind kind, @Nullable Integer months, boolean untilRecertified) {

  /** Validates the components. */
  public Consequence {
    checkNotNull(kind, "kind");
    checkArgument(months == null || months > 0, "months must be positive: %s", months);
    checkArgument(
        months == null || !untilRecertified,
        "a consequence lasts either some months or until recertified, not both: %s",
        kind);
  }

  @JsonCreator
  static Consequence fromJson(
      @JsonProperty(value = "kind", required = true) ConsequenceKind kind,
      @JsonProperty("months") @Nullable Integer months,
      @JsonProperty("untilRecertified") @Nullable Boolean untilRecertified) {
    return new Consequence(kind, months, Boolean.TRUE.equals(untilRecertified));
  }
}
