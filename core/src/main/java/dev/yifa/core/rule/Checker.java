package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a rule pack over subjects and produces {@link Report}s. One checker serves every thread.
 *
 * <pre>{@code
 * Checker<PenaltyCase> checker = Checker.of(PenaltyRules.PACK);
 * Report report = checker.check(penaltyCase, RuleContext.of(asOf, profile));
 * }</pre>
 *
 * <p>For each subject the checker takes the pack's relevant date (or the context's as-of day), runs
 * every rule whose applicability interval contains it, in pack order, and collects all findings;
 * nothing throws because a subject is unlawful. A rule whose check throws is a programming error:
 * the checker throws {@link InvalidRuleException} naming the rule id and the subject id, with the
 * original exception as the cause, and produces no report for that subject.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the subject type
 * @since 0.1
 */
public final class Checker<S> {
  private final RulePack<S> pack;
  private final Set<Severity> severities;
  private final Set<String> skipped;
  private final List<BoundRule<S>> rules;

  private Checker(RulePack<S> pack, Set<Severity> severities, Set<String> skipped) {
    this.pack = pack;
    this.severities = severities;
    this.skipped = skipped;
    List<BoundRule<S>> selected = new ArrayList<>();
    for (BoundRule<S> r : pack.bound()) {
      if (severities.contains(r.rule.severity()) && !skipped.contains(r.rule.id())) {
        selected.add(r);
      }
    }
    this.rules = List.copyOf(selected);
  }

  /**
   * Creates a checker that runs every rule of a pack.
   *
   * @param pack the rule pack
   * @param <S> the subject type
   * @return the checker
   */
  public static <S> Checker<S> of(RulePack<S> pack) {
    return builder(pack).build();
  }

  /**
   * Starts a checker with options.
   *
   * @param pack the rule pack
   * @param <S> the subject type
   * @return a builder
   */
  public static <S> Builder<S> builder(RulePack<S> pack) {
    checkNotNull(pack, "pack");
    return new Builder<>(pack);
  }

  /**
   * Returns the rule pack.
   *
   * @return the pack
   */
  public RulePack<S> pack() {
    return pack;
  }

  /**
   * Returns the severities whose rules run.
   *
   * @return the severities
   */
  public Set<Severity> severities() {
    return severities;
  }

  /**
   * Returns the ids of the rules skipped.
   *
   * @return the ids, sorted
   */
  public Set<String> skipped() {
    return skipped;
  }

  /**
   * Checks one subject.
   *
   * @param subject the subject
   * @param ctx the context
   * @return the report
   * @throws InvalidRuleException if a rule throws or makes a finding its message cannot render
   */
  public Report check(S subject, RuleContext ctx) {
    checkNotNull(subject, "subject");
    checkNotNull(ctx, "ctx");
    String subjectId = pack.subjectId(subject);
    LocalDate day = pack.relevantDate(subject, ctx);
    Findings out = new Findings();
    for (int i = 0, n = rules.size(); i < n; i++) {
      BoundRule<S> r = rules.get(i);
      Rule<S> rule = r.rule;
      if (!rule.appliesOn(day)) {
        continue;
      }
      out.begin(r);
      try {
        rule.check().check(subject, ctx, out);
      } catch (InvalidRuleException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new InvalidRuleException(
            rule.id(),
            "rule " + rule.id() + " threw on subject " + subjectId + ": " + e,
            e);
      }
      out.end();
    }
    return new Report(
        subjectId,
        pack.documentType(),
        pack.name(),
        ctx.profile().id(),
        out.result(),
        ctx.profile().notes());
  }

  /**
   * Checks a stream of subjects with one context, lazily: each report is made when the returned
   * stream asks for it. Order and parallelism follow the input stream.
   *
   * @param subjects the subjects
   * @param ctx the context for every subject
   * @return the reports
   */
  public Stream<Report> checkAll(Stream<? extends S> subjects, RuleContext ctx) {
    checkNotNull(subjects, "subjects");
    checkNotNull(ctx, "ctx");
    return subjects.map(s -> check(s, ctx));
  }

  /**
   * Checks a stream of subjects, each with its own context (e.g. its region's profile), lazily.
   *
   * @param subjects the subjects
   * @param contexts gives the context for a subject
   * @return the reports
   */
  public Stream<Report> checkAll(
      Stream<? extends S> subjects, Function<? super S, RuleContext> contexts) {
    checkNotNull(subjects, "subjects");
    checkNotNull(contexts, "contexts");
    return subjects.map(s -> check(s, checkNotNull(contexts.apply(s), "context for %s", s)));
  }

  @Override
  public String toString() {
    return "Checker[" + pack.name() + ", " + rules.size() + " rules]";
  }

  /**
   * Builds a {@link Checker}. Not thread-safe.
   *
   * @param <S> the subject type
   * @since 0.1
   */
  public static final class Builder<S> {
    private final RulePack<S> pack;
    private Set<Severity> severities = EnumSet.allOf(Severity.class);
    private final Set<String> skipped = new TreeSet<>();

    private Builder(RulePack<S> pack) {
      this.pack = pack;
    }

    /**
     * Runs only the rules of the given severities (all by default).
     *
     * @param first a severity
     * @param more further severities
     * @return this builder
     */
    public Builder<S> severities(Severity first, Severity... more) {
      checkNotNull(first, "first");
      severities = EnumSet.of(first, more);
      return this;
    }

    /**
     * Skips rules by id.
     *
     * @param ids the rule ids, each in the pack
     * @return this builder
     */
    public Builder<S> skip(String... ids) {
      checkNotNull(ids, "ids");
      for (String id : ids) {
        checkArgument(pack.rule(id).isPresent(), "no rule %s in %s", id, pack.name());
        skipped.add(id);
      }
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     */
    public Checker<S> build() {
      return new Checker<>(
          pack,
          java.util.Collections.unmodifiableSet(EnumSet.copyOf(severities)),
          java.util.Collections.unmodifiableSet(new TreeSet<>(skipped)));
    }
  }
}
