/**
 * China's working-day calendar (public holidays and adjusted working days, 调休) and statutory
 * periods counted the way the statutes count them.
 *
 * <p>Start with {@link dev.yifa.core.time.WorkingDayCalendar#china()}: it knows the years of the
 * bundled State Council notices and answers {@code isWorkingDay}, {@code plusWorkingDays} and
 * {@code workingDaysBetween} in constant time. A {@link dev.yifa.core.time.StatutoryPeriod} (with
 * factories that apply each law's rule on working days, e.g. {@code penaltyLawDays(7)}) is counted
 * with {@link dev.yifa.core.time.WorkingDayCalendar#deadline deadline} or explained with {@link
 * dev.yifa.core.time.WorkingDayCalendar#explain explain}. A date outside the calendar's years is a
 * {@link dev.yifa.core.CalendarRangeException}, never a guess.
 *
 * <p>The data ({@link dev.yifa.core.time.CalendarData}, JSON Schema {@code
 * /schemas/calendar.schema.json}) is replaceable: embedders add years and regional overlays for
 * local ethnic holidays.
 */
@NullMarked
package dev.yifa.core.time;

import org.jspecify.annotations.NullMarked;
