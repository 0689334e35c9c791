package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.ActivePeriod;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.SourceSpan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;

/**
 * An offering every other week by week number ({@code week 01-53/2}: "in ungeraden
 * Kalenderwochen") meets two weeks running where a year has 53 weeks: week 53 and week 1 of the
 * next year are both odd (28 December 2026 and 4 January 2027). Residents who know it as
 * fortnightly would come a week early or stay away a week too long; only the editor knows which
 * holds, so this is a warning with both dates, while there is time to say so.
 */
final class WeekRhythm {
    private WeekRhythm() {
    }

    /** @param today the build date; null: nothing to look ahead from */
    static void warn(OpeningHours schedule, ActivePeriod active, LocalDate today, SourceSpan at, Diagnostics diagnostics) {
        if (schedule == null || today == null
                || schedule.rules().stream().noneMatch(r -> r.state() == HoursState.OPEN && r.weeks().stream().anyMatch(w -> w.interval() == 2)))
            return;
        OpeningHours.Days days = schedule.days(NationwideHolidays.INSTANCE);
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            // 28 December always lies in a year's last week
            LocalDate lastWeek = LocalDate.of(year, 12, 28).with(DayOfWeek.MONDAY);
            if (LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != 53) continue;
            LocalDate firstWeek = lastWeek.plusWeeks(1);
            // ahead within a year, and not over yet
            if (firstWeek.plusDays(6).isBefore(today) || lastWeek.isAfter(today.plusDays(366))) continue;
            LocalDate a = firstHeld(days, active, lastWeek, today);
            LocalDate b = firstHeld(days, active, firstWeek, today);
            if (a == null || b == null) continue;
            MonthDay second = MonthDay.from(b);
            diagnostics.warning(Code.WEEKS_RUNNING, at, "`schedule`: " + year + " has 53 weeks, and its week 53 and week 1 of " + (year + 1)
                            + " both count as odd, so this offering meets two weeks running: on " + a.format(Diagnostics.DATE) + " and on "
                            + b.format(Diagnostics.DATE),
                    "if it keeps two weeks between meetings, leave one of them out until it has passed, e.g. add `; "
                            + second.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                            + String.format("%02d", second.getDayOfMonth()) + " off`; the weekly plan and the calendar show the dates it meets");
        }
    }

    /** The first day of the week from {@code monday} on which the offering meets, not before today; null if none. */
    private static LocalDate firstHeld(OpeningHours.Days days, ActivePeriod active, LocalDate monday, LocalDate today) {
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1))
            if (!d.isBefore(today) && (active == null || active.covers(d)) && days.on(d).state() == HoursState.OPEN) return d;
        return null;
    }
}
