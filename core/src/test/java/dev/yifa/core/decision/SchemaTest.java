package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.document.NormativeDocument;
import dev.yifa.core.document.Provision;
import dev.yifa.core.json.YifaJson;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schemas name exactly the fields the records read. */
class SchemaTest {
  private static JsonNode schema(String name) throws Exception {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
      assertThat(in).as(name).isNotNull();
      return YifaJson.mapper().readTree(in);
    }
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> properties(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void majorDecisionSchema_matchesTheRecords() throws Exception {
    JsonNode s = schema("major-decision");
    JsonNode p = s.get("properties");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(MajorDecision.class));
    assertThat(properties(s.get("$defs").get("body"))).containsExactlyInAnyOrderElementsOf(components(ActingBody.class));
    assertThat(properties(s.get("$defs").get("actReference")))
        .containsExactlyInAnyOrderElementsOf(components(ActReference.class));
    assertThat(properties(p.get("publicParticipation")))
        .containsExactlyInAnyOrderElementsOf(components(MajorDecision.PublicParticipation.class));
    assertThat(properties(p.get("publicParticipation").get("properties").get("publicComment")))
        .containsExactlyInAnyOrderElementsOf(components(MajorDecision.PublicComment.class));
    assertThat(properties(p.get("legalityReview")))
        .containsExactlyInAnyOrderElementsOf(components(MajorDecision.LegalityReview.class));
    assertThat(properties(p.get("meeting"))).containsExactlyInAnyOrderElementsOf(components(MajorDecision.Meeting.class));
    assertThat(properties(p.get("postEvaluation")))
        .containsExactlyInAnyOrderElementsOf(components(MajorDecision.PostEvaluation.class));
  }

  @Test
  void normativeDocumentSchema_matchesTheRecords() throws Exception {
    JsonNode s = schema("normative-document");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(NormativeDocument.class));
    assertThat(properties(s.get("$defs").get("review")))
        .containsExactlyInAnyOrderElementsOf(components(NormativeDocument.Review.class));
    assertThat(properties(s.get("properties").get("provisions").get("items")))
        .containsExactlyInAnyOrderElementsOf(components(Provision.class));
    assertThat(properties(s.get("properties").get("suspension")))
        .containsExactlyInAnyOrderElementsOf(components(NormativeDocument.Suspension.class));
  }
}
