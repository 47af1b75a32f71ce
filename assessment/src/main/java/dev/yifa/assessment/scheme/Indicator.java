package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A node of an indicator tree: a group whose {@code children}'s points add up to its own, or a
 * leaf of some {@link IndicatorKind} with the parameters that kind needs. Checked when built;
 * faults throw {@link InvalidInputException} with a pointer relative to the indicator. Immutable
 * and thread-safe.
 *
 * @param id the indicator's id, unique among the scheme's leaves (data name it)
 * @param name the Chinese name
 * @param nameEn the English name, or null
 * @param points the points the indicator carries (0 for a veto)
 * @param kind the leaf's kind, null for a group
 * @param children the group's children, empty for a leaf
 * @param measure what the indicator measures, as a tag (e.g. {@code CERTIFIED_OFFICER_RATE}); the
 *     scheme rules reject {@code FINE_AMOUNT}, {@code FINE_COUNT}, {@code CONFISCATION_AMOUNT} and
 *     {@code FINE_QUOTA}; null if untagged
 * @param direction for {@code RATIO} and {@code VALUE}: whether more is better (default higher)
 * @param target for {@code RATIO} and {@code VALUE}: the value that earns full points
 * @param zeroAt for {@code RATIO} and {@code VALUE}: the value that earns none (default 0 when
 *     higher is better; required when lower is better)
 * @param whenNone for {@code RATIO}: points when the denominator is zero, {@code FULL} (default) or
 *     {@code ZERO}
 * @param perItem for {@code COUNT}: the points off per item
 * @param cap for {@code COUNT}: the most that comes off (default the indicator's points)
 * @param levels for {@code GRADED}: the levels and their points
 * @param veto for {@code VETO}: what the veto does
 * @param source where the indicator and its figures come from, or null
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String name,
    @Nullable String nameEn,
    @JsonProperty(required = true) BigDecimal points,
    @Nullable IndicatorKind kind,
    @Nullable List<Indicator> children,
    @Nullable String measure,
    @Nullable Direction direction,
    @Nullable BigDecimal target,
    @Nullable BigDecimal zeroAt,
    @Nullable String whenNone,
    @Nullable BigDecimal perItem,
    @Nullable BigDecimal cap,
    @Nullable List<Level> levels,
    @Nullable VetoEffect veto,
    @Nullable String source) {

  /** The largest figure a parameter or datum may have. */
  static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000L);

  /** Validates the indicator and copies the lists. */
  public Indicator {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(points, "points");
    children = children == null ? List.of() : List.copyOf(children);
    levels = levels == null ? List.of() : List.copyOf(levels);
    if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(10_000)) > 0) {
      throw bad("/points", "between 0 and 10000", "points out of range: " + points.toPlainString());
    }
    checkDecimals("/points", points);
    if (kind == null) {
      if (children.isEmpty()) {
        throw bad("/kind", "one of " + List.of(IndicatorKind.values()) + ", or children",
            "indicator '" + id + "' has neither a kind nor children");
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Indicator c : children) {
        sum = sum.add(c.points());
      }
      if (sum.compareTo(points) != 0) {
        throw bad("/children", "children whose points add up to " + points.toPlainString(),
            "children of '" + id + "' add up to " + sum.toPlainString() + ", not " + points.toPlainString());
      }
    } else {
      if (!children.isEmpty()) {
        throw bad("/children", "no children for an indicator of kind " + kind, "a leaf indicator cannot have children");
      }
      checkLeaf(id, points, kind, direction, target, zeroAt, whenNone, perItem, cap, levels, veto);
    }
  }

  /**
   * Tells whether this is a leaf.
   *
   * @return true for a leaf
   */
  @JsonIgnore
  public boolean isLeaf() {
    return kind != null;
  }

  /**
   * Returns the direction, defaulting to {@link Direction#HIGHER_IS_BETTER}.
   *
   * @return the direction
   */
  @JsonIgnore
  public Direction effectiveDirection() {
    return direction == null ? Direction.HIGHER_IS_BETTER : direction;
  }

  /**
   * Returns the value earning no points, with its default.
   *
   * @return zeroAt, or 0 when higher is better and none was given
   */
  @JsonIgnore
  public BigDecimal effectiveZeroAt() {
    return zeroAt == null ? BigDecimal.ZERO : zeroAt;
  }

  /**
   * Returns the cap of a count indicator, with its default.
   *
   * @return cap, or the points
   */
  @JsonIgnore
  public BigDecimal effectiveCap() {
    return cap == null ? points : cap;
  }

  /**
   * Tells whether a ratio with a zero denominator earns full points.
   *
   * @return true unless {@code whenNone} is {@code ZERO}
   */
  @JsonIgnore
  public boolean fullWhenNone() {
    return !"ZERO".equals(whenNone);
  }

  private static void checkLeaf(
      String id,
      BigDecimal points,
      IndicatorKind kind,
      @Nullable Direction direction,
      @Nullable BigDecimal target,
      @Nullable BigDecimal zeroAt,
      @Nullable String whenNone,
      @Nullable BigDecimal perItem,
      @Nullable BigDecimal cap,
      List<Level> levels,
      @Nullable VetoEffect veto) {
    switch (kind) {
      case RATIO, VALUE -> {
        if (target == null) {
          throw bad("/target", "a number", "indicator '" + id + "' of kind " + kind + " needs a target");
        }
        checkFigure("/target", target);
        if (zeroAt != null) {
          checkFigure("/zeroAt", zeroAt);
        }
        if (direction == Direction.LOWER_IS_BETTER) {
          if (zeroAt == null || zeroAt.compareTo(target) <= 0) {
            throw bad("/zeroAt", "a number above the target " + target.toPlainString(),
                "indicator '" + id + "' (lower is better) needs zeroAt above its target");
          }
        } else {
          BigDecimal z = zeroAt == null ? BigDecimal.ZERO : zeroAt;
          if (z.compareTo(target) >= 0) {
            throw bad("/zeroAt", "a number below the target " + target.toPlainString(),
                "indicator '" + id + "' needs zeroAt below its target");
          }
        }
        if (whenNone != null && !whenNone.equals("FULL") && !whenNone.equals("ZERO")) {
          throw bad("/whenNone", "FULL or ZERO", "unknown whenNone '" + whenNone + "'");
        }
      }
      case COUNT -> {
        if (perItem == null || perItem.signum() <= 0) {
          throw bad("/perItem", "a positive number", "indicator '" + id + "' of kind COUNT needs a positive perItem");
        }
        checkFigure("/perItem", perItem);
        if (cap != null && (cap.signum() < 0 || cap.compareTo(points) > 0)) {
          throw bad("/cap", "between 0 and the points " + points.toPlainString(), "cap out of range: " + cap.toPlainString());
        }
        if (cap != null) {
          checkFigure("/cap", cap);
        }
      }
      case GRADED -> {
        if (levels.isEmpty()) {
          throw bad("/levels", "at least one level", "indicator '" + id + "' of kind GRADED needs levels");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
          Level l = levels.get(i);
          if (!seen.add(l.level())) {
            throw bad("/levels/" + i + "/level", "a distinct level", "duplicate level '" + l.level() + "'");
          }
          if (l.points().compareTo(points) > 0) {
            throw bad("/levels/" + i + "/points", "at most the points " + points.toPlainString(),
                "level '" + l.level() + "' earns more than the indicator carries");
          }
          checkFigure("/levels/" + i + "/points", l.points());
        }
      }
      case VETO -> {
        if (veto == null) {
          throw bad("/veto", "FAIL or NO_EXCELLENT", "indicator '" + id + "' of kind VETO needs its veto effect");
        }
        if (points.signum() != 0) {
          throw bad("/points", "0 for a veto indicator", "a veto indicator carries no points: " + points.toPlainString());
        }
      }
      case YES_NO -> { }
      default -> throw new AssertionError(kind);
    }
  }

  private static void checkFigure(String pointer, BigDecimal value) {
    if (value.abs().compareTo(LIMIT) > 0) {
      throw bad(pointer, "a number of magnitude at most " + LIMIT, "number too large: " + value.toPlainString());
    }
    checkDecimals(pointer, value);
  }

  private static void checkDecimals(String pointer, BigDecimal value) {
    if (value.stripTrailingZeros().scale() > 4) {
      throw bad(pointer, "a number with at most 4 decimals", "too many decimals: " + value.toPlainString());
    }
  }

  static InvalidInputException bad(String pointer, String expected, String message) {
    return new InvalidInputException(pointer, expected, String.format(Locale.ROOT, "%s (at %s)", message, pointer));
  }
}
