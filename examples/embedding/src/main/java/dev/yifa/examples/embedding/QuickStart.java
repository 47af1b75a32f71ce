package dev.yifa.examples.embedding;

import static dev.yifa.core.rule.Severity.ERROR;

import dev.yifa.core.id.ResidentIdNumber;
import dev.yifa.core.id.UnifiedSocialCreditCode;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Laws;
import dev.yifa.core.money.Money;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.Checker;
import dev.yifa.core.rule.Messages;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.Rule;
import dev.yifa.core.rule.RuleContext;
import dev.yifa.core.rule.RulePack;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;

/**
 * The embedding example the README quotes: cite the law, validate identifiers, count a statutory
 * period, write a rule and check a subject. The regions between {@code tag::} and {@code end::}
 * markers appear verbatim in the README; a test keeps the two in step.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Cites an article of the 2021 Administrative Penalty Law.
   *
   * @return the Chinese citation
   */
  public static String citeTheLaw() {
    // tag::cite[]
    Citation hearing = Laws.APL_2021.article(63).paragraph(1).item(2);
    String zh = hearing.toChinese(); // 《中华人民共和国行政处罚法》第六十三条第一款第（二）项
    String en = hearing.toEnglish(); // Administrative Penalty Law of the People's Republic of China (2021), Article 63(1)(2)
    // end::cite[]
    return zh + "\n" + en;
  }

  /**
   * Validates identifiers.
   *
   * @return the masked resident id
   */
  public static String validateIdentifiers() {
    // tag::identifiers[]
    UnifiedSocialCreditCode agency = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    boolean ok = UnifiedSocialCreditCode.isValid("91350100M000100Y4Y"); // false: check character
    ResidentIdNumber party = ResidentIdNumber.parse("11010519491231002X");
    String shown = party.toString(); // 1101**********002X: personal identifiers mask themselves
    // end::identifiers[]
    return agency + " " + ok + " " + shown;
  }

  /**
   * Counts a statutory period on the working-day calendar.
   *
   * @return the last day of the period
   */
  public static LocalDate countAPeriod() {
    // tag::deadline[]
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    // 行政处罚法 art. 85: "five days" means five working days; National Day 2025 is skipped,
    // and Saturday 2025-10-11 is an adjusted working day.
    LocalDate last = calendar.deadline(LocalDate.of(2025, 9, 30), StatutoryPeriod.penaltyLawDays(5));
    // last = 2025-10-14
    // end::deadline[]
    return last;
  }

  /** An embedder's own subject: a fine imposed on the spot. */
  public record OnTheSpotFine(String id, Money amount, boolean collectedOnTheSpot) {}

  // tag::rule[]
  static final Messages MESSAGES =
      Messages.of(
          "quickstart",
          Map.of("spot.collection", "当场收缴罚款{amount}元，超过一百元"),
          Map.of("spot.collection", "collected {amount} yuan on the spot, more than 100 yuan"));

  /** 行政处罚法（2021）第六十八条：依照简易程序作出一百元以下罚款的，可以当场收缴。 */
  static final Rule<OnTheSpotFine> SPOT_COLLECTION =
      Rule.<OnTheSpotFine>builder("APL-068-spot-collection-over-limit")
          .cites(Laws.APL_2021.article(68).paragraph(1).item(1))
          .severity(ERROR)
          .message("spot.collection")
          .check(
              (fine, ctx, out) -> {
                if (fine.collectedOnTheSpot() && fine.amount().isGreaterThan(Money.ofYuan(100))) {
                  out.finding("/amount").value("amount", fine.amount().toPlainString());
                }
              })
          .build();

  static final RulePack<OnTheSpotFine> PACK =
      RulePack.builder("spot-fines", "2021.1", OnTheSpotFine.class)
          .documentType("on-the-spot-fine")
          .subjectId(OnTheSpotFine::id)
          .messages(MESSAGES)
          .add(SPOT_COLLECTION)
          .build();
  // end::rule[]

  /**
   * Checks a subject and returns its report as JSON.
   *
   * @return the report JSON
   */
  public static String checkASubject() {
    // tag::check[]
    Checker<OnTheSpotFine> checker = Checker.of(PACK); // immutable and thread-safe: share it
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    RuleContext ctx = RuleContext.of(asOf, Profiles.builtIn().profileFor("360424", asOf));
    Report report = checker.check(new OnTheSpotFine("XS-2025-0007", Money.ofYuan(150), true), ctx);
    boolean lawful = report.compliant(); // false
    String json = report.toJson(); // the report as FORMATS.md shows it, byte for byte deterministic
    // end::check[]
    return lawful + "\n" + json;
  }
}
