package de.quartier.render;

import de.quartier.model.EventDate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * German formatting of dates, numbers and languages for the views (opening hours: {@link HoursText}). Locale data
 * (month and day names) comes from the JDK; words (Uhr, geschlossen, Feiertage) come from the
 * theme's strings, so a site can change them.
 */
public final class German {
    public static final Locale DE = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DE);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", DE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DE);

    private final String clock;

    /** @param strings the theme's UI strings (hours.suffix: "Uhr") */
    public German(Map<String, String> strings) {
        this.clock = strings.getOrDefault("hours.suffix", "");
    }

    /** "09:00–13:00 Uhr" */
    public String clock(String times) {
        return clock.isEmpty() ? times : times + " " + clock;
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", Locale.GERMAN);

    /** "März 2011": a date the editor wrote as a month ({@code 2011-03}). */
    public static String month(LocalDate d) {
        return d == null ? "" : MONTH.format(d);
    }

    /** "Samstag, 5. Dezember 2026, 14:00–17:00 Uhr" (the end's date is named when it differs). */
    public String event(EventDate e) {
        StringBuilder sb = new StringBuilder(DAY_DATE.format(e.start())).append(", ").append(TIME.format(e.start()));
        if (e.end() != null) {
            sb.append('–');
            if (!e.end().toLocalDate().equals(e.start().toLocalDate())) sb.append(DAY_DATE.format(e.end())).append(", ");
            sb.append(TIME.format(e.end()));
        }
        return clock(sb.toString());
    }

    public static String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** "tr" → "Türkisch" */
    public static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(DE);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
