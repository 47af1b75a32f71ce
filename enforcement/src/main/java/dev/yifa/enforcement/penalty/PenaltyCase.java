package dev.yifa.enforcement.penalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.body.EnforcementOfficer;
import dev.yifa.core.id.IdentifierDefect;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.money.Money;
import dev.yifa.enforcement.catalog.MitigationGround;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One administrative penalty case from lead or filing to closure, the {@code penalty-case}
 * document of FORMATS.md ({@code /schemas/penalty-case.schema.json}). Absent optional blocks mean
 * "did not happen". Identifiers ({@code party.id}, {@code decision.number}) are kept as text so
 * that a wrong check character is a finding, not an input error. Fields beyond FORMATS are
 * optional and documented in the schema.
 *
 * <p>Immutable and thread-safe (lists are copied).
 *
 * @param type always {@code penalty-case}
 * @param id the case id, e.g. {@code XS-SJ-2025-0001}
 * @param region the 6-digit division code of the acting body
 * @param agency the acting body
 * @param party the party penalised
 * @param violation the violation
 * @param procedure summary or ordinary procedure; absent while the case is only a lead
 * @param lead the report or discovered lead the case began with, if any (beyond FORMATS)
 * @param filedOn the day the case was filed (立案), absent if not (yet) filed
 * @param officers the enforcement officers acting
 * @param notice the prior notice (告知)
 * @param statement the party's statement and defence (陈述、申辩)
 * @param hearing the hearing (听证)
 * @param legalReview the legal review (法制审核)
 * @param legalReviewTriggers why legal review is required (行政处罚法第五十八条第一款), beyond FORMATS
 * @param majorCase whether the case is complex or a serious violation needing collective
 *     discussion (第五十七条第二款), beyond FORMATS
 * @param collectiveDiscussion the collective discussion by the agency's leaders
 * @param decision the decision
 * @param payment the payment of the fine
 * @param enforcement compulsory enforcement, beyond FORMATS
 * @param publication the publication of the decision
 * @param recording the record of the process
 * @param closedOn the day the case was closed (结案), beyond FORMATS
 * @since 0.1
 */
