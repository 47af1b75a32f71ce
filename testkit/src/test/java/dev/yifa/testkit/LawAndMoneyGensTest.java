package dev.yifa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.money.Money;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LawAndMoneyGensTest {

  @Test
  void citations_stayWithinTheDocumentedRanges_andExistInTheCatalog() {
    qt().forAll(LawGens.citations()).check(c ->
        c.article() >= 1 && c.article() <= 150
            && c.paragraph() >= 0 && c.paragraph() <= 4
            && c.item() >= 0 && c.item() <= 6
            && LawCatalog.builtIn().version(c.instrument().id(), c.version()).isPresent());
  }

  @Test
  void citations_coverEveryVersionOfTheBuiltInCatalog() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(2000).forAll(LawGens.citations()).check(c -> seen.add(c.instrument().id() + "@" + c.version()) || true);
    long versions = LawCatalog.builtIn().instruments().stream()
        .mapToLong(i -> LawCatalog.builtIn().versions(i.id()).size()).sum();
    assertThat(seen).hasSize((int) versions);
  }

  @Test
  void citations_roundTripThroughJson() {
    qt().forAll(LawGens.citations()).check(c -> {
      try {
        return YifaJson.read(YifaJson.mapper().writeValueAsString(c), Citation.class).equals(c);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void money_between_staysInRange() {
    Money min = Money.parse("100.05");
    Money max = Money.parse("200.10");
    qt().forAll(MoneyGens.between(min, max)).check(m -> m.isAtLeast(min) && !m.isGreaterThan(max));
    qt().forAll(MoneyGens.fines()).check(m -> !m.isGreaterThan(Money.ofYuan(10_000_000)));
    qt().forAll(MoneyGens.wholeYuan(5, 10)).check(m -> m.toFen() % 100 == 0 && m.toFen() >= 500 && m.toFen() <= 1000);
    qt().forAll(MoneyGens.any()).check(m -> Money.parse(m.toPlainString()).equals(m));
  }

  @Test
  void money_between_rejectsAnEmptyRange() {
    assertThatThrownBy(() -> MoneyGens.between(Money.ofYuan(2), Money.ofYuan(1)))
        .hasMessage("max must not be below min: 1.00 < 2.00");
  }
}
