package dev.yifa.core.rule;

import static dev.yifa.core.rule.Severity.ERROR;
import static dev.yifa.core.rule.Severity.NOTICE;
import static dev.yifa.core.rule.Severity.WARNING;

import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.law.InstrumentVersion;
import dev.yifa.core.profile.ProfileKeys;
import dev.yifa.core.profile.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small rule pack over {@link SampleCase}, modelled on the 2021 Administrative Penalty Law. */
final class SamplePack {
  static final Instrument APL =
      new Instrument(
          "administrative-penalty-law",
          "中华人民共和国行政处罚法",
          "Administrative Penalty Law of the People's Republic of China",
          InstrumentLevel.LAW,
          "全国人民代表大会常务委员会");

  static final InstrumentVersion APL_2021 =
      new InstrumentVersion(APL, "2021", LocalDate.of(2021, 1, 22), LocalDate.of(2021, 7, 15), null);

  static final InstrumentVersion APL_2017 =
      new InstrumentVersion(
          APL, "2017", LocalDate.of(2017, 9, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2021, 7, 15));

  static final Messages MESSAGES = Messages.load("sample", SamplePack.class::getResourceAsStream);

  /** 行政处罚法（2021）第四十二条：执法人员不得少于两人。At least two officers. */
  static final Rule<SampleCase> TWO_OFFICERS =
      Rule.<SampleCase>builder("APL-042-two-officers")
          .cites(APL_2021.article(42).paragraph(1))
          .severity(ERROR)
          .appliesFrom(LocalDate.of(2021, 7, 15))
          .message("penalty.twoOfficers")
          .check(
              (c, ctx, out) -> {
                if (c.certifiedOfficers() < 2) {
                  out.finding("/officers").value("certified", c.certifiedOfficers());
                }
              })
          .build();

  /** 行政处罚法（2021）第六十三条：较大数额罚款，应当告知当事人有要求听证的权利。 */
  static final Rule<SampleCase> HEARING =
      Rule.<SampleCase>builder("APL-063-hearing-not-offered")
          .cites(APL_2021.article(63).paragraph(1), APL_2021.article(64))
          .severity(ERROR)
          .appliesFrom(LocalDate.of(2021, 7, 15))
          .message("penalty.hearingNotOffered")
          .check(
              (c, ctx, out) -> {
                Threshold t =
                    ctx.profile()
                        .get(
                            c.party() == SampleCase.PartyKind.INDIVIDUAL
                                ? ProfileKeys.HEARING_LARGE_FINE_INDIVIDUAL
                                : ProfileKeys.HEARING_LARGE_FINE_ORGANISATION);
                if (!c.hearingOffered() && t.isReachedBy(c.fine())) {
                  out.finding("/decision/penalties/0/amount", "/hearing")
                      .value("amount", c.fine())
                      .value("threshold", t.amount().setScale(2));
                }
              })
          .build();

  /** 行政处罚法（2021）第五十一条：当场处罚的罚款限额。Summary procedure limits. */
  static final Rule<SampleCase> SUMMARY_LIMIT =
      Rule.<SampleCase>builder("APL-051-summary-over-limit")
          .cites(APL_2021.article(51))
          .severity(WARNING)
          .appliesFrom(LocalDate.of(2021, 7, 15))
          .message("penalty.summaryOverLimit")
          .check(
              (c, ctx, out) -> {
                BigDecimal limit =
                    ctx.profile()
                        .get(
                            c.party() == SampleCase.PartyKind.INDIVIDUAL
                                ? ProfileKeys.SUMMARY_FINE_LIMIT_INDIVIDUAL
                                : ProfileKeys.SUMMARY_FINE_LIMIT_ORGANISATION);
                if (c.summary() && c.fine().compareTo(limit) > 0) {
                  out.finding("/procedure", "/decision/penalties/0/amount")
                      .value("amount", c.fine())
                      .value("limit", limit);
                }
              })
          .build();

  /** A notice for any fine of ten thousand or more (testing only). */
  static final Rule<SampleCase> LARGE_FINE_NOTICE =
      Rule.<SampleCase>builder("APL-063-large-fine")
          .cites(APL_2021.article(63).paragraph(1).item(1))
          .severity(NOTICE)
          .message("penalty.largeFine")
          .check(
              (c, ctx, out) -> {
                if (c.fine().compareTo(new BigDecimal("10000")) >= 0) {
                  out.finding("/decision/penalties/0/amount").value("amount", c.fine());
                }
              })
          .build();

  /** 行政处罚法（2017）第三十七条：执法人员不得少于两人 — applies before 2021-07-15 only. */
  static final Rule<SampleCase> TWO_OFFICERS_2017 =
      Rule.<SampleCase>builder("APL2017-037-two-officers")
          .cites(APL_2017.article(37).paragraph(1))
          .severity(ERROR)
          .appliesUntil(LocalDate.of(2021, 7, 15))
          .message("penalty.twoOfficers")
          .check(
              (c, ctx, out) -> {
                if (c.certifiedOfficers() < 2) {
                  out.finding("/officers").value("certified", c.certifiedOfficers());
                }
              })
          .build();

  static final List<Rule<SampleCase>> RULES =
      List.of(TWO_OFFICERS, HEARING, SUMMARY_LIMIT, LARGE_FINE_NOTICE, TWO_OFFICERS_2017);

  static final RulePack<SampleCase> PACK = pack(RULES);

  static RulePack<SampleCase> pack(List<Rule<SampleCase>> rules) {
    return RulePack.builder("penalty", "2021.1", SampleCase.class)
        .documentType("penalty-case")
        .subjectId(SampleCase::id)
        .relevantDate(SampleCase::decidedOn)
        .messages(MESSAGES)
        .addAll(rules)
        .build();
  }

  private SamplePack() {}
}
