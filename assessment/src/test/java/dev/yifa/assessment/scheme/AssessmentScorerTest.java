package dev.yifa.assessment.scheme;

import static dev.yifa.assessment.scheme.Schemes.data;
import static dev.yifa.assessment.scheme.Schemes.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentScorerTest {
  private static final AssessmentScorer SMALL = AssessmentScorer.of(AssessmentScheme.parse(Schemes.SMALL));

  @Test
  void score_example_explainsEveryIndicator() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        "{ \"id\": \"U1\", \"name\": \"县司法局\", \"values\": {"
            + " \"filing\": { \"numerator\": 9, \"denominator\": 10, \"note\": \"备案系统导出\" },"
            + " \"unlawful\": { \"items\": [\"县司法规〔2025〕3号\"] },"
            + " \"adviser\": { \"yes\": true }, \"quality\": { \"level\": \"B\" } } }")));
    UnitScore u = r.units().get(0);
    assertThat(u.total()).isEqualByComparingTo("66.00");
    assertThat(u.grade()).isEqualTo("PASS");
    IndicatorScore filing = u.indicators().get(0);
    assertThat(filing.path()).isEqualTo("/g/filing");
    assertThat(filing.pointer()).isEqualTo("/indicators/0/children/0");
    assertThat(filing.score()).isEqualByComparingTo("20.00");
    assertThat(filing.inputs()).containsEntry("numerator", "9").containsEntry("denominator", "10").containsEntry("ratio", "0.9000")
        .containsEntry("note", "备案系统导出");
    assertThat(filing.formula()).contains("9 / 10 = 0.9000").contains("40 × (x − 0.8) / (1 − 0.8) = 20.00");
    IndicatorScore unlawful = u.indicators().get(1);
    assertThat(unlawful.score()).isEqualByComparingTo("20.00");
    assertThat(unlawful.deductions()).singleElement().satisfies(d -> {
      assertThat(d.points()).isEqualByComparingTo("10");
      assertThat(d.item()).isEqualTo("县司法规〔2025〕3号");
    });
    assertThat(u.indicators().get(3).formula()).isEqualTo("等级 B → 6.00");
    assertThat(u.indicators().get(4).formula()).isEqualTo("无数据，视为未发生");
    assertThat(u.groups()).singleElement().satisfies(g -> {
      assertThat(g.path()).isEqualTo("/g");
      assertThat(g.score()).isEqualByComparingTo("40.00");
    });
    assertThat(u.formula()).contains("Σ 各指标得分 = 66.00").contains("合格").contains("第 1 名");
  }

  @Test
  void score_veto_zeroesTheTotalRanksLastAndBarsAwards() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 0, true, "A", true),
        unit("B", "8", "10", 3, true, "C", false))));
    UnitScore a = r.unit("A").orElseThrow();
    assertThat(a.total()).isEqualByComparingTo("0");
    assertThat(a.grade()).isEqualTo("FAIL");
    assertThat(a.rank()).isEqualTo(2);
    assertThat(a.vetoes()).containsExactly("incident: FAIL");
    assertThat(a.awards()).isEmpty();
    assertThat(a.formula()).contains("一票否决");
    assertThat(r.awards().get(0).unitIds()).containsExactly("B");
  }

  @Test
  void ranks_equalTotalsShareARank_andTheNextRankSkips() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "9", "10", 0, true, "A", false),
        unit("B", "10", "10", 0, true, "A", false),
        unit("C", "90", "100", 0, true, "A", false),
        unit("D", "8", "10", 0, true, "A", false))));
    assertThat(r.units()).extracting(UnitScore::unitId).containsExactly("B", "A", "C", "D");
    assertThat(r.units()).extracting(UnitScore::rank).containsExactly(1, 2, 2, 4);
    assertThat(AssessmentScorer.ranks(new long[] {5, 5, 5})).containsExactly(1, 1, 1);
    assertThat(AssessmentScorer.ranks(new long[] {1, 3, 2, 3})).containsExactly(4, 1, 3, 1);
  }

  @Test
  void awards_topThree_includeUnitsTiedAtTheBorder_andRespectMinimumGrade() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 0, true, "A", false),
        unit("B", "10", "10", 0, true, "B", false),
        unit("C", "10", "10", 1, true, "A", false),
        unit("D", "10", "10", 1, true, "A", false),
        unit("E", "10", "10", 3, false, "C", false))));
    assertThat(r.units()).extracting(UnitScore::rank).containsExactly(1, 2, 3, 3, 5);
    AwardResult trophy = r.awards().get(0);
    assertThat(trophy.unitIds()).containsExactly("A", "B", "C", "D");
    assertThat(trophy.unitNames()).containsExactly("单位A", "单位B", "单位C", "单位D");
    assertThat(r.unit("A").orElseThrow().awards()).containsExactly("流动红旗");
    assertThat(trophy.recordedIn()).isEqualTo("年鉴");
    assertThat(trophy.rule()).contains("名次 ≤ 3");
    AssessmentScheme strict = AssessmentScheme.parse(Schemes.SMALL.replace("\"topN\": 3", "\"topN\": 3, \"minGrade\": \"EXCELLENT\""));
    AssessmentResult s = AssessmentScorer.of(strict).score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 0, true, "A", false), unit("B", "10", "10", 1, true, "B", false))));
    assertThat(s.awards().get(0).unitIds()).containsExactly("A");
  }

  @Test
  void grades_atTheBoundary_ninetyIsExcellentAndEightyNineNinetyNineIsGood() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 1, true, "A-", false),   // 40 + 20 + 20 + 9.99 = 89.99
        unit("B", "10", "10", 1, true, "A", false))));  // 40 + 20 + 20 + 10 = 90
    assertThat(r.unit("A").orElseThrow().total()).isEqualByComparingTo("89.99");
    assertThat(r.unit("A").orElseThrow().grade()).isEqualTo("GOOD");
    assertThat(r.unit("B").orElseThrow().total()).isEqualByComparingTo("90.00");
    assertThat(r.unit("B").orElseThrow().grade()).isEqualTo("EXCELLENT");
  }

  @Test
  void ratio_lowerIsBetter_and_zeroDenominator() {
    AssessmentScheme scheme = AssessmentScheme.defaultCountyScheme();
    AssessmentData d = AssessmentData.parse(
        "{ \"type\": \"assessment-data\", \"scheme\": \"county-rule-of-law/2021.1\", \"period\": \"2025\", \"units\": ["
            + "{ \"id\": \"U\", \"name\": \"u\", \"values\": {"
            + "\"litigation-loss-rate\": { \"numerator\": 1, \"denominator\": 4 },"
            + "\"reconsideration-correction-rate\": { \"numerator\": 0, \"denominator\": 0 } } } ] }");
    UnitScore u = AssessmentScorer.of(scheme).score(d).units().get(0);
    IndicatorScore loss = u.indicators().stream().filter(i -> i.path().endsWith("litigation-loss-rate")).findFirst().orElseThrow();
    // 6 × (0.4 − 0.25) / (0.4 − 0.1) = 3
    assertThat(loss.score()).isEqualByComparingTo("3.00");
    assertThat(loss.formula()).contains("≤ 0.1 满分，≥ 0.4 不得分");
    IndicatorScore none = u.indicators().stream().filter(i -> i.path().endsWith("reconsideration-correction-rate")).findFirst().orElseThrow();
    assertThat(none.score()).isEqualByComparingTo("6.00");
    assertThat(none.formula()).contains("分母为 0");
  }

  @Test
  void defaultScheme_hasTheIndicatorsOfTheIssue_andPassesTheSchemeRules() {
    AssessmentScheme s = AssessmentScheme.defaultCountyScheme();
    assertThat(s.leavesByPointer().values()).extracting(Indicator::id).contains(
        "major-decisions-procedure", "normative-filing-rate", "normative-filing-timely", "certified-officers",
        "law-graduates", "case-file-score", "red-cards", "yellow-cards", "reconsideration-correction-rate",
        "litigation-loss-rate", "head-appearance-rate", "petitions-in-time", "training-hours");
    assertThat(SchemeRules.check(s).findings()).isEmpty();
    assertThat(AssessmentScheme.parse(s.toJson())).isEqualTo(s);
  }

  @Test
  void yearOverYear_comparesTotalsAndRanks() {
    AssessmentResult y2024 = SMALL.score(AssessmentData.parse(data("2024",
        unit("A", "9", "10", 0, true, "A", false), unit("B", "10", "10", 0, true, "A", false))));
    AssessmentResult y2025 = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 0, true, "A", false), unit("B", "10", "10", 2, true, "A", false),
        unit("C", "10", "10", 0, false, "A", false))));
    AssessmentReport report = AssessmentReport.of(List.of(y2025, y2024));
    assertThat(report.periods()).extracting(AssessmentResult::period).containsExactly("2024", "2025");
    UnitChange a = report.changes().get(0).units().get(0);
    assertThat(a.unitId()).isEqualTo("A");
    assertThat(a.delta()).isEqualByComparingTo("20.00");
    assertThat(a.previousRank()).isEqualTo(2);
    assertThat(a.rankChange()).isEqualTo(1);
    UnitChange c = report.changes().get(0).units().stream().filter(x -> x.unitId().equals("C")).findFirst().orElseThrow();
    assertThat(c.previousTotal()).isNull();
    assertThat(report.toText()).contains("同比 2024 → 2025");
    assertThat(report.toJson()).contains("\"changes\"").contains("\"formula\"");
    assertThat(report.toHtml()).contains("<svg").doesNotContain("<script");
  }

  @Test
  void mulDiv_roundsHalfUp_andSurvivesProductsBeyondALong() {
    assertThat(AssessmentScorer.mulDiv(5, 1, 2)).isEqualTo(3);
    assertThat(AssessmentScorer.mulDiv(4, 1, 3)).isEqualTo(1);
    long big = 3_000_000_000_000L;
    assertThat(AssessmentScorer.mulDiv(big, big, big)).isEqualTo(big);
    assertThat(AssessmentScorer.mulDiv(100_000_000L, 10_000_000_000_000L, 20_000_000_000_000L)).isEqualTo(50_000_000L);
  }

  @Test
  void toHtml_escapesUnitNames() {
    AssessmentResult r = SMALL.score(AssessmentData.parse(data("2025",
        unit("A", "10", "10", 0, true, "A", false).replace("单位A", "<i>A&amp;</i>"))));
    String html = AssessmentReport.of(List.of(r)).toHtml();
    assertThat(html).contains("&lt;i&gt;A&amp;amp;&lt;/i&gt;").doesNotContain("<i>A");
  }
}
