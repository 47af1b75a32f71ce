package dev.yifa.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A major administrative decision (重大行政决策) and the record of its procedure: the {@code
 * major-decision} document of FORMATS.md. Absent optional blocks mean the step did not happen.
 *
 * <pre>{@code
 * { "type": "major-decision", "id": "XS-JC-2025-003", "region": "360424",
 *   "title": "…", "category": "PUBLIC_POLICY",
 *   "decisionBody": { "name": "修水县人民政府", "level": "COUNTY", "kind": "GOVERNMENT", "region": "360424" },
 *   "features": ["TECHNICAL", "SOCIAL_STABILITY", "MARKET_ENTITIES"],
 *   "startedOn": "2025-03-01",
 *   "publicParticipation": { "methods": ["PUBLIC_COMMENT"], "publicComment": { "openedOn": "…", "closedOn": "…" } },
 *   "expertArgumentation": { "heldOn": "…", "experts": [ { "name": "…", "interested": false } ] },
 *   "riskAssessment": { "completedOn": "…", "conclusion": "CONTROLLABLE" },
 *   "fairCompetitionReview": { "completedOn": "…", "passed": true },
 *   "legalityReview": { "submittedOn": "…", "completedOn": "…", "passed": true, "legalAdviserOpinion": true },
 *   "meeting": { "heldOn": "…", "kind": "EXECUTIVE", "majorityOpinion": "ADOPT", "chiefDecision": "ADOPT" },
 *   "partyCommitteeReport": { "reportedOn": "…" },
 *   "decision": { "decidedOn": "…", "number": "修府发〔2025〕12号" },
 *   "publication": { "publishedOn": "…", "channels": ["GAZETTE", "WEBSITE"] },
 *   "implementation": { "unit": { … }, "reportedOn": ["…"] },
 *   "postEvaluation": { "evaluatedOn": "…", "grounds": ["POOR_RESULTS"], "byPreDecisionAssessor": false },
 *   "archiving": { "archivedOn": "…", "complete": true },
 *   "revokes": [ <act reference> ] }
 * }</pre>
 *
 * <p>Immutable and thread-safe; lists are unmodifiable.
 *
 * @param type always {@code major-decision}
 * @param id the decision's id in the embedder's system
 * @param region the division code of the decision body (selects the jurisdiction profile)
 * @param title the decision's title
 * @param category which kind of major decision it is (第三条第一款)
 * @param decisionBody the decision organ (决策机关)
 * @param undertaker the undertaking unit (决策承办单位), if recorded
 * @param features what the matter involves, which decides the steps it needs
 * @param startedOn the day the decision procedure was started (第十一条)
 * @param publicParticipation public participation (第十四条至第十八条), absent if none took place
 * @param expertArgumentation expert argumentation (第十九条、第二十条), absent if none
 * @param riskAssessment risk assessment (第二十二条至第二十四条), absent if none
 * @param fairCompetitionReview fair-competition review (第二十九条第（一）项), absent if none
 * @param legalityReview legality review (第二十五条至第二十八条), absent if none
 * @param exploratoryReform the exploratory-reform exception (第二十五条第二款), absent if not claimed
 * @param meeting the collective discussion (第三十条), absent if none
 * @param partyCommitteeReport the report to the same-level Party committee (第三十一条), absent if none
 * @param decision the decision itself, absent while the procedure is still running
 * @param publication publication (第三十二条), absent if not published
 * @param implementation implementation follow-up (第三十四条), absent if none
 * @param postEvaluation post-decision evaluation (第三十六条), absent if none
 * @param archiving archiving (第三十三条), absent if not archived
 * @param revokes other acts this decision revokes or amends, possibly empty
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MajorDecision(
    @JsonProperty(required = true) String type,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DivisionCode region,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) Category category,
    @JsonProperty(required = true) ActingBody decisionBody,
    @Nullable ActingBody undertaker,
    @Nullable Set<Feature> features,
    @JsonProperty(required = true) LocalDate startedOn,
    @Nullable PublicParticipation publicParticipation,
    @Nullable ExpertArgumentation expertArgumentation,
    @Nullable RiskAssessment riskAssessment,
    @Nullable Review fairCompetitionReview,
    @Nullable LegalityReview legalityReview,
    @Nullable ExploratoryReform exploratoryReform,
    @Nullable Meeting meeting,
    @Nullable DatedStep partyCommitteeReport,
    @Nullable Decision decision,
    @Nullable Publication publication,
    @Nullable Implementation implementation,
    @Nullable PostEvaluation postEvaluation,
    @Nullable Archiving archiving,
    @Nullable List<ActReference> revokes) {

  /** The document type, {@value}. */
  public static final String TYPE = "major-decision";

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code type} is not {@value #TYPE} or a text is blank
   */
  public MajorDecision {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(region, "region");
    checkNotNull(title, "title");
    checkNotNull(category, "category");
    checkNotNull(decisionBody, "decisionBody");
    checkNotNull(startedOn, "startedOn");
    checkArgument(TYPE.equals(type), "type must be %s: '%s'", TYPE, type);
    checkArgument(!id.isBlank(), "id must not be blank");
    checkArgument(!title.isBlank(), "title must not be blank");
    // An EnumSet keeps the declared order, so documents write their features the same way every time.
    EnumSet<Feature> sorted = EnumSet.noneOf(Feature.class);
    if (features != null) {
      sorted.addAll(features);
    }
    features = Collections.unmodifiableSet(sorted);
    revokes = revokes == null ? List.of() : List.copyOf(revokes);
  }

  /**
   * Tells whether the matter involves a feature.
   *
   * @param feature the feature
   * @return true if {@link #features()} contains it
   */
  public boolean has(Feature feature) {
    checkNotNull(feature, "feature");
    return features().contains(feature);
  }

  /**
   * Returns the features, never {@code null}.
   *
   * @return the features, unmodifiable, possibly empty
   */
  @Override
  public Set<Feature> features() {
    return features == null ? Set.of() : features;
  }

  /**
   * Returns the acts revoked or amended, never {@code null}.
   *
   * @return the acts, unmodifiable, possibly empty
   */
  @Override
  public List<ActReference> revokes() {
    return revokes == null ? List.of() : revokes;
  }

  /**
   * Returns the public comment block, if the draft went to open public comment.
   *
   * @return the public comment, or empty
   */
  public Optional<PublicComment> publicComment() {
    return publicParticipation == null
        ? Optional.empty()
        : Optional.ofNullable(publicParticipation.publicComment());
  }

  /**
   * Returns the day the decision was made, if it was.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> decidedOn() {
    return decision == null ? Optional.empty() : Optional.of(decision.decidedOn());
  }

  /**
   * Returns the day of the procedure that dates the decision: the decision day, else the meeting,
   * else the start.
   *
   * @return the relevant day
   */
  public LocalDate relevantDate() {
    if (decision != null) {
      return decision.decidedOn();
    }
    if (meeting != null) {
      return meeting.heldOn();
    }
    return startedOn;
  }

  /** The kinds of major decision matters (重大行政决策程序暂行条例第三条第一款). */
  public enum Category {
    /** (一) 重大公共政策和措施: public services, market regulation, social management, environment. */
    PUBLIC_POLICY,
    /** (二) 经济和社会发展等方面的重要规划. */
    DEVELOPMENT_PLAN,
    /** (三) 开发利用、保护重要自然资源和文化资源的重大公共政策和措施. */
    RESOURCE_POLICY,
    /** (四) 在本行政区域实施的重大公共建设项目. */
    PUBLIC_PROJECT,
    /** (五) 其他重大事项. */
    OTHER_MAJOR_MATTER
  }

  /** What a matter involves; each feature adds steps the Decree requires. */
  public enum Feature {
    /** 专业性、技术性较强 (第十九条): needs expert argumentation. */
    TECHNICAL,
    /** 可能对社会稳定、公共安全等方面造成不利影响 (第二十二条): needs a risk assessment. */
    SOCIAL_STABILITY,
    /** 涉及市场主体经济活动 (第二十九条第（一）项): needs fair-competition review. */
    MARKET_ENTITIES,
    /** 依法不予公开 (第十四条、第三十二条): no public participation, no publication. */
    NOT_DISCLOSED,
    /** 直接涉及切身利益或者存在较大分歧 (第十六条): a hearing may be held. */
    DIRECT_INTERESTS
  }

  /**
   * Public participation (公众参与).
   *
   * @param methods the methods used (第十四条第二款)
   * @param publicComment open public comment, if the draft went to it (第十五条)
   * @param hearing a hearing, if one was held (第十六条、第十七条)
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PublicParticipation(
      @JsonProperty(required = true) List<ParticipationMethod> methods,
      @Nullable PublicComment publicComment,
      @Nullable Hearing hearing) {
    /** Validates and copies the components. */
    public PublicParticipation {
      methods = List.copyOf(checkNotNull(methods, "methods"));
      checkArgument(!methods.isEmpty(), "methods must not be empty");
    }
  }

  /** Ways of hearing the public (第十四条第二款). */
  public enum ParticipationMethod {
    /** 座谈会. */
    SYMPOSIUM,
    /** 听证会. */
    HEARING,
    /** 实地走访. */
    FIELD_VISIT,
    /** 书面征求意见. */
    WRITTEN_CONSULTATION,
    /** 向社会公开征求意见. */
    PUBLIC_COMMENT,
    /** 问卷调查. */
    QUESTIONNAIRE,
    /** 民意调查. */
    OPINION_POLL
  }

  /**
   * Open public comment (向社会公开征求意见, 第十五条).
   *
   * @param openedOn the day the draft was published for comment
   * @param closedOn the last day comments were taken
   * @param shortenedBecause the reason stated when the period was shortened, or {@code null}
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PublicComment(
      @JsonProperty(required = true) LocalDate openedOn,
      @JsonProperty(required = true) LocalDate closedOn,
      @Nullable String shortenedBecause) {
    /** Validates the components: the period must not end before it opens. */
    public PublicComment {
      checkNotNull(openedOn, "openedOn");
      checkNotNull(closedOn, "closedOn");
      checkArgument(
          !closedOn.isBefore(openedOn),
          "closedOn must not be before openedOn: %s < %s",
          closedOn,
          openedOn);
      checkArgument(
          shortenedBecause == null || !shortenedBecause.isBlank(),
          "shortenedBecause must not be blank");
    }
  }

  /**
   * A hearing (听证会, 第十六条).
   *
   * @param materialsServedOn the day the materials reached the participants
   * @param heldOn the day it was held
   * @since 0.1
   */
  public record Hearing(
      @JsonProperty(required = true) LocalDate materialsServedOn,
      @JsonProperty(required = true) LocalDate heldOn) {
    /** Validates the components. */
    public Hearing {
      checkNotNull(materialsServedOn, "materialsServedOn");
      checkNotNull(heldOn, "heldOn");
    }
  }

  /**
   * Expert argumentation (专家论证, 第十九条、第二十条).
   *
   * @param heldOn the day of the argumentation
   * @param experts the experts or institutions consulted, not empty
   * @since 0.1
   */
  public record ExpertArgumentation(
      @JsonProperty(required = true) LocalDate heldOn,
      @JsonProperty(required = true) List<Expert> experts) {
    /** Validates and copies the components. */
    public ExpertArgumentation {
      checkNotNull(heldOn, "heldOn");
      experts = List.copyOf(checkNotNull(experts, "experts"));
      checkArgument(!experts.isEmpty(), "experts must not be empty");
    }
  }

  /**
   * An expert or professional institution.
   *
   * @param name the name
   * @param interested whether the expert has a direct interest in the matter (第二十条)
   * @since 0.1
   */
  public record Expert(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) boolean interested) {
    /** Validates the components. */
    public Expert {
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "name must not be blank");
    }
  }

  /**
   * A risk assessment (风险评估, 第二十二条至第二十四条).
   *
   * @param completedOn the day the report was completed
   * @param conclusion whether the risk was judged controllable
   * @since 0.1
   */
  public record RiskAssessment(
      @JsonProperty(required = true) LocalDate completedOn,
      @JsonProperty(required = true) RiskConclusion conclusion) {
    /** Validates the components. */
    public RiskAssessment {
      checkNotNull(completedOn, "completedOn");
      checkNotNull(conclusion, "conclusion");
    }
  }

  /** The conclusion of a risk assessment (第二十四条). */
  public enum RiskConclusion {
    /** 风险可控. */
    CONTROLLABLE,
    /** 风险不可控, then the draft was adjusted until it became controllable. */
    CONTROLLABLE_AFTER_ADJUSTMENT,
    /** 风险不可控. */
    NOT_CONTROLLABLE
  }

  /**
   * A review that passes or fails, e.g. fair-competition review.
   *
   * @param completedOn the day it was completed
   * @param passed whether the draft passed
   * @since 0.1
   */
  public record Review(
      @JsonProperty(required = true) LocalDate completedOn,
      @JsonProperty(required = true) boolean passed) {
    /** Validates the components. */
    public Review {
      checkNotNull(completedOn, "completedOn");
    }
  }

  /**
   * Legality review (合法性审查, 第二十五条至第二十八条).
   *
   * @param submittedOn the day the draft was sent for review
   * @param completedOn the day the review opinion was given
   * @param passed whether the draft was found lawful
   * @param legalAdviserOpinion whether legal advisers or public-sector lawyers gave opinions (第二十八条)
   * @since 0.1
   */
  public record LegalityReview(
      @JsonProperty(required = true) LocalDate submittedOn,
      @JsonProperty(required = true) LocalDate completedOn,
      @JsonProperty(required = true) boolean passed,
      @JsonProperty(required = true) boolean legalAdviserOpinion) {
    /** Validates the components: the review cannot end before it was asked for. */
    public LegalityReview {
      checkNotNull(submittedOn, "submittedOn");
      checkNotNull(completedOn, "completedOn");
      checkArgument(
          !completedOn.isBefore(submittedOn),
          "completedOn must not be before submittedOn: %s < %s",
          completedOn,
          submittedOn);
    }
  }

  /**
   * The exploratory-reform exception (第二十五条第二款): a matter the state has not yet regulated may
   * go to discussion with its legal risk stated.
   *
   * @param legalRiskStated whether the legal risk was stated to the decision organ
   * @since 0.1
   */
  public record ExploratoryReform(@JsonProperty(required = true) boolean legalRiskStated) {}

  /**
   * The collective discussion (集体讨论, 第三十条).
   *
   * @param heldOn the day of the meeting
   * @param kind which meeting discussed the draft
   * @param majorityOpinion the opinion of the majority of members
   * @param chiefDecision what the chief decided
   * @param departureReasons the reasons the chief gave at the meeting for departing from the
   *     majority, or {@code null} if none were given
   * @param dissent the dissenting opinions as minuted, or {@code null} if none were minuted
   * @param dissentingMembers how many members dissented, 0 if unknown
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Meeting(
      @JsonProperty(required = true) LocalDate heldOn,
      @JsonProperty(required = true) MeetingKind kind,
      @JsonProperty(required = true) Opinion majorityOpinion,
      @JsonProperty(required = true) Opinion chiefDecision,
      @Nullable String departureReasons,
      @Nullable String dissent,
      @Nullable Integer dissentingMembers) {
    /** Validates the components. */
    public Meeting {
      checkNotNull(heldOn, "heldOn");
      checkNotNull(kind, "kind");
      checkNotNull(majorityOpinion, "majorityOpinion");
      checkNotNull(chiefDecision, "chiefDecision");
      checkArgument(
          dissentingMembers == null || dissentingMembers >= 0,
          "dissentingMembers must not be negative: %s",
          dissentingMembers);
    }

    /**
     * Returns how many members dissented.
     *
     * @return the count, 0 if not recorded
     */
    public int dissenters() {
      return dissentingMembers == null ? 0 : dissentingMembers;
    }
  }

  /** Which meeting discussed the draft. */
  public enum MeetingKind {
    /** 常务会议. */
    EXECUTIVE,
    /** 全体会议. */
    PLENARY,
    /** Any other meeting (专题会、办公会、碰头会…), which the Decree does not accept. */
    OTHER
  }

  /** An opinion on the draft. */
  public enum Opinion {
    /** Adopt the draft (as is or amended). */
    ADOPT,
    /** Reject the draft or send it back. */
    REJECT
  }

  /**
   * A step that happened on a day.
   *
   * @param reportedOn the day
   * @since 0.1
   */
  public record DatedStep(@JsonProperty(required = true) LocalDate reportedOn) {
    /** Validates the component. */
    public DatedStep {
      checkNotNull(reportedOn, "reportedOn");
    }
  }

  /**
   * The decision.
   *
   * @param decidedOn the day it was made
   * @param number its document number (文号), as written, or {@code null}
   * @since 0.1
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Decision(
      @JsonProperty(required = true) LocalDate decidedOn, @Nullable String number) {
    /** Validates the components. */
    public Decision {
      checkNotNull(decidedOn, "decidedOn");
    }
  }

  /**
   * Publication (决策公布, 第三十二条).
   *
   * @param publishedOn the day of publication
   * @param channels where it was published, not empty
   * @since 0.1
   */
  public record Publication(
      @JsonProperty(required = true) LocalDate publishedOn,
      @JsonProperty(required = true) List<Channel> channels) {
    /** Validates and copies the components. */
    public Publication {
      checkNotNull(publishedOn, "publishedOn");
      channels = List.copyOf(checkNotNull(channels, "channels"));
      checkArgument(!channels.isEmpty(), "channels must not be empty");
    }
  }

  /** Publication channels (第三十二条). */
  public enum Channel {
    /** 本级人民政府公报. */
    GAZETTE,
    /** 政府网站. */
    WEBSITE,
    /** 在本行政区域内发行的报纸. */
    NEWSPAPER,
    /** 政务新媒体 and other channels. */
    OTHER
  }

  /**
   * Implementation follow-up (决策执行, 第三十四条).
   *
   * @param unit the executing unit (决策执行单位)
   * @param reportedOn the days it reported on implementation, possibly empty
   * @since 0.1
   */
  public record Implementation(
      @JsonProperty(required = true) ActingBody unit, @Nullable List<LocalDate> reportedOn) {
    /** Validates and copies the components. */
    public Implementation {
      checkNotNull(unit, "unit");
      reportedOn = reportedOn == null ? List.of() : List.copyOf(reportedOn);
    }
  }

  /**
   * Post-decision evaluation (决策后评估, 第三十六条).
   *
   * @param evaluatedOn the day the evaluation was completed
   * @param grounds why it was held
   * @param byPreDecisionAssessor whether it was done by the unit that did the main argumentation or
   *     assessment before the decision
   * @since 0.1
   */
  public record PostEvaluation(
      @JsonProperty(required = true) LocalDate evaluatedOn,
      @JsonProperty(required = true) List<EvaluationGround> grounds,
      @JsonProperty(required = true) boolean byPreDecisionAssessor) {
    /** Validates and copies the components. */
    public PostEvaluation {
      checkNotNull(evaluatedOn, "evaluatedOn");
      grounds = List.copyOf(checkNotNull(grounds, "grounds"));
    }
  }

  /** Why a post-decision evaluation was held (第三十六条第一款). */
  public enum EvaluationGround {
    /** (一) 明显未达到预期效果. */
    POOR_RESULTS,
    /** (二) 公民、法人或者其他组织提出较多意见. */
    MANY_OPINIONS,
    /** (三) 决策机关认为有必要. */
    DEEMED_NECESSARY
  }

  /**
   * Archiving (归档, 第三十三条).
   *
   * @param archivedOn the day the records were archived
   * @param complete whether the archive holds the records of every step taken
   * @since 0.1
   */
  public record Archiving(
      @JsonProperty(required = true) LocalDate archivedOn,
      @JsonProperty(required = true) boolean complete) {
    /** Validates the components. */
    public Archiving {
      checkNotNull(archivedOn, "archivedOn");
    }
  }
}
