package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.assessment.review.GradeBand;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An agency assessment scheme (依法行政考核方案) as data: an indicator tree whose points add up to the
 * total, grade bands, and awards. The JSON document type is {@value #TYPE} (schema {@code
 * /schemas/assessment-scheme.schema.json}). Checked when built: faults throw {@link
 * InvalidInputException} with the pointer of the offending field. Whether a scheme is
 * <em>lawful</em> (e.g. does not tie fines to assessment) is checked by {@link SchemeRules}.
 * Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param id the scheme's id, e.g. {@code county-rule-of-law/2021.1}
 * @param title the scheme's title
 * @param region the 6-digit division code of the government the scheme belongs to, or null
 * @param sources where the scheme and its figures come from
 * @param total the points of the whole tree, e.g. 100
 * @param indicators the top-level indicators, their points adding up to {@code total}
 * @param grades the grade bands, highest first; the last is the failing grade
 * @param awards the awards, possibly empty
 * @since 0.1
 */
public record AssessmentScheme(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String title,
    @Nullable String region,
    @Nullable List<String> sources,
    @JsonProperty(required = true) BigDecimal total,
    @JsonProperty(required = true) List<Indicator> indicators,
    @JsonProperty(required = true) List<GradeBand> grades,
    @Nullable List<Award> awards) {

  /** The document type of assessment schemes. */
  public static final String TYPE = "assessment-scheme";

  /** Validates the scheme and copies the lists. */
  public AssessmentScheme {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(total, "total");
    checkNotNull(indicators, "indicators");
    checkNotNull(grades, "grades");
    sources = sources == null ? List.of() : List.copyOf(sources);
    indicators = List.copyOf(indicators);
    grades = List.copyOf(grades);
    awards = awards == null ? List.of() : List.copyOf(awards);
    if (!TYPE.equals(type)) {
      throw Indicator.bad("/type", "\"" + TYPE + "\"", "not an assessment scheme: type '" + type + "'");
    }
    if (indicators.isEmpty()) {
      throw Indicator.bad("/indicators", "at least one indicator", "a scheme needs indicators");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      sum = sum.add(i.points());
    }
    if (sum.compareTo(total) != 0) {
      throw Indicator.bad("/indicators", "indicators whose points add up to the total " + total.toPlainString(),
          "indicator points add up to " + sum.toPlainString() + ", not the total " + total.toPlainString());
    }
    Set<String> ids = new HashSet<>();
    walk(indicators, "/indicators", (pointer, ind) -> {
      if (ind.isLeaf() && !ids.add(ind.id())) {
        throw Indicator.bad(pointer + "/id", "an id unique among the leaves", "duplicate indicator id '" + ind.id() + "'");
      }
    });
    if (grades.isEmpty()) {
      throw Indicator.bad("/grades", "at least one grade band", "a scheme needs grade bands");
    }
    Set<String> gradeIds = new HashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      if (!gradeIds.add(grades.get(i).id())) {
        throw Indicator.bad("/grades/" + i + "/id", "a distinct id", "duplicate grade id '" + grades.get(i).id() + "'");
      }
      if (i > 0 && grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
        throw Indicator.bad("/grades/" + i + "/min", "a minimum below the previous band's", "grade bands must descend");
      }
    }
    for (int i = 0; i < awards.size(); i++) {
      String g = awards.get(i).minGrade();
      if (g != null && !gradeIds.contains(g)) {
        throw Indicator.bad("/awards/" + i + "/minGrade", "one of the scheme's grades " + gradeIds, "unknown grade '" + g + "'");
      }
    }
  }

  /**
   * Returns the default county scheme: indicators from the 2021 national 市县法治政府建设示范指标体系
   * and real county schemes (practice.md §3), with their sources.
   *
   * @return the default scheme
   */
  public static AssessmentScheme defaultCountyScheme() {
    return Holder.DEFAULT;
  }

  /**
   * Reads a scheme from JSON.
   *
   * @param json the JSON, UTF-8
   * @return the scheme
   * @throws InvalidInputException if the JSON is not a valid scheme, with the pointer of the fault
   */
  public static AssessmentScheme parse(byte[] json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, AssessmentScheme.class);
  }

  /**
   * Reads a scheme from JSON text.
   *
   * @param json the JSON text
   * @return the scheme
   * @throws InvalidInputException if the text is not a valid scheme, with the pointer of the fault
   */
  public static AssessmentScheme parse(String json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, AssessmentScheme.class);
  }

  /**
   * Returns the leaves in depth-first order, by JSON pointer in the scheme document.
   *
   * @return the leaves by pointer, in order
   */
  public Map<String, Indicator> leavesByPointer() {
    Map<String, Indicator> out = new LinkedHashMap<>();
    walk(indicators, "/indicators", (p, i) -> {
      if (i.isLeaf()) {
        out.put(p, i);
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Returns every indicator, groups and leaves, in depth-first order, by JSON pointer.
   *
   * @return the indicators by pointer, in order
   */
  public Map<String, Indicator> allByPointer() {
    Map<String, Indicator> out = new LinkedHashMap<>();
    walk(indicators, "/indicators", out::put);
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Returns a leaf indicator by id.
   *
   * @param indicatorId the id
   * @return the leaf, or empty
   */
  public Optional<Indicator> leaf(String indicatorId) {
    checkNotNull(indicatorId, "indicatorId");
    return leavesByPointer().values().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * Returns the grade a total earns before any veto.
   *
   * @param score the total
   * @return the highest band reached, or the last band
   */
  public GradeBand gradeOf(BigDecimal score) {
    checkNotNull(score, "score");
    for (GradeBand g : grades) {
      if (score.compareTo(g.min()) >= 0) {
        return g;
      }
    }
    return grades.get(grades.size() - 1);
  }

  /**
   * Writes the scheme as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return YifaJson.mapper().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the path of names of an indicator: {@code /行政执法/执法人员持证率}.
   *
   * @param pointer the indicator's JSON pointer in the scheme
   * @return the path of ids, e.g. {@code /enforcement/certified-officers}
   */
  public String idPath(String pointer) {
    checkNotNull(pointer, "pointer");
    StringBuilder sb = new StringBuilder();
    List<Indicator> level = indicators;
    String[] parts = pointer.split("/");
    // parts: "", "indicators", i, "children", j, ...
    for (int k = 2; k < parts.length; k += 2) {
      Indicator ind = level.get(Integer.parseInt(parts[k]));
      sb.append('/').append(ind.id());
      level = ind.children();
    }
    return sb.toString();
  }

  static void walk(List<Indicator> list, String prefix, BiConsumer<String, Indicator> visitor) {
    for (int i = 0; i < list.size(); i++) {
      Indicator ind = list.get(i);
      String p = prefix + "/" + i;
      visitor.accept(p, ind);
      if (!ind.children().isEmpty()) {
        walk(ind.children(), p + "/children", visitor);
      }
    }
  }

  private static final class Holder {
    static final AssessmentScheme DEFAULT = load("default-county-scheme.json");

    private static AssessmentScheme load(String name) {
      try (InputStream in = AssessmentScheme.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return YifaJson.read(in, AssessmentScheme.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
