package dev.yifa.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Builds self-contained HTML pages: inline CSS, inline SVG bar charts, no scripts, no network.
 * Every text is escaped. Not thread-safe; one per page.
 */
public final class Html {
  private static final String CSS =
      "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em;color:#222}"
          + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
          + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
          + "th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".veto{color:#b00020;font-weight:bold}.small{color:#555;font-size:.9em}"
          + "details{margin:.3em 0}svg text{font-size:12px}";

  private final StringBuilder sb = new StringBuilder(8192);

  /**
   * Starts a page.
   *
   * @param title the page title
   */
  public Html(String title) {
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Appends a heading.
   *
   * @param text the heading text
   * @return this
   */
  public Html h2(String text) {
    sb.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  /**
   * Appends a paragraph.
   *
   * @param text the text
   * @param cssClass a CSS class, or empty
   * @return this
   */
  public Html p(String text, String cssClass) {
    sb.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + escape(cssClass) + "\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Appends a table; cells that look numeric are right-aligned.
   *
   * @param header the header cells
   * @param rows the rows
   * @return this
   */
  public Html table(List<String> header, List<List<String>> rows) {
    sb.append("<table><tr>");
    for (String h : header) {
      sb.append("<th>").append(escape(h)).append("</th>");
    }
    sb.append("</tr>\n");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (String cell : row) {
        boolean numeric = cell.matches("[-+−]?[0-9][0-9.,%]*");
        sb.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
    return this;
  }

  /**
   * Opens a collapsible section.
   *
   * @param summary the summary line
   * @return this
   */
  public Html details(String summary) {
    sb.append("<details><summary>").append(escape(summary)).append("</summary>\n");
    return this;
  }

  /**
   * Closes a collapsible section.
   *
   * @return this
   */
  public Html endDetails() {
    sb.append("</details>\n");
    return this;
  }

  /**
   * Appends a horizontal SVG bar chart.
   *
   * @param title the chart's accessible title
   * @param labels the bar labels
   * @param values the bar values, not negative
   * @param max the value of a full-width bar
   * @return this
   */
  public Html barChart(String title, List<String> labels, List<BigDecimal> values, BigDecimal max) {
    int labelWidth = 220;
    int barWidth = 400;
    int rowHeight = 22;
    int height = rowHeight * labels.size() + 10;
    sb.append("<svg role=\"img\" width=\"")
        .append(labelWidth + barWidth + 80)
        .append("\" height=\"")
        .append(height)
        .append("\"><title>")
        .append(escape(title))
        .append("</title>\n");
    for (int i = 0; i < labels.size(); i++) {
      BigDecimal v = values.get(i).max(BigDecimal.ZERO);
      int w =
          max.signum() <= 0
              ? 0
              : v.multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(barWidth)).intValue();
      int y = 5 + i * rowHeight;
      sb.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(labels.get(i))).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
          .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"#3b6fb6\"/>")
          .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 15).append("\">")
          .append(escape(values.get(i).toPlainString())).append("</text>\n");
    }
    sb.append("</svg>\n");
    return this;
  }

  /**
   * Finishes the page.
   *
   * @return the HTML text
   */
  public String end() {
    sb.append("</body></html>\n");
    return sb.toString();
  }
}
