package dev.yifa.assessment.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schemas in the jar name exactly the fields and enum values the types read and write. */
class SchemaTest {
  private static JsonNode schema(String name) throws Exception {
    try (InputStream in = CardPolicy.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
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

  private static List<String> values(JsonNode enumNode) {
    List<String> names = new ArrayList<>();
    enumNode.get("enum").forEach(n -> names.add(n.asText()));
    return names;
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @Test
  void officerEvents_matchesTheRecords() throws Exception {
    JsonNode s = schema("officer-events");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(OfficerLog.class));
    assertThat(properties(s.get("$defs").get("officer"))).containsExactlyInAnyOrderElementsOf(components(Officer.class));
    JsonNode event = s.get("$defs").get("event");
    assertThat(properties(event)).containsExactlyInAnyOrderElementsOf(components(OfficerEvent.class));
    assertThat(values(event.get("properties").get("type"))).containsExactlyElementsOf(names(OfficerEventType.class));
    assertThat(values(event.get("properties").get("outcome"))).containsExactlyElementsOf(names(AppealOutcome.class));
  }

  @Test
  void cardPolicy_matchesTheRecords() throws Exception {
    JsonNode s = schema("card-policy");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(CardPolicy.class));
    JsonNode defs = s.get("$defs");
    assertThat(properties(defs.get("cardRule"))).containsExactlyInAnyOrderElementsOf(components(CardRule.class));
    assertThat(properties(defs.get("consequence"))).containsExactlyInAnyOrderElementsOf(components(Consequence.class));
    assertThat(properties(defs.get("misconductType"))).containsExactlyInAnyOrderElementsOf(components(MisconductType.class));
    assertThat(values(defs.get("consequence").get("properties").get("kind"))).containsExactlyElementsOf(names(ConsequenceKind.class));
    assertThat(values(s.get("properties").get("period"))).containsExactlyElementsOf(names(PeriodKind.class));
  }

  @Test
  void card_matchesTheRecords() throws Exception {
    JsonNode s = schema("card");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(Card.class));
    JsonNode p = s.get("properties");
    assertThat(properties(p.get("contributions").get("items"))).containsExactlyInAnyOrderElementsOf(components(Card.Contribution.class));
    assertThat(properties(p.get("cards").get("items"))).containsExactlyInAnyOrderElementsOf(components(Card.IssuedCard.class));
    assertThat(properties(p.get("consequences").get("items"))).containsExactlyInAnyOrderElementsOf(components(Card.ConsequenceInForce.class));
    assertThat(properties(p.get("pendingAppeals").get("items"))).containsExactlyInAnyOrderElementsOf(components(Card.PendingAppeal.class));
    assertThat(properties(p.get("certificate"))).containsExactlyInAnyOrderElementsOf(components(Card.Certificate.class));
    assertThat(values(p.get("contributions").get("items").get("properties").get("status"))).containsExactlyElementsOf(names(Card.Status.class));
    assertThat(values(p.get("cards").get("items").get("properties").get("reason"))).containsExactlyElementsOf(names(Card.Reason.class));
  }

  @Test
  void findingMapping_matchesTheRecords() throws Exception {
    JsonNode s = schema("finding-mapping");
    assertThat(properties(s)).containsExactlyInAnyOrderElementsOf(components(FindingMapping.class));
    assertThat(properties(s.get("properties").get("entries").get("items"))).containsExactlyInAnyOrderElementsOf(components(FindingMapping.Entry.class));
  }
}
