package dev.yifa.assessment.card;

import static dev.yifa.assessment.card.Fixtures.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.Test;

/** Laws of card computation over random logs of one officer across two years. */
class CardPropertiesTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final List<String> CODES =
      Fixtures.POLICY.misconduct().stream().map(MisconductType::code).toList();

  /** A seed from which a log of up to 12 findings, appeals and recorded cards is built. */
  private static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  private static Gen<Integer> days() {
    return SourceDSL.integers().between(0, 900);
  }

  private static List<OfficerEvent> events(long seed) {
    Random r = new Random(seed);
    List<OfficerEvent> out = new ArrayList<>();
    int n = r.nextInt(13);
    for (int i = 0; i < n; i++) {
      LocalDate day = START.plusDays(r.nextInt(730));
      int kind = r.nextInt(10);
      if (kind < 8) {
        // mostly the lesser types, so that thresholds and escalation are exercised
        String code = CODES.get(r.nextInt(10) < 8 ? CODES.size() - 1 - r.nextInt(8) : r.nextInt(CODES.size()));
        out.add(OfficerEvent.misconduct("M" + i, A, day, code, "b"));
      } else {
        out.add(OfficerEvent.of("K" + i, A, day, OfficerEventType.CARD_ISSUED)
            .withColour(r.nextBoolean() ? CardColour.YELLOW : CardColour.RED));
      }
    }
    // appeals against some findings, lodged and perhaps decided later
    int m = out.size();
    for (int i = 0; i < m; i++) {
      if (r.nextInt(4) == 0) {
        OfficerEvent target = out.get(i);
        LocalDate lodged = target.date().plusDays(r.nextInt(30));
        out.add(OfficerEvent.appeal("P" + i, A, lodged, target.id(), null));
        if (r.nextBoolean()) {
          out.add(OfficerEvent.appeal("Q" + i, A, lodged.plusDays(r.nextInt(60)), target.id(),
              r.nextBoolean() ? AppealOutcome.UPHELD : AppealOutcome.DISMISSED));
        }
      }
    }
    return out;
  }

  private static Card card(List<OfficerEvent> events, LocalDate asOf) {
    return Fixtures.card(Fixtures.log(events.toArray(new OfficerEvent[0])), asOf.toString());
  }

  @Test
  void addingAMisconduct_neverMakesACardGreener() {
    qt().forAll(seeds(), days(), days(), SourceDSL.integers().between(0, CODES.size() - 1))
        .check((seed, at, when, code) -> {
          List<OfficerEvent> events = events(seed);
          LocalDate asOf = START.plusDays(at);
          Card before = card(events, asOf);
          List<OfficerEvent> more = new ArrayList<>(events);
          more.add(OfficerEvent.misconduct("NEW", A, START.plusDays(when), CODES.get(code), "b"));
          Card after = card(more, asOf);
          return after.colour().compareTo(before.colour()) >= 0 && after.points() >= before.points();
        });
  }

  @Test
  void points_areNeverNegative_andRecoveryIsAfterTheDay() {
    qt().forAll(seeds(), days()).check((seed, at) -> {
      Card c = card(events(seed), START.plusDays(at));
      return c.points() >= 0
          && (c.colour() == CardColour.GREEN) == (c.recoversOn() == null)
          && (c.recoversOn() == null || c.recoversOn().isAfter(c.asOf()));
    });
  }

  @Test
  void anUpheldAppeal_neverMakesACardRedder() {
    qt().forAll(seeds(), days(), SourceDSL.integers().between(0, 11)).check((seed, at, pick) -> {
      List<OfficerEvent> events = events(seed);
      List<OfficerEvent> appealable = events.stream()
          .filter(e -> e.type() == OfficerEventType.MISCONDUCT_FOUND || e.type() == OfficerEventType.CARD_ISSUED)
          .toList();
      if (appealable.isEmpty()) {
        return true;
      }
      OfficerEvent target = appealable.get(pick % appealable.size());
      LocalDate asOf = START.plusDays(at);
      if (asOf.isBefore(target.date())) {
        return true;
      }
      Card before = card(events, asOf);
      List<OfficerEvent> more = new ArrayList<>(events);
      more.add(OfficerEvent.appeal("UP", A, asOf, target.id(), AppealOutcome.UPHELD));
      Card after = card(more, asOf);
      return after.colour().compareTo(before.colour()) <= 0 && after.points() <= before.points();
    });
  }

  @Test
  void cards_areIndependentOfEventInputOrder() {
    qt().forAll(seeds(), days()).check((seed, at) -> {
      List<OfficerEvent> events = events(seed);
      List<OfficerEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
      LocalDate asOf = START.plusDays(at);
      return card(events, asOf).equals(card(shuffled, asOf));
    });
  }

  @Test
  void cards_areDeterministic_toTheByte() {
    List<OfficerEvent> events = events(42);
    LocalDate asOf = START.plusDays(500);
    assertThat(card(events, asOf).toJson()).isEqualTo(card(new ArrayList<>(events), asOf).toJson());
  }
}
