package dev.yifa.assessment.review;

import static dev.yifa.assessment.review.Reports.finding;
import static dev.yifa.assessment.review.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReviewBatchTest {
  private static final CaseFileReviewer DEFAULT = CaseFileReviewer.of(ReviewScheme.defaultScheme());

  @Test
  void review_county_averagesPerUnitAndCommonestDefectsFirst() {
    List<ReviewedFile> files = List.of(
        ReviewedFile.of(report("A-1", finding("APL-061-service-late", Severity.ERROR, 61)), "县市场监督管理局"),
        ReviewedFile.of(report("A-2", finding("APL-061-service-late", Severity.ERROR, 61),
            finding("APL-059-decision-contents", Severity.ERROR, 59)), "县市场监督管理局"),
        ReviewedFile.of(report("B-1", finding("APL-061-service-late", Severity.ERROR, 61)), "县生态环境分局"),
        ReviewedFile.of(report("C-1"), null));
    ReviewBatchResult r = ReviewBatch.review(DEFAULT, files);
    assertThat(r.files()).extracting(FileScore::score)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("95"), new BigDecimal("91"), new BigDecimal("95"), new BigDecimal("100"));
    assertThat(r.units()).extracting(UnitSummary::unit).containsExactly("县市场监督管理局", "县生态环境分局", ReviewBatch.UNKNOWN_UNIT);
    assertThat(r.units().get(0).average()).isEqualByComparingTo("93.00");
    assertThat(r.units().get(0).grades()).containsEntry("GOOD", 2).containsEntry("EXCELLENT", 0);
    assertThat(r.overall().files()).isEqualTo(4);
    assertThat(r.overall().average()).isEqualByComparingTo("95.25");
    assertThat(r.defects().get(0).key()).isEqualTo("APL-061-service-late");
    assertThat(r.defects().get(0).files()).isEqualTo(3);
    assertThat(r.defects().get(0).points()).isEqualByComparingTo("15");
    assertThat(r.toText()).contains("APL-061-service-late").contains("县市场监督管理局");
    assertThat(r.toJson()).contains("\"defects\"").contains("\"citations\":[\"《中华人民共和国行政处罚法》第六十一条第一款\"]");
    assertThat(r.toHtml()).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
  }

  @Test
  void toHtml_escapesText() {
    ReviewBatchResult r = ReviewBatch.review(DEFAULT, List.of(ReviewedFile.of(report("<b>x</b>"), "A&B")));
    assertThat(r.toHtml()).contains("&lt;b&gt;x&lt;/b&gt;").contains("A&amp;B").doesNotContain("<b>x");
  }

  private static final String[] RULES = {
    "APL-042-two-officers", "APL-044-notice-incomplete", "APL-045-heavier-penalty", "APL-058-no-legal-review",
    "APL-059-decision-contents", "APL-060-decision-overdue", "APL-061-service-late", "APL-063-hearing-not-offered",
    "APL-072-surcharge-too-high", "APL-099-unknown", "ID-001-bad-uscc"
  };

  private static Gen<List<Finding>> findings() {
    return lists().of(integers().between(0, RULES.length * 3 - 1).map(i ->
        finding(RULES[i % RULES.length], Severity.values()[i / RULES.length], 42)))
        .ofSizeBetween(0, 8);
  }

  @Test
  void property_addingAFindingOrAMark_neverRaisesTheScore() {
    qt().forAll(findings(), integers().between(0, RULES.length * 3 - 1), integers().between(0, 2000))
        .check((fs, extra, cents) -> {
          Report before = report("P", fs.toArray(new Finding[0]));
          List<Finding> more = new ArrayList<>(fs);
          more.add(finding(RULES[extra % RULES.length], Severity.values()[extra / RULES.length], 42));
          Report after = report("P", more.toArray(new Finding[0]));
          BigDecimal s0 = DEFAULT.review(before).score();
          BigDecimal s1 = DEFAULT.review(after).score();
          BigDecimal s2 = DEFAULT.review(before, List.of(ReviewerMark.of("LAW", BigDecimal.valueOf(cents, 2), "m")), null).score();
          return s1.compareTo(s0) <= 0 && s2.compareTo(s0) <= 0;
        });
  }

  @Test
  void property_scoresStayWithinTheirBounds() {
    qt().forAll(findings()).check(fs -> {
      FileScore s = DEFAULT.review(report("P", fs.toArray(new Finding[0])));
      boolean categoriesOk = s.categories().stream().allMatch(c ->
          c.score().signum() >= 0 && c.score().compareTo(c.points()) <= 0);
      return categoriesOk && s.score().signum() >= 0 && s.score().compareTo(s.total()) <= 0;
    });
  }
}
