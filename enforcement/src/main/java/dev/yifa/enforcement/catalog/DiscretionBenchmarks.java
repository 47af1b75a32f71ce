package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.money.Money;
import dev.yifa.core.rule.ContextKey;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of discretion benchmarks (行政处罚裁量基准) adopted by an agency: one {@link ViolationBenchmark}
 * per violation, with the date adopted and whether and when they were published. 行政处罚法（2021）
 * 第三十四条: an agency may adopt benchmarks; once adopted they must be published (reference/statutes.md
 * APL-34; national frame 国办发〔2022〕27号, reference/practice.md §6.1).
 *
 * <p>Either a document of its own ({@code "type": "discretion-benchmarks"}, with {@code region}) or
 * embedded in a {@code power-catalog} as {@code benchmarks} (without {@code type} and {@code
 * region}). Put it in a rule context under {@link #CONTEXT_KEY} for penalty rules to read, and
 * {@link #assess} a fine against it. Immutable and thread-safe.
 *
 * @param type {@value #TYPE} for a document of its own, else absent
 * @param id the benchmarks' id
 * @param region the division of the adopting agency, for a document of its own
 * @param name the title
 * @param issuer the adopting agency's name, if recorded
 * @param adoptedOn the day adopted, if recorded
 * @param published whether the benchmarks have been published (向社会公布)
 * @param publishedOn the day published, if recorded
 * @param violations the benchmarks, one per violation code
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscretionBenchmarks(
    @Nullable String type,
    @JsonProperty(required = true) String id,
    @Nullable DivisionCode region,
    @JsonProperty(required = true) String name,
    @Nullable String issuer,
    @Nullable LocalDate adoptedOn,
    @JsonProperty(required = true) Boolean published,
    @Nullable LocalDate publishedOn,
    @JsonProperty(required = true) List<ViolationBenchmark> violations) {

  /** The document type of benchmarks that stand alone. */
  public static final String TYPE = "discretion-benchmarks";

  /** The rule-context slot penalty rules read benchmarks from. */
  public static final ContextKey<DiscretionBenchmarks> CONTEXT_KEY =
      ContextKey.of("discretionBenchmarks", DiscretionBenchmarks.class);

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the type is not {@value #TYPE}, a text is blank or a
   *     violation code repeats
   */
  public DiscretionBenchmarks {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(published, "published");
    checkNotNull(violations, "violations");
    checkArgument(type == null || TYPE.equals(type), "type must be %s: '%s'", TYPE, type);
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!name.isBlank(), "name must not be blank");
    violations.forEach(v -> checkNotNull(v, "violations"));
    violations = List.copyOf(violations);
    Set<String> codes = new java.util.HashSet<>();
    for (ViolationBenchmark v : violations) {
      checkArgument(codes.add(v.code()), "violation code %s appears twice", v.code());
    }
  }

  /**
   * Creates embedded benchmarks (no type, no region).
   *
   * @param id the id
   * @param name the title
   * @param publishedOn the day published, or null if not published
   * @param violations the benchmarks
   * @return the benchmarks
   */
  public static DiscretionBenchmarks of(
      String id, String name, @Nullable LocalDate publishedOn, List<ViolationBenchmark> violations) {
    return new DiscretionBenchmarks(
        null, id, null, name, null, null, publishedOn != null, publishedOn, violations);
  }

  /**
   * Reads benchmarks from JSON with Yifa's strict mapper.
   *
   * @param json the document
   * @return the benchmarks
   * @throws dev.yifa.core.InvalidInputException if the JSON does not fit the shape
   */
  public static DiscretionBenchmarks fromJson(String json) {
    return YifaJson.read(json, DiscretionBenchmarks.class);
  }

  /**
   * Writes the benchmarks as JSON that {@link #fromJson(String)} reads back.
   *
   * @return compact JSON
   */
  public String toJson() {
    try {
      return YifaJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the benchmark for a violation code.
   *
   * @param violationCode the code
   * @return the benchmark, or empty
   */
  public Optional<ViolationBenchmark> violation(String violationCode) {
    checkNotNull(violationCode, "violationCode");
    return Optional.ofNullable(find(violationCode));
  }

  // A linear scan: a record holds no index, and benchmark sets are tens of entries, not thousands.
  private @Nullable ViolationBenchmark find(String violationCode) {
    for (ViolationBenchmark v : violations) {
      if (v.code().equals(violationCode)) {
        return v;
      }
    }
    return null;
  }

  /**
   * Tells whether the benchmarks were published on or before a day.
   *
   * @param day the day
   * @return true if published and the publication day, when recorded, is not after {@code day}
   */
  public boolean publishedBy(LocalDate day) {
    checkNotNull(day, "day");
    return published && (publishedOn == null || !publishedOn.isAfter(day));
  }

  /**
   * Assesses a fine without illegal gains and without a claimed ground for mitigation.
   *
   * @param violationCode the violation's code
   * @param level the circumstance level the decision applied, e.g. {@code GENERAL}
   * @param fine the fine imposed
   * @return the deviations, empty if the fine sits in the level's range
   */
  public List<BenchmarkDeviation> assess(String violationCode, String level, Money fine) {
    return assess(violationCode, level, fine, null, Set.of());
  }

  /**
   * Assesses a fine against the benchmark of its violation: first the statutory range (above the
   * maximum is unlawful; below the minimum is lawful only as a mitigation with a ground of
   * 行政处罚法第三十二条), then the level's range (below it with such a ground is a notice, otherwise an
   * error). An unknown violation code or level gives a notice and nothing else.
   *
   * @param violationCode the violation's code
   * @param level the circumstance level the decision applied
   * @param fine the fine imposed
   * @param illegalGains the illegal gains found, or null if none; ranges in multiples of the gains
   *     apply only with gains
   * @param mitigation the grounds for mitigation the decision claims, possibly empty
   * @return the deviations, at most one, empty if the fine fits
   */
  public List<BenchmarkDeviation> assess(
      String violationCode,
      String level,
      Money fine,
      @Nullable Money illegalGains,
      Set<MitigationGround> mitigation) {
    checkNotNull(violationCode, "violationCode");
    checkNotNull(level, "level");
    checkNotNull(fine, "fine");
    checkNotNull(mitigation, "mitigation");
    ViolationBenchmark v = find(violationCode);
    if (v == null) {
      return List.of(
          new BenchmarkDeviation(BenchmarkDeviation.Kind.VIOLATION_NOT_FOUND, violationCode, level, fine, null));
    }
    Optional<BenchmarkLevel> found = v.level(level);
    if (found.isEmpty()) {
      return List.of(
          new BenchmarkDeviation(BenchmarkDeviation.Kind.LEVEL_NOT_FOUND, violationCode, level, fine, null));
    }
    FineRange statutory = v.statutoryRangeFor(illegalGains);
    if (statutory.exceededBy(fine)) {
      return deviation(BenchmarkDeviation.Kind.ABOVE_STATUTORY_MAXIMUM, violationCode, level, fine, statutory);
    }
    if (statutory.notReachedBy(fine) && mitigation.isEmpty()) {
      return deviation(BenchmarkDeviation.Kind.BELOW_STATUTORY_MINIMUM, violationCode, level, fine, statutory);
    }
    FineRange range = found.get().rangeFor(illegalGains);
    if (range.exceededBy(fine)) {
      return deviation(BenchmarkDeviation.Kind.OUTSIDE_LEVEL, violationCode, level, fine, range);
    }
    if (range.notReachedBy(fine)) {
      return deviation(
          mitigation.isEmpty()
              ? BenchmarkDeviation.Kind.OUTSIDE_LEVEL
              : BenchmarkDeviation.Kind.MITIGATED_BELOW_LEVEL,
          violationCode,
          level,
          fine,
          range);
    }
    return List.of();
  }

  private static List<BenchmarkDeviation> deviation(
      BenchmarkDeviation.Kind kind, String code, String level, Money fine, FineRange range) {
    return List.of(new BenchmarkDeviation(kind, code, level, fine, range));
  }
}
