package de.quartier.render;

import de.quartier.model.EventDate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, times, numbers, day and language names in a page's language (opening hours: {@link
 * HoursText}). Locale data (month and day names) comes from the JDK; date patterns and the names of
 * languages, which differ between Java 17 and 25, are pinned for the default theme's languages
 * ({@link #DATES}, {@link LanguageNames}); words (Uhr, geschlossen) come from the theme's strings,
 * so a site can change them.
 */
public final class Wording {
    /** Languages written in Arabic script, which separate a list with the Arabic comma. */
    private static final java.util.Set<String> ARABIC_SCRIPT = java.util.Set.of("ar", "fa", "ur", "ps");

    /**
     * The long and the full date of the default theme's languages, as the locale data of Java 25
     * writes them: Java 17 has a plain space in "21 ноября 2026 г.", Java 25 one that keeps the
     * year and "г." on one line, and a page must not change with the JDK that built it. German is
     * "30. November 2026", the form German pages always used. Other languages ask the JDK.
     */
    private static final Map<String, List<String>> DATES = Map.of(
            "de", List.of("d. MMMM yyyy", "EEEE, d. MMMM yyyy"),
            "en", List.of("d MMMM y", "EEEE, d MMMM y"),
            "tr", List.of("d MMMM y", "d MMMM y EEEE"),
            "ar", List.of("d MMMM y", "EEEE\u060c d MMMM y"),
            "uk", List.of("d MMMM y\u202f'р'.", "EEEE, d MMMM y\u202f'р'."),
            "ru", List.of("d MMMM y\u202f'г'.", "EEEE, d MMMM y\u202f'г'."));

    /** German words for what is German whatever the page (calendars, open data, the search index). */
    public static final Wording GERMAN = new Wording("de", Map.of("hours.suffix", "Uhr"));

    private final Locale locale;
    private volatile String[] dayNames;
    private volatile String[] shortDayNames;
    /** The same language with Western digits: numbers read like the times and dates beside them. */
    private final Locale digits;
    private final String comma;
    private final String semicolon;
    private final String clock;
    private final String dash;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayDate;
    private final DateTimeFormatter month;
    private final DateTimeFormatter dayMonth;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** @param strings the theme's UI strings in that language (hours.suffix: "Uhr") */
    public Wording(String lang, Map<String, String> strings) {
        this.locale = localeOf(lang);
        this.digits = Locale.forLanguageTag(locale.toLanguageTag() + "-u-nu-latn");
        this.comma = ARABIC_SCRIPT.contains(locale.getLanguage()) ? "، " : ", ";
        this.semicolon = ARABIC_SCRIPT.contains(locale.getLanguage()) ? "؛ " : "; ";
        this.clock = strings.getOrDefault("hours.suffix", "");
        // Unicode lets a line break after an en dash; on a right-to-left page "09:30–" at a line's
        // end with "12:00" on the next line reads as two times, so a word joiner keeps the range whole
        this.dash = Editions.rightToLeft(lang) ? "\u2013\u2060" : "\u2013";
        boolean german = locale.getLanguage().equals("de");
        List<String> dates = DATES.get(locale.getLanguage());
        this.date = dates != null ? DateTimeFormatter.ofPattern(dates.get(0), locale) : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dayDate = dates != null ? DateTimeFormatter.ofPattern(dates.get(1), locale) : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.dayMonth = DateTimeFormatter.ofPattern(german ? "d. MMMM" : "d MMMM", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The long and the full date pattern pinned for a page language; null where the JDK's are used. */
    static List<String> pinnedDates(String lang) {
        return DATES.get(lang);
    }

    /** A page language's locale: English as written in Europe, "5 December 2026", not the US "December 5, 2026". */
    static Locale localeOf(String lang) {
        return lang.equals("en") ? Locale.UK : Locale.forLanguageTag(lang);
    }

    /** Texts in this language's alphabetical order, for one sort on one thread (a collator is not safe to share). */
    public java.util.Comparator<String> alphabetical() {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return collator::compare;
    }

    /**
     * The nth weekday of a month: "1." in German and most languages, "1st" in English, and in
     * Russian and Ukrainian with the ending of the weekday's gender ("1-я среда", "1-й понедельник",
     * "1-е воскресенье"; Ukrainian "1-а середа", "3-я середа"), where a German "1." would read as a list's number.
     */
    public String ordinal(int n, DayOfWeek day) {
        return switch (locale.getLanguage()) {
            case "ru" -> n + switch (gender(day)) {
                case FEMININE -> "-я";
                case NEUTER -> "-е";
                case MASCULINE -> "-й";
            };
            // the last letter of the word: перша, друга, третя, четверта, п'ята
            case "uk" -> n + (gender(day) == Gender.FEMININE ? (n == 3 ? "-я" : "-а") : "-й");
            default -> ordinal(n);
        };
    }

    /**
     * "последний" as the weekday's gender needs it ("последняя среда", "последнее воскресенье";
     * Ukrainian "остання середа"): the theme's strings give the masculine form, as for "понедельник".
     * Where the theme gives both forms ("الأخير|الأخيرة"), the one the weekday needs (Arabic الجمعة
     * is feminine).
     */
    public String agreeing(String masculine, DayOfWeek day) {
        Gender g = gender(day);
        int bar = masculine.indexOf('|');
        if (bar >= 0) {
            // the theme gives the forms itself: "masculine|feminine" (Arabic "الأول|الأولى")
            String feminine = masculine.substring(bar + 1);
            return g == Gender.FEMININE ? feminine : masculine.substring(0, bar);
        }
        if (g == Gender.MASCULINE) return masculine;
        if (locale.getLanguage().equals("ru") && masculine.endsWith("ний")) return masculine.substring(0, masculine.length() - 2) + (g == Gender.FEMININE ? "яя" : "ее");
        if (locale.getLanguage().equals("uk") && masculine.endsWith("ній")) return masculine.substring(0, masculine.length() - 2) + (g == Gender.FEMININE ? "я" : "є");
        return masculine;
    }

    private enum Gender { MASCULINE, FEMININE, NEUTER }

    /** A weekday's grammatical gender in Russian, Ukrainian and Arabic; masculine elsewhere, where it does not matter here. */
    private Gender gender(DayOfWeek day) {
        String lang = locale.getLanguage();
        if (lang.equals("ar")) return day == DayOfWeek.FRIDAY ? Gender.FEMININE : Gender.MASCULINE;
        if (!lang.equals("ru") && !lang.equals("uk")) return Gender.MASCULINE;
        return switch (day) {
            case WEDNESDAY, FRIDAY, SATURDAY -> Gender.FEMININE;
            case SUNDAY -> lang.equals("ru") ? Gender.NEUTER : Gender.FEMININE; // воскресенье, but неділя
            default -> Gender.MASCULINE;
        };
    }

    /** "1." in German and most languages, "1st" in English. */
    public String ordinal(int n) {
        if (!locale.getLanguage().equals("en")) return n + ".";
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "and" between two items: " und ", but the Arabic و is written onto the word after it (" و"). */
    public String and(String word) {
        return locale.getLanguage().equals("ar") && word.equals("و") ? " و" : " " + word + " ";
    }

    /** What separates the items of a list: the Arabic comma in Arabic script. */
    public String comma() {
        return comma;
    }

    /** What separates groups whose items are separated by {@link #comma()}: the Arabic semicolon in Arabic script. */
    public String semicolon() {
        return semicolon;
    }

    /** The dash of a range of times, days or months ("09:00–13:00", "Mo–Do"), kept whole on right-to-left pages. */
    public String dash() {
        return dash;
    }

    /** "09:00–13:00 Uhr" */
    public String clock(String times) {
        return clock.isEmpty() ? times : times + " " + clock;
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    /** "März 2011": a date the editor wrote as a month ({@code 2011-03}). */
    public String month(LocalDate d) {
        return d == null ? "" : month.format(d);
    }

    /** "24. Dezember" */
    public String dayAndMonth(LocalDate d) {
        return dayMonth.format(d);
    }

    /** "Oktober" */
    public String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** "Montag" */
    public String dayName(DayOfWeek d) {
        String[] names = dayNames;
        if (names == null) dayNames = names = dayNames(TextStyle.FULL_STANDALONE);
        return names[d.ordinal()];
    }

    /** "Mo" */
    public String shortDayName(DayOfWeek d) {
        String[] names = shortDayNames;
        if (names == null) shortDayNames = names = dayNames(TextStyle.SHORT_STANDALONE);
        return names[d.ordinal()];
    }

    /**
     * The seven names, looked up once: the JDK makes a formatter for each look-up, and pages ask for
     * them on every line of hours. Two threads may both look them up the first time; both get the same.
     */
    private String[] dayNames(TextStyle style) {
        String[] names = new String[7];
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(style, locale);
            // "Mo.", as some locales abbreviate, is "Mo"
            names[d.ordinal()] = style == TextStyle.SHORT_STANDALONE ? name.replace(".", "") : name;
        }
        return names;
    }

    /**
     * "Samstag, 26. Dezember 2026, 22:00–02:30 Uhr": a day and the times a schedule holds on it
     * ({@link HoursText#ranges}), an end past midnight written as the schedule's line says it.
     */
    public String day(java.time.LocalDate day, String times) {
        return clock(dayDate.format(day) + comma + times);
    }

    /** "Samstag, 5. Dezember 2026, 14:00–17:00 Uhr" (the end's date is named when it differs). */
    public String event(EventDate e) {
        StringBuilder sb = new StringBuilder(dayDate.format(e.start())).append(comma).append(TIME.format(e.start()));
        if (e.end() != null) {
            sb.append(dash);
            if (!e.end().toLocalDate().equals(e.start().toLocalDate())) sb.append(dayDate.format(e.end())).append(comma);
            sb.append(TIME.format(e.end()));
        }
        return clock(sb.toString());
    }

    public String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(digits);
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** "tr" → "Türkisch" on a German page, "Turkish" on an English one. */
    public String language(String code) {
        return languageNames.computeIfAbsent(code, c -> {
            String pinned = LanguageNames.in(c, locale.getLanguage());
            String name = pinned != null ? pinned : Locale.forLanguageTag(c).getDisplayLanguage(locale);
            return name.isEmpty() || name.equals(c) ? c : name;
        });
    }

    /** Names of languages, looked up once: every offering's card and page names its languages. */
    private final Map<String, String> languageNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** "tr" → "Türkçe": a language's name in itself, as a language switcher shows it. */
    public static String ownName(String code) {
        Locale l = Locale.forLanguageTag(code);
        String pinned = LanguageNames.own(code);
        String name = pinned != null ? pinned : l.getDisplayLanguage(l);
        if (name.isEmpty() || name.equals(code)) return code;
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
