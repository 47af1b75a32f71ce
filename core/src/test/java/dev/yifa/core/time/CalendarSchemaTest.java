package dev.yifa.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema of the calendar data names exactly the fields the records read. */
class CalendarSchemaTest {
  private static JsonNode schema() throws Exception {
    try (InputStream in = CalendarData.class.getResourceAsStream("/schemas/calendar.schema.json")) {
      assertThat(in).as("schema in the jar").isNotNull();
      return new ObjectMapper().readTree(in);
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
  void schemaProperties_matchTheRecordComponents() throws Exception {
    JsonNode schema = schema();
    JsonNode defs = schema.get("$defs");
    assertThat(properties(schema)).containsExactlyInAnyOrderElementsOf(components(CalendarData.class));
    assertThat(properties(defs.get("year"))).containsExactlyInAnyOrderElementsOf(components(CalendarYear.class));
    assertThat(properties(defs.get("holiday"))).containsExactlyInAnyOrderElementsOf(components(Holiday.class));
    assertThat(properties(defs.get("notice"))).containsExactlyInAnyOrderElementsOf(components(Notice.class));
    assertThat(properties(defs.get("region"))).containsExactlyInAnyOrderElementsOf(components(RegionOverlay.class));
  }
}
