package de.quartier.render;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDay;
import ch.poole.openinghoursparser.WeekDayRange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordinary week of an opening_hours expression: for each weekday its time ranges, and whether
 * public holidays are closed. Covers what offices write (weekday ranges and lists, several ranges a
 * day, later rules overriding earlier ones, {@code off}, {@code PH off}); for anything richer
 * (months, weeks, nth weekday, comments) it gives nothing and the page shows the rule in words.
 */
final class WeeklyHours {
    /** Minutes since midnight, start inclusive, end exclusive. */
    record Range(int start, int end) {
        String text() {
            return hhmm(start) + "–" + hhmm(end);
        }

        private static String hhmm(int minutes) {
            int m = minutes % (24 * 60);
            return String.format("%02d:%02d", m / 60, m % 60);
        }
    }

    record Week(Map<DayOfWeek, List<Range>> days, boolean closedOnHolidays) {
        List<Range> on(DayOfWeek d) {
            return days.getOrDefault(d, List.of());
        }
    }

    private WeeklyHours() {
    }

    static Optional<Week> of(String expression) {
        List<Rule> rules;
        try {
            rules = new OpeningHoursParser(new ByteArrayInputStream(expression.getBytes(StandardCharsets.UTF_8))).rules(true);
        } catch (Exception | Error e) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
        boolean holidaysClosed = false;
        for (Rule r : rules) {
            if (!simple(r)) return Optional.empty();
            boolean off = r.getModifier() != null && (r.getModifier().getModifier() == RuleModifier.Modifier.OFF
                    || r.getModifier().getModifier() == RuleModifier.Modifier.CLOSED);
            if (r.getHolidays() != null && !r.getHolidays().isEmpty()) {
                boolean onlyPublic = r.getHolidays().stream().allMatch(h -> h.getType() == Holiday.Type.PH && h.getOffset() == 0);
                if (!onlyPublic || !off || (r.getDays() != null && !r.getDays().isEmpty())) return Optional.empty();
                holidaysClosed = true;
                continue;
            }
            List<Range> ranges = new ArrayList<>();
            if (!off && r.getTimes() != null) {
                for (TimeSpan t : r.getTimes()) {
                    if (t.getStartEvent() != null || t.getEndEvent() != null || t.isOpenEnded() || t.getInterval() > 0
                            || t.getEnd() <= t.getStart() || t.getEnd() > 24 * 60) return Optional.empty();
                    ranges.add(new Range(t.getStart(), t.getEnd()));
                }
            }
            if (!off && ranges.isEmpty()) return Optional.empty(); // "Mo-Fr" alone means all day: not an office's week
            for (DayOfWeek d : covered(r)) days.put(d, List.copyOf(ranges)); // a later rule replaces the day
        }
        days.values().removeIf(List::isEmpty);
        return Optional.of(new Week(days, holidaysClosed));
    }

    private static boolean simple(Rule r) {
        return !r.isAdditive() && !r.isFallBack() && !r.isTwentyfourseven() && r.getComment() == null
                && empty(r.getYears()) && empty(r.getWeeks()) && empty(r.getDates())
                && (r.getModifier() == null || r.getModifier().getComment() == null)
                && (r.getDays() == null || r.getDays().stream().allMatch(d -> empty(d.getNths()) && d.getOffset() == 0));
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
    }

    private static List<DayOfWeek> covered(Rule r) {
        List<DayOfWeek> out = new ArrayList<>();
        if (empty(r.getDays())) {
            out.addAll(List.of(DayOfWeek.values()));
            return out;
        }
        for (WeekDayRange range : r.getDays()) {
            int start = range.getStartDay().ordinal();
            WeekDay endDay = range.getEndDay() == null ? range.getStartDay() : range.getEndDay();
            int end = endDay.ordinal();
            for (int i = start; ; i = (i + 1) % 7) { // Sa-Mo wraps over the week's end
                out.add(DayOfWeek.of(i + 1));
                if (i == end) break;
            }
        }
        return out;
    }
}
