package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.law.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings for one subject, sorted deterministically ({@link Finding#ORDER}), with the rule
 * pack and the jurisdiction profile that produced them, and notes about the check itself (e.g. that
 * an unknown region fell back to national defaults). Same input, same report, byte-identical JSON
 * ({@link #toJson()}, in the shape FORMATS.md fixes).
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the subject's id
 * @param type the document type, e.g. {@code penalty-case}
 * @param rulePack the rule pack and version, e.g. {@code penalty/2021.1}
 * @param profile the profile id, e.g. {@code 360000@2021-06-09}
 * @param findings the findings, in any order; the report keeps them sorted
 * @param notes notes about the check, in order, possibly empty
 * @since 0.1
 */
public record Report(
    String subject,
    String type,
    String rulePack,
    String profile,
    List<Finding> findings,
    List<String> notes) {

  /** Validates the components, copies and sorts the findings. */
  public Report {
    checkNotNull(subject, "subject");
    checkNotNull(type, "type");
    checkNotNull(rulePack, "rulePack");
    checkNotNull(profile, "profile");
    checkNotNull(findings, "findings");
    checkNotNull(notes, "notes");
    if (findings.size() > 1) {
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Finding.ORDER);
      findings = List.copyOf(sorted);
    } else {
      findings = List.copyOf(findings);
    }
    notes = List.copyOf(notes);
  }

  /**
   * Tells whether the subject is lawful as far as the rules see.
   *
   * @return false iff any finding is {@link Severity#ERROR}
   */
  public boolean compliant() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the report as JSON in the shape FORMATS.md fixes: keys {@code subject, type, compliant,
   * rulePack, profile, findings} in that order, then {@code notes} when there are any.
   *
   * @return the JSON text, compact, UTF-8 safe
   */
  public String toJson() {
    return ReportJson.write(this);
  }

  /**
   * Renders the report for people, aligned, in Chinese for a {@code zh} locale and in English
   * otherwise.
   *
   * @param locale the reader's locale
   * @return the text, lines ending in {@code \n}
   */
  public String toText(Locale locale) {
    checkNotNull(locale, "locale");
    boolean zh = Message.isChinese(locale);
    StringBuilder sb = new StringBuilder(256);
    sb.append(subject).append(" (").append(type).append("): ");
    if (zh) {
      sb.append(compliant() ? "合规" : "不合规").append("，").append(findings.size()).append(" 项发现\n");
      sb.append("规则包 ").append(rulePack).append("  配置 ").append(profile).append('\n');
    } else {
      sb.append(compliant() ? "compliant" : "not compliant")
          .append(", ")
          .append(findings.size())
          .append(findings.size() == 1 ? " finding\n" : " findings\n");
      sb.append("rule pack ").append(rulePack).append("  profile ").append(profile).append('\n');
    }
    int severityWidth = 0;
    int idWidth = 0;
    for (Finding f : findings) {
      severityWidth = Math.max(severityWidth, width(label(f.severity(), zh)));
      idWidth = Math.max(idWidth, f.ruleId().length());
    }
    String indent = " ".repeat(2 + severityWidth + 2 + idWidth + 2);
    for (Finding f : findings) {
      sb.append("  ");
      pad(sb, label(f.severity(), zh), severityWidth);
      sb.append("  ");
      pad(sb, f.ruleId(), idWidth);
      sb.append("  ").append(f.message().in(locale)).append('\n');
      List<String> cited = new ArrayList<>(f.citations().size());
      for (Citation c : f.citations()) {
        cited.add(zh ? c.toChinese() : c.toEnglish());
      }
      sb.append(indent).append(zh ? "依据 " : "cites ").append(String.join(zh ? "；" : "; ", cited)).append('\n');
      if (!f.paths().isEmpty()) {
        sb.append(indent).append(zh ? "位置 " : "at ").append(String.join(", ", f.paths())).append('\n');
      }
      if (!f.values().isEmpty()) {
        sb.append(indent).append(zh ? "取值 " : "values ");
        boolean first = true;
        for (Map.Entry<String, String> e : f.values().entrySet()) {
          sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
          first = false;
        }
        sb.append('\n');
      }
    }
    for (String note : notes) {
      sb.append(zh ? "注：" : "note: ").append(note).append('\n');
    }
    return sb.toString();
  }

  private static String label(Severity severity, boolean zh) {
    return zh ? severity.chinese() : severity.name();
  }

  /** Display width: East Asian wide characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static void pad(StringBuilder sb, String s, int width) {
    sb.append(s);
    int w = width(s);
    checkArgument(w <= width, "text wider than its column: %s", s);
    for (int i = w; i < width; i++) {
      sb.append(' ');
    }
  }
}
