package dev.yifa.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.decision.ActReference;
import dev.yifa.core.decision.ActingBody;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.DocumentNumber;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An administrative normative document (行政规范性文件) and the record of how it was made: the {@code
 * normative-document} document of FORMATS.md. Absent optional blocks mean the step did not happen.
 *
 * <pre>{@code
 * { "type": "normative-document", "id": "XS-GF-2025-001", "region": "360424",
 *   "number": "修府规〔2025〕1号", "title": "…",
 *   "issuer": { "name": "修水县人民政府", "level": "COUNTY", "kind": "GOVERNMENT", "region": "360424" },
 *   "features": ["RIGHTS_AND_OBLIGATIONS", "MARKET_ENTITIES"],
 *   "publicComment": { "openedOn": "…", "closedOn": "…" },
 *   "legalityReview": { "submittedOn": "…", "completedOn": "…", "passed": true },
 *   "fairCompetitionReview": { "completedOn": "…", "passed": true },
 *   "collectiveDeliberation": { "heldOn": "…" },
 *   "issuedOn": "…", "publication": { "publishedOn": "…" }, "effectiveFrom": "…", "expiresOn": "…",
 *   "filing": { "filedOn": "…", "filedWith": "…" },
 *   "repealedOn": "…", "suspension": { "from": "…", "until": "…" },
 *   "provisions": [ { "kind": "ADDS_OBLIGATION", "basis": [ <citation> ], "clause": "第五条" } ],
 *   "revokes": [ <act reference> ],
 *   "text": "…" }
 * }</pre>
 *
 * <p>Immutable and thread-safe; lists are unmodifiable.
 *
 * @param type always {@code normative-document}
 * @param id the document's id in the embedder's system
 * @param region the division code of the issuer; the document applies there and in every
 *     division inside it
 * @param number the document number (文号), if it has one
 * @param title the title
 * @param issuer the issuing body (制定机关)
 * @param features what the document concerns, which decides the steps it needs
 * @param publicComment public comment on the draft, absent if none
 * @param legalityReview legality review (合法性审核), absent if none
 * @param fairCompetitionReview fair-competition review, absent if none
 * @param collectiveDeliberation collective deliberation (集体审议), absent if none
 * @param issuedOn the day it was signed and issued (印发)
 * @param publication publication, absent if not published
 * @param effectiveFrom the first day in force
 * @param expiresOn the last day in force under its validity period, or {@code null} if none is set
 * @param filing filing with the supervising body (备案), absent if not filed
 * @param repealedOn the first day it is no longer in force because it was repealed, or {@code null}
 * @param suspension a suspension, or {@code null}
 * @param provisions what it provides that the law restricts, possibly empty
 * @param revokes other acts it revokes or amends, possibly empty
 * @param text the full text, for search, or {@code null}
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NormativeDocument(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DivisionCode region,
    @Nullable DocumentNumber number,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) ActingBody issuer,
    @Nullable Set<Feature> features,
    @Nullable Period publicComment,
    @Nullable Review legalityReview,
    @Nullable Review fairCompetitionReview,
    @Nullable Deliberation collectiveDeliberation,
    @JsonProperty(required = true) LocalDate issuedOn,
    @Nullable Publication publication,
    @JsonProperty(required = true) LocalDate effectiveFrom,
    @Nullable LocalDate expiresOn,
    @Nullable Filing filing,
    @Nullable LocalDate repealedOn,
    @Nullable Suspension suspension,
    @Nullable List<Provision> provisions,
    @Nullable List<ActReference> revokes,
    @Nullable String text) {

  /** The document type, {@value}. */
  public static final String TYPE = "normative-document";

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code type} is wrong, a text is blank or the dates are
   *     out of order
   */
  public NormativeDocument {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(region, "region");
    checkNotNull(title, "title");
    checkNotNull(issuer, "issuer");
    checkNotNull(issuedOn, "issuedOn");
    checkNotNull(effectiveFrom, "effectiveFrom");
    checkArgument(TYPE.equals(type), "type must be %s: '%s'", TYPE, type);
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!title.isBlank(), "title must not be blank");
    checkArgument(
        expiresOn == null || !expiresOn.isBefore(effectiveFrom),
        "expiresOn must not be before effectiveFrom: %s < %s",
        expiresOn,
        effectiveFrom);
    checkArgument(
        repealedOn == null || !repealedOn.isBefore(issuedOn),
        "repealedOn must not be before issuedOn: %s < %s",
        repealedOn,
        issuedOn);
    // An EnumSet keeps the declared order, so documents write their features the same way every time.
    EnumSet<Feature> sorted = EnumSet.noneOf(Feature.class);
    if (features != null) {
      sorted.addAll(features);
    }
    features = Collections.unmodifiableSet(sorted);
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
    revokes = revokes == null ? List.of() : List.copyOf(revokes);
  }

  /**
   * Returns the features, never {@code null}.
   *
   * @return the features, possibly empty
   */
  @Override
  public Set<Feature> features() {
    return features == null ? Set.of() : features;
  }

  /**
   * Returns the provisions, never {@code null}.
   *
   * @return the provisions, possibly empty
   */
  @Override
  public List<Provision> provisions() {
    return provisions == null ? List.of() : provisions;
  }

  /**
   * Returns the acts revoked or amended, never {@code null}.
   *
   * @return the acts, possibly empty
   */
  @Override
  public List<ActReference> revokes() {
    return revokes == null ? List.of() : revokes;
  }

  /**
   * Tells whether the document concerns a feature.
   *
   * @param feature the feature
   * @return true if {@link #features()} contains it
   */
  public boolean has(Feature feature) {
    checkNotNull(feature, "feature");
    return features().contains(feature);
  }

  /**
   * Returns the document's status on a day: not yet in force before {@code effectiveFrom}; then
   * repealed from {@code repealedOn}; expired after {@code expiresOn}; suspended during a
   * suspension; else in force.
   *
   * @param day the day
   * @return the status
   */
  public DocumentStatus statusOn(LocalDate day) {
    checkNotNull(day, "day");
    if (repealedOn != null && !day.isBefore(repealedOn)) {
      return DocumentStatus.REPEALED;
    }
    if (day.isBefore(effectiveFrom)) {
      return DocumentStatus.NOT_YET_IN_FORCE;
    }
    if (expiresOn != null && day.isAfter(expiresOn)) {
      return DocumentStatus.EXPIRED;
    }
    if (suspension != null && suspension.covers(day)) {
      return DocumentStatus.SUSPENDED;
    }
    return DocumentStatus.IN_FORCE;
  }

  /**
   * Tells whether the document had been published by a day.
   *
   * @param day the day
   * @return true if it was published on or before {@code day}
   */
  public boolean publishedBy(LocalDate day) {
    checkNotNull(day, "day");
    return publication != null && !publication.publishedOn().isAfter(day);
  }

  /**
   * Tells whether the document may be the basis of administration on a day: in force and
   * published (未经公布的不得作为行政管理依据).
   *
   * @param day the day
   * @return true if in force and published by {@code day}
   */
  public boolean isInForceAndPublished(LocalDate day) {
    return statusOn(day) == DocumentStatus.IN_FORCE && publishedBy(day);
  }

  /** What a document concerns. */
  public enum Feature {
    /** 涉及公民、法人和其他组织权利义务. */
    RIGHTS_AND_OBLIGATIONS,
    /** 与市场主体生产经营活动密切相关 / 涉及经营者经济活动. */
    MARKET_ENTITIES,
    /** 暂行、试行: an interim document, with a shorter validity period. */
    INTERIM
  }

  /**
   * A period with a first and last day, e.g. public comment.
   *
   * @param openedOn the first day
   * @param closedOn the last day
   * @since 0.1
   */
  public record Period(
      @JsonProperty(required = true) LocalDate openedOn,
      @JsonProperty(required = true) LocalDate closedOn) {
    /** Validates the components. */
    public Period {
      checkNotNull(openedOn, "openedOn");
      checkNotNull(closedOn, "closedOn");
      checkArgument(
          !closedOn.isBefore(openedOn),
          "closedOn must not be before openedOn: %s < %s",
          closedOn,
          openedOn);
    }
  }

  /**
   * A review that passes or fails.
   *
   * @param submittedOn the day the draft was sent for review, or {@code null} if not recorded
   * @param completedOn the day the opinion was given
   * @param passed whether the draft passed
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Review(
      @Nullable LocalDate submittedOn,
      @JsonProperty(required = true) LocalDate completedOn,
      @JsonProperty(required = true) boolean passed) {
    /** Validates the components. */
    public Review {
      checkNotNull(completedOn, "completedOn");
      checkArgument(
          submittedOn == null || !completedOn.isBefore(submittedOn),
          "completedOn must not be before submittedOn: %s < %s",
          completedOn,
          submittedOn);
    }
  }

  /**
   * Collective deliberation (集体审议).
   *
   * @param heldOn the day of the meeting
   * @since 0.1
   */
  public record Deliberation(@JsonProperty(required = true) LocalDate heldOn) {
    /** Validates the component. */
    public Deliberation {
      checkNotNull(heldOn, "heldOn");
    }
  }

  /**
   * Publication.
   *
   * @param publishedOn the day of publication
   * @param channel where, e.g. {@code 政府网站}, or {@code null}
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Publication(
      @JsonProperty(required = true) LocalDate publishedOn, @Nullable String channel) {
    /** Validates the components. */
    public Publication {
      checkNotNull(publishedOn, "publishedOn");
    }
  }

  /**
   * Filing (备案).
   *
   * @param filedOn the day of filing
   * @param filedWith the body filed with, or {@code null}
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Filing(@JsonProperty(required = true) LocalDate filedOn, @Nullable String filedWith) {
    /** Validates the components. */
    public Filing {
      checkNotNull(filedOn, "filedOn");
    }
  }

  /**
   * A suspension (暂停执行).
   *
   * @param from the first day suspended
   * @param until the first day in force again, or {@code null} if open-ended
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Suspension(@JsonProperty(required = true) LocalDate from, @Nullable LocalDate until) {
    /** Validates the components. */
    public Suspension {
      checkNotNull(from, "from");
      checkArgument(
          until == null || until.isAfter(from), "until must be after from: %s <= %s", until, from);
    }

    /**
     * Tells whether a day falls in the suspension.
     *
     * @param day the day
     * @return true if {@code from <= day < until}
     */
    public boolean covers(LocalDate day) {
      return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
  }
}
