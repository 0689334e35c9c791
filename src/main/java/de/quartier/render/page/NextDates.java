package de.quartier.render.page;

import de.quartier.model.ActivePeriod;
import de.quartier.model.DayHours;
import de.quartier.model.EventDate;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.model.TimeRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The next days of a schedule that is not the same every week ("jeden 1. Mittwoch im Monat",
 * "April bis Oktober samstags"), from the build date on: nobody has to count weeks or look up
 * whether the first Wednesday falls on a holiday. A schedule that is the same every week needs
 * none: its weekdays say it.
 */
final class NextDates {
    /** How many days are shown. */
    static final int SHOWN = 3;
    /** How far ahead they are looked for: a season that starts next spring is found. */
    static final int DAYS_AHEAD = 400;

    private NextDates() {
    }

    /**
     * Whether the schedule's open times are all occasional: with a weekly time beside them ("Mo-Fr
     * 09:00-12:00; We[1] 14:00-16:00") the next days would hide that it is on every weekday.
     */
    static boolean needed(OpeningHours schedule) {
        List<HoursRule> rules = schedule.rules();
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() == HoursState.OPEN && !r.times().isEmpty() && r.weekdaysEveryWeek() && !holidaysAlone(r) && schedule.replacedBy(i) < 0)
                return false;
        }
        return !occasional(schedule).isEmpty();
    }

    private static boolean holidaysAlone(HoursRule r) {
        return r.holidays() && r.weekdays().isEmpty() && r.dates().isEmpty() && r.weeks().isEmpty();
    }

    /**
     * The open rules with times that are not held every week (nth weekdays, weeks, months, dates),
     * and not replaced by a later rule. Rules that name public holidays alone ("PH 14:00-16:00")
     * are not among them: the week's table says what happens on a holiday.
     */
    private static List<HoursRule> occasional(OpeningHours schedule) {
        List<HoursRule> rules = schedule.rules();
        List<HoursRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() == HoursState.OPEN && !r.times().isEmpty() && !r.weekdaysEveryWeek() && !holidaysAlone(r) && schedule.replacedBy(i) < 0)
                out.add(r);
        }
        return out;
    }

    static List<EventDate> of(Offering o, LocalDate today, PublicHolidays holidays) {
        return o.schedule() == null ? List.of() : of(o.schedule(), o.active(), today, holidays);
    }

    /**
     * The times of the first {@link #SHOWN} days on which one of the occasional rules is held, from
     * {@code today} (or the offering's start, if
     * later) to its end or {@value #DAYS_AHEAD} days ahead; empty if it needs none. Days the
     * schedule closes (a month off, a holiday with {@code PH off}) are left out, as its calendar
     * leaves them out.
     */
    static List<EventDate> of(OpeningHours schedule, ActivePeriod active, LocalDate today, PublicHolidays holidays) {
        if (!needed(schedule)) return List.of();
        List<HoursRule> occasional = occasional(schedule);
        LocalDate from = active.from() != null && active.from().isAfter(today) ? active.from() : today;
        LocalDate last = from.plusDays(DAYS_AHEAD);
        if (active.until() != null && active.until().isBefore(last)) last = active.until();
        OpeningHours.Days days = schedule.days(holidays);
        List<EventDate> out = new ArrayList<>();
        int found = 0;
        for (LocalDate d = from; !d.isAfter(last) && found < SHOWN; d = d.plusDays(1)) {
            List<TimeRange> held = new ArrayList<>();
            DayHours h = null;
            for (HoursRule r : occasional) {
                if (!r.matches(d, holidays)) continue;
                if (h == null) h = days.on(d);
                for (TimeRange t : r.times()) if (h.holds(t) && !held.contains(t)) held.add(t);
            }
            if (held.isEmpty()) continue;
            found++;
            held.sort(java.util.Comparator.comparingInt(TimeRange::start));
            for (TimeRange t : held) out.add(new EventDate(at(d, t.start()), at(d, t.end())));
        }
        return out;
    }

    /**
     * The wall-clock time minutes after a day's start (past 24 hours: on the next day), as the
     * schedule says it. In UTC, which has no summer time: the page says "02:30", as the line above
     * it does, also on the night the clocks go forward (the site's zone would make it 03:30).
     */
    private static ZonedDateTime at(LocalDate d, int minutes) {
        return ZonedDateTime.of(LocalDateTime.of(d.plusDays(minutes / TimeRange.DAY),
                LocalTime.of(minutes % TimeRange.DAY / 60, minutes % 60)), ZoneOffset.UTC);
    }
}
