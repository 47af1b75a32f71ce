package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a card of one colour means in a {@link CardPolicy}: the points at which it is issued, how
 * long it stays in force, and its consequences.
 *
 * <p>Immutable and thread-safe.
 *
 * @param points the points within the assessment period at which the card is issued
 * @param months how many months the card stays in force from the day it is issued
 * @param consequences the consequences it carries
 * @since 0.1
 */
public record CardRule(int points, int months, List<Consequence> consequences) {

  /** Validates and copies the components. */
  public CardRule {
    checkNotNull(consequences, "consequences");
    checkArgument(points > 0, "points must be positive: %s", points);
    checkArgument(months > 0, "months must be positive: %s", months);
    consequences = List.copyOf(consequences);
  }

  @JsonCreator
  static CardRule fromJson(
      @JsonProperty(value = "points", required = true) int points,
      @JsonProperty(value = "months", required = true) int months,
      @JsonProperty(value = "consequences", required = true) List<Consequence> consequences) {
    return new CardRule(points, months, consequences);
  }
}
