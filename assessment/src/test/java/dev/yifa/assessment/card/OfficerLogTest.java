package dev.yifa.assessment.card;

import static dev.yifa.assessment.card.Fixtures.A;
import static dev.yifa.assessment.card.Fixtures.B;
import static dev.yifa.assessment.card.Fixtures.d;
import static dev.yifa.assessment.card.Fixtures.log;
import static dev.yifa.assessment.card.Fixtures.mis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OfficerLogTest {

  private static void rejects(Executable build, String pointer) {
    assertThatThrownBy(build::execute)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  @Test
  void of_duplicateEventId_namesThePointer() {
    rejects(() -> log(mis("M1", "2025-01-01", "FIGHTING"), mis("M1", "2025-01-02", "FIGHTING")), "/events/3/id");
  }

  @Test
  void of_eventOfUnknownOfficer_namesThePointer() {
    rejects(() -> log(OfficerEvent.misconduct("M1", "ZA-9999", d("2025-01-01"), "FIGHTING", "x")), "/events/2/officer");
  }

  @Test
  void of_correctionOfUnknownEvent_namesThePointer() {
    rejects(() -> log(mis("M2", "2025-01-02", "FIGHTING").withSupersedes("M1")), "/events/2/supersedes");
  }

  @Test
  void of_correctionOfAnotherOfficersEvent_isRejected() {
    rejects(
        () -> log(mis("M1", "2025-01-01", "FIGHTING"),
            OfficerEvent.misconduct("M2", B, d("2025-01-02"), "FIGHTING", "x").withSupersedes("M1")),
        "/events/3/supersedes");
  }

  @Test
  void of_correctionDatedBeforeTheEventItCorrects_isRejected() {
    rejects(() -> log(mis("M1", "2025-02-01", "FIGHTING"), mis("M2", "2025-01-02", "FIGHTING").withSupersedes("M1")),
        "/events/3/supersedes");
  }

  @Test
  void of_eventCorrectedTwice_isRejected() {
    rejects(() -> log(mis("M1", "2025-01-01", "FIGHTING"), mis("M2", "2025-01-02", "FIGHTING").withSupersedes("M1"),
        mis("M3", "2025-01-03", "FIGHTING").withSupersedes("M1")), "/events/4/supersedes");
  }

  @Test
  void of_appealOfACertificateEvent_isRejected() {
    rejects(() -> log(OfficerEvent.appeal("P1", A, d("2025-01-01"), "C-A", null)), "/events/2/appealOf");
  }

  @Test
  void of_missingTypeFields_namePointers() {
    rejects(() -> log(OfficerEvent.of("M1", A, d("2025-01-01"), OfficerEventType.MISCONDUCT_FOUND)), "/events/2/misconduct");
    rejects(() -> log(OfficerEvent.of("K1", A, d("2025-01-01"), OfficerEventType.CARD_ISSUED)), "/events/2/colour");
    rejects(() -> log(OfficerEvent.of("K1", A, d("2025-01-01"), OfficerEventType.CARD_ISSUED).withColour(CardColour.GREEN)),
        "/events/2/colour");
    rejects(() -> log(OfficerEvent.of("R1", A, d("2025-01-01"), OfficerEventType.RETRACTED)), "/events/2/supersedes");
    rejects(() -> log(OfficerEvent.of("X1", A, d("2025-01-01"), OfficerEventType.EXAM_TAKEN)), "/events/2/passed");
    rejects(() -> log(OfficerEvent.of("T1", A, d("2025-01-01"), OfficerEventType.TRAINING_COMPLETED).withPoints(3)),
        "/events/2/points");
  }

  @Test
  void of_duplicateOfficerAndBadRegion_areRejected() {
    rejects(() -> OfficerLog.of("t", "611025", List.of(Officer.of(A, "x", "y"), Officer.of(A, "z", "y")), List.of()),
        "/officers/1/id");
    rejects(() -> OfficerLog.of("t", "61102", Fixtures.officers(), List.of()), "/region");
  }

  @Test
  void parse_jsonErrors_nameThePointer() {
    String json = "{\"type\":\"officer-events\",\"id\":\"t\",\"region\":\"611025\",\"officers\":[{\"id\":\"A\",\"name\":\"n\"}],"
        + "\"events\":[{\"id\":\"E1\",\"officer\":\"A\",\"date\":\"2025-13-01\",\"type\":\"TRAINING_COMPLETED\"}]}";
    rejects(() -> OfficerLog.parse(json.getBytes(StandardCharsets.UTF_8)), "/events/0/date");
    String unknown = json.replace("\"2025-13-01\"", "\"2025-01-01\", \"colourr\": \"RED\"");
    rejects(() -> OfficerLog.parse(unknown.getBytes(StandardCharsets.UTF_8)), "/events/0/colourr");
    String badOfficer = json.replace("\"2025-13-01\"", "\"2025-01-01\"").replace("\"officer\":\"A\"", "\"officer\":\"B\"");
    rejects(() -> OfficerLog.parse(badOfficer.getBytes(StandardCharsets.UTF_8)), "/events/0/officer");
  }

  @Test
  void json_roundTrip_givesAnEqualLog() {
    OfficerLog log = log(mis("M1", "2025-01-01", "FIGHTING").withCaseId("XS-1"),
        OfficerEvent.appeal("P1", A, d("2025-01-05"), "M1", null),
        OfficerEvent.appeal("P2", A, d("2025-02-05"), "M1", AppealOutcome.DISMISSED),
        OfficerEvent.of("X1", A, d("2025-03-01"), OfficerEventType.EXAM_TAKEN).withPassed(true));
    OfficerLog back = OfficerLog.parse(log.toJson().getBytes(StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(log);
    assertThat(back.toJson()).isEqualTo(log.toJson());
  }

  @Test
  void plus_sameEventsTwice_addsNothingTheSecondTime() {
    OfficerLog log = log();
    List<OfficerEvent> more = List.of(mis("M1", "2025-01-01", "FIGHTING"));
    OfficerLog once = log.plus(more);
    assertThat(once.events()).hasSize(3);
    assertThat(once.plus(more)).isSameAs(once);
  }

  @Test
  void policy_jsonRoundTrip_andDefaultCitesItsSources() {
    CardPolicy p = CardPolicy.defaultPolicy();
    assertThat(CardPolicy.parse(p.toJson().getBytes(StandardCharsets.UTF_8))).isEqualTo(p);
    assertThat(p.source()).anyMatch(s -> s.contains("镇安")).anyMatch(s -> s.contains("盘锦"));
    assertThat(p.assumptions()).isNotEmpty();
    assertThat(p.misconductType("VIOLENT_ENFORCEMENT")).get().extracting(MisconductType::points).isEqualTo(12);
  }

  @Test
  void policy_inconsistentThresholds_nameThePointer() {
    String json = CardPolicy.defaultPolicy().toJson().replace("\"points\":12,\"months\":12", "\"points\":5,\"months\":12");
    rejects(() -> CardPolicy.parse(json.getBytes(StandardCharsets.UTF_8)), "/red/points");
  }

  @Test
  void card_jsonRoundTrip_givesAnEqualCard() {
    OfficerLog log = log(mis("M1", "2024-11-20", "LENDING_CERTIFICATE"), mis("M2", "2025-10-01", "HARASSING_PARTY"),
        OfficerEvent.appeal("P1", A, d("2025-10-02"), "M2", null));
    Card c = Fixtures.card(log, "2025-10-05");
    assertThat(c.colour()).isEqualTo(CardColour.RED);
    assertThat(Card.fromJson(c.toJson())).isEqualTo(c);
    assertThat(c.toJson()).contains("\"colour\":\"RED\"", "\"reason\":\"ESCALATION\"", "\"status\":\"COUNTED_UNDER_APPEAL\"");
  }
}
