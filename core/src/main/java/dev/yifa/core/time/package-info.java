/**
 * China's working-day calendar (public holidays and adjusted working days) and statutory periods counted the way the statutes count them. Start with {@code WorkingDayCalendar}.
 */
@NullMarked
package dev.yifa.core.time;

import org.jspecify.annotations.NullMarked;
