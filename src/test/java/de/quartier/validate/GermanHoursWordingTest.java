package de.quartier.validate;

import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanHoursWordingTest {

    /** What editors write, and the hint they get: the strict spelling of what they meant. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mo bis Fr 9-13                               | Mo-Fr 09:00-13:00",
            "Mittwoch 15:00-17:00                         | We 15:00-17:00",
            "Mo-Fr 9-13 Uhr                               | Mo-Fr 09:00-13:00",
            "Di 09:00-12:00 Do 14:00-17:00                | Tu 09:00-12:00; Th 14:00-17:00",
            "Montag bis Freitag 9 bis 13 Uhr              | Mo-Fr 09:00-13:00",
            "Mo-Fr 9-12 und 14-16 Uhr                     | Mo-Fr 09:00-12:00,14:00-16:00",
            "täglich 10-18 Uhr, an Feiertagen geschlossen | Mo-Su 10:00-18:00; PH off",
            "dienstags 9.30 - 12 Uhr                      | Tu 09:30-12:00",
            "Mo, Mi und Fr von 9 bis 12 Uhr               | Mo,We,Fr 09:00-12:00",
            "Mo–Fr 9–12 Uhr; Mi geschlossen               | Mo-Fr 09:00-12:00; We off",
            "Mo[1] 9-12                                   | Mo[1] 09:00-12:00",
            "Apr-Okt Mi 15-18 Uhr                         | Apr-Oct We 15:00-18:00",
            "Mo-Fr 09:00-16:00; Dez 24-Dez 31 off         | Mo-Fr 09:00-16:00; Dec 24-Dec 31 off",
            "Mo-Fr 09:00-16:00; 24.12.-31.12. geschlossen | Mo-Fr 09:00-16:00; Dec 24-Dec 31 off",
            "jeden 1. Montag 18-20 Uhr                    | Mo[1] 18:00-20:00",
            "Mo-Fr 9.00-13.00                             | Mo-Fr 09:00-13:00",
            "Mai-Sep Sa 10-13 Uhr                         | May-Sep Sa 10:00-13:00",
            "Mo-Fr 8-16 Uhr, Fr 8-12 Uhr                  | Mo-Fr 08:00-16:00; Fr 08:00-12:00",
            "Sa 10-12.30.                                 | Sa 10:00-12:30",
            "Mo–Fr 9–12 Uhr, an Sonn- und Feiertagen geschlossen | Mo-Fr 09:00-12:00; Su,PH off"})
    void hintGivesTheStrictSpelling(String written, String meant) {
        Diagnostic d = check(written);
        assertEquals("did you mean `" + meant + "`?", d.hint(), written);
    }

    @Test
    void theFirstGermanWordIsNamedWhereItStands() {
        Diagnostic d = check("Mo bis Fr 9-13");
        assertEquals(16 + 3, d.at().column(), "points at `bis`");
        assertEquals(3, d.at().length());
        assertEquals("`opening_hours` is not valid opening_hours syntax: `bis` is German: a range is written with `-`", d.message());

        d = check("Mo-Fr 09:00-12:00; Mittwoch 14:00-16:00");
        assertEquals(16 + 19, d.at().column(), "points at `Mittwoch`");
        assertEquals(8, d.at().length());
    }

    @Test
    void aNoteInBracketsIsNamedAndBelongsInTheNoteField() {
        Diagnostic d = check("We 15:00-18:00 (nicht in den Ferien)");
        assertEquals(16 + 15, d.at().column());
        assertEquals("`opening_hours` is not valid opening_hours syntax: `(nicht in den Ferien)`: a note in brackets belongs in `opening_hours_note`",
                d.message());
        assertEquals("did you mean `We 15:00-18:00`, with `opening_hours_note: nicht in den Ferien`?", d.hint());
        // a note that YAML would read otherwise is quoted in the hint, so that it can be pasted
        assertEquals("did you mean `We 15:00-18:00`, with `opening_hours_note: 'Termine: nach Absprache'`?",
                check("We 15:00-18:00 (Termine: nach Absprache)").hint());
    }

    @Test
    void germanDatesAndDottedTimesAreNamed() {
        assertEquals("`opening_hours` is not valid opening_hours syntax: `9.00`: times are written with `:`, `09:00`",
                check("Mo-Fr 9.00-13.00").message());
        assertEquals(16 + 6, check("Mo-Fr 9.00-13.00").at().column(), "points at `9.00`");
        assertEquals("`opening_hours` is not valid opening_hours syntax: `24.12.` is a German date: dates are written `Dec 24`",
                check("Mo-Fr 09:00-16:00; 24.12.-31.12. off").message());
    }

    @Test
    void aGermanWordIsNamedBeforeWhatTheParserSays() {
        Diagnostic d = check("Mo-Fr 9-13 Uhr");
        assertEquals(16 + 11, d.at().column(), "points at `Uhr`");
        assertEquals("`opening_hours` is not valid opening_hours syntax: `Uhr` is German: times are written `09:00-13:00`, without `Uhr`", d.message());
        d = check("Mo-Fr 9-13");
        assertEquals(16 + 6, d.at().column());
        assertEquals("`opening_hours` is not valid opening_hours syntax: `9` has no minutes: times are written `09:00`", d.message());
    }

    @Test
    void anHourWithoutMinutesIsNotTheOccurrenceInBrackets() {
        assertEquals(16 + 6, check("Mo[1] 9-12").at().column(), "points at `9`, not at the `1` of `[1]`");
    }

    @Test
    void quotedCommentsAreLeftAlone() {
        assertEquals("Fr \"bis Mittag, nach Vereinbarung\"", GermanHoursWording.rewrite("Fr \"bis Mittag, nach Vereinbarung\""));
        assertTrue(GermanHoursWording.firstWord("Mo-Th 09:00-16:00; Fr \"Mittwoch geschlossen\"").isEmpty());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Mo-Fr 09:00-12:00; PH off", "Sep-Jun: Mo 15:00-17:00", "week 01-52/2 Th 16:00-18:00",
            "Mo[1] 18:00-20:00", "Mo-Fr 09:00-16:00; Dec 24-Dec 31 off", "Mo-Th 09:00-16:00; Fr \"nach Vereinbarung\"",
            "Mo-Su (sunrise+01:00)-(sunset-01:00)", "Mo-Fr 09:00-12:00,13:00-15:00", "We[1,3] 15:00-17:00; Fr[-1] 18:00-20:00"})
    void validStringsHaveNoGermanWordAndStayAsTheyAre(String hours) {
        assertTrue(GermanHoursWording.firstWord(hours).isEmpty(), hours);
        assertEquals(hours, GermanHoursWording.rewrite(hours));
    }

    @Test
    void aDateWithAYearIsNoRuleOfTheHours() {
        Diagnostic d = check("Mo-Fr 09:00-16:00; 27.12.2026 geschlossen");
        assertEquals("`opening_hours` is not valid opening_hours syntax: `27.12.2026` is a date with a year, but opening hours repeat "
                + "every year: a one-off date belongs in `opening_hours_note`", d.message());
        assertFalse(d.hint().startsWith("did you mean"), "no rule says it: " + d.hint());
    }

    @Test
    void inAnOfficeSharingListTheNoteIsTheEntrysOwn() {
        Diagnostics diagnostics = new Diagnostics();
        String text = "We 14:00-16:00 (nach Absprache)";
        Node.Scalar value = new Node.Scalar(text, Node.Style.PLAIN, new SourceSpan("cp.md", 7, 20, text.length()));
        assertNull(OpeningHoursSyntax.check(value, "operator_hours[1].opening_hours", diagnostics));
        assertEquals("did you mean `We 14:00-16:00`, with `operator_hours[1].note: nach Absprache`?", diagnostics.sorted().get(0).hint());
    }

    @Test
    void weeksAndDaysOfAMonthAreNoHoursWithoutMinutes() {
        assertEquals(16 + 16, check("week 01-52/2 Th 16-18").at().column(), "points at `16`");
        assertEquals(16 + 7, check("Dec 24 9-12").at().column(), "points at `9`");
    }

    private static Diagnostic check(String text) {
        Diagnostics diagnostics = new Diagnostics();
        // as if written at line 7 after "opening_hours: " (value starts at column 16)
        Node.Scalar value = new Node.Scalar(text, Node.Style.PLAIN, new SourceSpan("cp.md", 7, 16, text.length()));
        assertNull(OpeningHoursSyntax.check(value, "opening_hours", diagnostics), text);
        assertEquals(1, diagnostics.sorted().size(), diagnostics.sorted().toString());
        return diagnostics.sorted().get(0);
    }
}
