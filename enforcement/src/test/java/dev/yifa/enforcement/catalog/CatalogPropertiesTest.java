package dev.yifa.enforcement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.yifa.core.body.AdministrativeBody;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.money.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Laws of {@link DiscretionBenchmarks#assess} and of the catalog's JSON form. */
class CatalogPropertiesTest {
  private static final Citation BASIS = Laws.APL_2021.article(10);

  /** Amounts in fen up to ten million yuan. */
  private static Gen<Money> money() {
    return SourceDSL.longs().between(0, 1_000_000_000L).map(Money::ofFen);
  }

  /** A benchmark with one level [lo, hi] inside the statutory range [smin, smax]. */
  private static ViolationBenchmark benchmark(Money smin, Money lo, Money hi, Money smax) {
    return ViolationBenchmark.of(
        "V", "v", List.of(BASIS), smin, smax, List.of(BenchmarkLevel.ofAmounts("GENERAL", lo, hi)));
  }

  private static Gen<List<Money>> fourAmounts() {
    return SourceDSL.lists().of(money()).ofSize(4);
  }

  private static List<BenchmarkDeviation.Kind> kinds(List<BenchmarkDeviation> ds) {
    return ds.stream().map(BenchmarkDeviation::kind).toList();
  }

  private static Money[] sorted(Money... ms) {
    Money[] copy = ms.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }

  @Test
  void assess_fineInsideTheLevelsRange_neverFindsItOutOfRange() {
    qt().forAll(fourAmounts(), SourceDSL.integers().between(0, 1000))
        .check(
            (four, permille) -> {
              Money[] s = sorted(four.toArray(new Money[0]));
              ViolationBenchmark v = benchmark(s[0], s[1], s[2], s[3]);
              long span = s[2].toFen() - s[1].toFen();
              Money fine = Money.ofFen(s[1].toFen() + span * permille / 1000);
              DiscretionBenchmarks b = DiscretionBenchmarks.of("B", "b", null, List.of(v));
              return b.assess("V", "GENERAL", fine).isEmpty()
                  && b.assess("V", "GENERAL", fine, null, EnumSet.allOf(MitigationGround.class)).isEmpty();
            });
  }

  @Test
  void assess_wideningALevelsRange_neverAddsAFinding() {
    qt().forAll(fourAmounts(), money())
        .check(
            (four, fine) -> {
              Money[] s = sorted(four.toArray(new Money[0]));
              // narrow [s1, s2] inside wide [s0, s3]; statutory range unbounded
              ViolationBenchmark narrow = benchmark(null, s[1], s[2], null);
              ViolationBenchmark wide = benchmark(null, s[0], s[3], null);
              List<BenchmarkDeviation> before =
                  DiscretionBenchmarks.of("B", "b", null, List.of(narrow)).assess("V", "GENERAL", fine);
              List<BenchmarkDeviation> after =
                  DiscretionBenchmarks.of("B", "b", null, List.of(wide)).assess("V", "GENERAL", fine);
              return after.size() <= before.size()
                  && kinds(before).containsAll(kinds(after));
            });
  }

  @Test
  void assess_wideningTheStatutoryRange_neverAddsAFinding() {
    qt().forAll(fourAmounts(), money())
        .check(
            (four, fine) -> {
              Money[] s = sorted(four.toArray(new Money[0]));
              ViolationBenchmark narrow = benchmark(s[1], s[1], s[2], s[2]);
              ViolationBenchmark wide = benchmark(s[0], s[1], s[2], s[3]);
              int before =
                  DiscretionBenchmarks.of("B", "b", null, List.of(narrow)).assess("V", "GENERAL", fine).size();
              int after =
                  DiscretionBenchmarks.of("B", "b", null, List.of(wide)).assess("V", "GENERAL", fine).size();
              return after <= before;
            });
  }

  private static UnifiedSocialCreditCode uscc(int n) {
    String first17 = "11360424" + String.format(java.util.Locale.ROOT, "%08d", n) + "0";
    String body8 = first17.substring(8, 16);
    first17 = first17.substring(0, 16) + UnifiedSocialCreditCode.organisationCodeCheckCharacter(body8);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
  }

  private static Gen<PowerCatalog> catalogs() {
    Gen<PowerCategory> categories = SourceDSL.arbitrary().enumValues(PowerCategory.class);
    Gen<Power> powers =
        SourceDSL.integers().between(1, 40)
            .zip(categories, SourceDSL.integers().between(1, 200), SourceDSL.booleans().all(),
                (body, cat, article, flag) ->
                    new Power(
                        "P-" + body + "-" + article,
                        "事项 " + article,
                        cat,
                        flag ? Power.MEASURE : null,
                        uscc(body),
                        flag ? List.of(Laws.APL_2021.article(article)) : List.of(),
                        flag && cat == PowerCategory.PENALTY ? List.of("FINE") : List.of(),
                        flag ? Boolean.TRUE : null,
                        flag ? List.of("立案责任") : List.of(),
                        List.of()));
    return SourceDSL.lists().of(powers).ofSizeBetween(0, 20)
        .zip(SourceDSL.integers().between(0, 5), (ps, extra) -> {
          List<AdministrativeBody> bodies = new ArrayList<>();
          for (int i = 1; i <= extra; i++) {
            bodies.add(new AdministrativeBody(uscc(i), "单位" + i, BodyLevel.COUNTY, BodyKind.DEPARTMENT,
                DivisionCode.parse("360424"), i > 1 ? uscc(1) : null));
          }
          DiscretionBenchmarks b = extra % 2 == 0 ? null
              : DiscretionBenchmarks.of("B", "b", null, List.of(benchmark(Money.ofYuan(1), Money.ofYuan(2), Money.ofYuan(3), Money.ofYuan(4))));
          return new PowerCatalog(PowerCatalog.TYPE, "C-" + ps.size(), DivisionCode.parse("360424"), "清单", bodies, ps, b);
        });
  }

  @Test
  void catalog_jsonRoundTrip_givesAnEqualCatalog() {
    qt().forAll(catalogs()).check(c -> PowerCatalog.fromJson(c.toJson()).equals(c));
  }

  @Test
  void catalog_checkingIsDeterministic() {
    dev.yifa.core.rule.RuleContext ctx =
        dev.yifa.core.rule.RuleContext.of(
            java.time.LocalDate.of(2025, 12, 31),
            dev.yifa.core.profile.Profiles.builtIn().profileFor("360424", java.time.LocalDate.of(2025, 12, 31)));
    dev.yifa.core.rule.Checker<PowerCatalog> checker = dev.yifa.core.rule.Checker.of(CatalogRules.PACK);
    qt().forAll(catalogs())
        .check(c -> checker.check(c, ctx).toJson().equals(checker.check(PowerCatalog.fromJson(c.toJson()), ctx).toJson()));
    assertThat(Set.of(CatalogRules.PACK.name(), CatalogRules.BENCHMARK_PACK.name()))
        .containsExactlyInAnyOrder("catalog/2021.1", "benchmarks/2021.1");
  }
}
