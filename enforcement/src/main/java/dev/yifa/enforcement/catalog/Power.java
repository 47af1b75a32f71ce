package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.InstrumentLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a powers catalog (权力清单事项): what the power is, who holds it, on which legal basis,
 * and the responsibilities (责任事项) and accountability cases (追责情形) attached to it — the columns
 * observed in published catalogs (reference/practice.md §5.2).
 *
 * <p>JSON: {@code {code, name, category, subcategory?, body, basis?, penaltyKinds?, temporary?,
 * responsibilities?, accountability?}}; absent lists are empty. Immutable and thread-safe.
 *
 * @param code the item code (项目编码), e.g. {@code 361124-SJ-CF-0001}
 * @param name the item name (项目名称)
 * @param category the category (权力类型)
 * @param subcategory an optional subtype in UPPER_SNAKE, e.g. {@link #MEASURE} or {@link #EXECUTION}
 *     for coercion
 * @param body the USCC of the body that holds the power, one of the catalog's bodies
 * @param basis the legal basis (实施依据), possibly empty (which is a finding, not bad input)
 * @param penaltyKinds for a penalty power, the kinds of penalty it may impose, as FORMATS.md names
 *     them ({@code WARNING}, {@code FINE}, {@code DETENTION} …), possibly empty when not recorded
 * @param temporary for a licence, whether it is a temporary licence (临时性的行政许可, 行政许可法第十五条)
 * @param responsibilities the responsibilities (责任事项), e.g. one per procedural stage
 * @param accountability the accountability cases (追责情形)
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Power(
    @JsonProperty(required = true) String code,
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) PowerCategory category,
    @Nullable String subcategory,
    @JsonProperty(required = true) UnifiedSocialCreditCode body,
    List<Citation> basis,
    List<String> penaltyKinds,
    @Nullable Boolean temporary,
    List<String> responsibilities,
    List<String> accountability) {

  /** Subcategory of a coercion power: a coercive measure (行政强制措施). */
  public static final String MEASURE = "MEASURE";

  /** Subcategory of a coercion power: compulsory execution (行政强制执行). */
  public static final String EXECUTION = "EXECUTION";

  /** The penalty kinds FORMATS.md names ({@code <penalty>.kind}). */
  public static final Set<String> PENALTY_KINDS =
      Set.of(
          "WARNING",
          "NOTICE_OF_CRITICISM",
          "FINE",
          "CONFISCATE_GAINS",
          "CONFISCATE_PROPERTY",
          "SUSPEND_LICENCE",
          "LOWER_QUALIFICATION",
          "REVOKE_LICENCE",
          "RESTRICT_OPERATION",
          "SUSPEND_BUSINESS",
          "ORDER_CLOSURE",
          "RESTRICT_EMPLOYMENT",
          "DETENTION",
          "OTHER");

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the code or name is blank, the subcategory is not
   *     UPPER_SNAKE, or a penalty kind is unknown
   */
  public Power {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(category, "category");
    checkNotNull(body, "body");
    checkArgument(!code.isBlank(), "code must not be blank: '%s'", code);
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    checkArgument(
        subcategory == null || UPPER_SNAKE.matcher(subcategory).matches(),
        "subcategory must be UPPER_SNAKE: '%s'",
        subcategory);
    basis = copy(basis, "basis");
    penaltyKinds = copy(penaltyKinds, "penaltyKinds");
    for (String kind : penaltyKinds) {
      checkArgument(
          PENALTY_KINDS.contains(kind),
          "penaltyKinds: unknown penalty kind '%s', expected one of %s",
          kind,
          new java.util.TreeSet<>(PENALTY_KINDS));
    }
    responsibilities = copy(responsibilities, "responsibilities");
    accountability = copy(accountability, "accountability");
  }

  private static <T> List<T> copy(@Nullable List<T> list, String name) {
    if (list == null) {
      return List.of();
    }
    for (T t : list) {
      checkNotNull(t, name);
    }
    return List.copyOf(list);
  }

  /**
   * Creates a power with a basis and no penalty kinds, responsibilities or accountability.
   *
   * @param code the item code
   * @param name the item name
   * @param category the category
   * @param body the holder's USCC
   * @param basis the legal basis
   * @return the power
   */
  public static Power of(
      String code, String name, PowerCategory category, UnifiedSocialCreditCode body, List<Citation> basis) {
    return new Power(code, name, category, null, body, basis, List.of(), null, List.of(), List.of());
  }

  /**
   * Tells whether the power is a temporary licence.
   *
   * @return true if {@code temporary} is set to true
   */
  public boolean temporaryLicence() {
    return Boolean.TRUE.equals(temporary);
  }

  /**
   * Returns the highest level among the basis citations that can create powers at all (law down to
   * local government rule), the level that decides what the basis may create.
   *
   * @return the highest legislative level, or empty if the basis holds only normative documents,
   *     policy documents or judicial interpretations (or nothing)
   */
  public Optional<InstrumentLevel> highestLegislativeLevel() {
    InstrumentLevel best = null;
    for (Citation c : basis) {
      InstrumentLevel l = c.instrument().level();
      if (isLegislative(l) && (best == null || l.ordinal() < best.ordinal())) {
        best = l;
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean isLegislative(InstrumentLevel level) {
    return switch (level) {
      case CONSTITUTION, LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, DEPARTMENTAL_RULE,
          LOCAL_GOVERNMENT_RULE -> true;
      case NORMATIVE_DOCUMENT, JUDICIAL_INTERPRETATION, POLICY_DOCUMENT -> false;
    };
  }
}
