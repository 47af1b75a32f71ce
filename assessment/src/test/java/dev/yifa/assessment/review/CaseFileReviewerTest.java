package dev.yifa.assessment.review;

import static dev.yifa.assessment.review.Reports.finding;
import static dev.yifa.assessment.review.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import dev.yifa.core.rule.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFileReviewerTest {
  private static final CaseFileReviewer DEFAULT = CaseFileReviewer.of(ReviewScheme.defaultScheme());

  @Test
  void defaultScheme_categoriesAddUpToTheTotal_andGradesDescend() {
    ReviewScheme s = ReviewScheme.defaultScheme();
    assertThat(s.total()).isEqualByComparingTo("100");
    assertThat(s.categories()).extracting(ReviewCategory::id)
        .containsExactly("SUBJECT", "FACTS", "EVIDENCE", "LAW", "PROCEDURE", "DISCRETION", "DOCUMENTS", "ARCHIVE");
    assertThat(s.grades()).extracting(GradeBand::name).containsExactly("优秀", "良好", "合格", "不合格");
    assertThat(s.sources()).isNotEmpty();
  }

  @Test
  void review_compliantFile_scoresFullAndExcellent() {
    FileScore s = DEFAULT.review(report("XS-1"));
    assertThat(s.score()).isEqualByComparingTo("100");
    assertThat(s.grade()).isEqualTo("EXCELLENT");
    assertThat(s.deductions()).isEmpty();
    assertThat(s.formula()).contains("100 − 0.00 = 100.00").contains("优秀");
  }

  @Test
  void review_hearingNotOffered_vetoesTheFileWithTheFindingBehindIt() {
    FileScore s = DEFAULT.review(report("XS-2",
        finding("APL-063-hearing-not-offered", Severity.ERROR, 63, "/decision/penalties/0/amount", "/hearing")));
    assertThat(s.score()).isEqualByComparingTo("0");
    assertThat(s.grade()).isEqualTo("FAIL");
    assertThat(s.vetoes()).containsExactly(Veto.ZERO_AND_FAIL);
    Deduction d = s.deductions().get(0);
    assertThat(d.ruleId()).isEqualTo("APL-063-hearing-not-offered");
    assertThat(d.item()).isEqualTo("APL-063-*");
    assertThat(d.category()).isEqualTo("PROCEDURE");
    assertThat(d.points()).isEqualByComparingTo("15");
    assertThat(d.citations()).containsExactly("《中华人民共和国行政处罚法》第六十三条第一款");
    assertThat(d.paths()).containsExactly("/decision/penalties/0/amount", "/hearing");
    assertThat(s.formula()).contains("ZERO_AND_FAIL (APL-063-hearing-not-offered)").contains("不合格");
  }

  @Test
  void review_noticeIncomplete_deductsAndBarsTheTopGrade() {
    FileScore s = DEFAULT.review(report("XS-3", finding("APL-044-notice-incomplete", Severity.ERROR, 44, "/notice")));
    assertThat(s.score()).isEqualByComparingTo("90.00");
    assertThat(s.grade()).isEqualTo("GOOD");
    assertThat(s.vetoes()).containsExactly(Veto.NO_EXCELLENT);
    assertThat(s.formula()).contains("不得评为优秀");
  }

  @Test
  void review_unknownRules_costTheDefaultDeductions_noticesCostNothing() {
    FileScore s = DEFAULT.review(report("XS-4",
        finding("APL-099-something-new", Severity.ERROR, 9),
        finding("APL-098-minor-defect", Severity.WARNING, 9),
        finding("APL-097-information", Severity.NOTICE, 9)));
    assertThat(s.deductions()).extracting(Deduction::item).containsExactly("warningDeduction", "defaultDeduction");
    assertThat(s.deductions()).extracting(Deduction::ruleId).containsExactly("APL-098-minor-defect", "APL-099-something-new");
    assertThat(s.score()).isEqualByComparingTo("94");
  }

  @Test
  void review_sameRuleTwice_deductsOnceAndKeepsEveryPath() {
    FileScore s = DEFAULT.review(report("XS-5",
        finding("APL-061-service-late", Severity.ERROR, 61, "/decision/servedOn"),
        finding("APL-061-service-late", Severity.ERROR, 61, "/notice/servedOn")));
    assertThat(s.deductions()).hasSize(1);
    assertThat(s.deductions().get(0).paths()).containsExactly("/decision/servedOn", "/notice/servedOn");
    assertThat(s.score()).isEqualByComparingTo("95");
  }

  @Test
  void review_deductionsStopAtZeroWithinACategory() {
    FileScore s = DEFAULT.review(report("XS-6",
        finding("APL-045-heavier-penalty", Severity.ERROR, 45),
        finding("APL-058-no-legal-review", Severity.ERROR, 58),
        finding("APL-060-decision-overdue", Severity.ERROR, 60),
        finding("APL-067-no-separation", Severity.ERROR, 67)));
    CategoryScore procedure = s.categories().stream().filter(c -> c.id().equals("PROCEDURE")).findFirst().orElseThrow();
    assertThat(procedure.deducted()).isEqualByComparingTo("20");
    assertThat(procedure.score()).isEqualByComparingTo("0");
    assertThat(s.deductions().get(3).points()).isEqualByComparingTo("5");
    assertThat(s.deductions().get(3).applied()).isEqualByComparingTo("0");
    assertThat(s.score()).isEqualByComparingTo("80");
  }

  @Test
  void review_reviewerMarks_mergeWithFindings() {
    FileScore s = DEFAULT.review(
        report("XS-7", finding("APL-059-decision-contents", Severity.WARNING, 59, "/decision/stated")),
        List.of(new ReviewerMark("DOCUMENTS", new BigDecimal("3"), "决定书说理不充分", null, "张评查")),
        "县市场监督管理局");
    assertThat(s.score()).isEqualByComparingTo("93");
    assertThat(s.unit()).isEqualTo("县市场监督管理局");
    Deduction mark = s.deductions().get(1);
    assertThat(mark.fromFinding()).isFalse();
    assertThat(mark.reviewer()).isEqualTo("张评查");
    assertThat(mark.reason()).isEqualTo("决定书说理不充分");
  }

  @Test
  void review_markOfUnknownCategory_isBadInputWithPointer() {
    assertThatThrownBy(() -> DEFAULT.review(report("XS-8"), List.of(ReviewerMark.of("STYLE", BigDecimal.ONE, "x")), null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).pointer())
        .isEqualTo("/marks/0/category");
  }

  @Test
  void gradeBands_atTheBoundary_ninetyIsExcellentAndEightyNineNinetyNineIsGood() {
    FileScore below = DEFAULT.review(report("B-1"), List.of(ReviewerMark.of("DOCUMENTS", new BigDecimal("10.01"), "x")), null);
    FileScore at = DEFAULT.review(report("B-2"), List.of(ReviewerMark.of("DOCUMENTS", new BigDecimal("10"), "x")), null);
    assertThat(below.score()).isEqualByComparingTo("89.99");
    assertThat(below.grade()).isEqualTo("GOOD");
    assertThat(at.score()).isEqualByComparingTo("90.00");
    assertThat(at.grade()).isEqualTo("EXCELLENT");
    ReviewScheme s = ReviewScheme.defaultScheme();
    assertThat(s.gradeOf(new BigDecimal("79.99")).id()).isEqualTo("PASS");
    assertThat(s.gradeOf(new BigDecimal("80")).id()).isEqualTo("GOOD");
    assertThat(s.gradeOf(new BigDecimal("59.99")).id()).isEqualTo("FAIL");
    assertThat(s.gradeOf(new BigDecimal("60")).id()).isEqualTo("PASS");
  }

  @Test
  void reviewerVeto_failsTheFile() {
    FileScore s = DEFAULT.review(report("V-1"),
        List.of(new ReviewerMark("EVIDENCE", BigDecimal.ZERO, "主要证据系伪造", Veto.ZERO_AND_FAIL, null)), null);
    assertThat(s.score()).isEqualByComparingTo("0");
    assertThat(s.grade()).isEqualTo("FAIL");
  }
}
