package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.yifa.core.json.YifaJson;
import dev.yifa.core.law.Citation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReportPropertiesTest {
  private static final Gen<String> TEXT = strings().betweenCodePoints(1, 0x9FFF).ofLengthBetween(0, 12);
  private static final Gen<String> TITLE =
      arbitrary().pick(List.of("中华人民共和国行政处罚法", "中华人民共和国行政许可法", "江西省行政处罚听证程序规定", "a \"quoted\" title"));
  private static final Gen<String> RULE_ID =
      arbitrary().pick(List.of("APL-042-two-officers", "APL-063-hearing-not-offered", "ALL-001-x", "B-2-y"));
  private static final Gen<Severity> SEVERITY = arbitrary().enumValues(Severity.class);

  private static final Gen<Citation> CITATION =
      in -> new Citation(
          ReportJson.instrumentFromTitle(TITLE.generate(in)),
          arbitrary().pick(List.of("2021", "2017", "1996")).generate(in),
          integers().between(1, 300).generate(in),
          integers().between(0, 5).generate(in),
          integers().between(0, 9).generate(in));

  private static final Gen<Finding> FINDING =
      in -> {
        List<Citation> citations = new ArrayList<>();
        for (int i = integers().between(1, 3).generate(in); i > 0; i--) {
          citations.add(CITATION.generate(in));
        }
        List<String> paths = new ArrayList<>();
        for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
          paths.add("/" + TEXT.generate(in));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
          values.put(TEXT.generate(in), TEXT.generate(in));
        }
        return new Finding(
            RULE_ID.generate(in), SEVERITY.generate(in), citations,
            new Message(TEXT.generate(in), TEXT.generate(in)), paths, values);
      };

  private static final Gen<Report> REPORT =
      in -> {
        List<Finding> findings = new ArrayList<>();
        for (int i = integers().between(0, 6).generate(in); i > 0; i--) {
          findings.add(FINDING.generate(in));
        }
        List<String> notes = new ArrayList<>();
        for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
          notes.add(TEXT.generate(in));
        }
        return new Report(TEXT.generate(in), "penalty-case", "penalty/2021.1", "360000@2021-06-09", findings, notes);
      };

  private static final Gen<SampleCase> CASE =
      in -> new SampleCase(
          "C-" + integers().between(0, 999).generate(in),
          "360000",
          arbitrary().enumValues(SampleCase.PartyKind.class).generate(in),
          LocalDate.ofEpochDay(longs().between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay()).generate(in)),
          BigDecimal.valueOf(longs().between(0, 50_000_000).generate(in), 2),
          integers().between(0, 4).generate(in),
          booleans().all().generate(in),
          booleans().all().generate(in));

  /** A subset of the sample rules, by bit mask. */
  private static final Gen<Integer> MASK = integers().between(0, (1 << SamplePack.RULES.size()) - 1);

  private static List<Rule<SampleCase>> subset(int mask) {
    List<Rule<SampleCase>> rules = new ArrayList<>();
    for (int i = 0; i < SamplePack.RULES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        rules.add(SamplePack.RULES.get(i));
      }
    }
    return rules;
  }

  @Test
  void json_roundTrip_givesAnEqualReport() {
    qt().forAll(REPORT)
        .check(r -> YifaJson.read(r.toJson(), Report.class).equals(r)
            && YifaJson.read(r.toJson(), Report.class).toJson().equals(r.toJson()));
  }

  @Test
  void compliant_iffNoError() {
    qt().forAll(REPORT)
        .check(r -> r.compliant() == r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    qt().forAll(CASE, MASK)
        .check((c, mask) -> {
          Report r = Checker.of(SamplePack.pack(subset(mask))).check(c, Fixtures.jiangxi());
          return r.compliant() == r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)
              && r.toJson().contains("\"compliant\":" + r.compliant());
        });
  }

  @Test
  void addingARule_neverRemovesAFinding() {
    qt().forAll(CASE, MASK, integers().between(0, SamplePack.RULES.size() - 1))
        .check((c, mask, extra) -> {
          Report fewer = Checker.of(SamplePack.pack(subset(mask & ~(1 << extra)))).check(c, Fixtures.jiangxi());
          Report more = Checker.of(SamplePack.pack(subset(mask | (1 << extra)))).check(c, Fixtures.jiangxi());
          return more.findings().containsAll(fewer.findings());
        });
  }

  @Test
  void findings_areSortedAndIndependentOfInputOrder() {
    qt().forAll(REPORT)
        .check(r -> {
          List<Finding> reversed = new ArrayList<>(r.findings());
          java.util.Collections.reverse(reversed);
          Report again = new Report(r.subject(), r.type(), r.rulePack(), r.profile(), reversed, r.notes());
          List<Finding> sorted = new ArrayList<>(r.findings());
          sorted.sort(Finding.ORDER);
          return again.toJson().equals(r.toJson()) && sorted.equals(r.findings());
        });
  }

  @Test
  void checking_isDeterministic() {
    Checker<SampleCase> checker = Checker.of(SamplePack.PACK);
    Set<String> seen = new HashSet<>();
    qt().forAll(CASE)
        .check(c -> {
          seen.add(c.id());
          return checker.check(c, Fixtures.jiangxi()).toJson().equals(checker.check(c, Fixtures.jiangxi()).toJson());
        });
    assertThat(seen).isNotEmpty();
  }
}