public record PenaltyCase(
    String type,
    String id,
    String region,
    Agency agency,
    Party party,
    Violation violation,
    @Nullable Procedure procedure,
    @Nullable Lead lead,
    @Nullable LocalDate filedOn,
    List<EnforcementOfficer> officers,
    @Nullable Notice notice,
    @Nullable Statement statement,
    @Nullable Hearing hearing,
    @Nullable LegalReview legalReview,
    List<ReviewTrigger> legalReviewTriggers,
    @Nullable Boolean majorCase,
    @Nullable CollectiveDiscussion collectiveDiscussion,
    @Nullable Decision decision,
    @Nullable Payment payment,
    @Nullable Enforcement enforcement,
    @Nullable Publication publication,
    @Nullable Recording recording,
    @Nullable LocalDate closedOn) {

  /** The document type. */
  public static final String TYPE = "penalty-case";

  /** Validates required components and copies lists. */
  public PenaltyCase {
    checkNotNull(type, "type");
    checkNotNull(id, "id");
    checkNotNull(region, "region");
    checkNotNull(agency, "agency");
    checkNotNull(party, "party");
    checkNotNull(violation, "violation");
    if (!TYPE.equals(type)) {
      throw new InvalidInputException("/type", "\"" + TYPE + "\"", "at /type: not a penalty case: '" + type + "'");
    }
    checkArgument(!id.isBlank(), "id must not be blank");
    officers = officers == null ? List.of() : List.copyOf(officers);
    legalReviewTriggers = legalReviewTriggers == null ? List.of() : List.copyOf(legalReviewTriggers);
  }

  /**
   * Reads a case from JSON text.
   *
   * @param json the document
   * @return the case
   * @throws InvalidInputException if the document does not fit the shape, with the JSON pointer
   */
  public static PenaltyCase read(String json) {
    return YifaJson.read(json, PenaltyCase.class);
  }

  /**
   * Reads a case from a JSON stream.
   *
   * @param in the document, UTF-8
   * @return the case
   * @throws InvalidInputException if the document does not fit the shape
   */
  public static PenaltyCase read(InputStream in) {
    return YifaJson.read(in, PenaltyCase.class);
  }

  /**
   * Reads a case from a JSON tree.
   *
   * @param node the document
   * @return the case
   * @throws InvalidInputException if the document does not fit the shape
   */
  public static PenaltyCase read(JsonNode node) {
    checkNotNull(node, "node");
    return YifaJson.read(node.toString(), PenaltyCase.class);
  }

  /**
   * Returns the procedure, ordinary when absent.
   *
   * @return the procedure
   */
  public Procedure procedureOrOrdinary() {
    return procedure == null ? Procedure.ORDINARY : procedure;
  }

  /**
   * Returns the penalties decided, or none.
   *
   * @return the decision's penalties, empty without a decision
   */
  public List<Penalty> penalties() {
    return decision == null ? List.of() : decision.penalties();
  }

  /**
   * Returns the total of the fines decided.
   *
   * @return the sum of the amounts of the {@code FINE} penalties
   */
  public Money totalFine() {
    Money total = Money.ZERO;
    for (Penalty p : penalties()) {
      if (p.kind() == PenaltyKind.FINE) {
        total = total.plus(p.amountOrZero());
      }
    }
    return total;
  }

  /**
   * Returns the day that decides which version of the law governs the procedure: the decision
   * day, else the filing day, else the day the lead was received.
   *
   * @return the day, or null if the case has none of them
   */
  public @Nullable LocalDate procedureDay() {
    if (decision != null) {
      return decision.decidedOn();
    }
    if (filedOn != null) {
      return filedOn;
    }
    return lead == null ? null : lead.receivedOn();
  }

  /** Summary (简易) or ordinary (普通) procedure. */
  public enum Procedure {
    /** 普通程序. */
    ORDINARY,
    /** 简易程序（当场处罚）. */
    SUMMARY
  }

  /** The kind of party. */
  public enum PartyKind {
    /** 法人或者其他组织. */
    ORGANISATION,
    /** 公民 (natural person). */
    INDIVIDUAL,
    /** 个体工商户: a natural person in law (民法典第五十四条), so the individual figures apply. */
    INDIVIDUAL_BUSINESS;

    /**
     * Tells whether the party is a natural person for the thresholds of the law.
     *
     * @return true for individuals and individual businesses
     */
    public boolean isNaturalPerson() {
      return this != ORGANISATION;
    }
  }

  /** The party's mental condition when acting (行政处罚法（2021）第三十一条). */
  public enum MentalCondition {
    /** No mental illness or intellectual disability bearing on the act. */
    NONE,
    /** Could partly recognise or control the conduct (尚未完全丧失辨认或者控制能力). */
    LIMITED,
    /** Could not recognise or control the conduct (不能辨认或者不能控制). */
    NONE_CAPACITY
  }

  /** The harm the violation caused. */
  public enum Harm {
    /** 没有造成危害后果. */
    NONE,
    /** 危害后果轻微. */
    MINOR,
    /** Ordinary harm. */
    GENERAL,
    /** Serious harm. */
    SERIOUS
  }

  /** What a prior notice states (行政处罚法（2021）第四十四条). */
  public enum NoticeItem {
    /** 事实. */
    FACTS,
    /** 理由. */
    REASONS,
    /** 依据. */
    BASIS,
    /** 拟作出的行政处罚内容. */
    PENALTY,
    /** 陈述、申辩权. */
    RIGHT_TO_STATE,
    /** 要求听证的权利. */
    RIGHT_TO_HEARING
  }

  /** What a decision letter states (行政处罚法（2021）第五十九条). */
  public enum DecisionItem {
    /** 当事人的姓名或者名称、地址. */
    PARTY,
    /** 违法事实. */
    FACTS,
    /** 证据. */
    EVIDENCE,
    /** 行政处罚的种类. */
    PENALTY,
    /** 依据. */
    BASIS,
    /** 履行方式和期限. */
    PAYMENT,
    /** 申请行政复议、提起行政诉讼的途径和期限. */
    REMEDY,
    /** 行政机关名称. */
    AGENCY,
    /** 作出决定的日期. */
    DATE,
    /** 印章. */
    SEAL
  }

  /** Who collected the fine. */
  public enum Collector {
    /** 指定的银行或者电子支付系统. */
    BANK,
    /** 执法人员当场收缴. */
    ON_THE_SPOT,
    /** The deciding agency itself, not on the spot. */
    AGENCY
  }

  /** Why legal review is required (行政处罚法（2021）第五十八条第一款). */
  public enum ReviewTrigger {
    /** （一）涉及重大公共利益. */
    MAJOR_PUBLIC_INTEREST,
    /** （二）直接关系当事人或者第三人重大权益，经过听证程序. */
    MAJOR_RIGHTS_AFTER_HEARING,
    /** （三）案件情况疑难复杂、涉及多个法律关系. */
    COMPLEX,
    /** （四）法律、法规规定应当进行法制审核的其他情形. */
    REQUIRED_BY_LAW
  }

  /** Where a lead came from. */
  public enum LeadSource {
    /** 投诉、举报. */
    REPORT,
    /** 监督检查中发现. */
    INSPECTION,
    /** 其他部门移送. */
    TRANSFER,
    /** 上级交办. */
    ASSIGNED,
    /** Other sources. */
    OTHER
  }

  /** Why a fine was collected on the spot (行政处罚法（2021）第六十八条、第六十九条). */
  public enum OnTheSpotReason {
    /** 不当场收缴事后难以执行. */
    HARD_TO_COLLECT_LATER,
    /** 边远、水上、交通不便地区，当事人提出. */
    REMOTE_AREA_AT_PARTY_REQUEST
  }

  /** The level of a discretion band (裁量阶次). */
  public enum DiscretionLevel {
    /** 不予处罚 / 轻微. */
    MINOR,
    /** 从轻. */
    LIGHTER,
    /** 一般. */
    GENERAL,
    /** 从重. */
    HEAVIER,
    /** 严重. */
    SERIOUS
  }

  /**
   * The acting body.
   *
   * @param id its unified social credit code (text; a wrong code is a finding)
   * @param name its name
   * @param level its level
   * @param kind its kind
   */
  public record Agency(@Nullable String id, String name, @Nullable BodyLevel level, @Nullable BodyKind kind) {
    /** Validates the components. */
    public Agency {
      checkNotNull(name, "name");
    }
  }

  /**
   * The party.
   *
   * @param kind organisation, individual or individual business
   * @param id USCC or resident id number (text; a wrong check character is a finding)
   * @param name the name
   * @param birthDate the birth date of an individual; when absent, taken from a valid resident id
   * @param mentalCondition the mental condition when acting
   */
  public record Party(
      PartyKind kind,
      @Nullable String id,
      String name,
      @Nullable LocalDate birthDate,
      @Nullable MentalCondition mentalCondition) {
    /** Validates the components. */
    public Party {
      checkNotNull(kind, "kind");
      checkNotNull(name, "name");
    }

    /**
     * Describes the party without its personal data: an identifier that is not a unified social
     * credit code is masked, and a birth date is not shown.
     */
    @Override
    public String toString() {
      String shownId =
          id == null
              ? "null"
              : UnifiedSocialCreditCode.isValid(id) ? id : IdentifierDefect.mask(id);
      return "Party[kind=" + kind + ", id=" + shownId + ", name=" + name
          + ", birthDate=" + (birthDate == null ? "null" : "****-**-**")
          + ", mentalCondition=" + mentalCondition + "]";
    }
  }

  /**
   * The violation.
   *
   * @param description what was done
   * @param code a stable code of the violation (e.g. the power-catalog item), used to recognise
   *     the same violation across cases (beyond FORMATS)
   * @param startedOn the day the act began
   * @param endedOn the day a continuing act ended; absent for a single act
   * @param discoveredOn the day the agency discovered it
   * @param affectsLifeHealthOrFinance whether it involves citizens' life and health safety or
   *     financial security (第三十六条)
   * @param firstOffence whether it is the party's first violation
   * @param harm the harm caused
   * @param correctedInTime whether the party corrected it in time
   * @param fault whether the party was at fault; {@code false} means the party proved no fault
   * @param minor whether the violation is minor (违法行为轻微), beyond FORMATS
   */
  public record Violation(
      String description,
      @Nullable String code,
      LocalDate startedOn,
      @Nullable LocalDate endedOn,
      @Nullable LocalDate discoveredOn,
      @Nullable Boolean affectsLifeHealthOrFinance,
      @Nullable Boolean firstOffence,
      @Nullable Harm harm,
      @Nullable Boolean correctedInTime,
      @Nullable Boolean fault,
      @Nullable Boolean minor) {
    /** Validates the components. */
    public Violation {
      checkNotNull(description, "description");
      checkNotNull(startedOn, "startedOn");
    }

    /**
     * Returns the day the act was complete: the end of a continuing act, else its start.
     *
     * @return the day the limitation period runs from
     */
    public LocalDate completedOn() {
      return endedOn == null ? startedOn : endedOn;
    }
  }

  /**
   * A lead: a report received or a violation discovered, before filing (beyond FORMATS).
   *
   * @param receivedOn the day the lead was received or discovered
   * @param source where it came from
   * @param rejectedOn the day the agency decided not to file
   * @param extended whether the filing period was extended with approval
   */
  public record Lead(
      LocalDate receivedOn,
      @Nullable LeadSource source,
      @Nullable LocalDate rejectedOn,
      @Nullable Boolean extended) {
    /** Validates the components. */
    public Lead {
      checkNotNull(receivedOn, "receivedOn");
    }
  }

  /**
   * The prior notice.
   *
   * @param servedOn the day it was served
   * @param stated what it stated
   * @param proposed the penalties proposed
   */
  public record Notice(LocalDate servedOn, List<NoticeItem> stated, List<Penalty> proposed) {
    /** Validates the components and copies the lists. */
    public Notice {
      checkNotNull(servedOn, "servedOn");
      stated = stated == null ? List.of() : List.copyOf(stated);
      proposed = proposed == null ? List.of() : List.copyOf(proposed);
    }
  }

  /**
   * The party's statement and defence.
   *
   * @param submittedOn the day it was submitted
   */
  public record Statement(LocalDate submittedOn) {
    /** Validates the components. */
    public Statement {
      checkNotNull(submittedOn, "submittedOn");
    }
  }

  /**
   * The hearing.
   *
   * @param requestedOn the day the party asked for it
   * @param noticeServedOn the day the notice of its time and place was served
   * @param heldOn the day it was held
   * @param waived whether the party waived it (or is deemed to have)
   */
  public record Hearing(
      @Nullable LocalDate requestedOn,
      @Nullable LocalDate noticeServedOn,
      @Nullable LocalDate heldOn,
      @Nullable Boolean waived) {
    /**
     * Tells whether the party waived the hearing.
     *
     * @return true only if {@code waived} is true
     */
    public boolean isWaived() {
      return Boolean.TRUE.equals(waived);
    }
  }

  /**
   * The legal review.
   *
   * @param completedOn the day it was completed
   * @param reviewerQualified whether the reviewer holds the legal professional qualification
   * @param passed whether the review passed
   */
  public record LegalReview(
      @Nullable LocalDate completedOn, @Nullable Boolean reviewerQualified, @Nullable Boolean passed) {}

  /**
   * The collective discussion by the agency's leaders.
   *
   * @param heldOn the day it was held
   */
  public record CollectiveDiscussion(LocalDate heldOn) {
    /** Validates the components. */
    public CollectiveDiscussion {
      checkNotNull(heldOn, "heldOn");
    }
  }

  /**
   * The decision.
   *
   * @param number the document number (文号), as text
   * @param decidedOn the day it was made
   * @param servedOn the day it was served on the party
   * @param timeLimitExtended whether the 90-day limit was extended under another provision
   * @param penalties the penalties imposed
   * @param basis the provisions the penalties rest on
   * @param discretion the discretion band applied
   * @param stated what the decision letter states
   * @param mitigated whether a lighter or mitigated penalty (从轻或者减轻) was applied, beyond
   *     FORMATS
   * @param hearingRecordBased whether, after a hearing, the decision rests on the hearing record;
   *     {@code false} is a finding, beyond FORMATS
   * @param mitigationGrounds the grounds of 行政处罚法（2021）第三十二条 the decision relies on for a
   *     fine below its discretion level or the statutory minimum, beyond FORMATS
   */
  public record Decision(
      @Nullable String number,
      LocalDate decidedOn,
      @Nullable LocalDate servedOn,
      @Nullable Boolean timeLimitExtended,
      List<Penalty> penalties,
      List<Citation> basis,
      @Nullable Discretion discretion,
      List<DecisionItem> stated,
      @Nullable Boolean mitigated,
      @Nullable Boolean hearingRecordBased,
      List<MitigationGround> mitigationGrounds) {
    /** Validates the components and copies the lists. */
    public Decision {
      checkNotNull(decidedOn, "decidedOn");
      mitigationGrounds = mitigationGrounds == null ? List.of() : List.copyOf(mitigationGrounds);
      penalties = penalties == null ? List.of() : List.copyOf(penalties);
      basis = basis == null ? List.of() : List.copyOf(basis);
      stated = stated == null ? List.of() : List.copyOf(stated);
    }
  }

  /**
   * The discretion band applied.
   *
   * @param level the level
   * @param min the lowest fine of the band
   * @param max the highest fine of the band
   */
  public record Discretion(@Nullable DiscretionLevel level, @Nullable Money min, @Nullable Money max) {}

  /**
   * The payment of the fine.
   *
   * @param collector who collected it
   * @param paidOn the day it was paid
   * @param amount the amount paid (without surcharge)
   * @param surcharge the late-payment surcharge (加处罚款) charged
   * @param onTheSpotReason why it was collected on the spot, beyond FORMATS
   */
  public record Payment(
      @Nullable Collector collector,
      @Nullable LocalDate paidOn,
      @Nullable Money amount,
      @Nullable Money surcharge,
      @Nullable OnTheSpotReason onTheSpotReason) {}

  /**
   * Compulsory enforcement of an unpaid fine (beyond FORMATS).
   *
   * @param courtApplicationOn the day the agency applied to the court
   * @param executedOn the day the agency enforced by itself under law
   */
  public record Enforcement(@Nullable LocalDate courtApplicationOn, @Nullable LocalDate executedOn) {}

  /**
   * The publication of the decision.
   *
   * @param publishedOn the day it was published
   */
  public record Publication(LocalDate publishedOn) {
    /** Validates the components. */
    public Publication {
      checkNotNull(publishedOn, "publishedOn");
    }
  }

  /**
   * The record of the process.
   *
   * @param audioVideo whether it was recorded in audio and video
   */
  public record Recording(@Nullable Boolean audioVideo) {}
}
