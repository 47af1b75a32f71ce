package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query of a {@link NormativeDocumentRegistry}: every criterion set must hold. Build with {@link
 * #all()} and the {@code with}-style methods:
 *
 * <pre>{@code
 * DocumentQuery.all().inRegion(DivisionCode.parse("360424")).inForceOn(LocalDate.of(2025, 6, 1))
 *     .textContaining("计划生育");
 * }</pre>
 *
 * <ul>
 *   <li>region: documents that apply there — issued for that division or a division containing it
 *       ({@code 360000} ⊃ {@code 360400} ⊃ {@code 360424}), or by a national body;
 *   <li>status on a day: {@link NormativeDocument#statusOn(LocalDate)};
 *   <li>issuer: the issuing body's exact name;
 *   <li>title words: each word occurs in the title; text words: each occurs in the title or full
 *       text. Words match as exact substrings (Chinese has no spaces).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the region the documents must apply in, or {@code null} for any
 * @param day the day the status is taken on, or {@code null} when no status is asked
 * @param status the status on {@code day}, or {@code null} for any
 * @param issuer the issuer's name, or {@code null} for any
 * @param titleWords words the title must contain, possibly empty
 * @param textWords words the title or text must contain, possibly empty
 * @since 0.1
 */
public record DocumentQuery(
    @Nullable DivisionCode region,
    @Nullable LocalDate day,
    @Nullable DocumentStatus status,
    @Nullable String issuer,
    List<String> titleWords,
    List<String> textWords) {

  private static final DocumentQuery ALL = new DocumentQuery(null, null, null, null, List.of(), List.of());

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a status is given without a day, or a word is empty
   */
  public DocumentQuery {
    titleWords = List.copyOf(checkNotNull(titleWords, "titleWords"));
    textWords = List.copyOf(checkNotNull(textWords, "textWords"));
    checkArgument(status == null || day != null, "status %s needs a day", status);
    for (String w : titleWords) {
      checkArgument(!w.isEmpty(), "titleWords must not contain an empty word");
    }
    for (String w : textWords) {
      checkArgument(!w.isEmpty(), "textWords must not contain an empty word");
    }
  }

  /**
   * Returns the query that matches every document.
   *
   * @return the empty query
   */
  public static DocumentQuery all() {
    return ALL;
  }

  /**
   * Restricts to documents that apply in a region.
   *
   * @param region the region
   * @return a new query
   */
  public DocumentQuery inRegion(DivisionCode region) {
    checkNotNull(region, "region");
    return new DocumentQuery(region, day, status, issuer, titleWords, textWords);
  }

  /**
   * Restricts to documents in force on a day.
   *
   * @param day the day
   * @return a new query
   */
  public DocumentQuery inForceOn(LocalDate day) {
    return withStatusOn(DocumentStatus.IN_FORCE, day);
  }

  /**
   * Restricts to documents with a status on a day.
   *
   * @param status the status
   * @param day the day
   * @return a new query
   */
  public DocumentQuery withStatusOn(DocumentStatus status, LocalDate day) {
    checkNotNull(status, "status");
    checkNotNull(day, "day");
    return new DocumentQuery(region, day, status, issuer, titleWords, textWords);
  }

  /**
   * Restricts to documents of an issuer.
   *
   * @param issuerName the issuer's exact name
   * @return a new query
   */
  public DocumentQuery issuedBy(String issuerName) {
    checkNotNull(issuerName, "issuerName");
    return new DocumentQuery(region, day, status, issuerName, titleWords, textWords);
  }

  /**
   * Restricts to documents whose title contains every word.
   *
   * @param words the words
   * @return a new query
   */
  public DocumentQuery titleContaining(String... words) {
    checkNotNull(words, "words");
    List<String> all = new ArrayList<>(titleWords);
    all.addAll(List.of(words));
    return new DocumentQuery(region, day, status, issuer, all, textWords);
  }

  /**
   * Restricts to documents whose title or text contains every word.
   *
   * @param words the words
   * @return a new query
   */
  public DocumentQuery textContaining(String... words) {
    checkNotNull(words, "words");
    List<String> all = new ArrayList<>(textWords);
    all.addAll(List.of(words));
    return new DocumentQuery(region, day, status, issuer, titleWords, all);
  }

  /**
   * Tells whether a document matches, by direct test of every criterion. Registries may use indexes
   * but must agree with this.
   *
   * @param d the document
   * @return true if every criterion holds
   */
  public boolean matches(NormativeDocument d) {
    checkNotNull(d, "d");
    if (region != null && !appliesIn(d, region)) {
      return false;
    }
    if (status != null && day != null && d.statusOn(day) != status) {
      return false;
    }
    if (issuer != null && !issuer.equals(d.issuer().name())) {
      return false;
    }
    for (String w : titleWords) {
      if (!d.title().contains(w)) {
        return false;
      }
    }
    for (String w : textWords) {
      if (!d.title().contains(w) && (d.text() == null || !d.text().contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a document applies in a region: a national issuer's everywhere, others' in their
   * region and every division inside it.
   *
   * @param d the document
   * @param region the region
   * @return whether it applies there
   */
  public static boolean appliesIn(NormativeDocument d, DivisionCode region) {
    checkNotNull(d, "d");
    checkNotNull(region, "region");
    if (d.issuer().level() == BodyLevel.NATIONAL) {
      return true;
    }
    String outer = d.region().toString();
    String inner = region.toString();
    if (outer.endsWith("0000")) {
      return inner.startsWith(outer.substring(0, 2));
    }
    if (outer.endsWith("00")) {
      return inner.startsWith(outer.substring(0, 4));
    }
    return outer.equals(inner);
  }
}
