package dev.yifa.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.json.YifaJson;
import org.junit.jupiter.api.Test;

class AdministrativeBodyTest {
  private static final UnifiedSocialCreditCode ID = UnifiedSocialCreditCode.parse("91350100M000100Y43");
  private static final UnifiedSocialCreditCode OTHER = UnifiedSocialCreditCode.parse("91110000600037341L");

  @Test
  void json_formatsAgencyShape_reads() {
    AdministrativeBody b = YifaJson.read(
        "{\"id\":\"91350100M000100Y43\",\"name\":\"修水县市场监督管理局\",\"level\":\"COUNTY\",\"kind\":\"DEPARTMENT\"}",
        AdministrativeBody.class);
    assertThat(b).isEqualTo(AdministrativeBody.of(ID, "修水县市场监督管理局", BodyLevel.COUNTY, BodyKind.DEPARTMENT));
    assertThat(b.region()).isNull();
    assertThat(b.actsInOwnName()).isTrue();
  }

  @Test
  void json_roundTripWithOptionalFields() throws Exception {
    AdministrativeBody b = new AdministrativeBody(ID, "某执法大队", BodyLevel.COUNTY,
        BodyKind.ENTRUSTED_ORGANISATION, DivisionCode.parse("360424"), OTHER);
    String json = YifaJson.mapper().writeValueAsString(b);
    assertThat(json).contains("\"region\":\"360424\"", "\"parentId\":\"91110000600037341L\"");
    assertThat(YifaJson.read(json, AdministrativeBody.class)).isEqualTo(b);
    assertThat(b.actsInOwnName()).isFalse();
  }

  @Test
  void json_invalidId_isInputErrorAtPointerWithReason() {
    assertThatThrownBy(() -> YifaJson.read(
        "{\"id\":\"91350100M000100Y4Y\",\"name\":\"x\",\"level\":\"COUNTY\",\"kind\":\"DEPARTMENT\"}",
        AdministrativeBody.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/id");
          assertThat(e.getMessage()).contains("expected '3'");
        });
  }

  @Test
  void constructor_ownParent_isRejected() {
    assertThatThrownBy(() -> new AdministrativeBody(ID, "x", BodyLevel.COUNTY, BodyKind.DEPARTMENT, null, ID))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(AdministrativeBody.of(ID, "a", BodyLevel.COUNTY, BodyKind.DEPARTMENT),
            AdministrativeBody.of(ID, "a", BodyLevel.COUNTY, BodyKind.DEPARTMENT))
        .addEqualityGroup(AdministrativeBody.of(ID, "a", BodyLevel.PROVINCE, BodyKind.DEPARTMENT))
        .testEquals();
  }
}
