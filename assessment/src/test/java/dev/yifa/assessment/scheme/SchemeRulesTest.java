package dev.yifa.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidRuleException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchemeRulesTest {
  private static final String FINE_REVENUE =
      Schemes.SMALL.replace("\"id\": \"adviser\", \"name\": \"法律顾问\", \"points\": 20, \"kind\": \"YES_NO\"",
          "\"id\": \"fines\", \"name\": \"罚没收入完成率\", \"points\": 20, \"kind\": \"RATIO\", \"target\": 1, \"measure\": \"FINE_AMOUNT\"");

  @Test
  void finesTiedToAssessment_unlawfulScheme_isRejectedWithAFindingCitingArticle74AndTheNotice() {
    Report r = SchemeRules.check(AssessmentScheme.parse(FINE_REVENUE));
    assertThat(r.compliant()).isFalse();
    assertThat(r.rulePack()).isEqualTo("scheme/2021.1");
    Finding f = r.findings().get(0);
    assertThat(f.ruleId()).isEqualTo("APL-074-fines-tied-to-assessment");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.paths()).containsExactly("/indicators/1");
    assertThat(f.values()).containsEntry("indicator", "罚没收入完成率").containsEntry("measure", "FINE_AMOUNT");
    assertThat(f.citations()).extracting(Citation::toChinese).containsExactly(
        "《中华人民共和国行政处罚法》第七十四条",
        "《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》第二部分第（三）项");
    assertThat(f.message().zh()).contains("罚没收入完成率").contains("不得同");
    assertThatThrownBy(() -> AssessmentScorer.of(AssessmentScheme.parse(FINE_REVENUE)))
        .isInstanceOf(InvalidRuleException.class)
        .satisfies(e -> assertThat(((InvalidRuleException) e).ruleId()).isEqualTo("APL-074-fines-tied-to-assessment"));
  }

  @Test
  void finesTiedToAssessment_rankingByNumberOfFinesInTheName_isRejectedToo() {
    String byName = Schemes.SMALL.replace("\"name\": \"违法文件\"", "\"name\": \"罚款案件数\"");
    Report r = SchemeRules.check(AssessmentScheme.parse(byName));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.paths()).containsExactly("/indicators/0/children/1");
      assertThat(f.values()).containsEntry("measure", "name");
    });
    String english = Schemes.SMALL.replace("\"name\": \"违法文件\"", "\"name\": \"x\", \"nameEn\": \"Number of fines imposed\"");
    assertThat(SchemeRules.check(AssessmentScheme.parse(english)).compliant()).isFalse();
  }

  @Test
  void finesTiedToAssessment_lawfulScheme_aboutFineCollectionPractice_passes() {
    String lawful = Schemes.SMALL.replace("\"name\": \"违法文件\"", "\"name\": \"罚缴分离执行率\"")
        .replace("\"name\": \"法律顾问\"", "\"name\": \"罚没财物管理规范\"");
    Report r = SchemeRules.check(AssessmentScheme.parse(lawful));
    assertThat(r.compliant()).isTrue();
    assertThat(r.findings()).isEmpty();
    assertThat(AssessmentScorer.of(AssessmentScheme.parse(lawful)).schemeReport()).isEqualTo(r);
  }

  @Test
  void documentCheckers_findTheSchemeCheckers_andCheckSchemeDocuments() {
    DocumentCheckers checkers = DocumentCheckers.load();
    assertThat(checkers.types()).contains("assessment-scheme", "review-scheme");
    JsonNode doc = YifaJson.read(FINE_REVENUE.replace("\"title\": \"测试方案\",", "\"title\": \"测试方案\", \"region\": \"360000\","), JsonNode.class);
    Report r = checkers.check(doc, LocalDate.of(2025, 3, 1));
    assertThat(r.type()).isEqualTo("assessment-scheme");
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("APL-074-fines-tied-to-assessment");
    JsonNode review = YifaJson.read(dev.yifa.assessment.review.ReviewScheme.defaultScheme().toJson()
        .replace("\"region\":null", "\"region\":\"360000\""), JsonNode.class);
    assertThat(checkers.check(review, LocalDate.of(2025, 3, 1)).compliant()).isTrue();
  }
}
