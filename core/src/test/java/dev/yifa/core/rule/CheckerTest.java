package dev.yifa.core.rule;

import static dev.yifa.core.rule.SamplePack.APL_2021;
import static dev.yifa.core.rule.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidRuleException;
import dev.yifa.core.profile.Profiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final Checker<SampleCase> CHECKER = Checker.of(SamplePack.PACK);

  @Test
  void check_fewOfficers_findingCarriesRuleCitationsPathsValuesAndMessages() {
    Report report = CHECKER.check(SampleCase.lawful().withOfficers(1), Fixtures.jiangxi());

    assertThat(report.findings()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.ruleId()).isEqualTo("APL-042-two-officers");
    assertThat(f.severity()).isEqualTo(ERROR);
    assertThat(f.citations()).containsExactly(APL_2021.article(42).paragraph(1));
    assertThat(f.paths()).containsExactly("/officers");
    assertThat(f.values()).containsExactly(java.util.Map.entry("certified", "1"));
    assertThat(f.message().zh()).isEqualTo("持证执法人员仅1人，执法人员不得少于两人");
    assertThat(f.message().en()).isEqualTo("only 1 certified officer(s) acted; at least two are required");
    assertThat(report.subject()).isEqualTo("XS-SJ-2025-0001");
    assertThat(report.rulePack()).isEqualTo("penalty/2021.1");
    assertThat(report.profile()).isEqualTo("360000@2021-07-15");
  }

  @Test
  void check_hearingThreshold_usesTheProvinceProfile() {
    SampleCase fine25k = SampleCase.lawful().withFine(new BigDecimal("25000.00")).withHearingOffered(false);
    LocalDate day = Fixtures.AS_OF;

    Report jiangxi = CHECKER.check(fine25k, RuleContext.of(day, Profiles.builtIn().profileFor("360424", day)));
    Report national = CHECKER.check(fine25k, RuleContext.of(day, Profiles.builtIn().national(day)));

    assertThat(jiangxi.findings()).extracting(Finding::ruleId).contains("APL-063-hearing-not-offered");
    assertThat(national.findings()).extracting(Finding::ruleId).doesNotContain("APL-063-hearing-not-offered");
  }

  @Test
  void check_rulesOutsideTheirInterval_areSkippedByTheRelevantDate() {
    SampleCase in2020 = SampleCase.lawful().withOfficers(1).withDecidedOn(LocalDate.of(2020, 5, 1));
    SampleCase in2021 = SampleCase.lawful().withOfficers(1).withDecidedOn(LocalDate.of(2021, 7, 15));

    // The context's as-of day is 2025; the pack's relevant date (the decision day) decides.
    assertThat(CHECKER.check(in2020, Fixtures.jiangxi()).findings())
        .extracting(Finding::ruleId)
        .containsExactly("APL2017-037-two-officers");
    assertThat(CHECKER.check(in2021, Fixtures.jiangxi()).findings())
        .extracting(Finding::ruleId)
        .containsExactly("APL-042-two-officers");
  }

  @Test
  void check_withoutRelevantDate_usesAsOf() {
    RulePack<SampleCase> pack =
        RulePack.builder("penalty", "2021.1", SampleCase.class)
            .documentType("penalty-case")
            .subjectId(SampleCase::id)
            .messages(SamplePack.MESSAGES)
            .addAll(SamplePack.RULES)
            .build();
    SampleCase in2020 = SampleCase.lawful().withOfficers(1).withDecidedOn(LocalDate.of(2020, 5, 1));

    assertThat(Checker.of(pack).check(in2020, Fixtures.jiangxi()).findings())
        .extracting(Finding::ruleId)
        .containsExactly("APL-042-two-officers");
  }

  @Test
  void builder_severitiesAndSkips_filterRules() {
    SampleCase c = Fixtures.unlawful();
    Checker<SampleCase> errorsOnly = Checker.builder(SamplePack.PACK).severities(ERROR).build();
    Checker<SampleCase> skipping = Checker.builder(SamplePack.PACK).skip("APL-042-two-officers").build();

    assertThat(errorsOnly.check(c, Fixtures.jiangxi()).findings())
        .extracting(Finding::severity)
        .containsOnly(ERROR);
    assertThat(skipping.check(c, Fixtures.jiangxi()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("APL-042-two-officers")
        .contains("APL-063-hearing-not-offered");
    assertThatThrownBy(() -> Checker.builder(SamplePack.PACK).skip("APL-000-unknown"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void check_ruleThatThrows_isInvalidRuleNamingRuleAndSubject() {
    Rule<SampleCase> broken =
        Rule.<SampleCase>builder("APL-001-broken")
            .cites(APL_2021.article(1))
            .severity(ERROR)
            .message("penalty.largeFine")
            .check((c, ctx, out) -> { throw new ArithmeticException("boom"); })
            .build();
    Checker<SampleCase> checker = Checker.of(SamplePack.pack(List.of(SamplePack.TWO_OFFICERS, broken)));

    assertThatThrownBy(() -> checker.check(SampleCase.lawful(), Fixtures.jiangxi()))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("APL-001-broken"))
        .hasMessageContaining("XS-SJ-2025-0001")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void check_findingWithoutItsMessageParameter_isInvalidRule() {
    Rule<SampleCase> sloppy =
        Rule.<SampleCase>builder("APL-001-sloppy")
            .cites(APL_2021.article(1))
            .severity(ERROR)
            .message("penalty.largeFine")
            .check((c, ctx, out) -> out.finding("/fine").value("amout", c.fine()))
            .build();
    Checker<SampleCase> checker = Checker.of(SamplePack.pack(List.of(sloppy)));

    assertThatThrownBy(() -> checker.check(SampleCase.lawful(), Fixtures.jiangxi()))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("APL-001-sloppy"))
        .hasMessageContaining("amount");
  }

  @Test
  void checkAll_parallelStream_givesTheSameReportsAsSequential() {
    List<SampleCase> cases =
        IntStream.range(0, 2_000)
            .mapToObj(
                i -> SampleCase.lawful()
                    .withId("C-" + i)
                    .withFine(BigDecimal.valueOf(i * 137L, 2))
                    .withOfficers(i % 3)
                    .withHearingOffered(i % 5 == 0)
                    .withSummary(i % 7 == 0)
                    .withParty(i % 2 == 0 ? SampleCase.PartyKind.INDIVIDUAL : SampleCase.PartyKind.ORGANISATION))
            .collect(Collectors.toList());

    List<String> sequential = CHECKER.checkAll(cases.stream(), Fixtures.jiangxi()).map(Report::toJson).toList();
    List<String> parallel = CHECKER.checkAll(cases.parallelStream(), Fixtures.jiangxi()).map(Report::toJson).toList();

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.stream().filter(j -> j.contains("\"compliant\":false")).count()).isPositive();
  }

  @Test
  void checkAll_isLazy() {
    AtomicInteger seen = new AtomicInteger();
    Stream<Report> reports =
        CHECKER.checkAll(
            Stream.generate(SampleCase::lawful).peek(c -> seen.incrementAndGet()), Fixtures.jiangxi());

    assertThat(seen).hasValue(0);
    assertThat(reports.limit(3).count()).isEqualTo(3);
    assertThat(seen.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void checkAll_perSubjectContexts_useEachRegionsProfile() {
    Stream<SampleCase> cases =
        Stream.of(SampleCase.lawful().withId("A"), SampleCase.lawful().withId("B"));

    List<String> profiles =
        CHECKER
            .checkAll(
                cases,
                c -> RuleContext.of(
                    Fixtures.AS_OF,
                    Profiles.builtIn().profileFor(c.id().equals("A") ? "110105" : "360424", Fixtures.AS_OF)))
            .map(Report::profile)
            .toList();

    assertThat(profiles).containsExactly("110000@2021-07-15", "360000@2021-07-15");
  }
}
