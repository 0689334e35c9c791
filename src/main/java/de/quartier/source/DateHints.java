package de.quartier.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hints for a date or a date and time that does not read: the value to write where the
 * editor wrote it the German way ("24.12.2026 18 Uhr" → "write 2026-12-24 18:00"), the order of
 * month and day, or an example.
 */
final class DateHints {
    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private DateHints() {
    }

    static boolean calendarDay(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** 2026-13-01: month and day swapped ("did you mean 2026-01-13?"), else the order and the month's days. */
    static String calendarHint(String v) {
        Matcher m = ScalarValues.DATE.matcher(v);
        if (!m.matches()) return "YYYY-MM: a month from 01 to 12";
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            if (month > 12) {
                LocalDate swapped = LocalDate.of(Integer.parseInt(m.group(1)), day, month);
                return "the month comes before the day: did you mean " + swapped + "?";
            }
        } catch (DateTimeException notEither) {
            // 2026-31-02: no date either way round
        }
        return "YYYY-MM-DD: a month from 01 to 12, a day that the month has";
    }

    /** "24.12.2026 18:00" (or "18 Uhr", "18.00") → "write 2026-12-24 18:00"; else an example. */
    static String germanDateTimeHint(String v) {
        Matcher g = GERMAN_DATE_TIME.matcher(v);
        Matcher iso = ISO_DATE_GERMAN_TIME.matcher(v);
        // "2026-12-13 17 Uhr": the day is right, the time is German
        if (!g.matches() && iso.matches() && Integer.parseInt(iso.group(4)) < 24 && (iso.group(5) == null || Integer.parseInt(iso.group(5)) < 60)
                && calendarDay(iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3)))
            return String.format("write %s-%s-%s %02d:%s", iso.group(1), iso.group(2), iso.group(3), Integer.parseInt(iso.group(4)),
                    iso.group(5) == null ? "00" : iso.group(5));
        if (!g.matches()) return "for example 2026-12-05 14:00";
        return writeDay(g, String.format(" %02d:%s", Integer.parseInt(g.group(4)), g.group(5) == null ? "00" : g.group(5)));
    }

    private static final Pattern ISO_DATE_GERMAN_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2}),?\\s+(?:um\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*Uhr)?");

    private static final Pattern GERMAN_DATE_TIME = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}),?\\s+(?:um\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*Uhr)?");

    /** A day month-first (24.12.2026), or year-first without leading zeros (2026-4-8): the form to write; else an example. */
    static String germanDateHint(String v) {
        Matcher g = GERMAN_DATE.matcher(v);
        if (g.matches()) return writeDay(g, "");
        // "2026-11-20 14:00" where only a day goes (a news item's date): the day is right, the time is too much
        Matcher timed = DAY_WITH_TIME.matcher(v);
        if (timed.matches() && calendarDay(timed.group(1))) return "a day only, without the time: write " + timed.group(1);
        Matcher loose = UNPADDED_DATE.matcher(v);
        if (loose.matches()) {
            String iso = String.format("%s-%02d-%02d", loose.group(1), Integer.parseInt(loose.group(2)), Integer.parseInt(loose.group(3)));
            return calendarDay(iso) ? "write " + iso : "there is no such day; " + calendarHint(iso);
        }
        return "for example 2026-11-21";
    }

    /** "2026-12-13 14:00-17:00", "13.12.2026, 14 – 17 Uhr", "2026-12-13 von 14 bis 17 Uhr": one date with its times, as one text. */
    private static final Pattern DATE_WITH_SPAN = Pattern.compile(
            "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})),?\\s+(?:um\\s+|von\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*Uhr)?"
                    + "\\s*(?:-|–|—|bis)\\s*(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*Uhr)?");

    /**
     * A date of an offering written as one text instead of start and end: the entry to write
     * ("write {start: 2026-12-13 14:00, end: 2026-12-13 17:00}"), or how an entry looks.
     */
    static String datesEntryHint(String v) {
        Matcher m = DATE_WITH_SPAN.matcher(v.strip());
        String example = "each date is written with its start and end: {start: 2026-12-05 14:00, end: 2026-12-05 16:00}";
        if (!m.matches()) return example;
        String day = m.group(1) != null
                ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : String.format("%s-%02d-%02d", m.group(6), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
        int from = Integer.parseInt(m.group(7)), to = Integer.parseInt(m.group(9));
        String fromMin = m.group(8) == null ? "00" : m.group(8), toMin = m.group(10) == null ? "00" : m.group(10);
        if (!calendarDay(day) || from > 23 || to > 24 || Integer.parseInt(fromMin) > 59 || Integer.parseInt(toMin) > 59) return example;
        return String.format("write {start: %s %02d:%s, end: %s %02d:%s}", day, from, fromMin, day, to, toMin);
    }

    private static final Pattern UNPADDED_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*Uhr)?");

    /**
     * "write 2026-12-24" (and what follows) for a German date matched as day, month, year; never a
     * form the next run refuses: 30.02.2026 is no day however it is written.
     */
    private static String writeDay(Matcher german, String after) {
        String iso = String.format("%s-%02d-%02d", german.group(3), Integer.parseInt(german.group(2)), Integer.parseInt(german.group(1)));
        return calendarDay(iso) ? "write " + iso + after : "there is no such day; " + calendarHint(iso);
    }
}
