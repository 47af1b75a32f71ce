package dev.yifa.assessment.scheme;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.yifa.core.rule.Severity.ERROR;

import dev.yifa.core.law.Citation;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.law.Laws;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code scheme/2021.1} rule pack: what the law says about assessment schemes themselves.
 * Today one rule, {@code APL-074-fines-tied-to-assessment}: a scheme may not score or rank units by
 * fine revenue or numbers of fines. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SchemeRules {
  /**
   * 《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》（国办发〔2022〕27号）: 严禁以罚款进行创收，
   * 严禁以罚没数额进行排名或者作为绩效考核的指标 — cited as section 二, point （三）; the wording and
   * placement are from memory and news reports (statutes.md ENF-7, S21), not re-read in the text.
   */
  public static final Citation DISCRETION_NOTICE_2022 =
      LawCatalog.builtIn().requireVersion("discretion-benchmark-opinions", "2022").article(2).item(3);

  /** What an indicator's {@code measure} may not be. */
  public static final Set<String> FORBIDDEN_MEASURES =
      Set.of("FINE_AMOUNT", "FINE_COUNT", "CONFISCATION_AMOUNT", "FINE_QUOTA", "FINE_REVENUE");

  /** Indicator names that measure fine revenue or numbers of fines. */
  private static final Pattern FINE_WORDING =
      Pattern.compile(
          "(罚没|罚款)(收入|金额|数额|总额|任务|指标|件数|数量|起数|案件数)|(罚没|罚款)款?(?:额|数)"
              + "|(?i:fine(s)? (revenue|amount|income|quota|count)|number of fines|penalty revenue)");

  private static final Messages MESSAGES = Messages.load("messages", SchemeRules.class::getResourceAsStream);

  /**
   * 行政处罚法（2021）第七十四条：罚款、没收的违法所得或者没收非法财物拍卖的款项，不得同作出行政处罚决定的行政机关及其
   * 工作人员的考核、考评直接或者变相挂钩. Fines may not be tied to the assessment of the agency or its staff.
   */
  public static final Rule<AssessmentScheme> FINES_TIED_TO_ASSESSMENT =
      Rule.<AssessmentScheme>builder("APL-074-fines-tied-to-assessment")
          .cites(Laws.APL_2021.article(74), DISCRETION_NOTICE_2022)
          .severity(ERROR)
          .message("scheme.finesTiedToAssessment")
          .check(
              (scheme, ctx, out) -> {
                for (Map.Entry<String, Indicator> e : scheme.allByPointer().entrySet()) {
                  Indicator i = e.getValue();
                  String measure = i.measure() == null ? "" : i.measure().toUpperCase(Locale.ROOT);
                  boolean byMeasure = FORBIDDEN_MEASURES.contains(measure);
                  boolean byName =
                      FINE_WORDING.matcher(i.name()).find()
                          || (i.nameEn() != null && FINE_WORDING.matcher(i.nameEn()).find());
                  if (byMeasure || byName) {
                    out.finding(e.getKey())
                        .value("indicator", i.name())
                        .value("measure", byMeasure ? measure : "name");
                  }
                }
              })
          .build();

  /** The pack. */
  public static final RulePack<AssessmentScheme> PACK =
      RulePack.builder("scheme", "2021.1", AssessmentScheme.class)
          .documentType(AssessmentScheme.TYPE)
          .subjectId(AssessmentScheme::id)
          .messages(MESSAGES)
          .add(FINES_TIED_TO_ASSESSMENT)
          .build();

  private static final Checker<AssessmentScheme> CHECKER = Checker.of(PACK);

  /** The rules do not depend on the day; a fixed day keeps the check free of clocks. */
  private static final LocalDate DAY = LocalDate.of(2021, 7, 15);

  private SchemeRules() {}

  /**
   * Checks a scheme with the national profile.
   *
   * @param scheme the scheme
   * @return the report
   */
  public static Report check(AssessmentScheme scheme) {
    checkNotNull(scheme, "scheme");
    return CHECKER.check(scheme, RuleContext.of(DAY, Profiles.builtIn().national(DAY)));
  }

  /**
   * Checks a scheme in a context.
   *
   * @param scheme the scheme
   * @param context the context
   * @return the report
   */
  public static Report check(AssessmentScheme scheme, RuleContext context) {
    checkNotNull(scheme, "scheme");
    checkNotNull(context, "context");
    return CHECKER.check(scheme, context);
  }
}
