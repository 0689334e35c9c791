package de.quartier.validate;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.TimeRange;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the parser's rules into the model's {@link HoursRule}s. What Quartier cannot evaluate
 * exactly (school holidays, sunrise, open ends, years, moving dates, fallbacks) is refused with the
 * word to look for in the text, rather than shown to residents as if it were understood.
 */
final class HoursRuleReader {
    /**
     * What is not supported, and a pattern that finds it in the editor's text; {note} in the hint is
     * the field's note key. {@code wrong}: not a form Quartier leaves out but a day, week or time
     * that does not exist (30 February, week 54, 24:00 as a start), a mistake in the hours.
     */
    record Unsupported(String what, Pattern where, String hint, boolean wrong) {
    }

    static final class UnsupportedException extends Exception {
        final transient Unsupported unsupported;

        UnsupportedException(Unsupported u) {
            super(u.what, null, false, false);
            this.unsupported = u;
        }
    }

    private static Unsupported u(String what, String regex, String hint) {
        return new Unsupported(what, Pattern.compile(regex), hint, false);
    }

    private static UnsupportedException wrong(String what, String regex, String hint) {
        return new UnsupportedException(new Unsupported(what, Pattern.compile(regex), hint, true));
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** "24:00-26:00" as written, with or without a leading zero and blanks around the dash. */
    private static String writtenRange(int start, int end) {
        return "0?" + Integer.parseInt(hhmm(start).substring(0, 2)) + hhmm(start).substring(2) + "\\s*-\\s*0?"
                + Integer.parseInt(hhmm(end).substring(0, 2)) + hhmm(end).substring(2);
    }

    private static final Unsupported SCHOOL_HOLIDAYS = u("school holidays (SH) are not known to Quartier", "\\bSH\\b",
            "write the times without SH and add `{note}: nicht in den Schulferien`");
    private static final Unsupported HOLIDAY_OFFSET = u("days before or after a holiday are not supported", "[+-]\\s*\\d+\\s*days?",
            "name the dates instead");
    private static final Unsupported SUN_TIMES = u("times by sunrise or sunset are not supported", "sunrise|sunset|dawn|dusk",
            "write clock times, e.g. 08:00-18:00");
    private static final Unsupported OPEN_END = u("open ends (`+`) are not supported", "\\+", "write the closing time");
    /**
     * A point in time ("Tu 15:00"), which would be published as lasting a minute ("15:00–15:01 Uhr"):
     * named as written, found outside quoted comments.
     */
    private static Unsupported noEnd(int start) {
        int h = start / 60;
        int m = start % 60;
        String time = String.format("%02d:%02d", h, m);
        String written = "0?" + h + ":" + String.format("%02d", m);
        return u("`" + time + "` needs its end: a point in time is not supported",
                "(?<![-:\\d])" + (h < 10 ? written : time) + "(?!\\s*[-+:\\d])(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)",
                "write when it ends, e.g. `" + time + "-" + String.format("%02d:%02d", Math.min(h + 2, 24), h + 2 >= 24 ? 0 : m) + "`");
    }
    private static final Unsupported TIME_INTERVAL = u("repeating times (`/`) are not supported", "/", "write each time");
    private static final Unsupported FALLBACK = u("fallback rules (`||`) are not supported", "\\|\\|", "write the rules in order with `;`");
    private static final Unsupported YEARS = u("years are not supported in opening hours", "\\b\\d{4}\\b",
            "use `active: {from, until}` for when the record runs");
    private static final Unsupported MOVING_DATE = u("moving dates (easter) are not supported", "(?i)easter", "name the dates instead");
    // "Dec We[1]" is one day a year (the first Wednesday of December); what editors mean is the colon form
    private static final Unsupported MONTH_WEEKDAY = u("without a colon after the months, `Dec We[1]` is a single day a year, which is not supported",
            "[A-Z][a-z][a-z] [A-Z][a-z]\\[",
            "for that weekday in each of the months, put a colon after them: `Mar,Jun,Sep,Dec: We[1] 18:00-20:00`");
    private static final Unsupported DATE_INTERVAL = u("repeating dates (`/`) are not supported", "/", "name the dates instead");
    private static final Unsupported WEEKDAY_OFFSET = u("weekday offsets are not supported", "\\]\\s*[+-]\\s*\\d+", "name the dates instead");

    // the parser takes `Mo[]`, `Mo[,]` and `Mo[9]`, giving a number no month has
    private static final UnsupportedException NO_NTH = wrong("the number in `[…]` after a weekday counts that weekday in the month:"
            + " 1 to 5, or -1 to -5 from the month's end", "\\[[^\\]]*\\]", "e.g. `We[1]` for the first Wednesday, `Fr[-1]` for the last Friday");

    private static boolean nthOfMonth(int n) {
        return n >= -5 && n <= 5 && n != 0;
    }

    private HoursRuleReader() {
    }

    static List<HoursRule> read(List<Rule> rules) throws UnsupportedException {
        List<HoursRule> out = new ArrayList<>();
        for (Rule r : rules) out.add(read(r));
        return out;
    }

    private static HoursRule read(Rule r) throws UnsupportedException {
        if (r.isFallBack()) throw new UnsupportedException(FALLBACK);
        if (!empty(r.getYears())) throw new UnsupportedException(YEARS);
        boolean holidays = false;
        if (!empty(r.getHolidays())) {
            for (Holiday h : r.getHolidays()) {
                if (h.getType() != Holiday.Type.PH) throw new UnsupportedException(SCHOOL_HOLIDAYS);
                if (h.getOffset() != 0) throw new UnsupportedException(HOLIDAY_OFFSET);
            }
            holidays = true;
        }
        List<HoursRule.WeekdaySelector> weekdays = new ArrayList<>();
        if (!empty(r.getDays())) {
            for (WeekDayRange range : r.getDays()) {
                if (range.getOffset() != 0) throw new UnsupportedException(WEEKDAY_OFFSET);
                List<Integer> nths = new ArrayList<>();
                if (!empty(range.getNths())) {
                    for (Nth n : range.getNths()) {
                        int first = n.getStartNth();
                        int last = n.getEndNth() == Integer.MIN_VALUE || n.getEndNth() == 0 ? first : n.getEndNth();
                        if (!nthOfMonth(first) || !nthOfMonth(last)) throw NO_NTH;
                        if (last < first)
                            throw wrong("`[" + first + "-" + last + "]` counts backwards", "\\[[^\\]]*?" + first + "\\s*-\\s*" + last,
                                    "write the smaller number first: `[" + last + "-" + first + "]`");
                        for (int i = first; i <= last; i++) if (i != 0) nths.add(i);
                    }
                }
                int start = range.getStartDay().ordinal();
                int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
                for (int i = start; ; i = (i + 1) % 7) { // Sa-Mo wraps over the week's end
                    weekdays.add(new HoursRule.WeekdaySelector(DayOfWeek.of(i + 1), nths));
                    if (i == end) break;
                }
            }
        }
        List<HoursRule.DayRange> dates = new ArrayList<>();
        if (!empty(r.getDates())) for (DateRange d : r.getDates()) dates.add(dayRange(d));
        List<HoursRule.WeekSpan> weeks = new ArrayList<>();
        if (!empty(r.getWeeks())) {
            for (WeekRange w : r.getWeeks()) {
                int end = w.getEndWeek() <= 0 ? w.getStartWeek() : w.getEndWeek();
                for (int week : new int[]{w.getStartWeek(), end})
                    if (week < 1 || week > 53)
                        throw wrong("there is no week " + week + ": weeks are numbered 1 to 53", "(?i)\\bweek\\s*0*" + week + "\\b",
                                "write a week from 1 to 53, e.g. `week 01-53/2 Mo 10:00-12:00`");
                weeks.add(new HoursRule.WeekSpan(w.getStartWeek(), end, Math.max(1, w.getInterval())));
            }
        }
        List<TimeRange> times = new ArrayList<>();
        if (r.isTwentyfourseven()) times.add(TimeRange.ALL_DAY);
        if (!empty(r.getTimes())) {
            for (TimeSpan t : r.getTimes()) {
                if (t.getStartEvent() != null || t.getEndEvent() != null) throw new UnsupportedException(SUN_TIMES);
                if (t.isOpenEnded()) throw new UnsupportedException(OPEN_END);
                if (t.getInterval() > 0) throw new UnsupportedException(TIME_INTERVAL);
                if (t.getEnd() < 0) throw new UnsupportedException(noEnd(t.getStart()));
                int start = t.getStart(), end = t.getEnd();
                if (start >= TimeRange.DAY)
                    throw wrong("`" + hhmm(start) + "` as a start is the next day's midnight", writtenRange(start, end),
                            "write it on the next day, from 00:00 (`Tu 00:00-02:00` for `Mo 24:00-26:00`)");
                if (end <= start)
                    throw wrong("`" + hhmm(start) + "-" + hhmm(end) + "` ends when it begins", writtenRange(start, end), "write when it ends");
                if (end > 2 * TimeRange.DAY)
                    throw wrong("`" + hhmm(start) + "-" + hhmm(end) + "` ends more than a day after it begins", writtenRange(start, end),
                            "a span past midnight ends by the next day's 24:00 (48:00 at most)");
                times.add(new TimeRange(start, end));
            }
        }
        RuleModifier m = r.getModifier();
        String comment = m != null && m.getComment() != null ? m.getComment().strip() : r.getComment();
        HoursState state = HoursState.OPEN;
        if (m != null && m.getModifier() != null) {
            switch (m.getModifier()) {
                case OFF, CLOSED -> state = HoursState.CLOSED;
                case UNKNOWN -> state = HoursState.UNKNOWN;
                default -> state = HoursState.OPEN;
            }
        } else if (times.isEmpty() && comment != null) {
            state = HoursState.UNKNOWN; // Mo "nach Vereinbarung": no fixed times that day
        }
        if (state == HoursState.UNKNOWN) times.clear();
        return new HoursRule(weekdays, holidays, dates, weeks, times, state, comment, r.isAdditive());
    }

    private static HoursRule.DayRange dayRange(DateRange d) throws UnsupportedException {
        if (d.getInterval() > 0) throw new UnsupportedException(DATE_INTERVAL);
        DateWithOffset from = d.getStartDate();
        DateWithOffset to = d.getEndDate();
        check(from);
        if (to != null) check(to);
        Month fromMonth = month(from);
        existing(fromMonth, from.getDay());
        if (to != null && !to.isOpenEnded()) existing(to.getMonth() == null ? fromMonth : month(to), to.getDay());
        MonthDay start = MonthDay.of(fromMonth, from.getDay() > 0 ? from.getDay() : 1);
        MonthDay end;
        if (to == null || to.isOpenEnded()) {
            end = from.getDay() > 0 ? start : MonthDay.of(fromMonth, fromMonth.maxLength());
        } else {
            Month toMonth = to.getMonth() == null ? fromMonth : month(to);
            end = MonthDay.of(toMonth, to.getDay() > 0 ? to.getDay() : toMonth.maxLength());
        }
        return new HoursRule.DayRange(start, end);
    }

    private static void check(DateWithOffset d) throws UnsupportedException {
        if (d.getYear() > 0) throw new UnsupportedException(YEARS);
        if (d.getVarDate() != null) throw new UnsupportedException(MOVING_DATE);
        if (d.getNthWeekDay() != null) throw new UnsupportedException(MONTH_WEEKDAY);
        if (d.getWeekDayOffset() != null || d.getDayOffset() != 0) throw new UnsupportedException(HOLIDAY_OFFSET);
        if (d.getMonth() == null) throw new UnsupportedException(MOVING_DATE);
    }

    /** A day the month has (29 February counts: it comes in leap years). */
    private static void existing(Month month, int day) throws UnsupportedException {
        if (day <= month.maxLength()) return;
        String name = month.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        throw wrong("there is no " + day + " " + month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ": it has "
                + (month == Month.FEBRUARY ? "28 days, 29 in a leap year" : month.maxLength() + " days"), "\\b" + name + "\\s*0?" + day + "\\b", "write a day the month has");
    }

    private static Month month(DateWithOffset d) {
        return Month.of(d.getMonth().ordinal() + 1);
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
    }
}
