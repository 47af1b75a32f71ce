package dev.yifa.core.law;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A legal instrument (a law, a regulation, a rule, a normative document), independent of its
 * versions. Immutable and thread-safe.
 *
 * @param id stable identifier, lower-case words joined by hyphens, e.g. {@code
 *     administrative-penalty-law}
 * @param titleZh the Chinese title without book-title marks, e.g. {@code 中华人民共和国行政处罚法}
 * @param titleEn the English title, e.g. {@code Administrative Penalty Law of the People's Republic
 *     of China}
 * @param level the instrument's level in the hierarchy of law
 * @param issuer the issuing body, e.g. {@code 全国人民代表大会常务委员会}
 * @since 0.1
 */
public record Instrument(
    String id, String titleZh, String titleEn, InstrumentLevel level, String issuer) {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the components. */
  public Instrument {
    checkNotNull(id, "id");
    checkNotNull(titleZh, "titleZh");
    checkNotNull(titleEn, "titleEn");
    checkNotNull(level, "level");
    checkNotNull(issuer, "issuer");
    checkArgument(ID.matcher(id).matches(), "id must be lower-case words joined by hyphens: %s", id);
    checkArgument(!titleZh.isBlank(), "titleZh must not be blank");
    checkArgument(
        !titleZh.startsWith("《") && !titleZh.endsWith("》"),
        "titleZh must not carry book-title marks: %s",
        titleZh);
  }

  /**
   * Returns the Chinese title in book-title marks, as it is cited.
   *
   * @return e.g. {@code 《中华人民共和国行政处罚法》}
   */
  public String citedTitle() {
    return "《" + titleZh + "》";
  }
}
