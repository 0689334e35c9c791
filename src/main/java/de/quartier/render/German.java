package de.quartier.render;

import de.quartier.model.EventDate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** German wording of dates, numbers, languages and opening hours for the views. */
final class German {
    static final Locale DE = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DE);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", DE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DE);
    private static final Map<String, String> DAYS = Map.ofEntries(
            Map.entry("Mo", "Mo"), Map.entry("Tu", "Di"), Map.entry("We", "Mi"), Map.entry("Th", "Do"),
            Map.entry("Fr", "Fr"), Map.entry("Sa", "Sa"), Map.entry("Su", "So"), Map.entry("PH", "Feiertage"));

    private German() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "Samstag, 5. Dezember 2026, 14:00–17:00 Uhr" (the end's date is named when it differs). */
    static String event(EventDate e) {
        StringBuilder sb = new StringBuilder(DAY_DATE.format(e.start())).append(", ").append(TIME.format(e.start()));
        if (e.end() != null) {
            sb.append('–');
            if (!e.end().toLocalDate().equals(e.start().toLocalDate())) sb.append(DAY_DATE.format(e.end())).append(", ");
            sb.append(TIME.format(e.end()));
        }
        return sb.append(" Uhr").toString();
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
    static String openingHours(String expression) {
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
                    words.append("geschlossen");
                } else if (token.matches("[0-9:,\\-+]+") && token.contains(":")) {
                    words.append(token.replace("-", "–").replace(",", " und ")).append(" Uhr");
                } else {
                    words.append(days(token));
                }
            }
            out.append(words);
        }
        return out.toString();
    }

    private static String days(String token) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < token.length()) {
            if (i + 2 <= token.length() && DAYS.containsKey(token.substring(i, i + 2))) {
                sb.append(DAYS.get(token.substring(i, i + 2)));
                i += 2;
            } else {
                char c = token.charAt(i++);
                sb.append(c == '-' ? "–" : c == ',' ? ", " : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
