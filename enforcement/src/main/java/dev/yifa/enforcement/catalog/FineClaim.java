package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.money.Money;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fine a decision imposed, as the rules of {@link DiscretionRules#forFines} assess it: which
 * violation and level the decision applied, the amount, the illegal gains, the grounds for
 * mitigation claimed, and where in the subject's JSON the fine sits. Immutable and thread-safe.
 *
 * @param path the JSON pointer findings name, e.g. {@code /decision/penalties/0/amount}
 * @param violationCode the benchmark's violation code
 * @param level the circumstance level applied, e.g. {@code GENERAL}
 * @param fine the fine
 * @param illegalGains the illegal gains found, or null if none
 * @param mitigation the grounds of 行政处罚法第三十二条 the decision claims, possibly empty
 * @since 0.1
 */
public record FineClaim(
    String path,
    String violationCode,
    String level,
    Money fine,
    @Nullable Money illegalGains,
    Set<MitigationGround> mitigation) {

  /** Validates and copies the components. */
  public FineClaim {
    checkNotNull(path, "path");
    checkNotNull(violationCode, "violationCode");
    checkNotNull(level, "level");
    checkNotNull(fine, "fine");
    checkNotNull(mitigation, "mitigation");
    checkArgument(path.isEmpty() || path.startsWith("/"), "path must be a JSON pointer: '%s'", path);
    mitigation = Set.copyOf(mitigation);
  }

  /**
   * Creates a claim without gains or mitigation.
   *
   * @param path the JSON pointer of the fine
   * @param violationCode the violation code
   * @param level the level applied
   * @param fine the fine
   * @return the claim
   */
  public static FineClaim of(String path, String violationCode, String level, Money fine) {
    return new FineClaim(path, violationCode, level, fine, null, Set.of());
  }
}
