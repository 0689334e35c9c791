package de.quartier.render.calendar;

import de.quartier.model.HoursRule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A rule of opening hours as an iCalendar recurrence rule (RFC 5545 §3.3.10), where one can say it. */
final class Recurrences {
    private Recurrences() {
    }

    /**
     * The RRULE value ("FREQ=WEEKLY;BYDAY=MO,WE"), or null for rules a RRULE cannot state (public
     * holidays, days of the year that are not whole months, nth and every-week weekdays mixed).
     *
     * @param until the last day it runs (active.until), or null
     */
    static String rrule(HoursRule r, LocalDate until) {
        if (r.holidays()) return null;
        List<Integer> months = new ArrayList<>();
        for (HoursRule.DayRange d : r.dates()) {
            if (!d.wholeMonths()) return null;
            int m = d.from().getMonthValue();
            while (true) {
                if (!months.contains(m)) months.add(m);
                if (m == d.to().getMonthValue()) break;
                m = m % 12 + 1;
            }
        }
        months.sort(null);
        boolean nth = r.weekdays().stream().anyMatch(w -> !w.nths().isEmpty());
        if (nth && r.weekdays().stream().anyMatch(w -> w.nths().isEmpty())) return null;
        if (nth && !r.weeks().isEmpty()) return null;
        List<String> byDay = new ArrayList<>();
        String freq;
        TreeSet<Integer> weeks = new TreeSet<>();
        if (nth) {
            freq = "MONTHLY";
            for (HoursRule.WeekdaySelector w : r.weekdays()) for (int n : w.nths()) byDay.add(n + day(w.day()));
        } else if (!r.weeks().isEmpty()) {
            freq = "YEARLY";
            for (HoursRule.WeekSpan w : r.weeks()) {
                int span = w.from() <= w.to() ? w.to() - w.from() : w.to() + 53 - w.from();
                for (int k = 0; k <= span; k += w.interval()) weeks.add((w.from() - 1 + k) % 53 + 1);
            }
            for (DayOfWeek d : r.days()) byDay.add(day(d));
        } else if (r.weekdays().isEmpty()) {
            freq = "DAILY";
        } else {
            freq = "WEEKLY";
            for (DayOfWeek d : r.days()) byDay.add(day(d));
        }
        StringBuilder sb = new StringBuilder("FREQ=").append(freq);
        // UNTIL in UTC: the start of the day after the last one (RFC 5545 with a DTSTART in a time zone)
        if (until != null) sb.append(";UNTIL=").append(IcsText.local(until.plusDays(1).atStartOfDay())).append('Z');
        if (!byDay.isEmpty()) sb.append(";BYDAY=").append(String.join(",", byDay));
        if (!weeks.isEmpty()) sb.append(";BYWEEKNO=").append(join(weeks));
        if (!months.isEmpty()) sb.append(";BYMONTH=").append(join(months));
        return sb.toString();
    }

    static String day(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    static String join(Iterable<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) {
            if (!sb.isEmpty()) sb.append(',');
            sb.append(n);
        }
        return sb.toString();
    }
}
