package dev.yifa.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  @Test
  void isReachedBy_inclusiveAndExclusive_differOnlyAtTheAmount() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(0, 10_000_000))
        .check(
            (amountFen, valueFen) -> {
              BigDecimal amount = BigDecimal.valueOf(amountFen, 2);
              BigDecimal value = BigDecimal.valueOf(valueFen, 2);
              boolean atLeast = Threshold.atLeast(amount).isReachedBy(value);
              boolean moreThan = Threshold.moreThan(amount).isReachedBy(value);
              return atLeast == (valueFen >= amountFen)
                  && moreThan == (valueFen > amountFen)
                  && (atLeast != moreThan) == valueFen.equals(amountFen);
            });
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Threshold.atLeast(BigDecimal.TEN), new Threshold(BigDecimal.TEN, true))
        .addEqualityGroup(Threshold.moreThan(BigDecimal.TEN))
        .addEqualityGroup(Threshold.atLeast(BigDecimal.ONE))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Threshold.class);
    assertThat(Threshold.atLeast(BigDecimal.ONE).inclusive()).isTrue();
  }
}
