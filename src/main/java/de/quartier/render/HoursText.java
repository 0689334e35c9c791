package de.quartier.render;

import de.quartier.model.DayHours;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.TimeRange;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opening hours in words (the page's language), from the evaluated rules: a weekly table ("Montag",
 * "09:00–13:00 Uhr"), a one-line summary with grouped days ("Mo–Do 09:00–13:00 Uhr, Fr
 * 09:00–12:00 Uhr"), and a sentence for each rule that does not hold every week ("jeden 1. und 3.
 * Mittwoch im Monat 15:00–17:00 Uhr", "an Feiertagen geschlossen").
 */
public final class HoursText {
    private final Wording wording;
    private final Map<String, String> t;
    /** The theme's first ordinals as words ({@code hours.nths}), split once; empty ones are numbers. */
    private final String[] nthWords;
    private final String[] fromEndWords;

    public HoursText(Wording wording, Map<String, String> strings) {
        this.wording = wording;
        this.t = strings;
        this.nthWords = strings.getOrDefault("hours.nths", "").split(",");
        this.fromEndWords = strings.getOrDefault("hours.fromEndWords", "").split(",");
    }

    // an office's or offering's hours are worded on many pages and cards: once per expression
    private final Map<String, List<Views.WeekRow>> tables = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> noteLists = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(OpeningHours hours, boolean offering) {
        return (offering ? "o:" : "c:") + hours.expression();
    }

    /** One row per weekday, Monday first. */
    public List<Views.WeekRow> table(OpeningHours hours) {
        return tables.computeIfAbsent(hours.expression(), k -> List.copyOf(tableOf(hours)));
    }

    private List<Views.WeekRow> tableOf(OpeningHours hours) {
        List<Views.WeekRow> rows = new ArrayList<>();
        List<HoursRule> qualified = hours.qualifiedRules();
        hours.ordinaryWeek().forEach((day, h) -> {
            // a day closed in the ordinary week but open in some weeks (Fr[1], Apr-Oct Sa) says when in its row:
            // "Freitag: geschlossen" above "Jeden 1. Freitag im Monat 10:00–12:00 Uhr" read as a contradiction
            List<String> some = shownInRow(h) ? qualified.stream().filter(r -> opensInSomeWeeks(r) && r.days().contains(day)).map(r -> rule(r, false)).toList()
                    : List.of();
            rows.add(some.isEmpty() ? new Views.WeekRow(fullName(day), dayText(h), h.state() == HoursState.OPEN)
                    : new Views.WeekRow(fullName(day), String.join("; ", some), true));
        });
        return rows;
    }

    private static boolean shownInRow(DayHours h) {
        return h.state() == HoursState.CLOSED && h.ranges().isEmpty() && h.comment() == null;
    }

    /** Whether the rule opens its weekdays in some weeks only: an nth weekday, a season, some weeks. */
    private static boolean opensInSomeWeeks(HoursRule r) {
        return r.state() == HoursState.OPEN && !r.weekdays().isEmpty() && !r.weekdaysEveryWeek();
    }

    /**
     * Sentences below the table for the rules it cannot show (public holidays, seasons, nth weekdays);
     * a rule that the rows of all its weekdays say already (see {@link #table}) is not said again.
     */
    public List<String> notes(OpeningHours hours, boolean offering) {
        return noteLists.computeIfAbsent(key(hours, offering), k -> {
            java.util.Map<java.time.DayOfWeek, DayHours> week = hours.ordinaryWeek();
            // in the rows of all its weekdays (see tableOf), unless it also names holidays, which no row stands for
            java.util.function.Predicate<HoursRule> inRows = r -> opensInSomeWeeks(r) && !r.holidays()
                    && r.days().stream().allMatch(d -> shownInRow(week.get(d)));
            return hours.qualifiedRules().stream().filter(r -> offering || !inRows.test(r)).map(r -> rule(r, offering)).toList();
        });
    }

    /** The whole expression on one line: the ordinary week grouped, then the other rules. */
    public String summary(OpeningHours hours, boolean offering) {
        return summaries.computeIfAbsent(key(hours, offering), k -> summaryOf(hours, offering));
    }

    private String summaryOf(OpeningHours hours, boolean offering) {
        List<String> parts = new ArrayList<>();
        String week = week(hours.ordinaryWeek());
        if (!week.isEmpty()) parts.add(week);
        // every rule: a summary has no table whose rows would say some of them
        for (HoursRule r : hours.qualifiedRules()) parts.add(rule(r, offering));
        if (parts.isEmpty()) return t.get(offering ? "hours.cancelled" : "hours.closed");
        return String.join(" · ", parts);
    }

    /** "09:00–13:00, 14:00–16:00 Uhr", "geschlossen", or the note of a day without fixed times. */
    public String dayText(DayHours h) {
        return switch (h.state()) {
            case OPEN -> wording.clock(ranges(h.ranges())) + (h.comment() == null ? "" : " (" + h.comment() + ")");
            case CLOSED -> h.comment() == null ? t.get("hours.closed") : t.get("hours.closed") + " (" + h.comment() + ")";
            case UNKNOWN -> h.comment() == null ? t.get("hours.unknownTimes") : h.comment();
        };
    }

    /** "09:00–13:00, 14:00–16:00", with the language's comma (Arabic: "،"). */
    public String ranges(List<TimeRange> ranges) {
        return ranges.stream().map(this::range).collect(Collectors.joining(wording.comma()));
    }

    /** "09:00–13:00" */
    public String range(TimeRange r) {
        return hhmm(r.start()) + wording.dash() + hhmm(r.end());
    }

    public static String hhmm(int minutes) {
        int m = minutes % TimeRange.DAY;
        if (minutes == TimeRange.DAY) return "24:00";
        // by hand: String.format was a visible share of a build (every card, plan and calendar says times)
        int h = m / 60, min = m % 60;
        return new String(new char[]{(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + min / 10), (char) ('0' + min % 10)});
    }

    public String fullName(DayOfWeek d) {
        return wording.dayName(d);
    }

    public String shortName(DayOfWeek d) {
        return wording.shortDayName(d);
    }

    /** Days with equal hours grouped, in the order of their first day: "Mo–Mi 09:00–13:00 Uhr; Do 14:00–18:00 Uhr". */
    private String week(Map<DayOfWeek, DayHours> week) {
        // 24/7 (a square, an emergency line): in words, as the "open now" line says it, not "Mo–So 00:00–24:00 Uhr"
        if (week.size() == 7 && week.values().stream().allMatch(h -> h.state() == HoursState.OPEN && h.comment() == null
                && h.ranges().equals(List.of(de.quartier.model.TimeRange.ALL_DAY))))
            return t.get("hours.now.always");
        Map<DayHours, List<DayOfWeek>> groups = new LinkedHashMap<>();
        week.forEach((d, h) -> {
            if (h.state() != HoursState.CLOSED) groups.computeIfAbsent(h, k -> new ArrayList<>()).add(d);
        });
        List<String> out = new ArrayList<>();
        groups.forEach((h, days) -> out.add(days(days) + " " + dayText(h)));
        // days and times are listed with commas: the groups need a stronger mark ("Mo, Mi 09:00–13:00 Uhr; Di 14:00–16:00 Uhr")
        return String.join(wording.semicolon(), out);
    }

    /** "Mo–Do", "Mo, Mi, Fr", "Mo, Di" (a run of three or more days becomes a range). */
    public String days(List<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) j++;
            if (j - i >= 2) {
                parts.add(shortName(days.get(i)) + wording.dash() + shortName(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) parts.add(shortName(days.get(k)));
            }
            i = j + 1;
        }
        return String.join(wording.comma(), parts);
    }

    /** One rule in words: "Jeden 1. Mittwoch im Monat 10:00–11:30 Uhr", "An Feiertagen geschlossen". */
    public String rule(HoursRule r, boolean offering) {
        boolean onlyHolidays = r.holidays() && r.weekdays().isEmpty() && r.dates().isEmpty() && r.weeks().isEmpty();
        if (onlyHolidays && r.state() == HoursState.CLOSED && r.times().isEmpty())
            return capitalise(t.get(offering ? "hours.holidaysOff" : "hours.holidaysClosedRule"));
        List<String> when = season(r);
        String prefix = when.isEmpty() ? "" : String.join(wording.comma(), when) + ": ";
        List<String> selected = new ArrayList<>();
        if (!r.weekdays().isEmpty()) selected.add(weekdays(r.weekdays()));
        if (r.holidays()) selected.add(t.get("hours.holidays"));
        String days = String.join(wording.and(t.get("hours.and")), selected);
        String what = switch (r.state()) {
            case OPEN -> wording.clock(ranges(r.times().isEmpty() ? List.of(TimeRange.ALL_DAY) : r.times()));
            // an office is closed; an offering does not take place
            case CLOSED -> {
                String closed = t.get(offering ? "hours.cancelled" : "hours.closed");
                yield r.times().isEmpty() ? closed : wording.clock(ranges(r.times())) + " " + closed;
            }
            case UNKNOWN -> t.get("hours.unknownTimes");
        };
        if (r.comment() != null) what = r.state() == HoursState.UNKNOWN ? r.comment() : what + " (" + r.comment() + ")";
        return capitalise(prefix + (days.isEmpty() ? "" : days + " ") + what);
    }

    /**
     * Which of a weekday's dates a rule means, for a plan that already names the weekday and the
     * time: "jeden 1. Freitag im Monat", "April–Oktober"; "" for every week.
     */
    public String weeksMeant(HoursRule r) {
        // the words as they stand in brackets after a time, "(in ungeraden Kalenderwochen)": the theme writes
        // them so, and a rule's sentence capitalises its start ("In ungeraden Kalenderwochen: …")
        List<String> parts = season(r);
        if (r.weekdays().stream().anyMatch(w -> !w.nths().isEmpty())) parts.add(weekdays(r.weekdays()));
        if (r.comment() != null && r.state() != HoursState.UNKNOWN) parts.add(r.comment());
        return String.join(wording.comma(), parts);
    }

    /** The dates and weeks a rule is limited to ("April–Oktober", "Kalenderwoche 1–26"), in words. */
    private List<String> season(HoursRule r) {
        List<String> when = new ArrayList<>();
        if (!r.dates().isEmpty()) when.add(r.dates().stream().map(this::dayRange).collect(Collectors.joining(wording.comma())));
        if (!r.weeks().isEmpty()) when.add(r.weeks().stream().map(this::weeks).collect(Collectors.joining(wording.comma())));
        return when;
    }

    /** "Mo, Mi" or, with nth, "jeden 1. und 3. Mittwoch im Monat". */
    private String weekdays(List<HoursRule.WeekdaySelector> selectors) {
        if (selectors.stream().allMatch(s -> s.nths().isEmpty()))
            return days(selectors.stream().map(HoursRule.WeekdaySelector::day).distinct().sorted().toList());
        List<String> parts = new ArrayList<>();
        for (HoursRule.WeekdaySelector s : selectors) {
            String nths = s.nths().stream().map(n -> nth(n, s.day())).collect(Collectors.joining(wording.and(t.get("hours.and"))));
            // "1. Mittwoch", but in Arabic the ordinal follows the day: "الأربعاء الأول"
            parts.add(nths.isEmpty() ? fullName(s.day()) : t.get("hours.nthDay").replace("{nth}", nths).replace("{day}", fullName(s.day())));
        }
        // a language may need no word before ("1-я среда месяца"): no blank then
        String every = t.get("hours.every");
        return (every.isEmpty() ? "" : every + " ") + String.join(wording.comma(), parts) + " " + t.get("hours.inMonth");
    }

    /**
     * "1.", "letzten", "vorletzten"; the theme may give the first five ordinals as words
     * ({@code hours.nths}: "الأول|الأولى,الثاني|الثانية,…", masculine|feminine); from the third last on, {@code hours.fromEnd} says
     * where the number goes ("{n}-to-last", "{n} с конца") unless {@code hours.fromEndWords} has a word
     * for it ("drittletzten").
     */
    private String nth(int n, DayOfWeek day) {
        if (n == -1) return wording.agreeing(t.get("hours.last"), day);
        if (n == -2) return wording.agreeing(t.get("hours.secondLast"), day);
        if (n > 0) return ordinal(n, day);
        // "drittletzten" where the language has a word for it, else "{n} letzten"
        int fromEnd = -n - 3;
        if (fromEnd < fromEndWords.length && !fromEndWords[fromEnd].isBlank()) return wording.agreeing(fromEndWords[fromEnd].strip(), day);
        return t.get("hours.fromEnd").replace("{n}", ordinal(-n, day));
    }

    private String ordinal(int n, DayOfWeek day) {
        return n <= nthWords.length && !nthWords[n - 1].isBlank() ? wording.agreeing(nthWords[n - 1].strip(), day) : wording.ordinal(n, day);
    }

    private String weeks(HoursRule.WeekSpan w) {
        // "week 01-53/2": every odd week of the year, which is what editors mean and residents understand
        // ("01-52/2" leaves out week 53 of a long year: said as it is)
        if (w.interval() == 2 && (w.from() == 1 && w.to() >= 53 || w.from() == 2 && w.to() >= 52))
            return t.get(w.from() == 1 ? "hours.weeksOdd" : "hours.weeksEven");
        String text = w.from() == w.to() ? t.get("hours.week").replace("{from}", Integer.toString(w.from()))
                // the theme's dash between the weeks as ranges are written here (kept whole on a right-to-left page)
                : t.get("hours.weeks").replace("{from}\u2013{to}", "{from}" + wording.dash() + "{to}")
                        .replace("{from}", Integer.toString(w.from())).replace("{to}", Integer.toString(w.to()));
        return w.interval() > 1 ? text + wording.comma() + t.get("hours.weeksEvery").replace("{n}", Integer.toString(w.interval())) : text;
    }

    /** "April–Oktober", "24. Dezember", "24.–31. Dezember", "24. Dezember – 6. Januar". */
    public String dayRange(HoursRule.DayRange r) {
        String fromMonth = wording.monthName(r.from().getMonth());
        String toMonth = wording.monthName(r.to().getMonth());
        if (r.wholeMonths()) return r.from().getMonth() == r.to().getMonth() ? fromMonth : fromMonth + wording.dash() + toMonth;
        java.time.LocalDate from = java.time.LocalDate.of(2000, r.from().getMonth(), r.from().getDayOfMonth());
        java.time.LocalDate to = java.time.LocalDate.of(2000, r.to().getMonth(), r.to().getDayOfMonth());
        if (r.from().equals(r.to())) return wording.dayAndMonth(from);
        if (wording.locale().getLanguage().equals("de") && r.from().getMonth() == r.to().getMonth() && !r.from().isAfter(r.to()))
            return r.from().getDayOfMonth() + ".–" + r.to().getDayOfMonth() + ". " + toMonth;
        // one month, where the day comes first ("31 December", "31 грудня"): "24–31 December", the month once
        String last = wording.dayAndMonth(to);
        String firstDay = String.valueOf(r.from().getDayOfMonth());
        if (r.from().getMonth() == r.to().getMonth() && !r.from().isAfter(r.to()) && last.startsWith(r.to().getDayOfMonth() + " ")
                && wording.dayAndMonth(from).startsWith(firstDay + " "))
            return firstDay + wording.dash() + last;
        return wording.dayAndMonth(from) + " – " + last;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
