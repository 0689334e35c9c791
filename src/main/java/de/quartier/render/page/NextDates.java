package de.quartier.render.page;

import de.quartier.model.ActivePeriod;
import de.quartier.model.DayHours;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.model.TimeRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** A day the offering is held, with its times that day (of the occasional rules). */
    record Day(LocalDate date, List<TimeRange> times) {
    }

    /** Whether the page lists next days for this schedule. */
    static boolean needed(OpeningHours schedule) {
        return !occasional(schedule).isEmpty();
    }

    /**
     * The open rules with times that are not held every week (nth weekdays, weeks, months, dates),
     * and not replaced by a later rule; none if an open time is held every week beside them ("Mo-Fr
     * 09:00-12:00; We[1] 14:00-16:00": the next days would hide that it is on every weekday). Rules
     * that name public holidays alone ("PH 14:00-16:00") count as neither: the week's table says
     * what happens on a holiday.
     */
    private static List<HoursRule> occasional(OpeningHours schedule) {
        List<HoursRule> rules = schedule.rules();
        List<HoursRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            boolean holidaysAlone = r.holidays() && r.weekdays().isEmpty() && r.dates().isEmpty() && r.weeks().isEmpty();
            if (r.state() != HoursState.OPEN || r.times().isEmpty() || holidaysAlone || schedule.replacedBy(i) >= 0) continue;
            if (r.weekdaysEveryWeek()) return List.of();
            out.add(r);
        }
        return out;
    }

    static List<Day> of(Offering o, LocalDate today, PublicHolidays holidays) {
        return o.schedule() == null ? List.of() : of(o.schedule(), o.active(), today, holidays);
    }

    /**
     * The first {@link #SHOWN} days on which one of the occasional rules is held, from {@code today}
     * (or the offering's start, if later) to its end or {@value #DAYS_AHEAD} days ahead; empty if it
     * needs none. Days the schedule closes (a month off, a holiday with {@code PH off}) are left out,
     * as its calendar leaves them out.
     */
    static List<Day> of(OpeningHours schedule, ActivePeriod active, LocalDate today, PublicHolidays holidays) {
        List<HoursRule> occasional = occasional(schedule);
        if (occasional.isEmpty()) return List.of();
        LocalDate from = active.from() != null && active.from().isAfter(today) ? active.from() : today;
        LocalDate last = from.plusDays(DAYS_AHEAD);
        if (active.until() != null && active.until().isBefore(last)) last = active.until();
        OpeningHours.Days days = schedule.days(holidays);
        List<Day> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(last) && out.size() < SHOWN; d = d.plusDays(1)) {
            List<TimeRange> held = new ArrayList<>();
            DayHours h = null;
            for (HoursRule r : occasional) {
                if (!r.matches(d, holidays)) continue;
                if (h == null) h = days.on(d);
                for (TimeRange t : r.times()) if (h.holds(t) && !held.contains(t)) held.add(t);
            }
            if (held.isEmpty()) continue;
            held.sort(Comparator.comparingInt(TimeRange::start));
            out.add(new Day(d, List.copyOf(held)));
        }
        return out;
    }
}
