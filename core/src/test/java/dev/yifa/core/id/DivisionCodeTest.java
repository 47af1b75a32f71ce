package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidIdentifierException;
import dev.yifa.core.id.DivisionCode.Level;
import dev.yifa.core.json.YifaJson;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {
  private static final DivisionCode JIANGXI = DivisionCode.parse("360000");
  private static final DivisionCode JIUJIANG = DivisionCode.parse("360400");
  private static final DivisionCode XIUSHUI = DivisionCode.parse("360424");

  @Test
  void level_followsTrailingZeros() {
    assertThat(JIANGXI.level()).isEqualTo(Level.PROVINCE);
    assertThat(JIUJIANG.level()).isEqualTo(Level.PREFECTURE);
    assertThat(XIUSHUI.level()).isEqualTo(Level.COUNTY);
    assertThat(DivisionCode.parse("110100").level()).isEqualTo(Level.PREFECTURE);
  }

  @Test
  void provinceAndPrefecture_ofCounty() {
    assertThat(XIUSHUI.province()).isEqualTo(JIANGXI);
    assertThat(XIUSHUI.prefecture()).contains(JIUJIANG);
    assertThat(JIUJIANG.prefecture()).contains(JIUJIANG);
    assertThat(JIANGXI.prefecture()).isEmpty();
    assertThat(JIANGXI.province()).isSameAs(JIANGXI);
  }

  @Test
  void isWithin_ancestorsAndSelf_notSiblings() {
    assertThat(XIUSHUI.isWithin(JIUJIANG)).isTrue();
    assertThat(XIUSHUI.isWithin(JIANGXI)).isTrue();
    assertThat(XIUSHUI.isWithin(XIUSHUI)).isTrue();
    assertThat(JIANGXI.isWithin(XIUSHUI)).isFalse();
    assertThat(XIUSHUI.isWithin(DivisionCode.parse("360100"))).isFalse();
    assertThat(XIUSHUI.isWithin(DivisionCode.parse("350000"))).isFalse();
  }

  @Test
  void isWithin_everyCodeIsWithinItsProvinceAndPrefecture() {
    qt().forAll(TestIds.divisions()).check(s -> {
      DivisionCode c = DivisionCode.parse(s);
      return c.isWithin(c.province()) && c.prefecture().map(c::isWithin).orElse(true) && c.isWithin(c);
    });
  }

  @Test
  void check_badForms_sayWhy() {
    assertThat(DivisionCode.check("990000").orElseThrow().detail())
        .isEqualTo("province code 99 at positions 1-2 is not a province-level code of GB/T 2260");
    IdentifierDefect d = DivisionCode.check("360024").orElseThrow();
    assertThat(d.reason()).isEqualTo(DefectReason.BAD_DIVISION_CODE);
    assertThat(d.position()).hasValue(4);
    assertThat(DivisionCode.check("36042").orElseThrow().reason()).isEqualTo(DefectReason.WRONG_LENGTH);
    assertThat(DivisionCode.check("36042a").orElseThrow().position()).hasValue(5);
    for (String p : new String[] {"10", "16", "20", "24", "30", "38", "47", "55", "60", "66", "70", "72", "80", "83"}) {
      assertThat(DivisionCode.isValid(p + "0000")).as(p).isFalse();
    }
    for (int p : TestIds.PROVINCES) {
      assertThat(DivisionCode.isValid(p + "0000")).as("%s", p).isTrue();
    }
  }

  @Test
  void parse_invalid_throwsWithKind() {
    assertThatThrownBy(() -> DivisionCode.parse("000000"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.kind()).isEqualTo(IdentifierKind.DIVISION_CODE));
  }

  @Test
  void json_roundTrip() throws Exception {
    assertThat(YifaJson.mapper().writeValueAsString(XIUSHUI)).isEqualTo("\"360424\"");
    assertThat(YifaJson.read("\"360424\"", DivisionCode.class)).isEqualTo(XIUSHUI);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(XIUSHUI, DivisionCode.parse("360424"))
        .addEqualityGroup(JIANGXI)
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(DivisionCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(XIUSHUI);
  }
}
