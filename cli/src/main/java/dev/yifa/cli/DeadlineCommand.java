package dev.yifa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.time.Deadline;
import dev.yifa.core.time.PeriodUnit;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code yifa deadline}: the last day of a statutory period, counted on China's working-day
 * calendar the way the statutes count (start day excluded; a last day that is not a working day
 * moves to the next working day), with a short explanation.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the last day of a statutory period: the start day is not counted; a period in days or "
          + "months whose last day is a day off ends on the next working day (民法典 art. 203, "
          + "民事诉讼法 art. 85).",
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the deadline was computed", "2:bad input (options, date outside the calendar)"})
final class DeadlineCommand implements Callable<Integer> {
  private static final String[] WEEKDAYS_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "The start day (ISO-8601, e.g. 2025-09-30); not counted.")
  LocalDate from;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Amount amount;

  static final class Amount {
    @Option(names = "--working-days", paramLabel = "N", description = "A period of N working days.")
    Integer workingDays;

    @Option(names = "--days", paramLabel = "N", description = "A period of N calendar days.")
    Integer days;

    @Option(names = "--months", paramLabel = "N", description = "A period of N months.")
    Integer months;
  }

  @Option(names = "--region", paramLabel = "CODE", description = "Six-digit division code of the acting body; applies the province's local holidays.")
  String region;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "Text in zh or en (default: ${DEFAULT-VALUE}).")
  Lang lang;

  enum Format {
    text,
    json
  }

  enum Lang {
    zh,
    en
  }

  @Override
  public Integer call() throws JsonProcessingException {
    StatutoryPeriod period = period();
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    if (region != null) {
      if (!region.matches("[1-9][0-9]{5}")) {
        throw new ParameterException(
            spec.commandLine(), "--region must be a six-digit division code, e.g. 450000: '" + region + "'");
      }
      calendar = calendar.forRegion(region);
    }
    Deadline deadline = calendar.explain(from, period);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(YifaJson.mapper().writeValueAsString(json(deadline, calendar)));
    } else if (lang == Lang.en) {
      english(out, deadline);
    } else {
      chinese(out, deadline);
    }
    out.flush();
    return Yifa.OK;
  }

  private StatutoryPeriod period() {
    String option;
    int n;
    PeriodUnit unit;
    if (amount.workingDays != null) {
      option = "--working-days";
      n = amount.workingDays;
      unit = PeriodUnit.WORKING_DAYS;
    } else if (amount.days != null) {
      option = "--days";
      n = amount.days;
      unit = PeriodUnit.DAYS;
    } else {
      option = "--months";
      n = amount.months;
      unit = PeriodUnit.MONTHS;
    }
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), option + " must not be negative: " + n);
    }
    return new StatutoryPeriod(n, unit);
  }

  private static Map<String, Object> json(Deadline d, WorkingDayCalendar calendar) {
    var m = new LinkedHashMap<String, Object>();
    m.put("from", d.start());
    m.put("period", d.period());
    m.put("nominalEnd", d.nominalEnd());
    m.put("deadline", d.end());
    m.put("weekday", d.end().getDayOfWeek().name());
    m.put("moved", d.moved());
    m.put("nonWorkingDaysSkipped", d.nonWorkingDaysSkipped());
    m.put("holidays", d.holidays());
    calendar.region().ifPresent(r -> m.put("region", r));
    return m;
  }

  private static String zh(LocalDate day) {
    return day + " " + WEEKDAYS_ZH[day.getDayOfWeek().getValue() - 1];
  }

  private static String en(LocalDate day) {
    return day + " " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static void chinese(PrintWriter out, Deadline d) {
    out.println("期限届满日：" + zh(d.end()));
    out.println("起算日 " + d.start() + " 不计入期间，自次日起算" + d.period().toChinese() + "。");
    String holidays = d.holidays().isEmpty() ? "" : "（含" + String.join("、", d.holidays()) + "）";
    if (d.period().unit() == PeriodUnit.WORKING_DAYS) {
      if (d.nonWorkingDaysSkipped() > 0) {
        out.println("跳过 " + d.nonWorkingDaysSkipped() + " 个休息日" + holidays + "。");
      }
      out.println("依据：以工作日计算的期间，不含法定节假日。");
    } else if (d.moved()) {
      out.println(
          "期间的最后一日 " + zh(d.nominalEnd()) + " 不是工作日" + holidays
              + "，顺延至其后第一个工作日 " + d.end() + "。");
      out.println("依据：《中华人民共和国民法典》第二百零三条；《中华人民共和国民事诉讼法》第八十五条。");
    } else {
      out.println("期间的最后一日是工作日，无需顺延。");
    }
  }

  private static void english(PrintWriter out, Deadline d) {
    out.println("Deadline: " + en(d.end()));
    out.println("The start day " + d.start() + " is not counted; " + d.period().toEnglish() + " from the next day.");
    String holidays = d.holidays().isEmpty() ? "" : " (" + String.join(", ", d.holidays()) + ")";
    if (d.period().unit() == PeriodUnit.WORKING_DAYS) {
      if (d.nonWorkingDaysSkipped() > 0) {
        out.println(d.nonWorkingDaysSkipped() + " days off skipped" + holidays + ".");
      }
      out.println("Basis: periods in working days exclude statutory holidays.");
    } else if (d.moved()) {
      out.println(
          "The last day " + en(d.nominalEnd()) + " is not a working day" + holidays
              + "; the period ends on the next working day, " + d.end() + ".");
      out.println("Basis: Civil Code art. 203; Civil Procedure Law art. 85.");
    } else {
      out.println("The last day is a working day; no move needed.");
    }
  }
}
