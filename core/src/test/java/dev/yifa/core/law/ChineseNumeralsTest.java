package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "63, 六十三",
    "99, 九十九", "100, 一百", "101, 一百零一", "110, 一百一十", "111, 一百一十一", "119, 一百一十九",
    "120, 一百二十", "999, 九百九十九", "1000, 一千", "1001, 一千零一", "1010, 一千零一十",
    "1100, 一千一百", "1110, 一千一百一十", "2019, 二千零一十九", "9999, 九千九百九十九"
  })
  void of_writesStatuteNumerals(int n, String expected) {
    assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    assertThat(ChineseNumerals.parse(expected)).isEqualTo(n);
  }

  @Test
  void parse_isTheInverseOfOf_overTheWholeRange() {
    for (int n = 1; n <= 9999; n++) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.of(n))).isEqualTo(n);
    }
  }

  @Test
  void of_isInjective_property() {
    qt().forAll(integers().between(1, 9999), integers().between(1, 9999))
        .assuming((a, b) -> !a.equals(b))
        .check((a, b) -> !ChineseNumerals.of(a).equals(ChineseNumerals.of(b)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_outOfRange_throws(int n) {
    assertThatThrownBy(() -> ChineseNumerals.of(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be between 1 and 9999: " + n);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "零", "一十", "百", "一百一", "一百十", "二十零", "十十", "六三", "63", "一千零零一", "一万", "壹", "九千九百九十九九"})
  void parse_nonCanonicalOrForeignText_throws(String text) {
    assertThatThrownBy(() -> ChineseNumerals.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicMethods_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(ChineseNumerals.class);
  }
}
