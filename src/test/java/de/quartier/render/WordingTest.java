package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates, numbers and names in a page's language, from the JDK's locale data or pinned where JDKs differ. */
class WordingTest {
    private static Wording in(String lang) {
        return new Wording(lang, Map.of("hours.suffix", lang.equals("de") ? "Uhr" : ""));
    }

    @Test
    void datesAndDaysInTheLanguage() {
        LocalDate d = LocalDate.of(2026, 12, 5);
        assertEquals("5. Dezember 2026", in("de").date(d));
        assertEquals("5 December 2026", in("en").date(d));
        assertEquals("5 Aralık 2026", in("tr").date(d));
        assertEquals("Samstag", in("de").dayName(DayOfWeek.SATURDAY));
        assertEquals("Cumartesi", in("tr").dayName(DayOfWeek.SATURDAY));
        assertEquals("субота", in("uk").dayName(DayOfWeek.SATURDAY));
        assertEquals("März 2011", in("de").month(LocalDate.of(2011, 3, 1)));
        assertEquals("09:00–13:00 Uhr", in("de").clock("09:00–13:00"));
        assertEquals("09:00–13:00", in("ar").clock("09:00–13:00"));
    }

    /**
     * Where Java 17's and Java 25's locale data differ, a page says what Java 25 says, on any JDK:
     * these fail on Java 17 if the pinned patterns and names are not used.
     */
    @Test
    void datesAndLanguageNamesThatDifferBetweenJdksArePinned() {
        LocalDate d = LocalDate.of(2026, 11, 21);
        assertEquals("21 ноября 2026\u202fг.", in("ru").date(d));
        assertEquals("субота, 21 листопада 2026\u202fр., 10:00", in("uk").day(d, "10:00"));
        assertEquals("السبت\u060c 21 نوفمبر 2026\u060c 10:00", in("ar").day(d, "10:00"));
        assertEquals("21 Kasım 2026 Cumartesi, 10:00", in("tr").day(d, "10:00"));
        assertEquals("Kurdî (kurmancî)", Wording.ownName("ku"));
        assertEquals("Kreyòl Ayisyen", Wording.ownName("ht"));
        assertEquals("Bihari", in("de").language("bh"));
        assertEquals("Türkçe", Wording.ownName("tr"));
        // a page language the table does not have asks the JDK
        assertEquals("allemand", in("fr").language("de"));
        // the languages with pinned dates are the table's columns (JdkIndependenceIT checks the patterns themselves)
        for (String lang : LanguageNames.PAGE_LANGUAGES) assertEquals(2, Wording.pinnedDates(lang).size(), lang);
        assertEquals(null, Wording.pinnedDates("fr"));
    }

    @Test
    void numbersKeepWesternDigitsListsTheLanguagesComma() {
        assertEquals("17.500", in("de").number(new BigDecimal("17500")));
        assertEquals("17,500", in("en").number(new BigDecimal("17500")));
        assertEquals(-1, in("ar").number(new BigDecimal("17500")).indexOf('١'), "no Arabic-Indic digits");
        assertEquals("، ", in("ar").comma());
        assertEquals(", ", in("tr").comma());
    }

    @Test
    void aDateAndItsTimesAreSeparatedByTheLanguagesComma() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        var times = java.util.List.of(new de.quartier.model.TimeRange(600, 690), new de.quartier.model.TimeRange(840, 900));
        String arabic = in("ar").day(d, new HoursText(in("ar"), Map.of()).ranges(times));
        assertEquals(-1, arabic.indexOf(','), "no Latin comma between Arabic words: " + arabic);
        assertTrue(arabic.endsWith("، 10:00–\u206011:30، 14:00–\u206015:00"), arabic);
        assertEquals("Mittwoch, 2. Dezember 2026, 10:00–11:30, 14:00–15:00 Uhr",
                in("de").day(d, new HoursText(in("de"), Map.of()).ranges(times)));
        var e = new de.quartier.model.EventDate(java.time.ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Berlin")),
                java.time.ZonedDateTime.of(2026, 12, 2, 11, 30, 0, 0, java.time.ZoneId.of("Europe/Berlin")));
        assertEquals(-1, in("ar").event(e).indexOf(','), in("ar").event(e));
        assertEquals("Mittwoch, 2. Dezember 2026, 10:00–11:30 Uhr", in("de").event(e));
    }

    @Test
    void rangesStayWholeOnRightToLeftPagesOnly() {
        var times = java.util.List.of(new de.quartier.model.TimeRange(570, 720));
        // a word joiner after the dash: no line break between "09:30–" and "12:00"
        assertEquals("09:30–\u206012:00", new HoursText(in("ar"), Map.of()).ranges(times));
        assertEquals("09:30–12:00", new HoursText(in("de"), Map.of()).ranges(times));
        assertEquals("09:30–12:00", new HoursText(in("tr"), Map.of()).ranges(times));
        var days = java.util.List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertTrue(new HoursText(in("ar"), Map.of()).days(days).contains("–\u2060"));
        var e = new de.quartier.model.EventDate(java.time.ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Berlin")),
                java.time.ZonedDateTime.of(2026, 12, 2, 11, 30, 0, 0, java.time.ZoneId.of("Europe/Berlin")));
        assertTrue(in("ar").event(e).endsWith("10:00–\u206011:30"), in("ar").event(e));
    }

    @Test
    void ordinalsAndOwnNames() {
        assertEquals("1.", in("de").ordinal(1));
        assertEquals("1st", in("en").ordinal(1));
        assertEquals("2nd", in("en").ordinal(2));
        assertEquals("3rd", in("en").ordinal(3));
        assertEquals("4th", in("en").ordinal(4));
        assertEquals("11th", in("en").ordinal(11));
        assertEquals("22nd", in("en").ordinal(22));
        assertEquals("Türkçe", Wording.ownName("tr"));
        assertEquals("Українська", Wording.ownName("uk"));
        assertEquals("Türkisch", in("de").language("tr"));
        assertEquals("Turkish", in("en").language("tr"));
    }
}
