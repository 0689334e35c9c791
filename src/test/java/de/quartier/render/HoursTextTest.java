package de.quartier.render;

import de.quartier.validate.HoursFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** German wording of real-world opening_hours strings, as the pages show them. */
class HoursTextTest {
    private static final Map<String, String> STRINGS = new Theme(Map.of()).strings();
    private static final HoursText TEXT = new HoursText(new Wording("de", STRINGS), STRINGS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Mo-Fr 09:00-13:00; PH off | Mo–Fr 09:00–13:00 Uhr · An Feiertagen geschlossen",
            "Mo,Tu 09:00-13:00; We,Th 13:30-17:30; Fr 11:30-13:00; PH off | Mo, Di 09:00–13:00 Uhr; Mi, Do 13:30–17:30 Uhr; Fr 11:30–13:00 Uhr · An Feiertagen geschlossen",
            "Mo-Th 09:00-18:00; Fr 09:00-14:00; PH off | Mo–Do 09:00–18:00 Uhr; Fr 09:00–14:00 Uhr · An Feiertagen geschlossen",
            "Mo,We,Fr 08:30-12:30; Tu,Th 08:30-12:30,13:30-16:00; PH off | Mo, Mi, Fr 08:30–12:30 Uhr; Di, Do 08:30–12:30, 13:30–16:00 Uhr · An Feiertagen geschlossen",
            "Mo-Fr 11:30-17:00; Sa,Su 12:00-17:00 | Mo–Fr 11:30–17:00 Uhr; Sa, So 12:00–17:00 Uhr",
            "Mo 10:00-12:00; Tu 09:30-11:30; Th 15:00-17:00; Fr 10:00-12:00; PH off | Mo, Fr 10:00–12:00 Uhr; Di 09:30–11:30 Uhr; Do 15:00–17:00 Uhr · An Feiertagen geschlossen",
            "Mo-Fr 09:00-17:00; We 12:00-13:00 off | Mo, Di, Do, Fr 09:00–17:00 Uhr; Mi 09:00–12:00, 13:00–17:00 Uhr",
            "Mo-Fr 09:00-12:00, We 14:00-16:00 | Mo, Di, Do, Fr 09:00–12:00 Uhr; Mi 09:00–12:00, 14:00–16:00 Uhr",
            "Mo-Th 09:00-16:00; Fr \"nach Vereinbarung\"; PH off | Mo–Do 09:00–16:00 Uhr; Fr nach Vereinbarung · An Feiertagen geschlossen",
            "Mo-Fr 09:00-12:00; Sa 10:00-12:00 \"nur mit Termin\" | Mo–Fr 09:00–12:00 Uhr; Sa 10:00–12:00 Uhr (nur mit Termin)",
            "Fr 22:00-26:00 | Fr 22:00–02:00 Uhr",
            "Mo-Fr 09:00-12:00; Dec 24-Dec 31 off; PH off | Mo–Fr 09:00–12:00 Uhr · 24.–31. Dezember: geschlossen · An Feiertagen geschlossen",
            "Mo-Fr 09:00-12:00; Aug off | Mo–Fr 09:00–12:00 Uhr · August: geschlossen",
            "Apr-Oct Sa 10:00-13:00 | April–Oktober: Sa 10:00–13:00 Uhr",
            "We[1,3] 15:00-17:00; PH off | Jeden 1. und 3. Mittwoch im Monat 15:00–17:00 Uhr · An Feiertagen geschlossen",
            "Mo[-1] 18:00-20:00 | Jeden letzten Montag im Monat 18:00–20:00 Uhr",
            "week 02-52/2 Tu 10:00-12:00 | In geraden Kalenderwochen: Di 10:00–12:00 Uhr",
            "week 01-53/2 Mo 18:00-20:00 | In ungeraden Kalenderwochen: Mo 18:00–20:00 Uhr",
            "week 01-52/2 Mo 18:00-20:00 | Kalenderwoche 1–52, jede 2. Woche: Mo 18:00–20:00 Uhr",
            "week 10-20/2 Tu 10:00-12:00 | Kalenderwoche 10–20, jede 2. Woche: Di 10:00–12:00 Uhr",
            "Su,PH off; Mo-Sa 10:00-18:00 | Mo–Sa 10:00–18:00 Uhr · So und an Feiertagen geschlossen",
            "24/7 | Rund um die Uhr geöffnet",
            "Mo-Su 00:00-24:00; PH off | Rund um die Uhr geöffnet · An Feiertagen geschlossen",
            "Mo-Sa 00:00-24:00 | Mo–Sa 00:00–24:00 Uhr",
            "Mo-Fr 09:00-12:00; Dec 24-Jan 06 off | Mo–Fr 09:00–12:00 Uhr · 24. Dezember – 6. Januar: geschlossen",
    })
    void summaries(String expression, String german) {
        assertEquals(german, TEXT.summary(HoursFixture.of(expression), false));
    }

    /** In brackets after a plan's time, not at a sentence's start: "(in ungeraden Kalenderwochen)"; a noun keeps its capital. */
    @Test
    void weeksMeantInAPlanBeginSmallUnlessANounBeginsThem() {
        assertEquals("in ungeraden Kalenderwochen", TEXT.weeksMeant(HoursFixture.of("week 01-53/2 Mo 18:00-20:00").rules().get(0)));
        assertEquals("in geraden Kalenderwochen", TEXT.weeksMeant(HoursFixture.of("week 02-52/2 Mo 18:00-20:00").rules().get(0)));
        assertEquals("Kalenderwoche 10–20, jede 2. Woche", TEXT.weeksMeant(HoursFixture.of("week 10-20/2 Tu 10:00-12:00").rules().get(0)));
        assertEquals("April–Oktober", TEXT.weeksMeant(HoursFixture.of("Apr-Oct Sa 10:00-13:00").rules().get(0)));
    }

    @Test
    void offeringsSayTheyDoNotTakePlaceOnHolidays() {
        assertEquals("Mi 15:00–17:00 Uhr · Fällt an Feiertagen aus", TEXT.summary(HoursFixture.of("We 15:00-17:00; PH off"), true));
    }

    @Test
    void offeringsSayTheyDoNotTakePlaceOnClosedDates() {
        assertEquals("Di 16:00–18:00 Uhr · 22.–31. Dezember: fällt aus · Fällt an Feiertagen aus",
                TEXT.summary(HoursFixture.of("Tu 16:00-18:00; Dec 22-Dec 31 off; PH off"), true));
        assertEquals("Di 16:00–18:00 Uhr · Jeden 2. Dienstag im Monat fällt aus",
                TEXT.summary(HoursFixture.of("Tu 16:00-18:00; Tu[2] off"), true));
        assertEquals("fällt aus", TEXT.summary(HoursFixture.of("Mo,Tu 10:00-11:00; Mo,Tu off"), true));
        assertEquals("geschlossen", TEXT.summary(HoursFixture.of("Mo,Tu 10:00-11:00; Mo,Tu off"), false));
    }

    @Test
    void theNthWeekdayAgreesWithTheWeekdaysGenderInRussianAndUkrainian() {
        Theme theme = new Theme(Map.of());
        HoursText ru = new HoursText(new Wording("ru", theme.strings("ru")), theme.strings("ru"));
        HoursText uk = new HoursText(new Wording("uk", theme.strings("uk")), theme.strings("uk"));
        HoursText en = new HoursText(new Wording("en", theme.strings("en")), theme.strings("en"));
        assertEquals("1-я среда месяца 10:00–11:30", ru.summary(HoursFixture.of("We[1] 10:00-11:30"), true));
        assertEquals("1-й и 3-й понедельник месяца 10:00–11:30", ru.summary(HoursFixture.of("Mo[1,3] 10:00-11:30"), true));
        assertEquals("Последнее воскресенье месяца 15:00–17:00", ru.summary(HoursFixture.of("Su[-1] 15:00-17:00"), true));
        assertEquals("Последняя пятница месяца 15:00–17:00", ru.summary(HoursFixture.of("Fr[-1] 15:00-17:00"), true));
        assertEquals("1-а середа місяця 10:00–11:30", uk.summary(HoursFixture.of("We[1] 10:00-11:30"), true));
        assertEquals("3-я середа місяця 10:00–11:30", uk.summary(HoursFixture.of("We[3] 10:00-11:30"), true));
        assertEquals("Остання неділя місяця 15:00–17:00", uk.summary(HoursFixture.of("Su[-1] 15:00-17:00"), true));
        assertEquals("2-й четвер місяця 15:00–17:00", uk.summary(HoursFixture.of("Th[2] 15:00-17:00"), true));
        assertEquals("Every 1st Wednesday of the month 10:00–11:30", en.summary(HoursFixture.of("We[1] 10:00-11:30"), true));
        assertEquals("Jeden 1. Mittwoch im Monat 10:00–11:30 Uhr", TEXT.summary(HoursFixture.of("We[1] 10:00-11:30"), true));
    }

    @Test
    void aRangeOfDaysInOneMonthNamesTheMonthOnceInEveryLanguage() {
        Theme theme = new Theme(Map.of());
        var closed = HoursFixture.of("Mo 10:00-12:00; Dec 24-Dec 31 off");
        assertTrue(hours(theme, "en").summary(closed, false).contains("24–31 December: closed"), hours(theme, "en").summary(closed, false));
        assertTrue(hours(theme, "ru").summary(closed, false).contains("24–31 декабря"), hours(theme, "ru").summary(closed, false));
        assertTrue(hours(theme, "uk").summary(closed, false).contains("24–31 грудня"), hours(theme, "uk").summary(closed, false));
        assertTrue(hours(theme, "tr").summary(closed, false).contains("24–31 Aralık"), hours(theme, "tr").summary(closed, false));
        assertTrue(TEXT.summary(closed, false).contains("24.–31. Dezember: geschlossen"), TEXT.summary(closed, false));
        // across two months both stay whole
        assertTrue(hours(theme, "en").summary(HoursFixture.of("Mo 10:00-12:00; Dec 24-Jan 06 off"), false).contains("24 December – 6 January"));
    }

    @Test
    void theThirdLastWeekdayIsCountedFromTheEndInEveryLanguage() {
        Theme theme = new Theme(Map.of());
        // before: "3-я последняя среда", "the 3rd last", which say another thing
        assertEquals("3-я с конца среда месяца 10:00–11:30", hours(theme, "ru").summary(HoursFixture.of("We[-3] 10:00-11:30"), true));
        assertEquals("3-й з кінця понеділок місяця 10:00–11:30", hours(theme, "uk").summary(HoursFixture.of("Mo[-3] 10:00-11:30"), true));
        assertEquals("Every 3rd-to-last Wednesday of the month 10:00–11:30", hours(theme, "en").summary(HoursFixture.of("We[-3] 10:00-11:30"), true));
        // German has words for them: "drittletzten", not "3. letzten"
        assertEquals("Jeden drittletzten Mittwoch im Monat 10:00–11:30 Uhr", TEXT.summary(HoursFixture.of("We[-3] 10:00-11:30"), true));
        assertEquals("Jeden vorletzten und fünftletzten Freitag im Monat 10:00–11:30 Uhr", TEXT.summary(HoursFixture.of("Fr[-2,-5] 10:00-11:30"), true));
    }

    @Test
    void aSitesOwnPatternForTheThirdLastHoldsOverTheThemesWords() {
        Map<String, String> strings = new Theme(Map.of(), Map.of("hours.fromEnd", "{n} letzten")).strings();
        HoursText site = new HoursText(new Wording("de", strings), strings);
        assertEquals("Jeden 3. letzten Mittwoch im Monat 10:00–11:30 Uhr", site.summary(HoursFixture.of("We[-3] 10:00-11:30"), true));
        Map<String, String> both = new Theme(Map.of(), Map.of("hours.fromEnd", "{n} letzten", "hours.fromEndWords", "drittletzten")).strings();
        assertEquals("Jeden drittletzten Mittwoch im Monat 10:00–11:30 Uhr",
                new HoursText(new Wording("de", both), both).summary(HoursFixture.of("We[-3] 10:00-11:30"), true));
    }

    @Test
    void arabicNamesTheDayFirstAndTheOrdinalInWords() {
        HoursText ar = hours(new Theme(Map.of()), "ar");
        // before: "في 1. الأربعاء من كل شهر", a German ordinal before the day
        assertTrue(ar.summary(HoursFixture.of("We[1] 10:00-11:30"), true).startsWith("في الأربعاء الأول من كل شهر "));
        String twice = ar.summary(HoursFixture.of("Mo[1,3] 10:00-11:30"), true);
        assertTrue(twice.startsWith("في الاثنين الأول والثالث من كل شهر "), "و written onto the next word: " + twice);
        // الجمعة is feminine
        assertTrue(ar.summary(HoursFixture.of("Fr[-1] 15:00-17:00"), true).startsWith("في الجمعة الأخيرة من كل شهر "));
        assertTrue(ar.summary(HoursFixture.of("Fr[-2,1] 15:00-17:00"), true).startsWith("في الجمعة قبل الأخيرة والأولى من كل شهر "));
        assertTrue(ar.summary(HoursFixture.of("Sa[-1] 15:00-17:00"), true).startsWith("في السبت الأخير من كل شهر "));
        assertTrue(ar.summary(HoursFixture.of("We[-3] 10:00-11:30"), true).startsWith("في الأربعاء الثالث من النهاية من كل شهر "));
    }

    @Test
    void aRangeOfWeeksStaysWholeOnARightToLeftPage() {
        Theme theme = new Theme(Map.of());
        String ar = hours(theme, "ar").summary(HoursFixture.of("week 01-26 Mo 10:00-12:00"), true);
        assertTrue(ar.contains("1–\u206026"), ar);
        String de = hours(theme, "de").summary(HoursFixture.of("week 01-26 Mo 10:00-12:00"), true);
        assertTrue(de.contains("1–26"), de);
    }

    @Test
    void aClosureOnHolidaysReadsInTheLanguagesOwnOrder() {
        Theme theme = new Theme(Map.of());
        // before: "On public holidays closed", "في أيام العطل الرسمية مغلق"
        assertTrue(hours(theme, "en").summary(HoursFixture.of("Mo-Fr 09:00-13:00; PH off"), false).endsWith(" · Closed on public holidays"));
        assertTrue(hours(theme, "ar").summary(HoursFixture.of("Mo-Fr 09:00-13:00; PH off"), false).endsWith(" · مغلق في أيام العطل الرسمية"));
        assertTrue(hours(theme, "ru").summary(HoursFixture.of("Mo-Fr 09:00-13:00; PH off"), false).endsWith(" · В праздничные дни закрыто"));
    }

    private static HoursText hours(Theme theme, String lang) {
        return new HoursText(new Wording(lang, theme.strings(lang)), theme.strings(lang));
    }

    @Test
    void weeklyTableHasSevenDaysWithClosedDaysNamed() {
        List<Views.WeekRow> rows = TEXT.table(HoursFixture.of("Mo,Tu 09:00-13:00; We,Th 13:30-17:30; Fr 11:30-13:00; PH off"));
        assertEquals(List.of("Montag 09:00–13:00 Uhr", "Dienstag 09:00–13:00 Uhr", "Mittwoch 13:30–17:30 Uhr",
                        "Donnerstag 13:30–17:30 Uhr", "Freitag 11:30–13:00 Uhr", "Samstag geschlossen", "Sonntag geschlossen"),
                rows.stream().map(r -> r.day() + " " + r.hours()).collect(Collectors.toList()));
        assertEquals(List.of(true, true, true, true, true, false, false), rows.stream().map(Views.WeekRow::open).toList());
    }

    @Test
    void aDayOpenOnlyInSomeWeeksSaysWhenInItsRowInsteadOfClosedAndTheNoteIsNotRepeated() {
        var hours = HoursFixture.of("Mo 10:00-13:00; Fr[1] 10:00-12:00; Apr-Oct Sa 10:00-14:00; We 09:00-11:00; We[2] 15:00-17:00; PH off");
        List<Views.WeekRow> rows = TEXT.table(hours);
        assertEquals(List.of("Montag 10:00–13:00 Uhr", "Dienstag geschlossen", "Mittwoch 09:00–11:00 Uhr", "Donnerstag geschlossen",
                        "Freitag Jeden 1. Freitag im Monat 10:00–12:00 Uhr", "Samstag April–Oktober: Sa 10:00–14:00 Uhr", "Sonntag geschlossen"),
                rows.stream().map(r -> r.day() + " " + r.hours()).collect(Collectors.toList()));
        assertEquals(List.of(true, false, true, false, true, true, false), rows.stream().map(Views.WeekRow::open).toList());
        // the 2nd Wednesday's café is not in Wednesday's row (open every week): it stays a note, as do the holidays
        assertEquals(List.of("Jeden 2. Mittwoch im Monat 15:00–17:00 Uhr", "An Feiertagen geschlossen"), TEXT.notes(hours, false));
        // a summary has no rows: it says every rule
        assertEquals("Mo 10:00–13:00 Uhr; Mi 09:00–11:00 Uhr · Jeden 1. Freitag im Monat 10:00–12:00 Uhr · April–Oktober: Sa 10:00–14:00 Uhr"
                + " · Jeden 2. Mittwoch im Monat 15:00–17:00 Uhr · An Feiertagen geschlossen", TEXT.summary(hours, false));
    }
}
