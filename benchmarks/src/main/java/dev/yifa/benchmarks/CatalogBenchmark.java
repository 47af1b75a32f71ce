package dev.yifa.benchmarks;

import dev.yifa.core.body.AdministrativeBody;
import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.enforcement.catalog.BenchmarkLevel;
import dev.yifa.enforcement.catalog.CatalogRules;
import dev.yifa.enforcement.catalog.DiscretionBenchmarks;
import dev.yifa.enforcement.catalog.Power;
import dev.yifa.enforcement.catalog.PowerCatalog;
import dev.yifa.enforcement.catalog.PowerCategory;
import dev.yifa.enforcement.catalog.ViolationBenchmark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking the seed county's whole catalog: 294 powers held by 45 units (the county report counts 45
 * enforcement units and 294 enforcement items), all categories, with embedded benchmarks for the
 * penalty powers; reading it from JSON and checking it; and assessing one fine against benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CatalogBenchmark {
  private static final int BODIES = 45;
  private static final int POWERS = 294;

  private Checker<PowerCatalog> checker;
  private RuleContext ctx;
  private PowerCatalog county;
  private String countyJson;
  private DiscretionBenchmarks benchmarks;

  static UnifiedSocialCreditCode uscc(int n) {
    String org = String.format(Locale.ROOT, "%08d", 1_465_700 + n);
    String first17 = "11360424" + org + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
  }

  /** Generates the catalog: a county government, 43 departments and one entrusted brigade. */
  static PowerCatalog county() {
    DivisionCode region = DivisionCode.parse("360424");
    List<AdministrativeBody> bodies = new ArrayList<>();
    bodies.add(new AdministrativeBody(uscc(0), "县人民政府", BodyLevel.COUNTY, BodyKind.GOVERNMENT, region, null));
    for (int i = 1; i < BODIES - 1; i++) {
      bodies.add(new AdministrativeBody(uscc(i), "县第" + i + "局", BodyLevel.COUNTY, BodyKind.DEPARTMENT, region, uscc(0)));
    }
    bodies.add(new AdministrativeBody(uscc(BODIES - 1), "县综合执法大队", BodyLevel.COUNTY,
        BodyKind.ENTRUSTED_ORGANISATION, region, uscc(1)));
    PowerCategory[] categories = PowerCategory.values();
    List<Power> powers = new ArrayList<>();
    List<ViolationBenchmark> violations = new ArrayList<>();
    for (int i = 0; i < POWERS; i++) {
      PowerCategory category = categories[i % categories.length];
      Citation basis = Laws.APL_2021.article(1 + i % 86).paragraph(1 + i / 86);
      String code = String.format(Locale.ROOT, "360424-%02d-%04d", i % BODIES, i);
      powers.add(new Power(code, "执法事项" + i, category,
          category == PowerCategory.COERCION ? Power.MEASURE : null,
          uscc(1 + i % (BODIES - 2)), List.of(basis),
          category == PowerCategory.PENALTY ? List.of("WARNING", "FINE") : List.of(),
          null, List.of("立案责任", "调查责任", "决定责任", "送达责任", "执行责任"),
          List.of("不履行或者不正确履行职责的")));
      if (category == PowerCategory.PENALTY) {
        violations.add(new ViolationBenchmark("V-" + i, "违法行为" + i, code, List.of(basis),
            Money.ofYuan(1_000), Money.ofYuan(100_000), null, null,
            List.of(BenchmarkLevel.ofAmounts("GENERAL", Money.ofYuan(1_000), Money.ofYuan(30_000)),
                BenchmarkLevel.ofAmounts("SERIOUS", Money.ofYuan(30_000), Money.ofYuan(70_000)),
                BenchmarkLevel.ofAmounts("PARTICULARLY_SERIOUS", Money.ofYuan(70_000), Money.ofYuan(100_000))),
            List.of(), List.of(), List.of(), List.of()));
      }
    }
    DiscretionBenchmarks b = DiscretionBenchmarks.of("360424-CJ", "县行政处罚裁量基准", LocalDate.of(2024, 3, 1), violations);
    return new PowerCatalog(PowerCatalog.TYPE, "360424-ZFSX", region, "县行政执法事项目录", bodies, powers, b);
  }

  /** Builds the catalog and the checker. */
  @Setup
  public void setUp() {
    county = county();
    countyJson = county.toJson();
    benchmarks = county.benchmarks();
    checker = Checker.of(CatalogRules.PACK);
    LocalDate day = LocalDate.of(2025, 12, 31);
    ctx = RuleContext.of(day, Profiles.builtIn().profileFor("360424", day));
    Report report = checker.check(county, ctx);
    if (!report.findings().isEmpty()) {
      throw new IllegalStateException("the generated county should be lawful: " + report.findings());
    }
  }

  /** Checks the 294-power catalog with every catalog rule. */
  @Benchmark
  public Report checkCounty() {
    return checker.check(county, ctx);
  }

  /** Reads the catalog from JSON (citations resolved against the law catalog), then checks it. */
  @Benchmark
  public Report readAndCheckCounty() {
    return checker.check(PowerCatalog.fromJson(countyJson), ctx);
  }

  /** Assesses one fine against the county's benchmarks. */
  @Benchmark
  public Object assessFine() {
    return benchmarks.assess("V-1", "SERIOUS", Money.ofYuan(50_000));
  }
}
