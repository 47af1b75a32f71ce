package dev.yifa.assessment.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void schemas_areInTheJar_withTheirIdsAndTheDocumentTypes() throws IOException {
    for (String type : new String[] {"assessment-scheme", "assessment-data", "review-scheme", "review-marks"}) {
      try (InputStream in = SchemasTest.class.getResourceAsStream("/schemas/" + type + ".schema.json")) {
        assertThat(in).as(type).isNotNull();
        JsonNode schema = YifaJson.read(in, JsonNode.class);
        assertThat(schema.get("$id").asText()).endsWith("/" + type + ".schema.json");
        assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type);
      }
    }
  }
}
