package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kind of misconduct a card policy knows, with its demerit points and its basis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, UPPER_SNAKE, e.g. {@code VIOLENT_ENFORCEMENT}
 * @param name the Chinese name, e.g. {@code 粗暴执法、殴打当事人}
 * @param nameEn the English name
 * @param points the demerit points per occurrence, not negative
 * @param immediateRed whether one occurrence gives a red card whatever the points
 * @param basis the provisions or documents the type rests on, e.g. {@code 《中华人民共和国行政处罚法》第五十五条}
 * @param source where the points come from, or a statement that they are an assumption
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MisconductType(
    String code,
    String name,
    String nameEn,
    int points,
    boolean immediateRed,
    List<String> basis,
    @Nullable String source) {

  /** Validates and copies the components. */
  public MisconductType {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(nameEn, "nameEn");
    checkNotNull(basis, "basis");
    checkArgument(code.matches("[A-Z][A-Z0-9_]*"), "code must be UPPER_SNAKE: '%s'", code);
    checkArgument(points >= 0, "points must not be negative: %s", points);
    basis = List.copyOf(basis);
  }

  @JsonCreator
  static MisconductType fromJson(
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "nameEn", required = true) String nameEn,
      @JsonProperty(value = "points", required = true) int points,
      @JsonProperty("immediateRed") @Nullable Boolean immediateRed,
      @JsonProperty("basis") @Nullable List<String> basis,
      @JsonProperty("source") @Nullable String source) {
    return new MisconductType(
        code, name, nameEn, points, Boolean.TRUE.equals(immediateRed), basis == null ? List.of() : basis, source);
  }
}
