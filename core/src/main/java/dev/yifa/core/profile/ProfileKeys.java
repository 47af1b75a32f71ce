package dev.yifa.core.profile;

import java.math.BigDecimal;

/**
 * The profile keys Yifa's own rule packs read, all present in the built-in profiles. Sources are in
 * {@code profiles.json} and statutes.md, "Jurisdiction-configurable parameters".
 *
 * @since 0.1
 */
public final class ProfileKeys {
  /**
   * 较大数额罚款 for individuals: a fine reaching it entitles the party to a hearing (行政处罚法（2021）第六十三条第一款第（一）项).
   */
  public static final ProfileKey<Threshold> HEARING_LARGE_FINE_INDIVIDUAL =
      ProfileKey.threshold("hearing.largeFine.individual");

  /** 较大数额罚款 for legal persons and other organisations (行政处罚法（2021）第六十三条). */
  public static final ProfileKey<Threshold> HEARING_LARGE_FINE_ORGANISATION =
      ProfileKey.threshold("hearing.largeFine.organisation");

  /**
   * The largest fine on an individual decided on the spot by summary procedure (行政处罚法（2021）第五十一条：二百元以下).
   */
  public static final ProfileKey<BigDecimal> SUMMARY_FINE_LIMIT_INDIVIDUAL =
      ProfileKey.money("summary.fineLimit.individual");

  /** The largest fine on an organisation by summary procedure (行政处罚法（2021）第五十一条：三千元以下). */
  public static final ProfileKey<BigDecimal> SUMMARY_FINE_LIMIT_ORGANISATION =
      ProfileKey.money("summary.fineLimit.organisation");

  /** The general cap on fines a local government rule may set (行政处罚法（2021）第十四条). */
  public static final ProfileKey<BigDecimal> LOCAL_RULE_FINE_CAP =
      ProfileKey.money("localRule.fineCap");

  /** The raised cap on fines a local government rule may set in listed high-risk fields. */
  public static final ProfileKey<BigDecimal> LOCAL_RULE_FINE_CAP_RAISED =
      ProfileKey.money("localRule.fineCapRaised");

  /**
   * The working days an agency has to decide whether to file a case on a lead (report, transfer or
   * discovery), modelled on 市场监督管理行政处罚程序规定 第十八条 (十五个工作日); the APL itself says only
   * 及时立案 (行政处罚法（2021）第五十四条第二款). Default 15 (the key default; provinces may set it in profiles.json).
   */
  public static final ProfileKey<Integer> FILING_PERIOD_WORKING_DAYS =
      ProfileKey.integer("penalty.filingPeriod.workingDays").withDefault(15);

  /** The working days the filing period may be extended by with approval (同上：可以延长十五个工作日). Default 15. */
  public static final ProfileKey<Integer> FILING_PERIOD_EXTENSION_WORKING_DAYS =
      ProfileKey.integer("penalty.filingPeriod.extensionWorkingDays").withDefault(15);

  /**
   * Days after a penalty decision has been carried out (fine paid, decision executed or served when
   * nothing is to be paid) within which the case is closed and archived (结案、归档). No statute sets
   * the figure (行政处罚法（2021）第四十七条 requires the record to be archived); 30 days is a practice
   * default that provinces and agencies set in profiles.json.
   */
  public static final ProfileKey<Integer> CLOSING_PERIOD_DAYS =
      ProfileKey.integer("penalty.closingPeriod.days").withDefault(30);

  /**
   * Days after publication within which a normative document is filed with the supervising body
   * (地方组织法（2022）第七十五条：予以公布和备案 sets no figure; 30 days is provincial practice).
   */
  public static final ProfileKey<Integer> DOCUMENT_FILING_DAYS = ProfileKey.integer("document.filingDays").withDefault(30);

  /** Minimum working days a normative document's legality review is given (unverified national norm). */
  public static final ProfileKey<Integer> DOCUMENT_LEGALITY_REVIEW_MIN_WORKING_DAYS =
      ProfileKey.integer("document.legalityReviewMinWorkingDays").withDefault(5);

  /** Minimum working days of public comment on a normative document not about market entities. */
  public static final ProfileKey<Integer> DOCUMENT_COMMENT_MIN_WORKING_DAYS =
      ProfileKey.integer("document.commentMinWorkingDays").withDefault(7);

  private ProfileKeys() {}
}
