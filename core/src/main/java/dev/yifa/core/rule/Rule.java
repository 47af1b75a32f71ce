package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidRuleException;
import dev.yifa.core.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small, pure, named rule that enforces one provision: a stable id, the citations it rests on, the
 * interval over which it applies, a severity, a message key and a {@link Check}.
 *
 * <pre>{@code
 * // 行政处罚法（2021）第四十二条：执法人员不得少于两人。At least two officers enforce.
 * static final Rule<PenaltyCase> TWO_OFFICERS = Rule.<PenaltyCase>builder("APL-042-two-officers")
 *     .cites(APL_2021.article(42).paragraph(1))
 *     .severity(ERROR)
 *     .appliesFrom(LocalDate.of(2021, 7, 15))
 *     .message("penalty.twoOfficers")
 *     .check((c, ctx, out) -> {
 *       if (c.certifiedOfficers() < 2) {
 *         out.finding("/officers").value("certified", c.certifiedOfficers());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Ids are {@code <LAW>-<article>-<what>} ({@value #ID_PATTERN}) and stable forever. Immutable and
 * thread-safe if its check is.
 *
 * @param <S> the subject type
 * @since 0.1
 */
public final class Rule<S> {
  /** The pattern rule ids match. */
  public static final String ID_PATTERN = "[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);

  private final String id;
  private final List<Citation> citations;
  private final @Nullable LocalDate appliesFrom;
  private final @Nullable LocalDate appliesUntil;
  private final Severity severity;
  private final String messageKey;
  private final @Nullable Messages messages;
  private final Check<S> check;

  private Rule(Builder<S> b, Severity severity, String messageKey, Check<S> check) {
    this.id = b.id;
    this.citations = List.copyOf(b.citations);
    this.appliesFrom = b.appliesFrom;
    this.appliesUntil = b.appliesUntil;
    this.severity = severity;
    this.messageKey = messageKey;
    this.messages = b.messages;
    this.check = check;
  }

  /**
   * Starts a rule.
   *
   * @param id the stable id, e.g. {@code APL-063-hearing-not-offered}
   * @param <S> the subject type
   * @return a builder
   * @throws InvalidRuleException if the id does not match {@value #ID_PATTERN}
   */
  public static <S> Builder<S> builder(String id) {
    checkNotNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidRuleException(
          id, "rule id must match " + ID_PATTERN + " (<LAW>-<article>-<what>): " + id);
    }
    return new Builder<>(id);
  }

  /**
   * Returns the stable id.
   *
   * @return e.g. {@code APL-063-hearing-not-offered}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the citations the rule rests on.
   *
   * @return the citations, not empty, in the order given
   */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Returns the first day the rule applies.
   *
   * @return the day (inclusive), or empty if the rule applies from the beginning
   */
  public Optional<LocalDate> appliesFrom() {
    return Optional.ofNullable(appliesFrom);
  }

  /**
   * Returns the first day the rule no longer applies.
   *
   * @return the day (exclusive), or empty if the rule still applies
   */
  public Optional<LocalDate> appliesUntil() {
    return Optional.ofNullable(appliesUntil);
  }

  /**
   * Tells whether the rule applies on a day.
   *
   * @param day the relevant day
   * @return true if {@code appliesFrom <= day < appliesUntil}
   */
  public boolean appliesOn(LocalDate day) {
    checkNotNull(day, "day");
    return (appliesFrom == null || !day.isBefore(appliesFrom))
        && (appliesUntil == null || day.isBefore(appliesUntil));
  }

  /**
   * Returns the severity of the rule's findings.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the key of the rule's message.
   *
   * @return the message key
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the messages the rule's key is looked up in, if the rule names its own.
   *
   * @return the messages, or empty to use the rule pack's
   */
  public Optional<Messages> messages() {
    return Optional.ofNullable(messages);
  }

  /**
   * Returns the check.
   *
   * @return the check function
   */
  public Check<S> check() {
    return check;
  }

  @Override
  public String toString() {
    return "Rule[" + id + ", " + severity + "]";
  }

  /**
   * Builds a {@link Rule}. Each field may be set once; setting one twice, or building without
   * citations, severity, message or check, throws {@link InvalidRuleException}. Not thread-safe.
   *
   * @param <S> the subject type
   * @since 0.1
   */
  public static final class Builder<S> {
    private final String id;
    private final List<Citation> citations = new ArrayList<>();
    private @Nullable LocalDate appliesFrom;
    private @Nullable LocalDate appliesUntil;
    private @Nullable Severity severity;
    private @Nullable String messageKey;
    private @Nullable Messages messages;
    private @Nullable Check<S> check;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the citations the rule rests on.
     *
     * @param first the first citation
     * @param more further citations
     * @return this builder
     */
    public Builder<S> cites(Citation first, Citation... more) {
      checkNotNull(first, "first");
      checkNotNull(more, "more");
      once(citations.isEmpty(), "cites");
      citations.add(first);
      for (Citation c : more) {
        citations.add(checkNotNull(c, "citation"));
      }
      return this;
    }

    /**
     * Sets the citations the rule rests on.
     *
     * @param all the citations, not empty
     * @return this builder
     */
    public Builder<S> cites(List<Citation> all) {
      checkNotNull(all, "all");
      if (all.isEmpty()) {
        throw new InvalidRuleException(id, "rule " + id + " must cite at least one provision");
      }
      return cites(all.get(0), all.subList(1, all.size()).toArray(new Citation[0]));
    }

    /**
     * Sets the severity.
     *
     * @param severity the severity of the rule's findings
     * @return this builder
     */
    public Builder<S> severity(Severity severity) {
      checkNotNull(severity, "severity");
      once(this.severity == null, "severity");
      this.severity = severity;
      return this;
    }

    /**
     * Sets the first day the rule applies.
     *
     * @param day the day, inclusive
     * @return this builder
     */
    public Builder<S> appliesFrom(LocalDate day) {
      checkNotNull(day, "day");
      once(appliesFrom == null, "appliesFrom");
      appliesFrom = day;
      return this;
    }

    /**
     * Sets the first day the rule no longer applies.
     *
     * @param day the day, exclusive
     * @return this builder
     */
    public Builder<S> appliesUntil(LocalDate day) {
      checkNotNull(day, "day");
      once(appliesUntil == null, "appliesUntil");
      appliesUntil = day;
      return this;
    }

    /**
     * Sets the message key, looked up in the rule pack's messages.
     *
     * @param key the message key
     * @return this builder
     */
    public Builder<S> message(String key) {
      checkNotNull(key, "key");
      once(messageKey == null, "message");
      messageKey = key;
      return this;
    }

    /**
     * Sets the message key and the messages it is looked up in.
     *
     * @param messages the messages
     * @param key the message key
     * @return this builder
     */
    public Builder<S> message(Messages messages, String key) {
      checkNotNull(messages, "messages");
      message(key);
      this.messages = messages;
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the pure check function
     * @return this builder
     */
    public Builder<S> check(Check<S> check) {
      checkNotNull(check, "check");
      once(this.check == null, "check");
      this.check = check;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws InvalidRuleException if a required field is missing or the interval is empty
     */
    public Rule<S> build() {
      if (citations.isEmpty()) {
        throw missing("cites");
      }
      if (severity == null) {
        throw missing("severity");
      }
      if (messageKey == null) {
        throw missing("message");
      }
      if (check == null) {
        throw missing("check");
      }
      if (messages != null) {
        messages.verify(id, messageKey);
      }
      if (appliesFrom != null && appliesUntil != null && !appliesUntil.isAfter(appliesFrom)) {
        throw new InvalidRuleException(
            id,
            "rule " + id + " appliesUntil must be after appliesFrom: "
                + appliesUntil + " <= " + appliesFrom);
      }
      return new Rule<>(this, severity, messageKey, check);
    }

    private void once(boolean unset, String field) {
      if (!unset) {
        throw new InvalidRuleException(id, "rule " + id + " sets " + field + " twice");
      }
    }

    private InvalidRuleException missing(String field) {
      return new InvalidRuleException(id, "rule " + id + " is missing " + field);
    }
  }
}
