package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Checker<SampleCase> CHECKER = Checker.of(SamplePack.PACK);

  @Test
  void toJson_unlawfulCase_matchesTheFormatsShapeExactly() throws Exception {
    Report report = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());

    // The fixture is pretty-printed for review; the tree keeps its key order and exact values.
    String golden = YifaJson.mapper().readTree(Fixtures.resource("report-golden.json")).toString();
    assertThat(report.toJson()).isEqualTo(golden);
  }

  @Test
  void mapper_writesTheSameBytesAsToJson() throws Exception {
    Report report = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());

    assertThat(YifaJson.mapper().writeValueAsString(report)).isEqualTo(report.toJson());
  }

  @Test
  void toJson_shuffledRuleOrder_isByteIdentical() {
    String expected = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi()).toJson();
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      List<Rule<SampleCase>> rules = new ArrayList<>(SamplePack.RULES);
      Collections.shuffle(rules, random);
      Report again = Checker.of(SamplePack.pack(rules)).check(Fixtures.unlawful(), Fixtures.jiangxi());
      assertThat(again.toJson()).isEqualTo(expected);
    }
  }

  @Test
  void read_writtenReport_roundTrips() {
    Report report = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());

    Report read = YifaJson.read(report.toJson(), Report.class);

    assertThat(read.toJson()).isEqualTo(report.toJson());
    assertThat(read.findings()).hasSameSizeAs(report.findings());
    assertThat(read.findings().get(0).citations().get(0).toChinese())
        .isEqualTo("《中华人民共和国行政处罚法》第四十二条第一款");
  }

  @Test
  void toJson_withoutNotes_hasNoNotesKey_andFallbackAddsThem() {
    Report known = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());
    Report unknown =
        CHECKER.check(
            Fixtures.unlawful(),
            RuleContext.of(Fixtures.AS_OF, Profiles.builtIn().profileFor("999999", Fixtures.AS_OF)));

    assertThat(known.toJson()).doesNotContain("\"notes\"");
    assertThat(unknown.profile()).startsWith("000000@");
    assertThat(unknown.notes()).containsExactly("unknown region 999999, national defaults used");
    assertThat(unknown.toJson())
        .endsWith(",\"notes\":[\"unknown region 999999, national defaults used\"]}");
    assertThat(YifaJson.read(unknown.toJson(), Report.class).toJson()).isEqualTo(unknown.toJson());
  }

  @Test
  void read_compliantDisagreeingWithFindings_isInputError() {
    String json = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi()).toJson();
    String tampered = json.replace("\"compliant\":false", "\"compliant\":true");

    assertThatThrownBy(() -> YifaJson.read(tampered, Report.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/compliant"));
  }

  @Test
  void read_unknownFieldInCitation_isInputErrorWithPointer() {
    String json = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi()).toJson();
    String tampered = json.replaceFirst("\"version\":\"2021\"", "\"version\":\"2021\",\"level\":\"LAW\"");

    assertThatThrownBy(() -> YifaJson.read(tampered, Report.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/findings/0/citations/0/level"));
  }

  @Test
  void read_citationTextNotMatchingItsParts_isInputError() {
    String json = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi()).toJson();
    String tampered = json.replaceFirst("第四十二条第一款", "第四十三条第一款");

    assertThatThrownBy(() -> YifaJson.read(tampered, Report.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.pointer()).isEqualTo("/findings/0/citations/0/text"));
  }

  @Test
  void compliant_isFalseOnlyWithAnError() {
    Report lawful = CHECKER.check(SampleCase.lawful(), Fixtures.jiangxi());
    Report noticeOnly =
        CHECKER.check(
            SampleCase.lawful().withFine(new java.math.BigDecimal("15000.00")), Fixtures.jiangxi());

    assertThat(lawful.compliant()).isTrue();
    assertThat(lawful.findings()).isEmpty();
    assertThat(noticeOnly.findings()).extracting(Finding::severity).containsExactly(Severity.NOTICE);
    assertThat(noticeOnly.compliant()).isTrue();
    assertThat(CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi()).compliant()).isFalse();
  }

  @Test
  void toText_chinese_alignsColumnsAndCites() {
    Report report = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());

    String text = report.toText(Locale.SIMPLIFIED_CHINESE);

    assertThat(text)
        .startsWith("XS-SJ-2025-0001 (penalty-case): 不合规，3 项发现\n规则包 penalty/2021.1  配置 360000@2021-07-15\n")
        .contains("  违法  APL-042-two-officers         持证执法人员仅1人，执法人员不得少于两人\n")
        .contains("  提示  APL-063-large-fine           罚款200000.00元属较大数额\n")
        .contains("依据 《中华人民共和国行政处罚法》第六十三条第一款；《中华人民共和国行政处罚法》第六十四条\n");
  }

  @Test
  void toText_english_usesEnglishMessagesAndCitations() {
    Report report = CHECKER.check(Fixtures.unlawful(), Fixtures.jiangxi());

    String text = report.toText(Locale.ENGLISH);

    assertThat(text)
        .startsWith("XS-SJ-2025-0001 (penalty-case): not compliant, 3 findings\n")
        .contains("  ERROR   APL-042-two-officers         only 1 certified officer(s) acted; at least two are required\n")
        .contains("  NOTICE  APL-063-large-fine  ")
        .contains("cites Administrative Penalty Law of the People's Republic of China (2021), Article 42(1)\n");
  }
}
