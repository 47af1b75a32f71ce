package dev.yifa.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssessmentSchemeTest {
  private static String schemeError(String json) {
    try {
      AssessmentScheme.parse(json);
    } catch (InvalidInputException e) {
      return e.pointer() + " | " + e.getMessage();
    }
    throw new AssertionError("no error");
  }

  private static String dataError(String json) {
    AssessmentScorer scorer = AssessmentScorer.of(AssessmentScheme.parse(Schemes.SMALL));
    try {
      scorer.prepare(AssessmentData.parse(json));
    } catch (InvalidInputException e) {
      return e.pointer() + " | " + e.getMessage();
    }
    throw new AssertionError("no error");
  }

  @Test
  void parse_childrenNotAddingUp_pointsAtTheGroupsChildren() {
    assertThat(schemeError(Schemes.SMALL.replace("\"points\": 30, \"kind\": \"COUNT\", \"perItem\": 10, \"cap\": 30", "\"points\": 20, \"kind\": \"COUNT\", \"perItem\": 10, \"cap\": 20")))
        .startsWith("/indicators/0/children |").contains("add up to 60, not 70");
  }

  @Test
  void parse_topLevelNotAddingUpToTotal_pointsAtIndicators() {
    assertThat(schemeError(Schemes.SMALL.replace("\"total\": 100", "\"total\": 90"))).startsWith("/indicators |");
  }

  @Test
  void parse_ratioWithoutTarget_pointsAtTheLeafsTarget() {
    assertThat(schemeError(Schemes.SMALL.replace("\"target\": 1, \"zeroAt\": 0.8", "\"zeroAt\": 0.8")))
        .startsWith("/indicators/0/children/0/target |");
  }

  @Test
  void parse_unknownKind_pointsAtTheKind() {
    assertThat(schemeError(Schemes.SMALL.replace("\"kind\": \"YES_NO\"", "\"kind\": \"MAYBE\""))).startsWith("/indicators/1/kind |");
  }

  @Test
  void parse_vetoWithPoints_isAnError() {
    assertThat(schemeError(Schemes.SMALL.replace("\"points\": 0, \"kind\": \"VETO\"", "\"points\": 1, \"kind\": \"VETO\"")))
        .startsWith("/indicators/3/points |");
  }

  @Test
  void parse_duplicateLeafId_pointsAtIt() {
    assertThat(schemeError(Schemes.SMALL.replace("\"id\": \"adviser\"", "\"id\": \"filing\""))).startsWith("/indicators/1/id |");
  }

  @Test
  void parse_awardOfUnknownGrade_pointsAtIt() {
    assertThat(schemeError(Schemes.SMALL.replace("\"topN\": 3", "\"topN\": 3, \"minGrade\": \"GOLD\""))).startsWith("/awards/0/minGrade |");
  }

  @Test
  void prepare_unknownIndicator_pointsIntoTheData() {
    assertThat(dataError(Schemes.data("2025", "{ \"id\": \"U\", \"name\": \"u\", \"values\": { \"nope\": { \"yes\": true } } }")))
        .startsWith("/units/0/values/nope |");
  }

  @Test
  void prepare_ratioWithoutDenominator_pointsAtIt() {
    assertThat(dataError(Schemes.data("2025", "{ \"id\": \"U\", \"name\": \"u\", \"values\": { \"filing\": { \"numerator\": 1 } } }")))
        .startsWith("/units/0/values/filing/denominator |");
  }

  @Test
  void prepare_unknownLevel_and_dataForAnotherScheme() {
    assertThat(dataError(Schemes.data("2025", "{ \"id\": \"U\", \"name\": \"u\", \"values\": { \"quality\": { \"level\": \"Z\" } } }")))
        .startsWith("/units/0/values/quality/level |");
    assertThat(dataError(Schemes.data("2025").replace("\"t/1\"", "\"other/1\""))).startsWith("/scheme |");
  }

  @Test
  void parse_duplicateUnit_pointsAtIt() {
    String u = "{ \"id\": \"U\", \"name\": \"u\", \"values\": {} }";
    try {
      AssessmentData.parse(Schemes.data("2025", u, u));
      throw new AssertionError("no error");
    } catch (InvalidInputException e) {
      assertThat(e.pointer()).isEqualTo("/units/1/id");
    }
  }
}
