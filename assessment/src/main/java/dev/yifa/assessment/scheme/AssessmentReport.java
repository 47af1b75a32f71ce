package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.assessment.internal.Html;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results of one scheme over one or more periods, with the year-over-year change between
 * consecutive periods; renders as JSON ({@code {scheme, periods, changes}}), text and a
 * self-contained HTML page with bar charts. Immutable and thread-safe.
 *
 * @param scheme the scheme's id
 * @param periods the results, by period
 * @param changes the changes between consecutive periods
 * @since 0.1
 */
public record AssessmentReport(String scheme, List<AssessmentResult> periods, List<PeriodChange> changes) {

  /** Validates the components and copies the lists. */
  public AssessmentReport {
    checkNotNull(scheme, "scheme");
    periods = List.copyOf(checkNotNull(periods, "periods"));
    changes = List.copyOf(checkNotNull(changes, "changes"));
  }

  /**
   * Builds the report of results of one scheme, sorting them by period and comparing each with the
   * one before.
   *
   * @param results the results, any order, one per period
   * @return the report
   * @throws IllegalArgumentException if the results are empty, of different schemes, or two share
   *     a period
   */
  public static AssessmentReport of(List<AssessmentResult> results) {
    checkNotNull(results, "results");
    checkArgument(!results.isEmpty(), "results must not be empty");
    List<AssessmentResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(AssessmentResult::period));
    List<PeriodChange> changes = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      AssessmentResult r = sorted.get(i);
      checkArgument(r.schemeId().equals(sorted.get(0).schemeId()), "results of different schemes: %s, %s", r.schemeId(), sorted.get(0).schemeId());
      if (i > 0) {
        AssessmentResult p = sorted.get(i - 1);
        checkArgument(!p.period().equals(r.period()), "two results for period %s", r.period());
        changes.add(new PeriodChange(p.period(), r.period(), YearOverYear.compare(p, r)));
      }
    }
    return new AssessmentReport(sorted.get(0).schemeId(), sorted, changes);
  }

  /**
   * Writes the report as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return YifaJson.mapper().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders the report for people, in Chinese: per period the league table, each unit's indicators
   * with their formulas, the awards, then the changes.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(4096);
    for (AssessmentResult r : periods) {
      sb.append("== ").append(scheme).append("  ").append(r.period()).append("  ").append(r.size()).append(" 个单位\n");
      for (UnitScore u : r.units()) {
        sb.append(String.format(java.util.Locale.ROOT, "%3d  %7s  %s  %s", u.rank(), u.total().toPlainString(), u.gradeName(), u.unitName()));
        if (!u.awards().isEmpty()) {
          sb.append("  ★ ").append(String.join(", ", u.awards()));
        }
        sb.append('\n');
      }
      for (AwardResult a : r.awards()) {
        sb.append("奖项 ").append(a.name()).append("（").append(a.rule()).append("）：").append(String.join("、", a.unitNames()));
        if (a.recordedIn() != null) {
          sb.append("；记入").append(a.recordedIn());
        }
        sb.append('\n');
      }
      for (UnitScore u : r.units()) {
        sb.append("\n").append(u.unitName()).append("（").append(u.unitId()).append("）  ").append(u.formula()).append('\n');
        for (IndicatorScore i : u.indicators()) {
          sb.append("  ").append(i.path()).append("  ").append(i.score().toPlainString()).append('/').append(i.points().toPlainString())
              .append("  ").append(i.name()).append("：").append(i.formula()).append('\n');
          for (ItemDeduction d : i.deductions()) {
            sb.append("      −").append(d.points().toPlainString()).append(' ').append(d.reason());
            if (d.item() != null) {
              sb.append("：").append(d.item());
            }
            sb.append('\n');
          }
        }
      }
      sb.append('\n');
    }
    for (PeriodChange c : changes) {
      sb.append("== 同比 ").append(c.from()).append(" → ").append(c.to()).append('\n');
      for (UnitChange u : c.units()) {
        sb.append("  ").append(u.unitName()).append("  ")
            .append(u.previousTotal() == null ? "—" : u.previousTotal().toPlainString()).append(" → ").append(u.currentTotal().toPlainString())
            .append("  (").append(u.delta() == null ? "新" : signed(u.delta())).append(")  名次 ")
            .append(u.previousRank() == null ? "—" : u.previousRank()).append(" → ").append(u.currentRank()).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Renders the report as one self-contained HTML page (inline CSS and SVG, no scripts).
   *
   * @return the HTML text
   */
  public String toHtml() {
    Html h = new Html("依法行政考核 " + scheme);
    for (AssessmentResult r : periods) {
      h.h2(r.period() + " 年度排名");
      List<String> labels = new ArrayList<>();
      List<BigDecimal> totals = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      for (UnitScore u : r.units()) {
        labels.add(u.rank() + ". " + u.unitName());
        totals.add(u.total());
        rows.add(List.of(String.valueOf(u.rank()), u.unitName(), u.total().toPlainString(), u.gradeName(),
            String.join(", ", u.vetoes()), String.join(", ", u.awards())));
      }
      h.barChart(r.period() + " 总分", labels, totals, BigDecimal.valueOf(100));
      h.table(List.of("名次", "单位", "总分", "等次", "否决", "奖项"), rows);
      for (AwardResult a : r.awards()) {
        h.p(a.name() + "（" + a.rule() + "）：" + String.join("、", a.unitNames())
            + (a.recordedIn() == null ? "" : "；记入" + a.recordedIn()), "");
      }
      for (UnitScore u : r.units()) {
        h.details(u.rank() + ". " + u.unitName() + "  " + u.total().toPlainString() + "  " + u.gradeName());
        h.p(u.formula(), u.vetoes().isEmpty() ? "small" : "veto");
        List<List<String>> groupRows = new ArrayList<>();
        for (GroupScore g : u.groups()) {
          groupRows.add(List.of(g.path(), g.name(), g.score().toPlainString(), g.points().toPlainString()));
        }
        h.table(List.of("分组", "名称", "得分", "分值"), groupRows);
        List<List<String>> ind = new ArrayList<>();
        for (IndicatorScore i : u.indicators()) {
          StringBuilder ded = new StringBuilder();
          for (ItemDeduction d : i.deductions()) {
            ded.append(ded.length() == 0 ? "" : "；").append('−').append(d.points().toPlainString()).append(' ').append(d.reason())
                .append(d.item() == null ? "" : "：" + d.item());
          }
          ind.add(List.of(i.path(), i.name(), i.score().toPlainString(), i.points().toPlainString(), i.formula(), ded.toString()));
        }
        h.table(List.of("指标", "名称", "得分", "分值", "计算", "扣分"), ind);
        h.endDetails();
      }
    }
    for (PeriodChange c : changes) {
      h.h2("同比 " + c.from() + " → " + c.to());
      List<List<String>> rows = new ArrayList<>();
      for (UnitChange u : c.units()) {
        rows.add(List.of(u.unitName(), u.previousTotal() == null ? "—" : u.previousTotal().toPlainString(), u.currentTotal().toPlainString(),
            u.delta() == null ? "新" : signed(u.delta()), u.previousRank() == null ? "—" : String.valueOf(u.previousRank()),
            String.valueOf(u.currentRank())));
      }
      h.table(List.of("单位", c.from(), c.to(), "变化", "原名次", "现名次"), rows);
    }
    return h.end();
  }

  private static String signed(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }
}
