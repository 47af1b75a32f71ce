package dev.yifa.core.law;

/**
 * The versions of national instruments that Yifa's rules cite, taken from {@link
 * LawCatalog#builtIn()} so that the catalog JSON stays the single source of their dates. A rule
 * cites a version, not an instrument, because versions number their articles differently:
 *
 * <pre>{@code
 * Laws.APL_2021.article(63).paragraph(1).item(1)   // 《中华人民共和国行政处罚法》第六十三条第一款第（一）项
 * }</pre>
 *
 * <p>The three laws that rule ids abbreviate most keep their short names (APL penalty, ACL coercion,
 * ARL reconsideration); licensing and litigation are spelled out ({@code LICENSING_2019}, {@code
 * LITIGATION_2017}) because both would abbreviate to "ALL". Rule ids use {@code LIC-} for licensing and
 * {@code ALL-} for litigation. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Laws {
  private Laws() {}

  /** 中华人民共和国行政处罚法 (1996), in force 1996-10-01 until 2009-08-27. */
  public static final InstrumentVersion APL_1996 = v("administrative-penalty-law", "1996");

  /** 中华人民共和国行政处罚法 (2009 amendment), in force 2009-08-27 until 2018-01-01. */
  public static final InstrumentVersion APL_2009 = v("administrative-penalty-law", "2009");

  /** 中华人民共和国行政处罚法 (2017 amendment), in force 2018-01-01 until 2021-07-15. */
  public static final InstrumentVersion APL_2017 = v("administrative-penalty-law", "2017");

  /** 中华人民共和国行政处罚法 (2021 revision), in force from 2021-07-15. */
  public static final InstrumentVersion APL_2021 = v("administrative-penalty-law", "2021");

  /** 中华人民共和国行政许可法 (2003), in force 2004-07-01 until 2019-04-23. */
  public static final InstrumentVersion LICENSING_2003 = v("administrative-licensing-law", "2003");

  /** 中华人民共和国行政许可法 (2019 amendment), the Administrative Licensing Law, in force from 2019-04-23. */
  public static final InstrumentVersion LICENSING_2019 = v("administrative-licensing-law", "2019");

  /** 中华人民共和国行政强制法 (2011), the Administrative Coercion Law, in force from 2012-01-01. */
  public static final InstrumentVersion ACL_2011 = v("administrative-coercion-law", "2011");

  /** 中华人民共和国行政复议法 (2017 amendment), in force 2018-01-01 until 2024-01-01. */
  public static final InstrumentVersion ARL_2017 = v("administrative-reconsideration-law", "2017");

  /** 中华人民共和国行政复议法 (2023 revision), the Administrative Reconsideration Law, in force from 2024-01-01. */
  public static final InstrumentVersion ARL_2023 = v("administrative-reconsideration-law", "2023");

  /** 中华人民共和国行政诉讼法 (2014 amendment), in force 2015-05-01 until 2017-07-01. */
  public static final InstrumentVersion LITIGATION_2014 = v("administrative-litigation-law", "2014");

  /** 中华人民共和国行政诉讼法 (2017 amendment), the Administrative Litigation Law, in force from 2017-07-01. */
  public static final InstrumentVersion LITIGATION_2017 = v("administrative-litigation-law", "2017");

  /** 重大行政决策程序暂行条例 (State Council Decree 713), in force from 2019-09-01. */
  public static final InstrumentVersion MAJOR_DECISIONS_2019 =
      v("major-administrative-decision-procedures", "2019");

  /**
   * 信访工作条例 (2022), in force from 2022-05-01. Issued jointly by the CPC Central Committee and
   * the State Council, so its level is {@link InstrumentLevel#POLICY_DOCUMENT}, not an administrative
   * regulation (see the catalog's note).
   */
  public static final InstrumentVersion PETITIONS_2022 = v("letters-and-visits-work-regulations", "2022");

  /** 法规规章备案审查条例 (State Council Decree 789), in force from 2024-11-01. */
  public static final InstrumentVersion FILING_2024 = v("regulations-and-rules-filing-review-regulations", "2024");

  /** 法规规章备案条例 (State Council Decree 337), in force 2002-01-01 until 2024-11-01. */
  public static final InstrumentVersion FILING_2001 = v("regulations-and-rules-filing-regulations", "2001");

  /** 中华人民共和国地方各级人民代表大会和地方各级人民政府组织法 (2022 amendment), in force from 2022-03-12. */
  public static final InstrumentVersion ORGANIC_LAW_2022 = v("local-organic-law", "2022");

  /** 中华人民共和国立法法 (2023 amendment), the Legislation Law, in force from 2023-03-15. */
  public static final InstrumentVersion LEGISLATION_2023 = v("legislation-law", "2023");

  /** 中华人民共和国政府信息公开条例 (2019 revision, Decree 711), in force from 2019-05-15. */
  public static final InstrumentVersion OPEN_INFORMATION_2019 = v("open-government-information-regulations", "2019");

  /** 优化营商环境条例 (Decree 722), in force from 2020-01-01. */
  public static final InstrumentVersion BUSINESS_ENVIRONMENT_2019 = v("business-environment-regulations", "2019");

  /** 公平竞争审查条例 (2024), in force from 2024-08-01. */
  public static final InstrumentVersion FAIR_COMPETITION_2024 = v("fair-competition-review-regulations", "2024");

  private static InstrumentVersion v(String id, String version) {
    return LawCatalog.builtIn().requireVersion(id, version);
  }
}
