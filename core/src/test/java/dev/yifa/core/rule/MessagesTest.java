package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Messages messages =
      Messages.of(
          "test",
          Map.of("fine", "罚款{amount}元超过{limit}元", "braces", "{0} {} { x} ${amount}"),
          Map.of("fine", "fine {amount} over {limit}", "braces", "{0} {} { x} ${amount}"));

  @Test
  void render_namedParameters_replacedInBothLanguages() {
    Message m = messages.render("fine", Map.of("amount", "5000.00", "limit", "3000"));

    assertThat(m.zh()).isEqualTo("罚款5000.00元超过3000元");
    assertThat(m.en()).isEqualTo("fine 5000.00 over 3000");
    assertThat(m.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(m.zh());
    assertThat(m.in(Locale.forLanguageTag("tr"))).isEqualTo(m.en());
  }

  @Test
  void render_bracesThatAreNotNames_stayLiteral_andNothingIsEvaluated() {
    Message m = messages.render("braces", Map.of("amount", "${1+1}"));

    assertThat(m.en()).isEqualTo("{0} {} { x} $${1+1}");
  }

  @Test
  void render_missingParameterOrKey_isRejected() {
    assertThatThrownBy(() -> messages.render("fine", Map.of("amount", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> messages.render("nope", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void load_readsUtf8PropertiesInBothLanguages() {
    assertThat(SamplePack.MESSAGES.contains("penalty.twoOfficers")).isTrue();
    assertThat(SamplePack.MESSAGES.parameters("penalty.hearingNotOffered"))
        .containsExactlyInAnyOrder("amount", "threshold");
    assertThat(SamplePack.MESSAGES.render("penalty.twoOfficers", Map.of("certified", "1")).zh())
        .isEqualTo("持证执法人员仅1人，执法人员不得少于两人");
  }

  @Test
  void load_missingFile_isRejected() {
    assertThatThrownBy(() -> Messages.load("absent", MessagesTest.class::getResourceAsStream))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absent_zh.properties");
  }
}
