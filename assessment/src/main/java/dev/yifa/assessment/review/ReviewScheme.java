package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case-file review scheme (案卷评查标准) as data: categories with points out of a total, deduction
 * items keyed by rule-id globs, veto items, the deduction for findings no item names, and grade
 * bands. The JSON document type is {@code review-scheme} (schema {@code
 * /schemas/review-scheme.schema.json}).
 *
 * <p>Every scheme is checked when it is built: category points add up to {@code total}, every item
 * names a known category, grade ids are distinct and bands descend; otherwise {@link
 * InvalidInputException} with the JSON pointer of the offending field. Immutable and thread-safe.
 *
 * @param type always {@value #TYPE}
 * @param id the scheme's id, e.g. {@code penalty-file-review/2024.1}
 * @param title the scheme's title
 * @param region the 6-digit division code of the government the scheme belongs to, or null
 * @param sources where the scheme's figures come from
 * @param total the points a flawless file scores, e.g. 100
 * @param categories the categories, their points adding up to {@code total}
 * @param deductions the deduction items, the first matching item wins
 * @param defaultDeduction the deduction for an ERROR finding no item names
 * @param warningDeduction the deduction for a WARNING finding no item names, or null for none
 * @param grades the grade bands, highest first; the last is the failing grade
 * @since 0.1
 */
public record ReviewScheme(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String title,
    @Nullable String region,
    @Nullable List<String> sources,
    @JsonProperty(required = true) BigDecimal total,
    @JsonProperty(required = true) List<ReviewCategory> categories,
    @JsonProperty(required = true) List<DeductionItem> deductions,
    @JsonProperty(required = true) DefaultDeduction defaultDeduction,
    @Nullable DefaultDeduction warningDeduction,
    @JsonProperty(required = true) List<GradeBand> grades) {

  /** The document type of review schemes. */
  public static final String TYPE = "review-scheme";

  private static final String DEFAULT_RESOURCE = "default-review-scheme.json";

  /** Validates the scheme and copies the lists. */
  public ReviewScheme {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(total, "total");
    checkNotNull(categories, "categories");
    checkNotNull(deductions, "deductions");
    checkNotNull(defaultDeduction, "defaultDeduction");
    checkNotNull(grades, "grades");
    sources = sources == null ? List.of() : List.copyOf(sources);
    categories = List.copyOf(categories);
    deductions = List.copyOf(deductions);
    grades = List.copyOf(grades);
    validate(type, total, categories, deductions, defaultDeduction, warningDeduction, grades);
  }

  /**
   * Returns the default scheme: categories and veto items from real provincial and national
   * standards (practice.md §1), the penalty rule ids mapped to them, and bands 优秀 ≥ 90, 良好 ≥ 80,
   * 合格 ≥ 60 (a configurable default, practice.md §8).
   *
   * @return the default scheme
   */
  public static ReviewScheme defaultScheme() {
    return Holder.DEFAULT;
  }

  /**
   * Reads a scheme from JSON.
   *
   * @param json the JSON text
   * @return the scheme
   * @throws InvalidInputException if the text is not a valid scheme, with the pointer of the fault
   */
  public static ReviewScheme parse(String json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, ReviewScheme.class);
  }

  /**
   * Reads a scheme from JSON bytes.
   *
   * @param json the JSON, UTF-8
   * @return the scheme
   * @throws InvalidInputException if the bytes are not a valid scheme, with the pointer of the fault
   */
  public static ReviewScheme parse(byte[] json) {
    checkNotNull(json, "json");
    return YifaJson.read(json, ReviewScheme.class);
  }

  /**
   * Returns a category by id.
   *
   * @param categoryId the id
   * @return the category, or empty
   */
  public Optional<ReviewCategory> category(String categoryId) {
    checkNotNull(categoryId, "categoryId");
    return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  /**
   * Returns the grade a score earns, before any veto.
   *
   * @param score the score
   * @return the highest band whose minimum the score reaches, or the last band
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

  private static void validate(
      String type,
      BigDecimal total,
      List<ReviewCategory> categories,
      List<DeductionItem> deductions,
      DefaultDeduction defaultDeduction,
      @Nullable DefaultDeduction warningDeduction,
      List<GradeBand> grades) {
    if (!TYPE.equals(type)) {
      throw bad("/type", "\"" + TYPE + "\"", "not a review scheme: type '" + type + "'");
    }
    if (total.signum() <= 0) {
      throw bad("/total", "a positive number", "total must be positive: " + total);
    }
    if (categories.isEmpty()) {
      throw bad("/categories", "at least one category", "a scheme needs at least one category");
    }
    Set<String> ids = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < categories.size(); i++) {
      ReviewCategory c = categories.get(i);
      if (!ids.add(c.id())) {
        throw bad("/categories/" + i + "/id", "a distinct id", "duplicate category id '" + c.id() + "'");
      }
      sum = sum.add(c.points());
    }
    if (sum.compareTo(total) != 0) {
      throw bad(
          "/categories",
          "category points adding up to total " + total.toPlainString(),
          "category points add up to " + sum.toPlainString() + ", not the total " + total.toPlainString());
    }
    for (int i = 0; i < deductions.size(); i++) {
      if (!ids.contains(deductions.get(i).category())) {
        throw unknownCategory("/deductions/" + i + "/category", deductions.get(i).category(), ids);
      }
    }
    if (!ids.contains(defaultDeduction.category())) {
      throw unknownCategory("/defaultDeduction/category", defaultDeduction.category(), ids);
    }
    if (warningDeduction != null && !ids.contains(warningDeduction.category())) {
      throw unknownCategory("/warningDeduction/category", warningDeduction.category(), ids);
    }
    if (grades.isEmpty()) {
      throw bad("/grades", "at least one grade band", "a scheme needs at least one grade band");
    }
    Set<String> gradeIds = new HashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      GradeBand g = grades.get(i);
      if (!gradeIds.add(g.id())) {
        throw bad("/grades/" + i + "/id", "a distinct id", "duplicate grade id '" + g.id() + "'");
      }
      if (g.min().compareTo(total) > 0) {
        throw bad("/grades/" + i + "/min", "at most the total " + total.toPlainString(),
            "grade '" + g.id() + "' needs more than the total: " + g.min().toPlainString());
      }
      if (i > 0 && g.min().compareTo(grades.get(i - 1).min()) >= 0) {
        throw bad("/grades/" + i + "/min", "a minimum below the previous band's",
            "grade bands must descend: '" + g.id() + "' min " + g.min().toPlainString());
      }
    }
  }

  private static InvalidInputException unknownCategory(String pointer, String id, Set<String> ids) {
    return bad(pointer, "one of the scheme's categories " + new java.util.TreeSet<>(ids),
        "unknown category '" + id + "'");
  }

  private static InvalidInputException bad(String pointer, String expected, String message) {
    return new InvalidInputException(
        pointer, expected, String.format(Locale.ROOT, "%s (at %s)", message, pointer));
  }

  private static final class Holder {
    static final ReviewScheme DEFAULT = load();

    private static ReviewScheme load() {
      try (InputStream in = ReviewScheme.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return YifaJson.read(in, ReviewScheme.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
