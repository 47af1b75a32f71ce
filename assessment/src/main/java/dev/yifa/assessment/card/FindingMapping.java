package dev.yifa.assessment.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Data that turns the findings of a case check into misconduct events for the officers who signed
 * the case: each entry maps a rule id, or a pattern with {@code *} (any characters), to a
 * misconduct type of the card policy. An exact id wins over a pattern; among patterns the one with
 * the longest text before its first {@code *} wins, then the first listed.
 *
 * <pre>{@code
 * List<OfficerEvent> found = FindingMapping.defaultMapping()
 *     .events(report, LocalDate.of(2025, 6, 3), List.of("ZA-0001", "ZA-0002"));
 * OfficerLog updated = log.plus(found);   // running it again adds nothing
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the mapping's id
 * @param minimumSeverity findings of this severity or graver are mapped; milder ones are not
 * @param entries the entries, in order
 * @since 0.1
 */
public record FindingMapping(String id, Severity minimumSeverity, List<FindingMapping.Entry> entries) {

  private static final String DEFAULT_RESOURCE = "default-finding-mapping.json";

  /** Validates and copies the components. */
  public FindingMapping {
    checkNotNull(id, "id");
    checkNotNull(minimumSeverity, "minimumSeverity");
    entries = List.copyOf(checkNotNull(entries, "entries"));
  }

  @JsonCreator
  static FindingMapping fromJson(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty("minimumSeverity") @Nullable Severity minimumSeverity,
      @JsonProperty(value = "entries", required = true) List<Entry> entries) {
    return new FindingMapping(id, minimumSeverity == null ? Severity.ERROR : minimumSeverity, entries);
  }

  /**
   * One rule id or pattern and the misconduct it maps to.
   *
   * @param rule a rule id, or a pattern where {@code *} stands for any characters
   * @param misconduct the misconduct type code
   * @since 0.1
   */
  public record Entry(String rule, String misconduct) {
    /** Validates the components. */
    public Entry {
      checkNotNull(rule, "rule");
      checkNotNull(misconduct, "misconduct");
      checkArgument(!rule.isBlank(), "rule must not be blank: '%s'", rule);
      checkArgument(misconduct.matches("[A-Z][A-Z0-9_]*"), "misconduct must be UPPER_SNAKE: '%s'", misconduct);
    }

    /**
     * Tells whether a rule id matches this entry.
     *
     * @param ruleId the rule id
     * @return true if it matches the id or pattern
     */
    public boolean matches(String ruleId) {
      return glob(rule, 0, ruleId, 0);
    }

    private int specificity() {
      int star = rule.indexOf('*');
      return star < 0 ? Integer.MAX_VALUE : star;
    }

    private static boolean glob(String p, int i, String s, int j) {
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '*') {
          for (int k = j; k <= s.length(); k++) {
            if (glob(p, i + 1, s, k)) {
              return true;
            }
          }
          return false;
        }
        if (j >= s.length() || s.charAt(j) != c) {
          return false;
        }
        i++;
        j++;
      }
      return j == s.length();
    }
  }

  /**
   * Returns the default mapping for the penalty rule pack's ids: hearing (APL-063, APL-064) to
   * {@code HEARING_RIGHT_DENIED}, two officers (APL-042-two-officers) to {@code
   * FEWER_THAN_TWO_OFFICERS}, other qualification rules (APL-042-*) to {@code
   * UNCERTIFIED_ENFORCEMENT}, certificate shown (APL-055-*) to {@code CERTIFICATE_NOT_SHOWN},
   * notice, time limit and collection rules (APL-044-*, APL-060-*, APL-067-*, APL-068-*) to {@code
   * PROCEDURE_BREACH}, each finding of severity ERROR.
   *
   * @return the default mapping
   */
  public static FindingMapping defaultMapping() {
    return Holder.DEFAULT;
  }

  /**
   * Reads a mapping from JSON.
   *
   * @param json the document, UTF-8
   * @return the mapping
   * @throws InvalidInputException if the document does not fit, with the JSON pointer
   */
  public static FindingMapping parse(byte[] json) {
    return YifaJson.read(json, FindingMapping.class);
  }

  /**
   * Returns the misconduct a rule id maps to.
   *
   * @param ruleId the rule id
   * @return the misconduct code, or empty if no entry matches
   */
  public Optional<String> misconductFor(String ruleId) {
    checkNotNull(ruleId, "ruleId");
    Entry best = null;
    for (Entry e : entries) {
      if (e.matches(ruleId) && (best == null || e.specificity() > best.specificity())) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.misconduct());
  }

  /**
   * Turns a case report into misconduct events, one per mapped rule and officer. The event id is
   * derived from the report's subject, the rule id and the officer ({@code
   * <subject>#<rule>#<officer>}), so that appending the events of the same report twice with
   * {@link OfficerLog#plus} adds nothing the second time.
   *
   * @param report the case report
   * @param foundOn the day the findings were established (the events' date)
   * @param officers the ids of the officers who signed the case, as in the officer log
   * @return the events, by rule id then officer
   */
  public List<OfficerEvent> events(Report report, LocalDate foundOn, List<String> officers) {
    checkNotNull(report, "report");
    checkNotNull(foundOn, "foundOn");
    checkNotNull(officers, "officers");
    Set<String> seen = new LinkedHashSet<>();
    List<OfficerEvent> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity().compareTo(minimumSeverity) > 0) {
        continue;
      }
      Optional<String> misconduct = misconductFor(f.ruleId());
      if (misconduct.isEmpty()) {
        continue;
      }
      List<String> cited = new ArrayList<>();
      for (Citation c : f.citations()) {
        cited.add(c.toChinese());
      }
      String basis = "案件 " + report.subject() + " 评查发现 " + f.ruleId() + "：" + String.join("；", cited);
      for (String officer : officers) {
        checkNotNull(officer, "officer");
        String id = report.subject() + "#" + f.ruleId() + "#" + officer;
        if (seen.add(id)) {
          out.add(
              OfficerEvent.misconduct(id, officer, foundOn, misconduct.get(), basis)
                  .withCaseId(report.subject()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static final class Holder {
    static final FindingMapping DEFAULT = load();

    private static FindingMapping load() {
      try (InputStream in = FindingMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return YifaJson.read(in, FindingMapping.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
