package de.quartier.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;

/**
 * One rule of an opening_hours expression, as far as Quartier evaluates them: which days it
 * selects (weekdays, optionally the nth of the month; public holidays; month and day ranges; ISO
 * weeks), the times, and whether they are open, closed or unknown. Selector kinds combine with
 * "and"; values of one kind with "or", weekdays and holidays together ({@code Mo-Fr,PH}).
 *
 * @param additive written after a comma: adds to the earlier rules for the day instead of replacing them
 */
public record HoursRule(List<WeekdaySelector> weekdays, boolean holidays, List<DayRange> dates, List<WeekSpan> weeks,
                        List<TimeRange> times, HoursState state, String comment, boolean additive) {
    public HoursRule {
        weekdays = List.copyOf(weekdays);
        dates = List.copyOf(dates);
        weeks = List.copyOf(weeks);
        times = List.copyOf(times);
        Objects.requireNonNull(state, "state");
    }

    /** A weekday, on every week ({@code nths} empty) or only on the nth of the month (1…5, or −1…−5 from its end). */
    public record WeekdaySelector(DayOfWeek day, List<Integer> nths) {
        public WeekdaySelector {
            Objects.requireNonNull(day, "day");
            nths = List.copyOf(nths);
            for (int n : nths) if (n == 0 || n < -5 || n > 5) throw new IllegalArgumentException("nth " + n);
        }

        boolean matches(LocalDate d) {
            if (d.getDayOfWeek() != day) return false;
            if (nths.isEmpty()) return true;
            int fromStart = (d.getDayOfMonth() - 1) / 7 + 1;
            int fromEnd = -((d.lengthOfMonth() - d.getDayOfMonth()) / 7 + 1);
            return nths.contains(fromStart) || nths.contains(fromEnd);
        }
    }

    /** Days of the year, both inclusive; a range from a later to an earlier day runs over the new year. */
    public record DayRange(MonthDay from, MonthDay to) {
        public DayRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        boolean matches(LocalDate d) {
            MonthDay md = MonthDay.from(d);
            return !from.isAfter(to) ? !md.isBefore(from) && !md.isAfter(to) : !md.isBefore(from) || !md.isAfter(to);
        }

        /** True if the range is whole months, e.g. Apr 1 – Oct 31. */
        public boolean wholeMonths() {
            return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.getMonth().maxLength();
        }
    }

    /** ISO weeks {@code from}–{@code to}, every {@code interval}th. */
    public record WeekSpan(int from, int to, int interval) {
        public WeekSpan {
            if (from < 1 || from > 53 || to < 1 || to > 53 || interval < 1) throw new IllegalArgumentException("weeks");
        }

        boolean matches(LocalDate d) {
            int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (from <= to) return w >= from && w <= to && (w - from) % interval == 0;
            return (w >= from || w <= to) && Math.floorMod(w - from, 53) % interval == 0;
        }
    }

    /** Whether the rule selects this day. */
    public boolean matches(LocalDate d, PublicHolidays publicHolidays) {
        // indexed loops, not streams or iterators: asked for every day of the year of every office
        // and offering, and C1, which compiles a build, makes an iterator object for each for-each
        if (!dates.isEmpty() && !anyDate(d)) return false;
        if (!weeks.isEmpty() && !anyWeek(d)) return false;
        if (weekdays.isEmpty() && !holidays) return true;
        if (holidays && publicHolidays.isHoliday(d)) return true;
        for (int i = 0; i < weekdays.size(); i++) if (weekdays.get(i).matches(d)) return true;
        return false;
    }

    private boolean anyDate(LocalDate d) {
        for (int i = 0; i < dates.size(); i++) if (dates.get(i).matches(d)) return true;
        return false;
    }

    private boolean anyWeek(LocalDate d) {
        for (int i = 0; i < weeks.size(); i++) if (weeks.get(i).matches(d)) return true;
        return false;
    }

    /** True if the rule holds on its weekdays every week of the year, so a weekly table can show it as is. */
    public boolean everyWeek() {
        return !holidays && weekdaysEveryWeek();
    }

    /**
     * Whether the rule matches a day that is not a public holiday by its weekday alone: no dates,
     * weeks or nth weekdays ("Mo-Fr", "PH off", "Sa,PH"). Where every rule is so, such days have the
     * hours of their weekday ({@link OpeningHours.Days}), and a year of them need not be evaluated day by day.
     */
    public boolean byWeekdayAlone() {
        if (!dates.isEmpty() || !weeks.isEmpty()) return false;
        for (int i = 0; i < weekdays.size(); i++) if (!weekdays.get(i).nths().isEmpty()) return false;
        return true;
    }

    /**
     * True if the rule holds on its weekdays every week, whether or not it also names public
     * holidays ("Mo,PH 14:00-16:00" holds every Monday): the ordinary week has those weekdays.
     */
    public boolean weekdaysEveryWeek() {
        if (!dates.isEmpty() || !weeks.isEmpty()) return false;
        if (weekdays.isEmpty()) return !holidays;
        for (WeekdaySelector w : weekdays) if (!w.nths().isEmpty()) return false;
        return true;
    }

    /**
     * Whether this rule, written after {@code earlier}, leaves nothing of it: it selects every day
     * the earlier one selects and replaces what was said about them (it is neither added with
     * {@code ,} nor an {@code off} that cuts times out). "Mo 09:00-12:00; Mo 14:00-16:00" opens
     * Mondays from 14:00 only.
     */
    public boolean replaces(HoursRule earlier) {
        // as the evaluation reads them: an open rule after a comma adds, an off with times cuts; any other replaces
        if (additive && state == HoursState.OPEN || state == HoursState.CLOSED && !times.isEmpty()) return false;
        if (!dates.isEmpty() && !dates.equals(earlier.dates)) return false;
        if (!weeks.isEmpty() && !weeks.equals(earlier.weeks)) return false;
        if (everyDay()) return true;
        if (earlier.weekdays.isEmpty() && !earlier.holidays) return false;
        if (earlier.holidays && !holidays) return false;
        // loops, not streams: asked for each pair of rules whenever a week of hours is worked out
        for (WeekdaySelector w : earlier.weekdays) if (!covers(w)) return false;
        return true;
    }

    /** Whether this rule selects every day the weekday selector does (Mo[1] by Mo or by Mo[1,3]). */
    private boolean covers(WeekdaySelector w) {
        for (WeekdaySelector v : weekdays)
            if (v.day == w.day && (v.nths.isEmpty() || !w.nths.isEmpty() && v.nths.containsAll(w.nths))) return true;
        return false;
    }

    /** Every day of the week, holidays included, as far as weekdays and holidays go. */
    private boolean everyDay() {
        if (weekdays.isEmpty()) return !holidays;
        int days = 0; // a bit per weekday named without an nth
        for (WeekdaySelector w : weekdays) if (w.nths.isEmpty()) days |= 1 << w.day.ordinal();
        return days == 0x7f;
    }

    /** The weekdays the rule names (all seven if it names none). */
    public List<DayOfWeek> days() {
        if (weekdays.isEmpty()) return List.of(DayOfWeek.values());
        java.util.EnumSet<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (WeekdaySelector w : weekdays) days.add(w.day());
        return List.copyOf(days);
    }
}
