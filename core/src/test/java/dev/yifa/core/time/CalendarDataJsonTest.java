package dev.yifa.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CalendarDataJsonTest {
  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final String NOTICE =
      "{\"number\":\"测试1号\",\"title\":\"t\",\"issuedOn\":\"2024-01-01\",\"url\":\"https://example.invalid/\"}";

  @Test
  void bundledData_roundTripsThroughJson() throws JsonProcessingException {
    CalendarData data = WorkingDayCalendar.china().data();
    String text = YifaJson.mapper().writeValueAsString(data);
    CalendarData back = YifaJson.read(text, CalendarData.class);
    assertThat(back).isEqualTo(data);
    assertThat(text).doesNotContain("\"regions\"").doesNotContain("\"source\":null");
  }

  @Test
  void fromJson_rebuildsTheSameCalendar() throws JsonProcessingException {
    byte[] text = YifaJson.mapper().writeValueAsBytes(WorkingDayCalendar.china().data());
    WorkingDayCalendar cal = WorkingDayCalendar.fromJson(new ByteArrayInputStream(text));
    assertThat(cal.workingDaysIn(2025)).isEqualTo(248);
    assertThat(cal.plusWorkingDays(LocalDate.of(2025, 9, 30), 5)).isEqualTo(LocalDate.of(2025, 10, 14));
  }

  @Test
  void fromJson_withRegion_readsTheOverlay() {
    String text =
        "{\"years\":[{\"year\":2025,\"source\":" + NOTICE + ",\"holidays\":[]}],"
            + "\"regions\":[{\"division\":\"450000\",\"name\":\"广西壮族自治区\",\"years\":[{\"year\":2025,\"source\":"
            + NOTICE + ",\"holidays\":[{\"name\":\"壮族三月三\",\"firstDayOff\":\"2025-03-31\",\"lastDayOff\":\"2025-04-01\"}]}]}]}";
    WorkingDayCalendar cal = WorkingDayCalendar.fromJson(json(text));
    assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(cal.forRegion("450000").isWorkingDay(LocalDate.of(2025, 3, 31))).isFalse();
  }

  @Test
  void fromJson_unknownField_isAnInputErrorWithItsPointer() {
    String text = "{\"years\":[{\"year\":2025,\"source\":" + NOTICE + ",\"holidays\":[],\"extra\":1}]}";
    assertThatThrownBy(() -> WorkingDayCalendar.fromJson(json(text)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/years/0/extra"));
  }

  @Test
  void fromJson_dateListedAsDayOffAndWorkingDay_isAnInputError() {
    String text =
        "{\"years\":[{\"year\":2025,\"source\":" + NOTICE + ",\"holidays\":["
            + "{\"name\":\"a\",\"firstDayOff\":\"2025-10-11\",\"lastDayOff\":\"2025-10-12\"},"
            + "{\"name\":\"b\",\"firstDayOff\":\"2025-10-01\",\"lastDayOff\":\"2025-10-02\",\"workingDays\":[\"2025-10-11\"]}]}]}";
    assertThatThrownBy(() -> WorkingDayCalendar.fromJson(json(text)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2025-10-11 is listed twice");
  }

  @Test
  void fromJson_missingYears_isAnInputError() {
    assertThatThrownBy(() -> WorkingDayCalendar.fromJson(json("{}")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.fromJson(json("{\"years\":[]}")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void statutoryPeriod_roundTripsThroughJson() {
    qt().forAll(SourceDSL.integers().between(0, 10_000), SourceDSL.arbitrary().enumValues(PeriodUnit.class))
        .checkAssert(
            (n, unit) -> {
              StatutoryPeriod p = new StatutoryPeriod(n, unit);
              String text;
              try {
                text = YifaJson.mapper().writeValueAsString(p);
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
              assertThat(text).isEqualTo("{\"amount\":" + n + ",\"unit\":\"" + unit.name() + "\"}");
              assertThat(YifaJson.read(text, StatutoryPeriod.class)).isEqualTo(p);
            });
  }

  @Test
  void statutoryPeriod_negativeAmountInJson_isAnInputError() {
    assertThatThrownBy(() -> YifaJson.read("{\"amount\":-1,\"unit\":\"DAYS\"}", StatutoryPeriod.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("amount must not be negative: -1");
  }
}
