package dev.yifa.assessment.card;

import static dev.yifa.assessment.card.Fixtures.A;
import static dev.yifa.assessment.card.Fixtures.d;
import static dev.yifa.assessment.card.Fixtures.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.rule.DocumentCheckers;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OfficerEventsCheckerTest {
  private static final DocumentCheckers CHECKERS = DocumentCheckers.load();

  private static Report check(OfficerLog log) {
    return CHECKERS.check(log.toJson().getBytes(StandardCharsets.UTF_8), d("2025-12-31"));
  }

  @Test
  void serviceLoader_findsTheOfficerEventsChecker() {
    assertThat(CHECKERS.types()).contains("officer-events");
  }

  @Test
  void check_caseHandledWhileSuspended_isAnError() {
    OfficerLog log = log(
        OfficerEvent.of("S1", A, d("2025-05-01"), OfficerEventType.CERTIFICATE_SUSPENDED).withValidUntil(d("2025-07-31")),
        OfficerEvent.of("H1", A, d("2025-06-01"), OfficerEventType.CASE_HANDLED).withCaseId("XS-1"),
        OfficerEvent.of("H2", A, d("2025-08-01"), OfficerEventType.CASE_HANDLED).withCaseId("XS-2"));
    Report report = check(log);
    assertThat(report.compliant()).isFalse();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("APL-076-enforced-without-certificate");
      assertThat(f.paths()).containsExactly("/events/3");
      assertThat(f.values()).containsEntry("reason", "CERTIFICATE_SUSPENDED").containsEntry("caseId", "XS-1");
      assertThat(f.citations().get(0).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第七十六条第一款第（五）项");
      assertThat(f.message().zh()).contains("执法证件被暂扣");
    });
  }

  @Test
  void check_caseHandledDuringAYellowCardSuspension_isAnError() {
    OfficerLog log = log(
        Fixtures.mis("M1", "2025-03-01", "LENDING_CERTIFICATE"),
        OfficerEvent.of("H1", A, d("2025-04-01"), OfficerEventType.CASE_HANDLED).withCaseId("XS-1"));
    assertThat(check(log).findings()).extracting(Finding::values)
        .anySatisfy(v -> assertThat(v).containsEntry("reason", "SUSPEND_ENFORCEMENT"));
  }

  @Test
  void check_misconductWithoutBasis_isAWarning() {
    OfficerLog log = log(OfficerEvent.of("M1", A, d("2025-03-01"), OfficerEventType.MISCONDUCT_FOUND).withMisconduct("FIGHTING"));
    Report report = check(log);
    assertThat(report.compliant()).isTrue();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("APL-076-misconduct-without-basis");
    assertThat(report.findings().get(0).paths()).containsExactly("/events/2/basis");
  }

  @Test
  void check_cleanLog_hasNoFindings() {
    OfficerLog log = log(OfficerEvent.of("H1", A, d("2025-04-01"), OfficerEventType.CASE_HANDLED).withCaseId("XS-1"));
    assertThat(check(log).findings()).isEmpty();
    assertThat(check(log).subject()).isEqualTo("test");
  }

  @Test
  void check_malformedLog_isAnInputErrorWithPointer() {
    JsonNode doc = YifaJson.read(log().toJson(), JsonNode.class);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("events").get(0)).put("officer", "nobody");
    assertThatThrownBy(() -> CHECKERS.check(doc, d("2025-01-01")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/events/0/officer"));
  }
}
