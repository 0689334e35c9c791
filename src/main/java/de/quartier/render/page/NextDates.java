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
import java.time.ZoneId;
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

    /** Whether some of the schedule's open times are not held every week. */
    static boolean needed(OpeningHours schedule) {
        List<HoursRule> rules = schedule.rules();
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() == HoursState.OPEN && !r.times().isEmpty() && !r.weekdaysEveryWeek() && schedule.replacedBy(i) < 0) return true;
        }
        return false;
    }

    /**
     * The times of the first {@link #SHOWN} days on which the offering is held, from {@code today}
     * (or its start, if later) to its end or {@value #DAYS_AHEAD} days ahead; empty if it needs none.
     */
    static List<EventDate> of(Offering o, LocalDate today, PublicHolidays holidays, ZoneId zone) {
        return o.schedule() == null ? List.of() : of(o.schedule(), o.active(), today, holidays, zone);
    }

    static List<EventDate> of(OpeningHours schedule, ActivePeriod active, LocalDate today, PublicHolidays holidays, ZoneId zone) {
        if (!needed(schedule)) return List.of();
        LocalDate from = active.from() != null && active.from().isAfter(today) ? active.from() : today;
        LocalDate last = from.plusDays(DAYS_AHEAD);
        if (active.until() != null && active.until().isBefore(last)) last = active.until();
        OpeningHours.Days days = schedule.days(holidays);
        List<EventDate> out = new ArrayList<>();
        int found = 0;
        for (LocalDate d = from; !d.isAfter(last) && found < SHOWN; d = d.plusDays(1)) {
            DayHours h = days.on(d);
            if (h.state() != HoursState.OPEN) continue;
            found++;
            for (TimeRange r : h.ranges()) out.add(new EventDate(at(d, r.start(), zone), at(d, r.end(), zone)));
        }
        return out;
    }

    /** The moment minutes after a day's start (past 24 hours: on the next day). */
    private static ZonedDateTime at(LocalDate d, int minutes, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.of(d.plusDays(minutes / TimeRange.DAY),
                LocalTime.of(minutes % TimeRange.DAY / 60, minutes % 60)), zone);
    }
}
