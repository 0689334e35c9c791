package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.parse.SourceParser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values are read as a person reads them, never as YAML 1.1 guesses. */
class FieldsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Diagnostics diagnostics = new Diagnostics();

    private Fields fields(String yaml) {
        SourceFile file = new SourceFile("t.yml", null, null, SourceFile.Format.YAML, yaml);
        Node.Mapping m = new SourceParser(diagnostics).parseYaml(file).orElseThrow();
        return new Fields(m, SourceSpan.startOf("t.yml"), "", diagnostics);
    }

    private List<Diagnostic> problems() {
        return diagnostics.sorted();
    }

    @Test
    void eachNumberOfAPositionWithDecimalCommasIsAnErrorNamingTheComma() {
        Fields f = fields("a: {lat: 51,0818, lon: 6,2893}\nb: [51,0818, 6,2893]\nc: {lat: 51.0818, lon: 6.2893}\n");
        assertNull(f.geo("a"));
        assertNull(f.geo("b"));
        assertEquals(51.0818, f.geo("c").lat(), 1e-9);
        List<Diagnostic> p = problems();
        // both of each pair at once: before, `lon` came only once `lat` was mended
        assertEquals(List.of("`a.lat`: 51,0818 is written with a decimal comma, which YAML reads as two values",
                "`a.lon`: 6,2893 is written with a decimal comma, which YAML reads as two values",
                "`b[1]`: 51,0818 is written with a decimal comma, which YAML reads as two values",
                "`b[2]`: 6,2893 is written with a decimal comma, which YAML reads as two values"), p.stream().map(Diagnostic::message).toList(),
                "no unknown keys 0818 and 2893, no position out of bounds");
        assertEquals("write it with a point: 51.0818", p.get(0).hint());
        assertEquals("write it with a point: 6.2893", p.get(1).hint());
        assertEquals(List.of(10, 7), List.of(p.get(0).at().column(), p.get(0).at().length()), "the whole number marked");
        assertEquals(24, p.get(1).at().column());
        assertEquals(Code.BAD_NUMBER, p.get(3).code());
    }

    @Test
    void yaml11TrapsStayAsWritten() {
        Fields f = fields("time: 14:00\npostal: 01067\nanswer: no\nyes_word: yes\noctal: 0755\nnumberish: 1e3\nnull_word: null\n");
        assertEquals("14:00", f.text("time"));
        assertEquals("01067", f.text("postal"));
        assertEquals("no", f.text("answer"));
        assertEquals("yes", f.text("yes_word"));
        assertEquals("0755", f.text("octal"));
        assertEquals("1e3", f.text("numberish"));
        assertEquals("null", f.text("null_word"));
        assertTrue(problems().isEmpty());
    }

    /** YAML's `~` is nothing, not a text "~"; quoted it is the character. */
    @Test
    void aTildeIsNothingUnlessQuoted() {
        Fields f = fields("summary: ~\nsign: \"~\"\nlist: [~, a]\n");
        assertNull(f.text("summary"));
        assertFalse(f.has("summary"));
        assertEquals("~", f.text("sign"));
        assertNull(f.requiredText("summary"));
        assertEquals(List.of(Code.MISSING_FIELD), problems().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aChoiceWrittenInGermanGetsTheWordItTakesAsHint() {
        java.util.Map<String, String> wheelchair = java.util.Map.of("yes", "Y", "limited", "L", "no", "N");
        Fields f = fields("a: ja\nb: Nein\nc: teilweise\nd: limitd\ne: Limited\n");
        assertNull(f.choice("a", wheelchair));
        assertNull(f.choice("b", wheelchair));
        assertNull(f.choice("c", wheelchair));
        assertNull(f.choice("d", wheelchair));
        assertEquals("L", f.choice("e", wheelchair));
        assertEquals(List.of("write `yes`", "write `no`", "write `limited`", "did you mean `limited`?"),
                problems().stream().map(Diagnostic::hint).toList());
        assertEquals("`a` must be one of limited, no, yes, not `ja`", problems().get(0).message());
        // where there is no "limited" (toilet), "teilweise" is said in words
        assertNull(fields("t: teilweise\n").choice("t", java.util.Map.of("yes", true, "no", false)));
        assertEquals(List.of("write `no` and say in `note` what there is"),
                problems().stream().filter(d -> d.message().startsWith("`t`")).map(Diagnostic::hint).toList());
    }

    @Test
    void datesAndMonths() {
        Fields f = fields("a: 2026-11-21\nfrom: 2025-06\nuntil: 2025-06\nfeb: 2024-02\n");
        assertEquals(LocalDate.of(2026, 11, 21), f.date("a"));
        assertEquals(LocalDate.of(2025, 6, 1), f.dateOrMonth("from", false));
        assertEquals(LocalDate.of(2025, 6, 30), f.dateOrMonth("until", true));
        assertEquals(LocalDate.of(2024, 2, 29), f.dateOrMonth("feb", true));
        assertTrue(problems().isEmpty());
    }

    @Test
    void germanDateIsAnErrorWithTheIsoFormAsHint() {
        Fields f = fields("updated: 21.11.2026\n");
        assertNull(f.date("updated"));
        Diagnostic d = problems().get(0);
        assertEquals(Code.BAD_DATE, d.code());
        assertEquals(new SourceSpan("t.yml", 1, 10, 10), d.at());
        assertEquals("write 2026-11-21", d.hint());
    }

    @Test
    void aTimeWhereOnlyADayGoesIsToldSo() {
        // a news item's date written like an offering's date-time
        Fields f = fields("date: 2026-11-20 14:00\n");
        assertNull(f.date("date"));
        assertEquals("a day only, without the time: write 2026-11-20", problems().get(0).hint());
    }

    @Test
    void aDateNotInTheCalendarSaysWhyAndASwappedOneIsTurnedRound() {
        Fields f = fields("a: 2026-13-01\nb: 2026-02-30\nc: 2026-31-02\nd: 2026-13\n");
        assertNull(f.date("a"));
        assertNull(f.date("b"));
        assertNull(f.date("c"));
        assertNull(f.dateOrMonth("d", false));
        assertEquals(List.of("the month comes before the day: did you mean 2026-01-13?", "YYYY-MM-DD: a month from 01 to 12, a day that the month has",
                        "YYYY-MM-DD: a month from 01 to 12, a day that the month has", "YYYY-MM: a month from 01 to 12"),
                problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void aDateWithoutLeadingZerosGetsThePaddedFormAsHint() {
        Fields f = fields("a: 2025-4-28\nb: 2026-2-30\n");
        assertNull(f.date("a"));
        assertNull(f.date("b"));
        assertEquals(List.of("write 2025-04-28", "there is no such day; YYYY-MM-DD: a month from 01 to 12, a day that the month has"),
                problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void aGermanDateThatIsNoDayIsNotWrittenOutAsOne() {
        Fields f = fields("a: 30.02.2026\nb: 31.4.2027 18:00\n");
        assertNull(f.date("a"));
        assertNull(f.dateTime(f.scalar("b").orElseThrow(), "b", BERLIN));
        assertEquals(List.of("there is no such day; YYYY-MM-DD: a month from 01 to 12, a day that the month has",
                        "there is no such day; YYYY-MM-DD: a month from 01 to 12, a day that the month has"),
                problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void aGermanDateAndTimeGetsItsOwnValueInTheIsoFormAsHint() {
        Fields f = fields("a: 24.12.2026 18:00\nb: 5.1.2027, 9 Uhr\nc: morgen 18:00\n");
        for (String key : List.of("a", "b", "c")) assertNull(f.dateTime(f.scalar(key).orElseThrow(), key, BERLIN));
        assertEquals(List.of("write 2026-12-24 18:00", "write 2027-01-05 09:00", "for example 2026-12-05 14:00"),
                problems().stream().map(Diagnostic::hint).toList());
    }

    /** A date and its times written as one text: the entry with start and end to write instead. */
    @Test
    void aDateWrittenAsOneTextGetsItsEntryAsHint() {
        Fields f = fields("dates:\n  - 2026-12-13 14:00-17:00\n  - \"13.12.2026, 14 – 17 Uhr\"\n  - 2026-12-13 von 9.30 bis 12 Uhr\n"
                + "  - 30.02.2026 14-17\n  - Adventssonntag\n  - {start: 2026-12-20 14:00, end: 2026-12-20 17:00}\n");
        assertEquals(1, f.maps("dates").size(), "the one entry written as start and end");
        String entry = "each date is written with its start and end: {start: 2026-12-05 14:00, end: 2026-12-05 16:00}";
        assertEquals(List.of("write {start: 2026-12-13 14:00, end: 2026-12-13 17:00}", "write {start: 2026-12-13 14:00, end: 2026-12-13 17:00}",
                        "write {start: 2026-12-13 09:30, end: 2026-12-13 12:00}", entry, entry),
                problems().stream().map(Diagnostic::hint).toList());
        assertTrue(problems().stream().allMatch(d -> d.code() == Code.WRONG_KIND));
    }

    @Test
    void aGermanTimeAfterAnIsoDateGetsTheWholeValueAsHint() {
        // before: only "for example 2026-12-05 14:00"
        Fields f = fields("a: 2026-12-13 17 Uhr\nb: 2026-12-13 um 9.30\nc: 2026-12-13 25 Uhr\n");
        for (String key : List.of("a", "b", "c")) assertNull(f.dateTime(f.scalar(key).orElseThrow(), key, BERLIN));
        assertEquals(List.of("write 2026-12-13 17:00", "write 2026-12-13 09:30", "for example 2026-12-05 14:00"),
                problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void aReferenceWrittenAsAFileNameIsToldToLeaveOutTheExtension() {
        Fields f = fields("contact_point: quartiersbuero-eigen.md\noperator: Caritas Bottrop\n");
        assertNull(f.ref("contact_point"));
        assertNull(f.ref("operator"));
        assertEquals(List.of("a record is named by its file name without the extension: write quartiersbuero-eigen",
                "records are named by their file name without extension, e.g. caritas-bottrop"), problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void monthOnlyWhereAllowed() {
        Fields f = fields("updated: 2026-11\n");
        assertNull(f.date("updated"));
        assertEquals(Code.BAD_DATE, problems().get(0).code());
    }

    @Test
    void dateTimeWithoutZoneIsLocalTimeOfTheSite() {
        Fields f = fields("s: 2026-12-05 14:00\nt: 2026-07-01T09:30\nu: 2026-07-01 09:30+00:00\n");
        ZonedDateTime s = f.dateTime(f.scalar("s").orElseThrow(), "s", BERLIN);
        assertEquals("2026-12-05T14:00+01:00[Europe/Berlin]", s.toString());
        assertEquals("2026-07-01T09:30+02:00[Europe/Berlin]", f.dateTime(f.scalar("t").orElseThrow(), "t", BERLIN).toString());
        assertEquals("2026-07-01T11:30+02:00[Europe/Berlin]", f.dateTime(f.scalar("u").orElseThrow(), "u", BERLIN).toString());
        assertTrue(problems().isEmpty());
    }

    @Test
    void timeSkippedBySummerTimeIsAnError() {
        Fields f = fields("s: 2027-03-28 02:30\n");
        assertNull(f.dateTime(f.scalar("s").orElseThrow(), "s", BERLIN));
        assertEquals(Code.NONEXISTENT_TIME, problems().get(0).code());
    }

    @Test
    void hour25IsAnErrorPointingAtTheTime() {
        Fields f = fields("s: 2026-12-05 25:00\n");
        assertNull(f.dateTime(f.scalar("s").orElseThrow(), "s", BERLIN));
        Diagnostic d = problems().get(0);
        assertEquals(Code.BAD_TIME, d.code());
        assertEquals(15, d.at().column());
    }

    @Test
    void booleansAcceptTheUsualWordsOnly() {
        Fields f = fields("a: true\nb: no\nc: ja\nd: vielleicht\n");
        assertEquals(Boolean.TRUE, f.bool("a"));
        assertEquals(Boolean.FALSE, f.bool("b"));
        assertEquals(Boolean.TRUE, f.bool("c"));
        assertNull(f.bool("d"));
        assertEquals(Code.BAD_VALUE, problems().get(0).code());
    }

    @Test
    void urlsAreHttpOrHttpsOnly() {
        Fields f = fields("a: https://www.bottrop.de/\nb: javascript:alert(1)\nc: www.bottrop.de\nd: ftp://example.org/x\n");
        assertEquals("https://www.bottrop.de/", f.url("a"));
        assertNull(f.url("b"));
        assertNull(f.url("c"));
        assertNull(f.url("d"));
        List<Diagnostic> p = problems();
        assertEquals(3, p.size());
        assertTrue(p.stream().allMatch(d -> d.code() == Code.BAD_URL));
        assertEquals("write https://www.bottrop.de", p.get(1).hint());
    }

    @Test
    void aMistypedOrSpacedWebAddressGetsTheAddressAsMeant() {
        Fields f = fields("a: https//www.bottrop.de\nb: htps://www.bottrop.de/x\nc: https://www.bottrop.de/quartier büro\nd: ftp://example.org/\n"
                + "e: htp://example.org/a b\nf: https://www.bottrop .de/a b\ng: https://www.awo-bottrop.de (Startseite)\n");
        for (String k : List.of("a", "b", "c", "d", "e", "f", "g")) assertNull(f.url(k));
        List<Diagnostic> p = problems();
        assertEquals(List.of("write https://www.bottrop.de", "write https://www.bottrop.de/x",
                "write each space as %20: https://www.bottrop.de/quartier%20büro, or copy the address from the browser's address bar",
                "for example https://www.example.org/", "write http://example.org/a%20b",
                // a host name holds no blank at all: deleted, not %20
                "delete the space: https://www.bottrop.de/a%20b",
                // words after the address are a note, not part of it
                "write only the address: https://www.awo-bottrop.de, and a note in another field or the text"), p.stream().map(Diagnostic::hint).toList());
        // the JDK's own words ("Illegal character in path") are not passed on
        assertEquals("`c`: `https://www.bottrop.de/quartier büro` has a space, which a web address cannot hold", p.get(2).message());
    }

    @Test
    void aWellFormedAddressMistypedWhereTyposAreCommonIsWarnedOf() {
        Fields f = fields("a: info@gmial.com\nb: buero@example.ogr\nc: x@gmx.dee\nd: x@gmx.net\ne: x@hotmail.fr\nf: kontakt@bottrop.de\ng: x@web.con\n"
                + "h: x@mail.com\ni: x@ymail.com\nj: x@email.com\nk: x@gmx.ne\n");
        for (String k : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")) assertNotNull(f.email(k), k);
        List<Diagnostic> p = problems();
        assertTrue(p.stream().allMatch(d -> d.code() == Code.EMAIL_SPELLING && d.severity() == de.quartier.diag.Severity.WARNING), p.toString());
        assertEquals(List.of("did you mean info@gmail.com?", "did you mean buero@example.org?", "did you mean x@gmx.de?", "did you mean x@web.com?",
                        "did you mean x@gmx.de or x@gmx.net?"),
                p.stream().map(Diagnostic::hint).toList(), "real domains (gmx.net, hotmail.fr, bottrop.de, mail.com, ymail.com, email.com) pass");
        assertEquals("`a`: `info@gmial.com` looks mistyped, and mail to it would go nowhere", p.get(0).message());
    }

    @Test
    void aMistypedEmailAddressGetsTheAddressAsMeant() {
        Fields f = fields("a: info@bottrop,de\nb: jürgen.müller@bottrop.de\nc: bitte anrufen\n");
        for (String k : List.of("a", "b", "c")) assertNull(f.email(k));
        assertEquals(List.of("write info@bottrop.de",
                "an e-mail address is usually written with ae, oe, ue and ss: juergen.mueller@bottrop.de (check it with its owner)",
                "for example quartiersbuero@example.org"), problems().stream().map(Diagnostic::hint).toList());
    }

    @Test
    void emailsAndPhones() {
        Fields f = fields("a: buero@example.org\nb: buero(at)example.org\nc: 02041 70-3000\nd: +49 (0)2041 / 70 30\ne: bitte fragen\n"
                + "g: (02041) 703600\n");
        assertEquals("buero@example.org", f.email("a"));
        assertNull(f.email("b"));
        assertEquals("02041 70-3000", f.phone("c"));
        assertEquals("+49 (0)2041 / 70 30", f.phone("d"));
        assertNull(f.phone("e"));
        assertEquals("(02041) 703600", f.phone("g"), "the area code in parentheses, as many write it");
        assertEquals(List.of(Code.BAD_EMAIL, Code.BAD_PHONE), problems().stream().map(Diagnostic::code).toList());
        assertEquals("write buero@example.org: the page links it as an e-mail address, which needs the @", problems().get(0).hint());
    }

    @Test
    void anInvisibleCharacterInAnExactValueIsNamedAtItsColumn() {
        // as text copied from a web page brings them: a zero width space, a no-break space
        Fields f = fields("a: 02041\u200B 70-3000\nb: buero\u200B@example.org\nc: [fuhlenbrock\u200B, eigen]\n"
                + "d: https://www.bottrop.de/seite\u200B/\ne: 2026-12-01\u2060\nf: buero@example.org\u00A0\ng: ja\u00AD\n");
        assertNull(f.phone("a"));
        assertNull(f.email("b"));
        assertEquals(List.of("fuhlenbrock", "eigen"), f.refs("c").stream().map(r -> r.slug().value()).toList(),
                "read as seen, so that whether it exists is still checked");
        assertNull(f.url("d"), "URI takes U+200B in a path; the link would lead nowhere");
        assertNull(f.date("e"));
        assertNull(f.email("f"));
        assertNull(f.bool("g"));
        List<Diagnostic> p = problems();
        assertEquals(List.of(Code.INVISIBLE_CHARACTER), p.stream().map(Diagnostic::code).distinct().toList(), p.toString());
        assertEquals(7, p.size(), "one for each value, none besides");
        Diagnostic phone = p.get(0);
        assertEquals("`a` holds an invisible character: U+200B (zero width space)", phone.message());
        assertEquals(1, phone.at().line());
        assertEquals(9, phone.at().column(), "at the character itself");
        assertTrue(phone.hint().contains("delete the characters on both sides"), phone.hint());
        assertEquals(2, p.get(1).at().line());
        assertEquals(16, p.get(2).at().column(), "in a flow list, at the character");
        Diagnostic email = p.stream().filter(d -> d.at().line() == 6).findFirst().orElseThrow();
        assertEquals("`f` holds a character that looks like a blank: U+00A0 (no-break space)", email.message());
        assertTrue(email.hint().endsWith("delete it"), "at the end nothing is typed again: " + email.hint());
    }

    @Test
    void aValueWrongAlsoWithoutItsInvisibleCharacterGetsItsOwnMessage() {
        // the address written against spam, with no-break spaces: the hint with the right form is kept
        Fields f = fields("a: buero\u00A0(at)\u00A0example.org\nb: \"12\u200B\"\nc: 02041\n  70-3000\u200B\nd: 51.5\u200B\n");
        assertNull(f.email("a"));
        assertNull(f.phone("b"));
        assertNull(f.phone("c"));
        assertNull(f.number("d"));
        List<Diagnostic> p = problems();
        assertEquals(List.of(Code.BAD_EMAIL, Code.BAD_PHONE, Code.INVISIBLE_CHARACTER, Code.INVISIBLE_CHARACTER),
                p.stream().map(Diagnostic::code).toList(), p.toString());
        assertEquals("write buero@example.org: the page links it as an e-mail address, which needs the @", p.get(0).hint());
        assertEquals("`b`: `12\u200B` has too few digits for a phone number", p.get(1).message());
        assertEquals(3, p.get(2).at().line(), "a value folded over two lines");
        assertEquals(4, p.get(2).at().column(), "at its start: the character's own column is not known");
        assertEquals(5, p.get(3).at().line(), "a number");
    }

    @Test
    void aNoBreakSpaceInAPhoneNumberIsTheBlankItLooksLike() {
        Fields f = fields("a: 02041\u00A070-3000\nb: 0209\u202F555\u2009123\n");
        assertEquals("02041 70-3000", f.phone("a"));
        assertEquals("0209 555 123", f.phone("b"));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    @Test
    void aPhoneNumberHasThreeToFifteenDigits() {
        Fields f = fields("a: \"12\"\nb: 555-12345678901234567890\nc: 0209 555-1234 / 1235\nd: \"110\"\n");
        assertNull(f.phone("a"));
        assertNull(f.phone("b"));
        assertEquals("0209 555-1234 / 1235", f.phone("c"), "a second extension counts apart");
        assertEquals("110", f.phone("d"));
        assertEquals(List.of("`a`: `12` has too few digits for a phone number", "`b`: `555-12345678901234567890` has 23 digits, more than a phone number has (15)"),
                problems().stream().map(Diagnostic::message).toList());
    }

    @Test
    void anAddressWrittenAgainstSpamGetsItsPlainForm() {
        Fields f = fields("a: stadtteilbuero [at] gelsenkirchen (dot) de\nb: kein (at) Name\n");
        assertNull(f.email("a"));
        assertNull(f.email("b"));
        assertEquals("write stadtteilbuero@gelsenkirchen.de: the page links it as an e-mail address, which needs the @", problems().get(0).hint());
        assertEquals("for example quartiersbuero@example.org", problems().get(1).hint());
    }

    @Test
    void languagesAreIso6391WithAHintForNames() {
        Fields f = fields("languages: [de, tr, Deutsch, AR]\n");
        assertEquals(List.of("de", "tr"), f.languages("languages"));
        List<Diagnostic> p = problems();
        assertEquals(2, p.size());
        assertEquals("the code for Deutsch is de", p.get(0).hint());
        assertEquals("write it in lowercase: ar", p.get(1).hint());
    }

    @Test
    void numbersAcceptTheGermanDecimalComma() {
        Fields f = fields("a: 18,5\nb: 7850\nc: 7.850.000\nd: viele\n");
        assertEquals(new BigDecimal("18.5"), f.number("a"));
        assertEquals(new BigDecimal("7850"), f.number("b"));
        assertNull(f.number("c"));
        assertNull(f.number("d"));
        assertEquals("write the number without thousands separators: 7850000", problems().get(0).hint());
    }

    @Test
    void aFigureWithAPointBeforeThreeDigitsIsReportedNotReadAsADecimal() {
        // before: 7.850 inhabitants were published as "7,85 Einwohner", without a word
        Fields f = fields("a: 7.850\nb: 11.500\nc: 7,85\nd: 7.85\ne: 7850\n");
        assertNull(f.amount("a"));
        assertNull(f.amount("b"));
        assertEquals(new BigDecimal("7.85"), f.amount("c"));
        assertEquals(new BigDecimal("7.85"), f.amount("d"));
        assertEquals(new BigDecimal("7850"), f.amount("e"));
        List<Diagnostic> p = problems();
        assertEquals(2, p.size(), p.toString());
        assertEquals("write 7850 for the whole number, or a decimal with a comma: 7,850", p.get(0).hint());
        assertEquals(new BigDecimal("51.529"), fields("lat: 51.529\n").number("lat"), "a coordinate keeps its point");
        assertEquals(new BigDecimal("0.125"), fields("share: 0.125\n").amount("share"), "a leading 0 is no thousands");
    }

    @Test
    void oneValueOrAListOfValues() {
        Fields f = fields("one: altstadt\nmany: [altstadt, boy]\n");
        assertEquals(List.of("altstadt"), f.refs("one").stream().map(r -> r.slug().value()).toList());
        assertEquals(2, f.refs("many").size());
        assertEquals(new SourceSpan("t.yml", 2, 18, 3), f.refs("many").get(1).at());
    }

    @Test
    void geoAsMappingOrPairAndOutOfRange() {
        Fields f = fields("a: {lat: 51.52, lon: 6.93}\nb: [51.52, 6.93]\nc: {lat: 151, lon: 6}\nd: {lat: 51.5}\n");
        assertEquals(51.52, f.geo("a").lat());
        assertEquals(6.93, f.geo("b").lon());
        assertNull(f.geo("c"));
        assertNull(f.geo("d"));
        assertEquals(List.of(Code.BAD_NUMBER, Code.MISSING_FIELD), problems().stream().map(Diagnostic::code).toList());
    }

    @Test
    void unknownKeyNamesTheClosestKnownKey() {
        Fields f = fields("adress: x\ntitle: y\nzzzzzz: 1\n");
        f.checkKeys(Set.of("title", "address", "summary"));
        List<Diagnostic> p = problems();
        assertEquals(2, p.size());
        // the value of a key meant for a field the mapping lacks would be lost without a word: an error
        assertEquals("`adress`: unknown key, so its value is not published; did you mean `address`?", p.get(0).message());
        assertEquals(de.quartier.diag.Severity.ERROR, p.get(0).severity());
        assertEquals(de.quartier.diag.Severity.WARNING, p.get(1).severity(), "a key that is like none: perhaps the editor's own note");
        assertEquals(new SourceSpan("t.yml", 1, 1, 6), p.get(0).at());
        assertEquals("`zzzzzz`: unknown key", p.get(1).message());
    }

    @Test
    void aKeyGluedToItsValueInBracesIsAnError() {
        // {required:true}: YAML reads one key `required:true` with no value; the field would be missing unnoticed
        Fields f = fields("registration: {required:true, email: a@example.org}\n");
        Fields r = f.map("registration");
        r.checkKeys(Set.of("required", "email", "phone"));
        List<Diagnostic> p = problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(Code.YAML_SYNTAX, p.get(0).code());
        assertEquals(de.quartier.diag.Severity.ERROR, p.get(0).severity());
        assertEquals("put a blank after the colon: `required: true`", p.get(0).hint());
        assertEquals(new SourceSpan("t.yml", 1, "registration: {".length() + 1, "required:true".length()), p.get(0).at());
        assertFalse(r.has("required"));
    }

    @Test
    void anOfferingsOpeningHoursInGermanAreItsSchedule() {
        Fields f = fields("Öffnungszeiten: Mo 10:00-12:00\n");
        f.checkKeys(Set.of("title", "schedule", "dates"));
        assertEquals(List.of("`Öffnungszeiten`: unknown key, so its value is not published; did you mean `schedule`?"),
                problems().stream().map(Diagnostic::message).toList());
    }

    @Test
    void aGermanKeyIsAnsweredWithTheKeyItMeans() {
        Fields f = fields("kosten: frei\nÖffnungszeiten: Mo 10:00-12:00\nTelefon: 0209 1234\nbeschreibung: x\nwetter: gut\ntitle: T\ntitel: T\n");
        f.checkKeys(Set.of("title", "cost", "opening_hours", "phone", "summary"));
        String lost = ": unknown key, so its value is not published; did you mean ";
        assertEquals(List.of("`kosten`" + lost + "`cost`?", "`Öffnungszeiten`" + lost + "`opening_hours`?",
                        "`Telefon`" + lost + "`phone`?", "`beschreibung`" + lost + "`summary`?",
                        "`wetter`: unknown key", "`titel`: unknown key; `title` is written already, and this value is not read"),
                problems().stream().map(Diagnostic::message).toList());
    }

    @Test
    void missingRequiredFieldIsReportedAtTheRecordsFirstLine() {
        Fields f = fields("summary: x\n");
        assertNull(f.requiredText("title"));
        assertEquals(SourceSpan.startOf("t.yml"), problems().get(0).at());
    }

    @Test
    void aMissingRequiredFieldWrittenWithATypoIsReportedAtTheTypo() {
        // before: "address is required" at 1:1, and the "did you mean" only as a warning at line 2
        Fields f = fields("title: x\nadress: Hansastraße 1\n");
        assertFalse(f.require("address"));
        assertEquals(1, problems().size());
        Diagnostic d = problems().get(0);
        assertEquals(new SourceSpan("t.yml", 2, 1, 6), d.at());
        assertEquals("`address` is required, and `adress` is probably meant", d.message());
        assertEquals("write `address:`", d.hint());
        Fields german = fields("titel: x\n");
        assertFalse(german.require("title"));
        Diagnostic titel = problems().stream().filter(p -> p.message().contains("`title`")).findFirst().orElseThrow();
        assertEquals(1, titel.at().line(), "the German word for it, too");
        assertTrue(titel.message().contains("`titel` is probably meant"), titel.message());
    }

    @Test
    void wrongKindIsReportedWhereTheValueIs() {
        Fields f = fields("title:\n  - a\n  - b\n");
        assertNull(f.text("title"));
        Diagnostic d = problems().get(0);
        assertEquals(Code.WRONG_KIND, d.code());
        assertEquals(2, d.at().line());
    }

    @Test
    void aMissingReferenceIsToldWhereItsNamesComeFrom() {
        Fields f = fields("title: X\n");
        assertFalse(f.require("operators"));
        assertEquals("for example operators: [stadt], with the name of a file in content/operators/ (without .md or .yml)", problems().get(0).hint());
        assertFalse(f.require("phone"));
        assertFalse(problems().get(1).hint().contains("content/"), "other fields: the example alone");
    }

    @Test
    void siteConfigsFieldsAreShownWithItsOwnExamples() {
        SourceFile file = new SourceFile("site-config.yml", null, null, SourceFile.Format.YAML, "title:\n  - a\n");
        Node.Mapping m = new SourceParser(diagnostics).parseYaml(file).orElseThrow();
        assertNull(new Fields(m, SourceSpan.startOf("site-config.yml"), "", diagnostics).text("title"));
        String hint = problems().get(0).hint();
        assertFalse(hint != null && hint.contains("Quartiersbüro"), "a site's title, not an office's: " + hint);
        assertEquals(de.quartier.model.ContentFields.siteConfigField("title").example() == null ? null
                : "for example title: " + de.quartier.model.ContentFields.siteConfigField("title").example(), hint);
    }

    @Test
    void wrongKindShowsHowTheFieldIsWritten() {
        assertNull(fields("image: media/buero.svg\n").map("image"));
        Diagnostic image = problems().get(0);
        assertEquals("`image` must be a mapping of keys and values, not text", image.message());
        assertEquals("for example image: {src: media/buero.jpg, alt: Eingang mit Rampe}", image.hint());
        assertEquals(List.of(), fields("dates: 2026-12-05 14:00\n").maps("dates"));
        Diagnostic dates = problems().stream().filter(x -> x.message().contains("`dates`")).findFirst().orElseThrow();
        assertEquals("`dates` must be a list, not text", dates.message());
        assertEquals("for example dates: [{start: 2026-12-05 14:00}]", dates.hint(), "an entry with what it needs");
        fields("contacts: Quartiersmanagerin\n").maps("contacts");
        assertEquals("for example contacts: [{role: Quartiersmanagerin, phone: 02041 70-0000}]",
                problems().stream().filter(x -> x.message().contains("`contacts`")).findFirst().orElseThrow().hint(),
                "entries with no required field: the first two that have an example");
    }
}
