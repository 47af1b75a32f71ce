package dev.yifa.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnforcementOfficerTest {
  private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

  @Test
  void mayEnforceOn_certifiedActive_withinValidityBothEndsIncluded() {
    EnforcementOfficer o = new EnforcementOfficer(
        "张三", "36042400123", LocalDate.of(2023, 7, 1), UNTIL, OfficerStatus.ACTIVE, false, false);
    assertThat(o.mayEnforceOn(LocalDate.of(2023, 7, 1))).isTrue();
    assertThat(o.mayEnforceOn(UNTIL)).isTrue();
    assertThat(o.mayEnforceOn(LocalDate.of(2023, 6, 30))).isFalse();
    assertThat(o.mayEnforceOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void mayEnforceOn_auxiliary_never() {
    EnforcementOfficer aux = new EnforcementOfficer(
        "李四", "36042400124", null, UNTIL, OfficerStatus.ACTIVE, false, true);
    assertThat(aux.mayEnforceOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void mayEnforceOn_notActive_orWithoutCertificate_never() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    for (OfficerStatus s : new OfficerStatus[] {OfficerStatus.SUSPENDED, OfficerStatus.REVOKED, OfficerStatus.RETIRED}) {
      assertThat(new EnforcementOfficer("王五", "1", null, UNTIL, s, false, false).mayEnforceOn(day)).isFalse();
    }
    assertThat(new EnforcementOfficer("王五", null, null, null, OfficerStatus.ACTIVE, false, false).mayEnforceOn(day))
        .isFalse();
    assertThat(new EnforcementOfficer("王五", "1", null, null, OfficerStatus.ACTIVE, false, false).mayEnforceOn(day))
        .isTrue();
  }

  @Test
  void json_formatsFieldsOnly_readsWithDefaults() {
    EnforcementOfficer o = YifaJson.read(
        "{\"name\":\"张三\",\"certificateNo\":\"36042400123\",\"certificateValidUntil\":\"2026-06-30\",\"auxiliary\":false}",
        EnforcementOfficer.class);
    assertThat(o).isEqualTo(EnforcementOfficer.certified("张三", "36042400123", UNTIL));
    assertThat(o.status()).isEqualTo(OfficerStatus.ACTIVE);
  }

  @Test
  void json_roundTrip() throws Exception {
    EnforcementOfficer o = new EnforcementOfficer(
        "张三", "36042400123", LocalDate.of(2023, 7, 1), UNTIL, OfficerStatus.SUSPENDED, true, false);
    String json = YifaJson.mapper().writeValueAsString(o);
    assertThat(json).contains("\"certificateValidUntil\":\"2026-06-30\"", "\"status\":\"SUSPENDED\"");
    assertThat(YifaJson.read(json, EnforcementOfficer.class)).isEqualTo(o);
  }

  @Test
  void json_missingName_isInputError() {
    assertThatThrownBy(() -> YifaJson.read("{\"certificateNo\":\"1\"}", EnforcementOfficer.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void constructor_validityEndingBeforeStart_isRejected() {
    assertThatThrownBy(() -> new EnforcementOfficer(
        "张三", "1", UNTIL, UNTIL.minusDays(1), OfficerStatus.ACTIVE, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certificateValidUntil must not be before certificateValidFrom: 2026-06-29 < 2026-06-30");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EnforcementOfficer.certified("张三", "1", UNTIL), EnforcementOfficer.certified("张三", "1", UNTIL))
        .addEqualityGroup(EnforcementOfficer.certified("张三", "2", UNTIL))
        .testEquals();
    new NullPointerTester()
        .setDefault(LocalDate.class, UNTIL)
        .setDefault(String.class, "张三")
        .testAllPublicInstanceMethods(EnforcementOfficer.certified("张三", "1", UNTIL));
    new NullPointerTester().setDefault(LocalDate.class, UNTIL).setDefault(String.class, "张三")
        .testAllPublicStaticMethods(EnforcementOfficer.class);
  }
}
