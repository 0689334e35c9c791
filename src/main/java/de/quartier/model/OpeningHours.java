package de.quartier.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opening hours or a regular schedule: the editor's OpenStreetMap opening_hours text and its
 * rules, read once by the validator. Rules apply in order; a later rule replaces what earlier ones
 * said about a day it selects, unless it is additive ({@code ,}); {@code off} with times cuts them
 * out of the day. A day no rule selects is closed.
 */
public record OpeningHours(String expression, List<HoursRule> rules) {
    public OpeningHours {
        Objects.requireNonNull(expression, "expression");
        rules = List.copyOf(rules);
    }

    /** The hours of one date, public holidays included. */
    public DayHours on(LocalDate date, PublicHolidays holidays) {
        return evaluate(rules.stream().filter(r -> r.matches(date, holidays)).toList());
    }

    /** For evaluating many dates: see {@link Days}. */
    public Days days(PublicHolidays holidays) {
        return new Days(this, holidays);
    }

    /**
     * Evaluates many dates of one set of rules (a year of "open now" data, the years of a calendar):
     * dates on which the same rules match get the same hours, so each such set of rules is
     * evaluated once, and where the rules go by the weekday alone, each weekday once. Not for use by
     * several threads at once.
     */
    public static final class Days {
        private final OpeningHours hours;
        private final PublicHolidays holidays;
        private final Map<Long, DayHours> byRules = new java.util.HashMap<>();
        /**
         * Where every rule goes by the weekday alone ({@link HoursRule#byWeekdayAlone}), a day that is
         * not a public holiday has its weekday's hours: each weekday's, once known; else null.
         */
        private final DayHours[] byWeekday;

        private Days(OpeningHours hours, PublicHolidays holidays) {
            this.hours = hours;
            this.holidays = holidays;
            boolean weekdaysAlone = true;
            for (HoursRule r : hours.rules) weekdaysAlone &= r.byWeekdayAlone();
            this.byWeekday = weekdaysAlone ? new DayHours[7] : null;
        }

        /** The same as {@link OpeningHours#on}. */
        public DayHours on(LocalDate date) {
            if (byWeekday == null || holidays.isHoliday(date)) return matched(date);
            int day = date.getDayOfWeek().ordinal();
            DayHours known = byWeekday[day];
            if (known == null) byWeekday[day] = known = matched(date);
            return known;
        }

        /** The hours of the rules that match the date, each such set of rules evaluated once. */
        private DayHours matched(LocalDate date) {
            List<HoursRule> rules = hours.rules;
            if (rules.size() > Long.SIZE) return hours.on(date, holidays);
            long matching = 0;
            for (int i = 0; i < rules.size(); i++) if (rules.get(i).matches(date, holidays)) matching |= 1L << i;
            // get and put, not computeIfAbsent: asked for every day of years ahead, where a capturing
            // lambda per call costs more than the lookup (C1 allocates it through a method handle)
            DayHours known = byRules.get(matching);
            if (known == null) {
                List<HoursRule> selected = new ArrayList<>();
                for (int i = 0; i < rules.size(); i++) if ((matching & (1L << i)) != 0) selected.add(rules.get(i));
                known = evaluate(selected);
                byRules.put(matching, known);
            }
            return known;
        }
    }

