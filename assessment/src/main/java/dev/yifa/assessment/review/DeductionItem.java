package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A deduction item of a review scheme: the findings of rules whose id matches {@code rule} (a glob
 * where {@code *} matches any run of characters, e.g. {@code APL-042-*}) take {@code points} off
 * {@code category}, once per rule per file, and may carry a veto. Immutable and thread-safe.
 *
 * @param rule the rule-id glob
 * @param category the id of the category the points come off
 * @param points the points taken off, not negative
 * @param veto the veto the item carries, or null
 * @param reason why the points come off, in Chinese, as the standard words it
 * @since 0.1
 */
public record DeductionItem(
    @JsonProperty(required = true) String rule,
    @JsonProperty(required = true) String category,
    @JsonProperty(required = true) BigDecimal points,
    @Nullable Veto veto,
    @JsonProperty(required = true) String reason) {

  /** Validates the components. */
  public DeductionItem {
    checkNotNull(rule, "rule");
    checkNotNull(category, "category");
    checkNotNull(points, "points");
    checkNotNull(reason, "reason");
    checkArgument(!rule.isEmpty(), "rule must not be empty");
    checkArgument(points.signum() >= 0, "points must not be negative: %s", points);
  }

  /**
   * Tells whether a rule id matches this item's glob.
   *
   * @param ruleId the rule id
   * @return true if it matches
   */
  public boolean matches(String ruleId) {
    checkNotNull(ruleId, "ruleId");
    return glob(rule).matcher(ruleId).matches();
  }

  static Pattern glob(String glob) {
    StringBuilder sb = new StringBuilder();
    for (String part : glob.split("\\*", -1)) {
      if (sb.length() > 0) {
        sb.append(".*");
      }
      sb.append(Pattern.quote(part));
    }
    return Pattern.compile(sb.toString());
  }
}
