package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTermsTest {
  private static final Messages M =
      Messages.of(
          "terms",
          Map.of(
              "k", "缺少：{missing}（{n}）",
              "term.REMEDY", "救济途径",
              "term.SEAL", "印章"),
          Map.of(
              "k", "missing: {missing} ({n})",
              "term.REMEDY", "remedies",
              "term.SEAL", "seal"));

  @Test
  void render_codedValue_usesTheLanguagesTerm() {
    Message m = M.render("k", Map.of("missing", "REMEDY", "n", "1"));
    assertThat(m.zh()).isEqualTo("缺少：救济途径（1）");
    assertThat(m.en()).isEqualTo("missing: remedies (1)");
  }

  @Test
  void render_codeList_joinsTermsWithTheLanguagesSeparator() {
    Message m = M.render("k", Map.of("missing", "REMEDY,SEAL", "n", "2"));
    assertThat(m.zh()).isEqualTo("缺少：救济途径、印章（2）");
    assertThat(m.en()).isEqualTo("missing: remedies, seal (2)");
  }

  @Test
  void render_codeWithoutTerm_isLeftAsItIs() {
    Message m = M.render("k", Map.of("missing", "REMEDY,DATE", "n", "2"));
    assertThat(m.zh()).isEqualTo("缺少：REMEDY,DATE（2）");
  }

  @Test
  void render_plainValues_areNotTouched() {
    Message m = M.render("k", Map.of("missing", "2025-10-14", "n", "X"));
    assertThat(m.zh()).isEqualTo("缺少：2025-10-14（X）");
  }
}
