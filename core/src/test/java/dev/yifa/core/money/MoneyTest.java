package dev.yifa.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class MoneyTest {
  record Payment(Money amount, List<Money> parts) {}

  private static final long MAX_FEN = 1_000_000_000_000_000L;

  /** Amounts up to 10^13 yuan, biased toward small ones (the testkit's MoneyGens cannot be used from core). */
  static Gen<Money> amounts() {
    return SourceDSL.longs().between(0, MAX_FEN).map(Money::ofFen)
        .mix(SourceDSL.longs().between(0, 10_000_000).map(Money::ofFen), 50);
  }

  static Gen<Money> small() {
    return SourceDSL.longs().between(0, MAX_FEN / 4).map(Money::ofFen);
  }

  @Test
  void parse_acceptsPlainDecimals() {
    assertThat(Money.parse("50000")).isEqualTo(Money.ofYuan(50000));
    assertThat(Money.parse("50000.00")).isEqualTo(Money.ofYuan(50000));
    assertThat(Money.parse("50000.5")).isEqualTo(Money.ofFen(5_000_050));
    assertThat(Money.parse("0.01")).isEqualTo(Money.ofFen(1));
    assertThat(Money.parse("12.340")).isEqualTo(Money.ofFen(1234));
    assertThat(Money.parse("0")).isEqualTo(Money.ZERO);
    assertThat(Money.parse("10000000000000")).isEqualTo(Money.MAX);
    assertThat(Money.parse("10000000000000.00")).isEqualTo(Money.MAX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.345", "0.001", "-1", "-0.01", "+5", "1e5", "1E5", "5万", "50,000.00", " 5", "5 ", "",
      ".5", "5.", "05", "00.5", "NaN", "Infinity", "0x10", "10000000000000.01", "99999999999999", "１２"})
  void parse_rejectsEverythingElse(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.expected()).startsWith("an amount in yuan");
        });
  }

  @Test
  void parse_messagesSayWhy() {
    assertThatThrownBy(() -> Money.parse("12.345"))
        .hasMessage("amounts of money are exact to the fen (at most two decimal places): '12.345'");
    assertThatThrownBy(() -> Money.parse("-5")).hasMessage("amounts of money must not be negative: '-5'");
    assertThatThrownBy(() -> Money.parse("1e5"))
        .hasMessage("not an amount in yuan (plain decimal digits, e.g. 50000 or 50000.00): '1e5'");
    assertThatThrownBy(() -> Money.parse("20000000000000"))
        .hasMessage("amount above the largest allowed (10^13 yuan): '20000000000000'");
    assertThatThrownBy(() -> Money.parse("1".repeat(100))).hasMessageContaining("…");
  }

  @Test
  void factories_checkRange() {
    assertThat(Money.ofYuan(3).toFen()).isEqualTo(300);
    assertThat(Money.of(new BigDecimal("1.50"))).isEqualTo(Money.ofFen(150));
    assertThat(Money.of(new BigDecimal("1E+2"))).isEqualTo(Money.ofYuan(100));
    assertThatThrownBy(() -> Money.ofYuan(-1)).hasMessage("yuan must be between 0 and 10^13: -1");
    assertThatThrownBy(() -> Money.ofYuan(10_000_000_000_001L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.ofFen(-1)).hasMessage("fen must be between 0 and 10^15: -1");
    assertThatThrownBy(() -> Money.ofFen(MAX_FEN + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005")))
        .hasMessage("amounts of money are exact to the fen (at most two decimal places): 0.005");
    assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"))).hasMessage("amounts of money must not be negative: -0.01");
  }

  @Test
  void rendering() {
    assertThat(Money.ofYuan(200000).toPlainString()).isEqualTo("200000.00");
    assertThat(Money.ofFen(5).toPlainString()).isEqualTo("0.05");
    assertThat(Money.ZERO.toPlainString()).isEqualTo("0.00");
    assertThat(Money.MAX.toPlainString()).isEqualTo("10000000000000.00");
    assertThat(Money.ofYuan(50000).toString()).isEqualTo("50000.00");
    assertThat(Money.ofYuan(50000).toYuan()).isEqualTo(new BigDecimal("50000.00"));
  }

  @ParameterizedTest
  @CsvSource({"5000000, 5万元", "20000000000, 2亿元", "1500000000, 1500万元", "15000000000, 15000万元",
      "300000, 3000元", "123450, 1234.50元", "1, 0.01元", "0, 0元", "1000000000000000, 100000亿元"})
  void toChinese(long fen, String expected) {
    assertThat(Money.ofFen(fen).toChinese()).isEqualTo(expected);
  }

  @Test
  void arithmetic_examples() {
    Money fine = Money.ofYuan(1000);
    assertThat(fine.percent(new BigDecimal("3"))).isEqualTo(Money.ofYuan(30));
    assertThat(Money.ofFen(101).percent(new BigDecimal("50"))).isEqualTo(Money.ofFen(51)); // 0.505 → 0.51
    assertThat(Money.ofFen(101).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(51));
    assertThat(Money.ofFen(3).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(2)); // 0.015 → 0.02
    assertThat(Money.ofFen(1).times(new BigDecimal("0.49"))).isEqualTo(Money.ZERO);
    assertThat(fine.times(3)).isEqualTo(Money.ofYuan(3000));
    assertThat(fine.minus(fine)).isEqualTo(Money.ZERO);
    assertThat(fine.minusOrZero(Money.ofYuan(2000))).isEqualTo(Money.ZERO);
    assertThat(Money.ofYuan(2000).minusOrZero(fine)).isEqualTo(fine);
    assertThat(fine.max(Money.ZERO)).isEqualTo(fine);
    assertThat(fine.min(Money.ZERO)).isEqualTo(Money.ZERO);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(fine.isZero()).isFalse();
  }

  @Test
  void arithmetic_refusesToLeaveTheRange() {
    assertThatThrownBy(() -> Money.ofYuan(1).minus(Money.ofYuan(2)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("difference would be negative: 1.00 - 2.00");
    assertThatThrownBy(() -> Money.MAX.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.MAX.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.MAX.percent(new BigDecimal("100.01"))).isInstanceOf(ArithmeticException.class);
    assertThat(Money.MAX.plus(Money.ZERO)).isEqualTo(Money.MAX);
    assertThatThrownBy(() -> Money.ofYuan(1).times(new BigDecimal("-1"))).hasMessage("factor must not be negative: -1");
    assertThatThrownBy(() -> Money.ofYuan(1).times(-1)).hasMessage("factor must not be negative: -1");
    assertThatThrownBy(() -> Money.ofYuan(1).percent(new BigDecimal("-3"))).hasMessage("percent must not be negative: -3");
  }

  @Test
  void plus_isCommutativeAndAssociative() {
    qt().forAll(small(), small(), small()).check((a, b, c) ->
        a.plus(b).equals(b.plus(a)) && a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void plusThenMinus_isIdentity() {
    qt().forAll(small(), small()).check((a, b) -> a.plus(b).minus(b).equals(a) && a.plus(b).minus(a).equals(b));
  }

  @Test
  void plus_agreesWithBigDecimal() {
    qt().forAll(small(), small()).check((a, b) -> a.plus(b).toYuan().equals(a.toYuan().add(b.toYuan())));
  }

  @Test
  void minusOrZero_isMinusOrZero() {
    qt().forAll(amounts(), amounts()).check((a, b) ->
        a.minusOrZero(b).equals(a.isAtLeast(b) ? a.minus(b) : Money.ZERO));
  }

  @Test
  void times_agreesWithBigDecimalHalfUp() {
    qt().forAll(SourceDSL.longs().between(0, 100_000_000_000L).map(Money::ofFen),
            SourceDSL.integers().between(0, 100_000).map(i -> BigDecimal.valueOf(i, 3)))
        .check((m, f) -> m.times(f).toYuan()
            .equals(m.toYuan().multiply(f).setScale(2, java.math.RoundingMode.HALF_UP)));
  }

  @Test
  void compareTo_isConsistentWithEqualsAndFen() {
    qt().forAll(amounts(), amounts()).check((a, b) ->
        (a.compareTo(b) == 0) == a.equals(b)
            && Integer.signum(a.compareTo(b)) == Long.signum(a.toFen() - b.toFen())
            && a.isGreaterThan(b) == (a.compareTo(b) > 0)
            && a.isLessThan(b) == (a.compareTo(b) < 0)
            && a.isAtLeast(b) == (a.compareTo(b) >= 0)
            && a.toYuan().compareTo(b.toYuan()) == a.compareTo(b));
  }

  @Test
  void parse_ofPlainString_isIdentity() {
    qt().forAll(amounts()).check(m -> Money.parse(m.toPlainString()).equals(m)
        && Money.of(m.toYuan()).equals(m) && Money.ofFen(m.toFen()).equals(m));
  }

  @Test
  void parse_ofTrailingZeroForms_isTheSameAmount() {
    qt().forAll(SourceDSL.longs().between(0, 10_000_000_000L)).check(yuan ->
        Money.parse(Long.toString(yuan)).equals(Money.ofYuan(yuan))
            && Money.parse(yuan + ".0").equals(Money.ofYuan(yuan))
            && Money.parse(yuan + ".000").equals(Money.ofYuan(yuan)));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Money.parse("50000"), Money.parse("50000.00"), Money.ofYuan(50000), Money.ofFen(5_000_000),
            Money.of(new BigDecimal("50000.0")))
        .addEqualityGroup(Money.ofFen(5_000_001))
        .addEqualityGroup(Money.ZERO, Money.parse("0.00"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, Money.ofYuan(1));
    tester.testAllPublicStaticMethods(Money.class);
    tester.testAllPublicInstanceMethods(Money.ofYuan(1));
  }

  @Test
  void json_writesAString_readsNumbersAndStrings() throws Exception {
    assertThat(YifaJson.mapper().writeValueAsString(Money.ofYuan(200000))).isEqualTo("\"200000.00\"");
    assertThat(YifaJson.read("50000", Money.class)).isEqualTo(Money.ofYuan(50000));
    assertThat(YifaJson.read("50000.00", Money.class)).isEqualTo(Money.ofYuan(50000));
    assertThat(YifaJson.read("50000.5", Money.class)).isEqualTo(Money.ofFen(5_000_050));
    assertThat(YifaJson.read("\"50000.00\"", Money.class)).isEqualTo(Money.ofYuan(50000));
    assertThat(YifaJson.read("\"50000\"", Money.class)).isEqualTo(Money.ofYuan(50000));
  }

  @Test
  void json_roundTrip_property() {
    qt().forAll(amounts()).check(m -> {
      try {
        String json = YifaJson.mapper().writeValueAsString(m);
        return YifaJson.read(json, Money.class).equals(m)
            && YifaJson.read(m.toPlainString(), Money.class).equals(m);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void json_inARecord_roundTripsAndNamesThePointer() throws Exception {
    Payment p = new Payment(Money.ofYuan(50000), List.of(Money.ofFen(1), Money.ZERO));
    String json = YifaJson.mapper().writeValueAsString(p);
    assertThat(json).isEqualTo("{\"amount\":\"50000.00\",\"parts\":[\"0.01\",\"0.00\"]}");
    assertThat(YifaJson.read(json, Payment.class)).isEqualTo(p);
    assertThatThrownBy(() -> YifaJson.read("{\"amount\": 5, \"parts\": [1, 12.345]}", Payment.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/parts/1");
          assertThat(e.expected()).startsWith("an amount in yuan");
          assertThat(e.getMessage()).isEqualTo("at /parts/1: amounts of money are exact to the fen (at most two decimal places): '12.345'");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "false", "{}", "[]", "\"1e5\"", "1e5", "1E+5", "-5", "\"-5\"", "12.345",
      "\"12.345\"", "\"NaN\"", "\"\"", "100000000000000", "\"5万\"", "\"50,000.00\""})
  void json_rejectsBadValues(String json) {
    assertThatThrownBy(() -> YifaJson.read(json, Money.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.expected()).startsWith("an amount in yuan");
        });
  }

  @Test
  void json_boolean_saysWhatWasFound() {
    assertThatThrownBy(() -> YifaJson.read("{\"amount\": true, \"parts\": []}", Payment.class))
        .hasMessageContaining("/amount").hasMessageContaining("found a boolean");
  }
}
