package dev.yifa.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.decision.Samples;
import dev.yifa.core.law.Citation;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentBasisTest {
  /** A penalty case in miniature: its id, its day, the documents it rests on. */
  record Case(String id, LocalDate decidedOn, List<String> bases) {}

  static final Rule<Case> BASIS =
      DocumentBasis.rule(
          "APL-005-basis-not-in-force",
          c ->
              java.util.stream.IntStream.range(0, c.bases().size())
                  .mapToObj(i -> new DocumentBasis.Reference("/decision/basis/" + i, c.bases().get(i), c.decidedOn()))
                  .toList());

  static final Checker<Case> CHECKER =
      Checker.of(
          RulePack.builder("penalty-basis", "1", Case.class)
              .documentType("penalty-case")
              .subjectId(Case::id)
              .relevantDate(Case::decidedOn)
              .messages(DocumentRules.MESSAGES)
              .add(BASIS)
              .build());

  static final NormativeDocumentRegistry REGISTRY =
      InMemoryNormativeDocumentRegistry.of(
          List.of(
              RegistryTest.MARKET,
              RegistryTest.TOWNSHIP,
              RegistryTest.unpublished()));

  private static RuleContext ctx() {
    return Samples.context(LocalDate.of(2025, 12, 31)).with(DocumentBasis.REGISTRY, REGISTRY);
  }

  @Test
  void rule_flagsBasesNotInForceOrNotPublished() {
    Case c =
        new Case(
            "XS-SJ-2025-0001",
            LocalDate.of(2025, 12, 20),
            List.of("修府规〔2025〕1号", "XS-GF-2025-001-unlawful-never-published", "修府规〔2024〕9号"));
    Report r = CHECKER.check(c, ctx());
    assertThat(r.findings())
        .extracting(f -> f.paths().get(0), f -> f.values().get("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/decision/basis/1", "NOT_PUBLISHED"),
            org.assertj.core.groups.Tuple.tuple("/decision/basis/2", "UNKNOWN"));
    assertThat(r.findings().get(0).citations().stream().map(Citation::toChinese))
        .containsExactly(
            "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》第（八）项", "《优化营商环境条例》第六十四条第二款");
    assertThat(r.findings().get(0).message().zh()).contains("未公布");
    assertThat(r.findings().get(0).message().en()).contains("not published");
  }

  @Test
  void rule_flagsABasisUsedBeforeItTookEffect() {
    Case c = new Case("XS-SJ-2025-0002", LocalDate.of(2025, 12, 1), List.of("修府规〔2025〕1号"));
    assertThat(CHECKER.check(c, ctx()).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("status", "NOT_YET_IN_FORCE"));
  }

  @Test
  void rule_withoutRegistry_findsNothing() {
    Case c = new Case("XS-SJ-2025-0003", LocalDate.of(2025, 12, 20), List.of("修府规〔2099〕1号"));
    assertThat(CHECKER.check(c, Samples.context(LocalDate.of(2025, 12, 31))).findings()).isEmpty();
  }
}
