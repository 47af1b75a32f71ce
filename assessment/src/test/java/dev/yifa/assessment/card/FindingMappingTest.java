package dev.yifa.assessment.card;

import static dev.yifa.assessment.card.Fixtures.A;
import static dev.yifa.assessment.card.Fixtures.B;
import static dev.yifa.assessment.card.Fixtures.d;
import static dev.yifa.core.law.Laws.APL_2021;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Message;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingMappingTest {
  private final FindingMapping mapping = FindingMapping.defaultMapping();

  private static Finding finding(String rule, Severity severity) {
    return new Finding(rule, severity, List.of(APL_2021.article(63).paragraph(1)), new Message("听证", "hearing"),
        List.of("/hearing"), Map.of());
  }

  private static Report report(Finding... findings) {
    return new Report("XS-SJ-2025-0001", "penalty-case", "penalty/2021.1", "610000@2021-07-15", List.of(findings), List.of());
  }

  @Test
  void misconductFor_patternsAndExactIds() {
    assertThat(mapping.misconductFor("APL-063-hearing-not-offered")).contains("HEARING_RIGHT_DENIED");
    assertThat(mapping.misconductFor("APL-064-some-future-rule")).contains("HEARING_RIGHT_DENIED");
    assertThat(mapping.misconductFor("APL-042-two-officers")).contains("FEWER_THAN_TWO_OFFICERS");
    assertThat(mapping.misconductFor("APL-042-auxiliary-counted")).contains("UNCERTIFIED_ENFORCEMENT");
    assertThat(mapping.misconductFor("APL-060-decision-late")).contains("PROCEDURE_BREACH");
    assertThat(mapping.misconductFor("APL-059-decision-incomplete")).isEmpty();
    assertThat(mapping.misconductFor("APL-0630-x")).isEmpty();
  }

  @Test
  void everyDefaultMisconduct_isKnownToTheDefaultPolicy() {
    for (FindingMapping.Entry e : mapping.entries()) {
      assertThat(CardPolicy.defaultPolicy().misconductType(e.misconduct())).as(e.rule()).isPresent();
    }
  }

  @Test
  void events_hearingDenied_addsMisconductToEachSigningOfficer_once() {
    Report report = report(finding("APL-063-hearing-not-offered", Severity.ERROR),
        finding("APL-059-decision-incomplete", Severity.ERROR),
        finding("APL-044-notice-incomplete", Severity.WARNING));
    List<OfficerEvent> events = mapping.events(report, d("2025-06-03"), List.of(A, B));
    assertThat(events).extracting(OfficerEvent::id).containsExactly(
        "XS-SJ-2025-0001#APL-063-hearing-not-offered#ZA-0001", "XS-SJ-2025-0001#APL-063-hearing-not-offered#ZA-0002");
    assertThat(events.get(0).misconduct()).isEqualTo("HEARING_RIGHT_DENIED");
    assertThat(events.get(0).caseId()).isEqualTo("XS-SJ-2025-0001");
    assertThat(events.get(0).basis()).contains("APL-063-hearing-not-offered", "《中华人民共和国行政处罚法》第六十三条第一款");

    OfficerLog log = Fixtures.log().plus(events);
    OfficerLog again = log.plus(mapping.events(report, d("2025-06-03"), List.of(A, B)));
    assertThat(again).isSameAs(log);
    Card card = Cards.of(again, Fixtures.POLICY).card(A, d("2025-06-03"));
    assertThat(card.points()).isEqualTo(4);
    assertThat(card.contributions()).singleElement().extracting(Card.Contribution::caseId).isEqualTo("XS-SJ-2025-0001");
  }

  @Test
  void events_milderFindings_mapWhenTheMappingSaysSo() {
    FindingMapping warnings = new FindingMapping("w", Severity.WARNING, mapping.entries());
    Report report = report(finding("APL-044-notice-incomplete", Severity.WARNING), finding("APL-044-x", Severity.NOTICE));
    assertThat(warnings.events(report, d("2025-06-03"), List.of(A))).extracting(OfficerEvent::misconduct)
        .containsExactly("PROCEDURE_BREACH");
  }
}
