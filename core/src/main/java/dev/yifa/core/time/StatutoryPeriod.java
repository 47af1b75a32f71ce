package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A period a statute sets, such as 15 days, 5 working days or 3 months, to be counted by a {@link
 * WorkingDayCalendar#deadline(java.time.LocalDate, StatutoryPeriod)} under the statutes' rules.
 *
 * <p>Whether "N days" in a statute means working days depends on the statute; the factories named
 * after a law apply that law's rule ({@link #penaltyLawDays(int)}, {@link #licensingLawDays(int)},
 * {@link #coercionLawDays(int)}, {@link #reconsiderationLawDays(int)}).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"amount": 5, "unit": "WORKING_DAYS"}}.
 *
 * @param amount how many units, zero or more
 * @param unit the unit
 * @since 0.1
 */
public record StatutoryPeriod(int amount, PeriodUnit unit) {

  /** Validates the period. */
  public StatutoryPeriod {
    checkArgument(amount >= 0, "amount must not be negative: %s", amount);
    checkNotNull(unit, "unit");
  }

  /**
   * Returns a period of working days.
   *
   * @param n the number of working days, zero or more
   * @return the period
   */
  public static StatutoryPeriod ofWorkingDays(int n) {
    return new StatutoryPeriod(n, PeriodUnit.WORKING_DAYS);
  }

  /**
   * Returns a period of calendar days.
   *
   * @param n the number of days, zero or more
   * @return the period
   */
  public static StatutoryPeriod ofDays(int n) {
    return new StatutoryPeriod(n, PeriodUnit.DAYS);
  }

  /**
   * Returns a period of months.
   *
   * @param n the number of months, zero or more
   * @return the period
   */
  public static StatutoryPeriod ofMonths(int n) {
    return new StatutoryPeriod(n, PeriodUnit.MONTHS);
  }

  /**
   * Returns a period of years.
   *
   * @param n the number of years, zero or more
   * @return the period
   */
  public static StatutoryPeriod ofYears(int n) {
    return new StatutoryPeriod(n, PeriodUnit.YEARS);
  }

  /**
   * Returns a period of "n days" as the Administrative Penalty Law (2021) counts it: the 2-, 3-, 5-
   * and 7-day periods are working days, every other period is calendar days.
   *
   * <p>《中华人民共和国行政处罚法》（2021）第八十五条：本法中"二日""三日""五日""七日"的规定是指工作日，不含法定节假日。
   * (Art. 85: the "two, three, five and seven days" in this law are working days, excluding statutory
   * holidays.)
   *
   * @param n the days the law states, zero or more
   * @return working days when {@code n} is 2, 3, 5 or 7, else calendar days
   */
  public static StatutoryPeriod penaltyLawDays(int n) {
    return n == 2 || n == 3 || n == 5 || n == 7 ? ofWorkingDays(n) : ofDays(n);
  }

  /**
   * Returns a period of "n days" as the Administrative Licensing Law counts it: always working
   * days.
   *
   * <p>《中华人民共和国行政许可法》第八十二条：本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。 (Art. 82:
   * the time limits of this law are counted in working days, excluding statutory holidays.)
   *
   * @param n the days the law states, zero or more
   * @return working days
   */
  public static StatutoryPeriod licensingLawDays(int n) {
    return ofWorkingDays(n);
  }

  /**
   * Returns a period of "n days" as the Administrative Coercion Law counts it: ten days or fewer are
   * working days, longer periods are calendar days.
   *
   * <p>《中华人民共和国行政强制法》第六十九条：本法中十日以内期限的规定是指工作日，不含法定节假日。 (Art. 69: periods of ten
   * days or less in this law are working days, excluding statutory holidays.)
   *
   * @param n the days the law states, zero or more
   * @return working days when {@code n <= 10}, else calendar days
   */
  public static StatutoryPeriod coercionLawDays(int n) {
    return n <= 10 ? ofWorkingDays(n) : ofDays(n);
  }

  /**
   * Returns a period of "n days" as the Administrative Reconsideration Law (2023) counts it: the 3-,
   * 5-, 7- and 10-day periods are working days; other periods are calendar days counted as the
   * Civil Procedure Law counts them.
   *
   * <p>《中华人民共和国行政复议法》（2023）第八十八条第二款：本法关于行政复议期间有关"三日""五日""七日""十日"的规定是指工作日，不含法定休假日。
   * (Art. 88 para. 2: the "three, five, seven and ten days" of this law are working days.)
   *
   * @param n the days the law states, zero or more
   * @return working days when {@code n} is 3, 5, 7 or 10, else calendar days
   */
  public static StatutoryPeriod reconsiderationLawDays(int n) {
    return n == 3 || n == 5 || n == 7 || n == 10 ? ofWorkingDays(n) : ofDays(n);
  }

  /**
   * Returns the period in Chinese, e.g. {@code 5个工作日}, {@code 15日}, {@code 3个月}, {@code 2年}.
   *
   * @return the Chinese form
   */
  public String toChinese() {
    return switch (unit) {
      case WORKING_DAYS -> amount + "个工作日";
      case DAYS -> amount + "日";
      case MONTHS -> amount + "个月";
      case YEARS -> amount + "年";
    };
  }

  /**
   * Returns the period in English, e.g. {@code 5 working days}, {@code 1 day}, {@code 3 months}.
   *
   * @return the English form
   */
  public String toEnglish() {
    String word =
        switch (unit) {
          case WORKING_DAYS -> "working day";
          case DAYS -> "day";
          case MONTHS -> "month";
          case YEARS -> "year";
        };
    return String.format(Locale.ROOT, "%d %s%s", amount, word, amount == 1 ? "" : "s");
  }
}
