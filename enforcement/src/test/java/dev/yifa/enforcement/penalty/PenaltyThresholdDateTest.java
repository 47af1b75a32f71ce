package dev.yifa.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.RuleContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A province's hearing threshold is judged as of the day of the decision, not the day of the
 * check: a province that raises its figure later does not make an earlier decision lawful.
 */
class PenaltyThresholdDateTest {
  /** A province (Jiangxi's code) that raised its organisation threshold from 20,000 to 50,000 in 2025. */
  private static final Profiles RAISED =
      Profiles.fromJson(
          new ByteArrayInputStream(
              ("{\"keys\":{\"hearing.largeFine.individual\":\"THRESHOLD\",\"hearing.largeFine.organisation\":\"THRESHOLD\"},"
                      + "\"national\":{},"
                      + "\"regions\":{\"360000\":{\"name\":\"test\",\"values\":{"
                      + "\"hearing.largeFine.individual\":[{\"from\":\"2021-06-09\",\"value\":{\"atLeast\":3000},\"source\":\"test\"}],"
                      + "\"hearing.largeFine.organisation\":["
                      + "{\"from\":\"2021-06-09\",\"value\":{\"atLeast\":20000},\"source\":\"test\"},"
                      + "{\"from\":\"2025-01-01\",\"value\":{\"atLeast\":50000},\"source\":\"test, raised\"}]}}}}")
                  .getBytes(StandardCharsets.UTF_8)));

  /** The lawful sample with a 30,000 fine and no hearing right stated, its dates moved to {@code year}. */
  private static List<String> rules(String year) throws IOException {
    String text =
        Files.readString(Path.of("..", "examples", "data", "penalty", "lawful-ordinary-jiangxi.json"))
            .replace("\"2025-", "\"" + year + "-");
    ObjectNode doc = (ObjectNode) YifaJson.read(text, JsonNode.class);
    ObjectNode decision = (ObjectNode) doc.get("decision");
    ((ObjectNode) decision.get("penalties").get(0)).put("amount", 30000);
    ((ObjectNode) decision.get("discretion")).put("min", 5000).put("max", 50000);
    ((ObjectNode) doc.get("notice").get("proposed").get(0)).put("amount", 30000);
    var stated = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("notice").get("stated");
    for (int i = stated.size() - 1; i >= 0; i--) {
      if (stated.get(i).asText().equals("RIGHT_TO_HEARING")) {
        stated.remove(i);
      }
    }
    PenaltyCase c = PenaltyCase.read(doc);
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    return PenaltyPacks.check(c, RuleContext.of(asOf, RAISED.profileFor("360424", asOf))).findings().stream()
        .map(Finding::ruleId)
        .toList();
  }

  @Test
  void decidedIn2024_judgedByThe2024Figure_hearingOfferWasDue() throws IOException {
    assertThat(rules("2024")).contains("APL-063-hearing-not-offered");
  }

  @Test
  void decidedIn2025_judgedByTheRaisedFigure_noHearingOfferDue() throws IOException {
    assertThat(rules("2025")).doesNotContain("APL-063-hearing-not-offered");
  }

  @Test
  void profile_findOnADay_returnsTheFigureInForceThatDay() {
    var p = RAISED.profileFor("360424", LocalDate.of(2025, 12, 31));
    var key = dev.yifa.core.profile.ProfileKeys.HEARING_LARGE_FINE_ORGANISATION;
    assertThat(p.get(key).amount()).isEqualByComparingTo("50000");
    assertThat(p.get(key, LocalDate.of(2024, 12, 31)).amount()).isEqualByComparingTo("20000");
    assertThat(p.get(key, LocalDate.of(2025, 1, 1)).amount()).isEqualByComparingTo("50000");
    assertThat(p.find(key, LocalDate.of(2021, 6, 8))).isEmpty();
  }
}
