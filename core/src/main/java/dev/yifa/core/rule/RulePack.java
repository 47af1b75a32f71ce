package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, versioned, ordered set of rules for one kind of subject, e.g. {@code
 * penalty/2021.1} for {@code penalty-case} documents.
 *
 * <p>Building a pack verifies every rule: ids are unique, and each rule's message key exists in
 * Chinese and English with the same parameters; otherwise {@link InvalidRuleException}.
 *
 * <p>A pack may name a <em>relevant date</em> for a subject (e.g. a penalty case's decision date):
 * rules whose applicability interval does not contain it are skipped. Without one, or when it gives
 * {@code null}, the context's as-of day is used.
 *
 * <p>Immutable and thread-safe if its rules and functions are.
 *
 * @param <S> the subject type
 * @since 0.1
 */
public final class RulePack<S> {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]*");

  private final String id;
  private final String version;
  private final Class<S> subjectType;
  private final String documentType;
  private final Function<? super S, String> subjectId;
  private final @Nullable Function<? super S, @Nullable LocalDate> relevantDate;
  private final @Nullable Messages messages;
  private final List<Rule<S>> rules;
  private final List<BoundRule<S>> bound;
  private final Map<String, Rule<S>> byId;

  private RulePack(Builder<S> b, String documentType, Function<? super S, String> subjectId) {
    this.id = b.id;
    this.version = b.version;
    this.subjectType = b.subjectType;
    this.documentType = documentType;
    this.subjectId = subjectId;
    this.relevantDate = b.relevantDate;
    this.messages = b.messages;
    Map<String, Rule<S>> map = new LinkedHashMap<>();
    List<BoundRule<S>> boundRules = new ArrayList<>();
    for (Rule<S> rule : b.rules) {
      if (map.put(rule.id(), rule) != null) {
        throw new InvalidRuleException(
            rule.id(), "rule pack " + b.id + " has rule id " + rule.id() + " twice");
      }
      Messages messages = rule.messages().orElse(b.messages);
      if (messages == null) {
        throw new InvalidRuleException(
            rule.id(),
            "rule " + rule.id() + " names no messages and rule pack " + b.id + " has none");
      }
      messages.verify(rule.id(), rule.messageKey());
      boundRules.add(new BoundRule<>(rule, messages));
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
    this.rules = List.copyOf(map.values());
    this.bound = List.copyOf(boundRules);
  }

  /**
   * Starts a rule pack.
   *
   * @param id the pack id, lower-case words joined by hyphens, e.g. {@code penalty}
   * @param version the pack version, e.g. {@code 2021.1}
   * @param subjectType the subject type
   * @param <S> the subject type
   * @return a builder
   */
  public static <S> Builder<S> builder(String id, String version, Class<S> subjectType) {
    checkNotNull(id, "id");
    checkNotNull(version, "version");
    checkNotNull(subjectType, "subjectType");
    if (!ID.matcher(id).matches()) {
      throw new InvalidRuleException(id, "rule pack id must be lower-case words joined by hyphens: " + id);
    }
    if (!VERSION.matcher(version).matches()) {
      throw new InvalidRuleException(id, "rule pack version must be letters, digits, dots and hyphens: " + version);
    }
    return new Builder<>(id, version, subjectType);
  }

  /**
   * Returns the pack id.
   *
   * @return e.g. {@code penalty}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the pack version.
   *
   * @return e.g. {@code 2021.1}
   */
  public String version() {
    return version;
  }

  /**
   * Returns the pack id and version as reports name them.
   *
   * @return e.g. {@code penalty/2021.1}
   */
  public String name() {
    return id + "/" + version;
  }

  /**
   * Returns the subject type.
   *
   * @return the class of the subjects
   */
  public Class<S> subjectType() {
    return subjectType;
  }

  /**
   * Returns the document type reports name, as in FORMATS.md.
   *
   * @return e.g. {@code penalty-case}
   */
  public String documentType() {
    return documentType;
  }

  /**
   * Returns the id of a subject, as reports name it.
   *
   * @param subject the subject
   * @return its id
   */
  public String subjectId(S subject) {
    checkNotNull(subject, "subject");
    return checkNotNull(subjectId.apply(subject), "subject id of %s", subject);
  }

  /**
   * Returns the date that decides which rules apply to a subject.
   *
   * @param subject the subject
   * @param ctx the context
   * @return the pack's relevant date for the subject, or the context's as-of day
   */
  public LocalDate relevantDate(S subject, RuleContext ctx) {
    checkNotNull(subject, "subject");
    checkNotNull(ctx, "ctx");
    LocalDate day = relevantDate == null ? null : relevantDate.apply(subject);
    return day == null ? ctx.asOf() : day;
  }

  /**
   * Returns the rules in the order they were added.
   *
   * @return the rules, unmodifiable
   */
  public List<Rule<S>> rules() {
    return rules;
  }

  /**
   * Returns a rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty
   */
  public Optional<Rule<S>> rule(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  List<BoundRule<S>> bound() {
    return bound;
  }

  /**
   * Returns a builder holding this pack's fields and rules, to derive a new pack.
   *
   * @return a builder; set nothing twice
   */
  public Builder<S> toBuilder() {
    Builder<S> b = new Builder<>(id, version, subjectType);
    b.documentType = documentType;
    b.subjectId = subjectId;
    b.relevantDate = relevantDate;
    b.messages = messages;
    b.rules.addAll(rules);
    return b;
  }

  @Override
  public String toString() {
    return "RulePack[" + name() + ", " + documentType + ", " + rules.size() + " rules]";
  }

  /**
   * Builds a {@link RulePack}. Fields may be set once; rules are added in order. Not thread-safe.
   *
   * @param <S> the subject type
   * @since 0.1
   */
  public static final class Builder<S> {
    private final String id;
    private final String version;
    private final Class<S> subjectType;
    private @Nullable String documentType;
    private @Nullable Function<? super S, String> subjectId;
    private @Nullable Function<? super S, @Nullable LocalDate> relevantDate;
    private @Nullable Messages messages;
    private final List<Rule<S>> rules = new ArrayList<>();

    private Builder(String id, String version, Class<S> subjectType) {
      this.id = id;
      this.version = version;
      this.subjectType = subjectType;
    }

    /**
     * Sets the document type reports name.
     *
     * @param documentType e.g. {@code penalty-case}
     * @return this builder
     */
    public Builder<S> documentType(String documentType) {
      checkNotNull(documentType, "documentType");
      once(this.documentType == null, "documentType");
      this.documentType = documentType;
      return this;
    }

    /**
     * Sets how to find a subject's id.
     *
     * @param subjectId the function, e.g. {@code PenaltyCase::id}
     * @return this builder
     */
    public Builder<S> subjectId(Function<? super S, String> subjectId) {
      checkNotNull(subjectId, "subjectId");
      once(this.subjectId == null, "subjectId");
      this.subjectId = subjectId;
      return this;
    }

    /**
     * Sets the date that decides which rules apply to a subject.
     *
     * @param relevantDate the function; may return {@code null} to use the as-of day
     * @return this builder
     */
    public Builder<S> relevantDate(Function<? super S, @Nullable LocalDate> relevantDate) {
      checkNotNull(relevantDate, "relevantDate");
      once(this.relevantDate == null, "relevantDate");
      this.relevantDate = relevantDate;
      return this;
    }

    /**
     * Sets the messages rules without their own are looked up in.
     *
     * @param messages the messages
     * @return this builder
     */
    public Builder<S> messages(Messages messages) {
      checkNotNull(messages, "messages");
      once(this.messages == null, "messages");
      this.messages = messages;
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder<S> add(Rule<S> rule) {
      rules.add(checkNotNull(rule, "rule"));
      return this;
    }

    /**
     * Adds rules in order.
     *
     * @param all the rules
     * @return this builder
     */
    public Builder<S> addAll(Iterable<Rule<S>> all) {
      checkNotNull(all, "all");
      all.forEach(this::add);
      return this;
    }

    /**
     * Builds the pack.
     *
     * @return the pack
     * @throws InvalidRuleException if a field is missing, an id repeats or a message key is
     *     missing
     */
    public RulePack<S> build() {
      if (documentType == null) {
        throw new InvalidRuleException(id, "rule pack " + id + " is missing documentType");
      }
      if (subjectId == null) {
        throw new InvalidRuleException(id, "rule pack " + id + " is missing subjectId");
      }
      return new RulePack<>(this, documentType, subjectId);
    }

    private void once(boolean unset, String field) {
      if (!unset) {
        throw new InvalidRuleException(id, "rule pack " + id + " sets " + field + " twice");
      }
    }
  }
}
