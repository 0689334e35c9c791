package de.quartier.render;

import de.quartier.model.EventDate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * German formatting of dates, numbers, languages and opening hours for the views. Locale data
 * (month and day names) comes from the JDK; words (Uhr, geschlossen, Feiertage) come from the
 * theme's strings, so a site can change them.
 */
final class German {
    static final Locale DE = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DE);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", DE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DE);
    private static final Map<String, java.time.DayOfWeek> OSM_DAYS = Map.of(
            "Mo", java.time.DayOfWeek.MONDAY, "Tu", java.time.DayOfWeek.TUESDAY, "We", java.time.DayOfWeek.WEDNESDAY,
            "Th", java.time.DayOfWeek.THURSDAY, "Fr", java.time.DayOfWeek.FRIDAY, "Sa", java.time.DayOfWeek.SATURDAY,
            "Su", java.time.DayOfWeek.SUNDAY);

    private final String clock;
    private final String closed;
    private final String and;
    private final String holidays;

    /** @param strings the theme's UI strings (hours.suffix, hours.closed, hours.and, hours.holidays) */
    German(Map<String, String> strings) {
        this.clock = strings.getOrDefault("hours.suffix", "");
        this.closed = strings.getOrDefault("hours.closed", "");
        this.and = strings.getOrDefault("hours.and", ",");
        this.holidays = strings.getOrDefault("hours.holidays", "PH");
    }

    /** "09:00–13:00 Uhr" */
    String clock(String times) {
        return clock.isEmpty() ? times : times + " " + clock;
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "Samstag, 5. Dezember 2026, 14:00–17:00 Uhr" (the end's date is named when it differs). */
    String event(EventDate e) {
        StringBuilder sb = new StringBuilder(DAY_DATE.format(e.start())).append(", ").append(TIME.format(e.start()));
        if (e.end() != null) {
            sb.append('–');
            if (!e.end().toLocalDate().equals(e.start().toLocalDate())) sb.append(DAY_DATE.format(e.end())).append(", ");
            sb.append(TIME.format(e.end()));
        }
        return clock(sb.toString());
    }

    static String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** "tr" → "Türkisch" */
    static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(DE);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /**
     * The opening-hours expression with German day names and "Uhr", e.g. "Mo,Tu 09:00-13:00; PH off"
     * → "Mo, Di 09:00–13:00 Uhr · Feiertage geschlossen". A word-for-word reading until the
     * evaluating renderer (weekly table, grouped ranges) replaces it.
     */
    String openingHours(String expression) {
        StringBuilder out = new StringBuilder();
        for (String rule : expression.split(";")) {
            String r = rule.strip();
            if (r.isEmpty()) continue;
            if (out.length() > 0) out.append(" · ");
            StringBuilder words = new StringBuilder();
            for (String token : r.split(" ")) {
                if (token.isEmpty()) continue;
                if (words.length() > 0) words.append(' ');
                if (token.equals("off") || token.equals("closed")) {
                    words.append(closed);
                } else if (token.matches("[0-9:,\\-+]+") && token.contains(":")) {
                    words.append(clock(token.replace("-", "–").replace(",", " " + and + " ")));
                } else {
                    words.append(days(token));
                }
            }
            out.append(words);
        }
        return out.toString();
    }

    private String days(String token) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < token.length()) {
            String two = i + 2 <= token.length() ? token.substring(i, i + 2) : "";
            if (OSM_DAYS.containsKey(two) || two.equals("PH")) {
                sb.append(two.equals("PH") ? holidays
                        : OSM_DAYS.get(two).getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, DE).replace(".", ""));
                i += 2;
            } else {
                char c = token.charAt(i++);
                sb.append(c == '-' ? "–" : c == ',' ? ", " : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
