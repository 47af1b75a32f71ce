package dev.yifa.enforcement.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.body.AdministrativeBody;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.json.YifaJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of enforcement powers (权力清单 / 行政执法事项目录) for one agency or a whole county: the
 * {@code power-catalog} document of FORMATS.md.
 *
 * <pre>{@code
 * { "type": "power-catalog", "id": "361124-2024", "region": "361124", "name": "…县行政执法事项目录",
 *   "bodies": [ { "id": "<USCC>", "name": "…县市场监督管理局", "level": "COUNTY", "kind": "DEPARTMENT" } ],
 *   "powers": [ { "code": "…", "name": "…", "category": "PENALTY", "body": "<USCC>", "basis": [ <citation> ],
 *                 "responsibilities": ["立案责任：…"], "accountability": ["…"] } ],
 *   "benchmarks": { … discretion benchmarks, see DiscretionBenchmarks … } }
 * }</pre>
 *
 * <p>Reading checks shape only (input errors); whether a power's body is listed or its basis may
 * create it are findings of {@link CatalogRules#PACK}. Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param id the catalog's id
 * @param region the division of the government whose catalog it is
 * @param name the catalog's title
 * @param bodies the bodies that hold powers (执法主体)
 * @param powers the powers (执法事项)
 * @param benchmarks discretion benchmarks published with the catalog, if any
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PowerCatalog(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DivisionCode region,
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) List<AdministrativeBody> bodies,
    @JsonProperty(required = true) List<Power> powers,
    @Nullable DiscretionBenchmarks benchmarks) {

  /** The document type. */
  public static final String TYPE = "power-catalog";

  /**
   * Validates and copies the components; builds the lookups.
   *
   * @throws IllegalArgumentException if the type is not {@value #TYPE} or a text is blank
   */
  public PowerCatalog {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(region, "region");
    checkNotNull(name, "name");
    checkNotNull(bodies, "bodies");
    checkNotNull(powers, "powers");
    checkArgument(TYPE.equals(type), "type must be %s: '%s'", TYPE, type);
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!name.isBlank(), "name must not be blank");
    for (AdministrativeBody b : bodies) {
      checkNotNull(b, "bodies");
    }
    for (Power p : powers) {
      checkNotNull(p, "powers");
    }
    bodies = List.copyOf(bodies);
    powers = List.copyOf(powers);
  }

  /**
   * Creates a catalog without benchmarks.
   *
   * @param id the catalog's id
   * @param region the division
   * @param name the title
   * @param bodies the bodies
   * @param powers the powers
   * @return the catalog
   */
  public static PowerCatalog of(
      String id, DivisionCode region, String name, List<AdministrativeBody> bodies, List<Power> powers) {
    return new PowerCatalog(TYPE, id, region, name, bodies, powers, null);
  }

  /**
   * Reads a catalog from JSON with Yifa's strict mapper.
   *
   * @param json the document
   * @return the catalog
   * @throws dev.yifa.core.InvalidInputException if the JSON does not fit the shape, with the pointer
   */
  public static PowerCatalog fromJson(String json) {
    return YifaJson.read(json, PowerCatalog.class);
  }

  /**
   * Writes the catalog as JSON that {@link #fromJson(String)} reads back to an equal catalog.
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
   * Returns a listed body by id.
   *
   * @param bodyId the body's USCC
   * @return the first body with that id, or empty
   */
  public Optional<AdministrativeBody> body(UnifiedSocialCreditCode bodyId) {
    checkNotNull(bodyId, "bodyId");
    return Optional.ofNullable(bodiesById().get(bodyId));
  }

  /**
   * Returns the bodies by id (the first of each id).
   *
   * @return an unmodifiable map in list order
   */
  @JsonIgnore
  public Map<UnifiedSocialCreditCode, AdministrativeBody> bodiesById() {
    Map<UnifiedSocialCreditCode, AdministrativeBody> map = new LinkedHashMap<>();
    for (AdministrativeBody b : bodies) {
      map.putIfAbsent(b.id(), b);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the power with a code, if any.
   *
   * @param code the item code
   * @return the first power with that code, or empty
   */
  public Optional<Power> power(String code) {
    checkNotNull(code, "code");
    for (Power p : powers) {
      if (p.code().equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the powers a body holds.
   *
   * @param bodyId the body's USCC
   * @return the powers, in catalog order, unmodifiable
   */
  public List<Power> powersOf(UnifiedSocialCreditCode bodyId) {
    checkNotNull(bodyId, "bodyId");
    List<Power> out = new ArrayList<>();
    for (Power p : powers) {
      if (p.body().equals(bodyId)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Counts the powers of each category.
   *
   * @return counts by category, for categories present, unmodifiable
   */
  public Map<PowerCategory, Integer> countByCategory() {
    Map<PowerCategory, Integer> counts = new HashMap<>();
    for (Power p : powers) {
      counts.merge(p.category(), 1, Integer::sum);
    }
    return Map.copyOf(counts);
  }
}
