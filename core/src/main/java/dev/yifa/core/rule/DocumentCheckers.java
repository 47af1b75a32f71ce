package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.JurisdictionProfile;
import dev.yifa.core.profile.Profiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The document checkers Yifa knows, by document type, and the one entry point that reads any
 * document, resolves the profile of its {@code region} and checks it with the checker of its
 * {@code type}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentCheckers {
  private final Map<String, DocumentChecker> byType;
  private final Profiles profiles;
  private final UnaryOperator<RuleContext> decorator;

  private DocumentCheckers(
      Map<String, DocumentChecker> byType, Profiles profiles, UnaryOperator<RuleContext> decorator) {
    this.byType = byType;
    this.profiles = profiles;
    this.decorator = decorator;
  }

  /**
   * Finds every {@link DocumentChecker} on the module or class path, with the built-in profiles.
   *
   * @return the registry
   * @throws IllegalStateException if two checkers claim the same type
   */
  public static DocumentCheckers load() {
    List<DocumentChecker> found = new ArrayList<>();
    ServiceLoader.load(DocumentChecker.class, DocumentCheckers.class.getClassLoader())
        .forEach(found::add);
    return of(found, Profiles.builtIn());
  }

  /**
   * Builds a registry from given checkers.
   *
   * @param checkers the checkers, each with a distinct type
   * @param profiles the jurisdiction profiles to resolve regions with
   * @return the registry
   * @throws IllegalArgumentException if two checkers claim the same type
   */
  public static DocumentCheckers of(Collection<? extends DocumentChecker> checkers, Profiles profiles) {
    checkNotNull(checkers, "checkers");
    checkNotNull(profiles, "profiles");
    Map<String, DocumentChecker> map = new TreeMap<>();
    for (DocumentChecker c : checkers) {
      checkNotNull(c, "checker");
      DocumentChecker previous = map.put(c.type(), c);
      checkArgument(
          previous == null,
          "two checkers for document type %s: %s and %s",
          c.type(),
          previous == null ? "" : previous.getClass().getName(),
          c.getClass().getName());
    }
    return new DocumentCheckers(Map.copyOf(map), profiles, UnaryOperator.identity());
  }

  /**
   * Returns a registry that adds to every document's context, e.g. the discretion benchmarks or the
   * powers catalog that rules read through {@link ContextKey}s. Decorations compose in order.
   *
   * @param decoration applied to each context after the profile and calendar are resolved
   * @return a new registry
   */
  public DocumentCheckers withContext(UnaryOperator<RuleContext> decoration) {
    checkNotNull(decoration, "decoration");
    UnaryOperator<RuleContext> before = decorator;
    return new DocumentCheckers(byType, profiles, ctx -> decoration.apply(before.apply(ctx)));
  }

  /**
   * Returns the document types that can be checked, in alphabetical order.
   *
   * @return the types
   */
  public List<String> types() {
    return List.copyOf(new TreeMap<>(byType).keySet());
  }

  /**
   * Returns the checker of a document type.
   *
   * @param type the document type
   * @return the checker, or empty
   */
  public Optional<DocumentChecker> forType(String type) {
    checkNotNull(type, "type");
    return Optional.ofNullable(byType.get(type));
  }

  /**
   * Returns the profiles regions are resolved with.
   *
   * @return the profiles
   */
  public Profiles profiles() {
    return profiles;
  }

  /**
   * Reads a document's text and checks it.
   *
   * @param json the document, UTF-8 JSON
   * @param asOf the day the check is made as of
   * @return the report
   * @throws InvalidInputException if the text is not a document of a known type, or does not fit
   *     its type's shape
   */
  public Report check(byte[] json, LocalDate asOf) {
    checkNotNull(json, "json");
    return check(YifaJson.read(json, JsonNode.class), asOf);
  }

  /**
   * Checks a document.
   *
   * @param document the document
   * @param asOf the day the check is made as of
   * @return the report
   * @throws InvalidInputException if the document is not of a known type, or does not fit its
   *     type's shape
   */
  public Report check(JsonNode document, LocalDate asOf) {
    checkNotNull(document, "document");
    checkNotNull(asOf, "asOf");
    return checkerOf(document).check(document, contextFor(document, asOf));
  }

  /**
   * Checks documents together: each type's checker sees all documents of its type at once, so
   * that it can add findings across documents. Reports come back in the order of the documents.
   *
   * @param documents the documents, of any known types
   * @param asOf the day the check is made as of
   * @return one report per document, in order
   * @throws InvalidInputException if a document is not of a known type, or does not fit its type's
   *     shape; the pointer is prefixed with the document's index
   */
  public List<Report> checkBatch(List<JsonNode> documents, LocalDate asOf) {
    checkNotNull(documents, "documents");
    checkNotNull(asOf, "asOf");
    Map<String, List<Integer>> indexesByType = new TreeMap<>();
    List<RuleContext> contexts = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      JsonNode doc = documents.get(i);
      try {
        DocumentChecker checker = checkerOf(doc);
        indexesByType.computeIfAbsent(checker.type(), t -> new ArrayList<>()).add(i);
        contexts.add(contextFor(doc, asOf));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "/" + i + e.pointer(), e.expected(), "document " + i + ": " + e.getMessage(), null, e);
      }
    }
    Report[] reports = new Report[documents.size()];
    for (Map.Entry<String, List<Integer>> e : indexesByType.entrySet()) {
      List<JsonNode> docs = new ArrayList<>();
      List<RuleContext> ctxs = new ArrayList<>();
      for (int i : e.getValue()) {
        docs.add(documents.get(i));
        ctxs.add(contexts.get(i));
      }
      List<Report> out = byType.get(e.getKey()).checkBatch(docs, ctxs);
      for (int j = 0; j < out.size(); j++) {
        reports[e.getValue().get(j)] = out.get(j);
      }
    }
    return List.of(reports);
  }

  /**
   * Builds the context for a document: the profile of its {@code region} as of {@code asOf}, and
   * the working-day calendar of that province.
   *
   * @param document the document
   * @param asOf the day the check is made as of
   * @return the context
   * @throws InvalidInputException if {@code region} is missing or not a division code
   */
  public RuleContext contextFor(JsonNode document, LocalDate asOf) {
    checkNotNull(document, "document");
    checkNotNull(asOf, "asOf");
    JsonNode region = document.get("region");
    if (region == null || !region.isTextual()) {
      throw new InvalidInputException(
          "/region",
          "a six-digit administrative-division code (GB/T 2260), e.g. \"360000\"",
          "at /region: the document must name its region");
    }
    if (!DivisionCode.isValid(region.asText())) {
      throw new InvalidInputException(
          "/region",
          "a six-digit administrative-division code (GB/T 2260), e.g. \"360000\"",
          "at /region: not a division code: '" + region.asText() + "'");
    }
    JurisdictionProfile profile = profiles.profileFor(region.asText(), asOf);
    return decorator.apply(RuleContext.of(asOf, profile));
  }

  private DocumentChecker checkerOf(JsonNode document) {
    if (!document.isObject()) {
      throw new InvalidInputException("", "a JSON object", "a document must be a JSON object");
    }
    JsonNode type = document.get("type");
    if (type == null || !type.isTextual()) {
      throw new InvalidInputException(
          "/type", "one of " + types(), "at /type: the document must name its type, one of " + types());
    }
    DocumentChecker checker = byType.get(type.asText());
    if (checker == null) {
      throw new InvalidInputException(
          "/type",
          "one of " + types(),
          "at /type: unknown document type '" + type.asText() + "', expected one of " + types());
    }
    return checker;
  }
}