    /**
     * The ordinary week: for each weekday, what the rules that hold every week say (public
     * holidays, months, weeks and nth weekdays left out; {@link #qualifiedRules()} has those).
     */
    public Map<DayOfWeek, DayHours> ordinaryWeek() {
        // each rule is looked at once, in order (pages, plans and the finder ask for this often)
        List<List<HoursRule>> byDay = new ArrayList<>();
        for (int i = 0; i < 7; i++) byDay.add(new ArrayList<>());
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            // a rule a later one replaces never counts (HoursRule#replaces)
            if (r.weekdaysEveryWeek() && replacedBy(i) < 0) for (DayOfWeek d : r.days()) byDay.get(d.ordinal()).add(r);
        }
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) week.put(d, evaluate(byDay.get(d.ordinal())));
        return week;
    }

    /** The rules that do not hold every week: holidays, seasons, weeks, nth weekdays (none that a later rule replaces). */
    public List<HoursRule> qualifiedRules() {
        List<HoursRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) if (!rules.get(i).everyWeek() && replacedBy(i) < 0) out.add(rules.get(i));
        return out;
    }

    /**
     * The later rule that leaves nothing of rule {@code i} ({@link HoursRule#replaces}), or −1.
     * Such a rule never counts, so lists of times leave it out.
     */
    public int replacedBy(int i) {
        for (int j = i + 1; j < rules.size(); j++) if (rules.get(j).replaces(rules.get(i))) return j;
        return -1;
    }

    /** An opening on a weekday: every week ({@code rule} null), or by a rule for some weeks only. */
    public record WeeklyTime(DayOfWeek day, TimeRange range, HoursRule rule) {
    }

    /**
     * What happens on which weekday, as a weekly plan shows it: the ordinary week's times, then
     * the times of qualified rules that name weekdays (We[1], Apr-Oct Sa), day by day.
     */
    public List<WeeklyTime> weeklyTimes() {
        List<WeeklyTime> out = new ArrayList<>();
        ordinaryWeek().forEach((d, h) -> {
            if (h.state() == HoursState.OPEN) for (TimeRange r : h.ranges()) out.add(new WeeklyTime(d, r, null));
        });
        for (HoursRule r : qualifiedRules()) {
            // "Mo,PH …": its Mondays are in the ordinary week already
            if (r.state() != HoursState.OPEN || r.times().isEmpty() || r.weekdays().isEmpty() || r.weekdaysEveryWeek()) continue;
            for (DayOfWeek d : r.days()) for (TimeRange t : r.times()) out.add(new WeeklyTime(d, t, r));
        }
        return out;
    }

    private static DayHours evaluate(List<HoursRule> matching) {
        HoursState state = HoursState.CLOSED;
        List<TimeRange> ranges = new ArrayList<>();
        String comment = null;
        for (HoursRule r : matching) {
            boolean cut = r.state() == HoursState.CLOSED && !r.times().isEmpty();
            if (cut) {
                ranges = subtract(ranges, r.times());
                if (r.comment() != null) comment = r.comment();
            } else if (r.additive() && r.state() == HoursState.OPEN) {
                if (state != HoursState.OPEN) ranges = new ArrayList<>();
                ranges.addAll(openTimes(r));
                state = HoursState.OPEN;
                if (r.comment() != null) comment = r.comment();
            } else {
                state = r.state();
                ranges = r.state() == HoursState.OPEN ? new ArrayList<>(openTimes(r)) : new ArrayList<>();
                comment = r.comment();
            }
            if (state == HoursState.OPEN && ranges.isEmpty()) state = HoursState.CLOSED;
        }
        ranges.sort(Comparator.comparingInt(TimeRange::start));
        return new DayHours(state, merge(ranges), comment);
    }

    private static List<TimeRange> openTimes(HoursRule r) {
        return r.times().isEmpty() ? List.of(TimeRange.ALL_DAY) : r.times();
    }

    private static List<TimeRange> merge(List<TimeRange> sorted) {
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange t : sorted) {
            TimeRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.start() <= last.end()) out.set(out.size() - 1, new TimeRange(last.start(), Math.max(last.end(), t.end())));
            else out.add(t);
        }
        return out;
    }

    private static List<TimeRange> subtract(List<TimeRange> ranges, List<TimeRange> cuts) {
        List<TimeRange> out = new ArrayList<>(ranges);
        for (TimeRange cut : cuts) {
            List<TimeRange> next = new ArrayList<>();
            for (TimeRange t : out) {
                if (cut.end() <= t.start() || cut.start() >= t.end()) {
                    next.add(t);
                    continue;
                }
                if (cut.start() > t.start()) next.add(new TimeRange(t.start(), cut.start()));
                if (cut.end() < t.end()) next.add(new TimeRange(cut.end(), t.end()));
            }
            out = next;
        }
        return out;
    }
}
