package dev.yifa.core.decision;

import dev.yifa.core.CalendarRangeException;
import dev.yifa.core.decision.MajorDecision.Feature;
import dev.yifa.core.decision.MajorDecision.LegalityReview;
import dev.yifa.core.decision.MajorDecision.PublicComment;
import dev.yifa.core.time.StatutoryPeriod;
import dev.yifa.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The tests that the rules and the agenda gate share, so that both say the same thing. */
final class Procedure {
  /** 第十五条第一款：公开征求意见的期限一般不少于30日 — calendar days. */
  static final int COMMENT_DAYS = 30;

  /** 第二十六条第二款：一般不少于7个工作日. */
  static final int REVIEW_WORKING_DAYS = 7;

  /** 第十六条第三款：听证会材料应当于召开听证会7日前送达. */
  static final int HEARING_MATERIALS_DAYS = 7;

  private Procedure() {}

  /** True once the draft has gone to a meeting or been decided: the pre-meeting steps are due. */
  static boolean reachedMeeting(MajorDecision d) {
    return d.meeting() != null || d.decision() != null;
  }

  /**
   * The last day a comment period opened on {@code openedOn} must run to: 30 days, the opening day
   * not counted (民法典第二百零一条), moved to the next working day when the thirtieth day is a holiday
   * (民法典第二百零三条). The Decree says 日, not 工作日, so holidays inside the period count. Outside the
   * calendar's years the move is unknown and the nominal day is used.
   */
  static LocalDate commentMustRunTo(PublicComment c, WorkingDayCalendar calendar) {
    try {
      return calendar.deadline(c.openedOn(), StatutoryPeriod.ofDays(COMMENT_DAYS));
    } catch (CalendarRangeException e) {
      return c.openedOn().plusDays(COMMENT_DAYS);
    }
  }

  static long commentDays(PublicComment c) {
    return ChronoUnit.DAYS.between(c.openedOn(), c.closedOn());
  }

  static boolean commentShort(PublicComment c, WorkingDayCalendar calendar) {
    return c.closedOn().isBefore(commentMustRunTo(c, calendar));
  }

  /** Working days the reviewer had, or empty if the calendar does not know the days. */
  static OptionalInt reviewWorkingDays(LegalityReview r, WorkingDayCalendar calendar) {
    try {
      return OptionalInt.of(calendar.workingDaysBetween(r.submittedOn(), r.completedOn()));
    } catch (CalendarRangeException e) {
      return OptionalInt.empty();
    }
  }

  /** Why the draft may not go to discussion for want of legality review, or null if it may. */
  static @Nullable String legalityDefect(MajorDecision d, LocalDate meetingDay) {
    if (d.exploratoryReform() != null && d.exploratoryReform().legalRiskStated()) {
      return null;
    }
    LegalityReview r = d.legalityReview();
    if (r == null) {
      return "MISSING";
    }
    if (!r.passed()) {
      return "FAILED";
    }
    if (r.completedOn().isAfter(meetingDay)) {
      return "AFTER_MEETING";
    }
    return null;
  }

  static boolean needsParticipation(MajorDecision d) {
    return !d.has(Feature.NOT_DISCLOSED);
  }
}
