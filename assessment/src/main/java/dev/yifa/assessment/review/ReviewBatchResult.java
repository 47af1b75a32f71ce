package dev.yifa.assessment.review;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.assessment.internal.Html;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of a batch review: the whole batch's summary, each file's score with its explanation,
 * each unit's summary and the commonest defects first. Renders as JSON, text and a self-contained
 * HTML page. Immutable and thread-safe.
 *
 * @param scheme the id of the review scheme
 * @param overall the summary of all files (its {@code unit} is empty)
 * @param files every file's score, in input order
 * @param units each unit's summary, by unit name
 * @param defects the defects, commonest first
 * @since 0.1
 */
public record ReviewBatchResult(
    String scheme, UnitSummary overall, List<FileScore> files, List<UnitSummary> units, List<DefectCount> defects) {

  /** Validates the components and copies the lists. */
  public ReviewBatchResult {
    checkNotNull(scheme, "scheme");
    checkNotNull(overall, "overall");
    files = List.copyOf(checkNotNull(files, "files"));
    units = List.copyOf(checkNotNull(units, "units"));
    defects = List.copyOf(checkNotNull(defects, "defects"));
  }

  /**
   * Writes the result as JSON.
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
   * Renders the result for people, in Chinese.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(1024);
    sb.append("案卷评查 ").append(scheme).append("：").append(overall.files()).append(" 卷，平均 ")
        .append(overall.average().toPlainString()).append(" 分，").append(grades(overall.grades())).append('\n');
    for (FileScore f : files) {
      sb.append('\n').append(f.subject());
      if (f.unit() != null) {
        sb.append("（").append(f.unit()).append("）");
      }
      sb.append("  ").append(f.score().toPlainString()).append(" 分  ").append(f.gradeName()).append('\n');
      sb.append("  ").append(f.formula()).append('\n');
      for (Deduction d : f.deductions()) {
        sb.append("  −").append(d.applied().toPlainString()).append(' ').append(d.category()).append("  ").append(d.reason());
        if (d.ruleId() != null) {
          sb.append("  [").append(d.ruleId()).append("] ").append(String.join("；", d.citations()));
        } else {
          sb.append("  [评查人员").append(d.reviewer() == null ? "" : " " + d.reviewer()).append(']');
        }
        if (d.veto() != null) {
          sb.append("  否决 ").append(d.veto());
        }
        sb.append('\n');
      }
    }
    sb.append("\n单位\n");
    for (UnitSummary u : units) {
      sb.append("  ").append(u.unit()).append("  ").append(u.files()).append(" 卷  平均 ").append(u.average().toPlainString())
          .append("  ").append(grades(u.grades())).append('\n');
    }
    sb.append("\n常见问题\n");
    for (DefectCount d : defects) {
      sb.append("  ").append(d.files()).append(" 卷  ").append(d.key()).append("  ").append(d.reason()).append("  共扣 ")
          .append(d.points().toPlainString()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Renders the result as a self-contained HTML page with bar charts of unit averages.
   *
   * @return the HTML text
   */
  public String toHtml() {
    Html h = new Html("案卷评查 " + scheme);
    h.p(overall.files() + " 卷，平均 " + overall.average().toPlainString() + " 分；" + grades(overall.grades()), "");
    h.h2("单位平均分");
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    BigDecimal max = BigDecimal.ONE;
    for (FileScore f : files) {
      max = max.max(f.total());
    }
    for (UnitSummary u : units) {
      labels.add(u.unit());
      values.add(u.average());
      rows.add(List.of(u.unit(), String.valueOf(u.files()), u.average().toPlainString(), grades(u.grades())));
    }
    h.barChart("单位平均分", labels, values, max);
    h.table(List.of("单位", "案卷数", "平均分", "等次"), rows);
    h.h2("常见问题");
    List<List<String>> defectRows = new ArrayList<>();
    for (DefectCount d : defects) {
      defectRows.add(List.of(d.key(), d.category(), d.reason(), String.valueOf(d.files()), d.points().toPlainString()));
    }
    h.table(List.of("规则/问题", "类别", "扣分理由", "案卷数", "共扣分"), defectRows);
    h.h2("案卷");
    for (FileScore f : files) {
      h.details(f.subject() + (f.unit() == null ? "" : "（" + f.unit() + "）") + "  " + f.score().toPlainString() + " 分  " + f.gradeName());
      h.p(f.formula(), "small");
      List<List<String>> ded = new ArrayList<>();
      for (Deduction d : f.deductions()) {
        ded.add(List.of(
            d.category(),
            d.applied().toPlainString(),
            d.reason(),
            d.ruleId() == null ? "评查人员" + (d.reviewer() == null ? "" : " " + d.reviewer()) : d.ruleId(),
            String.join("；", d.citations()),
            d.veto() == null ? "" : d.veto().name()));
      }
      h.table(List.of("类别", "扣分", "理由", "来源", "依据", "否决"), ded);
      h.endDetails();
    }
    return h.end();
  }

  private static String grades(Map<String, Integer> grades) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : grades.entrySet()) {
      sb.append(sb.length() == 0 ? "" : " ").append(e.getKey()).append(' ').append(e.getValue());
    }
    return sb.toString();
  }
}
