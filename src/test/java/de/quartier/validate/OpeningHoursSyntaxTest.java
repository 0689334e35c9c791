package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursSyntaxTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private static Node.Scalar plain(String text) {
        // as if written at line 7 after "opening_hours: " (value starts at column 16)
        return new Node.Scalar(text, Node.Style.PLAIN, new SourceSpan("cp.md", 7, 16, text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mo,Tu 09:00-13:00; We,Th 13:30-17:30; Fr 11:30-13:00; PH off",
            "Mo-Fr 09:00-12:00,13:00-15:00",
            "We 15:00-17:00",
            "Tu 10:00-12:00; Th 14:00-18:00; PH off",
            "Mo-Fr 08:00-16:00; Sa off",
            "Sep-Jun: Mo 15:00-17:00",
            "week 01-52/2 Th 16:00-18:00",
            "Mo[1] 18:00-20:00"})
    void acceptsRealWorldStrings(String hours) {
        assertNotNull(OpeningHoursSyntax.check(plain(hours), "opening_hours", diagnostics));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    /** The problems of hours the check accepts (warnings only). */
    private static List<Diagnostic> accepted(String hours, String key) {
        Diagnostics own = new Diagnostics();
        assertNotNull(OpeningHoursSyntax.check(plain(hours), key, own), hours);
        return own.sorted();
    }

    /** A day, week or time that does not exist is a mistake in the hours, named where it is written. */
    @Test
    void aDayWeekOrTimeThatDoesNotExistIsNamedAtItsPlace() {
        for (String[] c : List.of(
                new String[]{"Mo 09:00-12:00; Feb 30 off", "`opening_hours`: there is no 30 February: it has 28 days, 29 in a leap year", "32"},
                new String[]{"Mo 09:00-12:00; Apr 31 off", "`opening_hours`: there is no 31 April: it has 30 days", "32"},
                new String[]{"week 54 Mo 09:00-12:00", "`opening_hours`: there is no week 54: weeks are numbered 1 to 53", "16"},
                new String[]{"Mo 24:00-26:00", "`opening_hours`: `24:00` as a start is the next day's midnight", "19"},
                new String[]{"Mo 09:00-12:00; We[] 14:00-16:00", "`opening_hours`: the number in `[…]` after a weekday counts that weekday in the month:"
                        + " 1 to 5, or -1 to -5 from the month's end", "34"},
                new String[]{"We[1,] 14:00-16:00", "`opening_hours`: the number in `[…]` after a weekday counts that weekday in the month:"
                        + " 1 to 5, or -1 to -5 from the month's end", "18"},
                new String[]{"We[5-1] 14:00-16:00", "`opening_hours`: `[5-1]` counts backwards", "18"})) {
            Diagnostics own = new Diagnostics();
            assertNull(OpeningHoursSyntax.check(plain(c[0]), "opening_hours", own), c[0]);
            Diagnostic d = own.sorted().get(0);
            assertEquals(Code.BAD_OPENING_HOURS, d.code(), c[0]);
            assertEquals(c[1], d.message());
            assertEquals(Integer.parseInt(c[2]), d.at().column(), c[0]);
        }
    }

    @Test
    void anInvisibleCharacterIsNamedWhereItIsNotWhereTheParserGaveUp() {
        assertNull(OpeningHoursSyntax.check(plain("Tu\u200B 09:00-12:00; Th 14:00-17:00"), "opening_hours", diagnostics));
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals(Code.INVISIBLE_CHARACTER, all.get(0).code());
        assertEquals(18, all.get(0).at().column(), "the character after `Tu`");
        assertEquals("`opening_hours` holds an invisible character: U+200B (zero width space)", all.get(0).message());
    }

    @Test
    void aNoBreakSpaceTheParserTakesForABlankIsNamedToo() {
        // the parser accepts it, and the open data would pass it on as written
        assertNull(OpeningHoursSyntax.check(plain("Th\u00A009:00-17:00"), "opening_hours", diagnostics));
        assertEquals(List.of(Code.INVISIBLE_CHARACTER), diagnostics.sorted().stream().map(Diagnostic::code).toList());
        assertEquals(18, diagnostics.sorted().get(0).at().column());
    }

    @Test
    void germanHoursWithAnInvisibleCharacterStillGetTheirSuggestion() {
        assertNull(OpeningHoursSyntax.check(plain("Mo bis Fr\u200B 10:00-12:00"), "opening_hours", diagnostics));
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(List.of(Code.BAD_OPENING_HOURS), all.stream().map(Diagnostic::code).toList(), "wrong also without it: its own message");
        assertTrue(all.get(0).hint().startsWith("did you mean `Mo-Fr 10:00-12:00"), all.get(0).hint());
    }

    @Test
    void aSpellingTheParserLetsThroughGetsOpenStreetMapsFormAsHint() {
        for (String[] c : new String[][]{{"Mo-Fr 09:00–13:00", "Mo-Fr 09:00-13:00"}, {"Mo - Fr 9:00 - 12:00", "Mo-Fr 09:00-12:00"},
                {"Tu 9:30-11:00 \"bitte – wenn möglich – anmelden\"", "Tu 09:30-11:00 \"bitte – wenn möglich – anmelden\""}}) {
            List<Diagnostic> all = accepted(c[0], "opening_hours");
            assertEquals(1, all.size(), c[0] + ": " + all);
            assertEquals(Code.HOURS_SPELLING, all.get(0).code());
            assertEquals("write `" + c[1] + "`", all.get(0).hint(), "quoted comments stay as written");
            assertEquals(List.of(), accepted(c[1], "opening_hours"), "the hint's form is accepted without a word");
        }
    }

    @Test
    void aRuleALaterOneReplacesWholeIsWarnedOfWhereItStands() {
        List<Diagnostic> all = accepted("Mo 09:00-12:00; Mo 14:00-17:00; We 10:00-12:00; PH off; PH \"nach Absprache\"", "opening_hours");
        assertEquals(2, all.size(), all.toString());
        Diagnostic times = all.get(0);
        assertEquals(Code.HOURS_RULE_REPLACED, times.code());
        assertEquals(de.quartier.diag.Severity.WARNING, times.severity());
        assertEquals(16, times.at().column(), "at `Mo 09:00-12:00`");
        assertEquals(14, times.at().length());
        assertEquals("`opening_hours`: the later rule `Mo 14:00-17:00` replaces `Mo 09:00-12:00`, since it is for the same days; "
                + "residents see only the later one", times.message());
        assertEquals("for both times, write them in one rule: `Mo 09:00-12:00,14:00-17:00`; otherwise delete the earlier rule", times.hint());
        Diagnostic holidays = all.get(1);
        assertEquals(16 + 48, holidays.at().column(), "at `PH off`");
        assertEquals(6, holidays.at().length());
        assertEquals("delete the rule that no longer holds", holidays.hint());
    }

    @Test
    void aReplacingRuleWithACommentIsNotToldToAddByComma() {
        // with ", " the comment would stand beside Monday's morning too
        assertEquals(List.of("delete the rule that no longer holds"), hints("Mo-Fr 09:00-12:00; Mo-Fr 14:00-16:00 \"nur mit Termin\""));
        assertEquals(List.of("to keep both, write `, ` instead of `; ` before the later rule; otherwise delete the earlier rule"),
                hints("Mo 09:00-12:00; Mo-Fr 14:00-16:00"));
    }

    @Test
    void aRuleAddedByCommaIsNamedOnItsOwnSoThatNoGoodHoursAreDeleted() {
        List<Diagnostic> all = accepted("Mo-Fr 09:00-17:00, PH off; PH \"nach Absprache\"", "opening_hours");
        assertEquals(1, all.size(), all.toString());
        assertEquals(16 + 19, all.get(0).at().column(), "at `PH off`, not at the weekdays' hours");
        assertEquals("`opening_hours`: the later rule `PH \"nach Absprache\"` replaces `PH off`, since it is for the same days; "
                + "residents see only the later one", all.get(0).message());
        assertEquals("delete the rule that no longer holds", all.get(0).hint());
        // a comment added by comma replaces as the evaluation reads it
        List<Diagnostic> other = accepted("PH off; Mo-Fr 09:00-17:00, PH \"nach Absprache\"", "opening_hours");
        assertEquals(List.of(16), other.stream().map(d -> d.at().column()).toList(), other.toString());
        // two rules added by comma, both replaced: each at its place
        List<Diagnostic> both = accepted("Mo 09:00-12:00, We 10:00-12:00; Mo-Su 14:00-16:00", "opening_hours");
        assertEquals(List.of(16, 32), both.stream().map(d -> d.at().column()).toList(), both.toString());
    }

    @Test
    void aLaterRuleThatTakesSomeDaysAtOtherTimesIsNamedWithTheCommaForBoth() {
        List<Diagnostic> all = accepted("Mo-Fr 09:00-12:00; We 14:00-16:00; PH off", "opening_hours");
        assertEquals(1, all.size(), all.toString());
        assertEquals(Code.HOURS_RULE_REPLACED, all.get(0).code());
        assertEquals(de.quartier.diag.Severity.WARNING, all.get(0).severity());
        assertEquals(16 + 19, all.get(0).at().column(), "at `We 14:00-16:00`");
        assertEquals(14, all.get(0).at().length());
        assertEquals("`opening_hours`: on Wednesdays the later rule `We 14:00-16:00` replaces the times of `Mo-Fr 09:00-12:00` "
                + "(a rule after `; ` holds alone on its days), so residents see only 14:00-16:00 there", all.get(0).message());
        assertEquals("for both, write `, ` instead of `; ` before `We 14:00-16:00`; if only these times hold on Wednesdays, "
                + "write the earlier rule `Mo,Tu,Th,Fr 09:00-12:00`", all.get(0).hint());
        assertEquals(List.of("`schedule`: on Mondays and Tuesdays the later rule `Mo,Tu 18:00-20:00` replaces the times of `Mo-Th 09:00-16:00` "
                        + "(a rule after `; ` holds alone on its days), so residents see only 18:00-20:00 there"),
                accepted("Mo-Th 09:00-16:00; Mo,Tu 18:00-20:00", "schedule").stream().map(Diagnostic::message).toList());
        // what the day had counts, rules added by comma with it: both spellings of the same hours alike
        assertEquals(List.of(), accepted("Mo-Fr 09:00-12:00, Mo-Fr 14:00-16:00; We 09:00-12:00", "opening_hours"));
        assertEquals(List.of(), accepted("Mo-Fr 09:00-12:00,14:00-16:00; We 09:00-12:00", "opening_hours"));
        // a holiday beside the later rule's days: Saturday's morning is gone all the same; several days named at once
        // (", " would open the holidays in the morning too)
        assertEquals(List.of("if the earlier times hold on Saturdays too, give that day both in a rule of their own; "
                + "otherwise write the earlier rule `Mo-Fr 10:00-13:00`"), hints("Mo-Sa 10:00-13:00; Sa,Su,PH 14:00-18:00"));
        // ", " would give the shorter Friday both times
        assertEquals(List.of("if the earlier times hold on Thursdays too, give that day both in a rule of their own; "
                + "otherwise write the earlier rule `Mo-We 09:00-12:00`"), hints("Mo-Th 09:00-12:00; Fr,Sa 13:00-17:00; Th,Fr 14:00-16:00"));
        // the rule that gave the day its times is named, not the first that names the day
        assertEquals(List.of("for both, write `, ` instead of `; ` before `Fr 16:00-18:00`; if only these times hold on Fridays, "
                + "write the earlier rule `Th 09:00-14:00`"), hints("Mo-Fr 09:00-12:00; Th,Fr 09:00-14:00; Fr 16:00-18:00"));
        // a day that a still later rule decides anew is that rule's to answer for
        assertEquals(List.of("`opening_hours`: on Thursdays the later rule `We,Th 14:00-16:00` replaces the times of `Mo-Fr 09:00-12:00` "
                        + "(a rule after `; ` holds alone on its days), so residents see only 14:00-16:00 there",
                "`opening_hours`: on Wednesdays the later rule `We 09:00-12:00` replaces the times of `We,Th 14:00-16:00` "
                        + "(a rule after `; ` holds alone on its days), so residents see only 09:00-12:00 there"),
                accepted("Mo-Fr 09:00-12:00; We,Th 14:00-16:00; We 09:00-12:00", "opening_hours").stream().map(Diagnostic::message).toList());
        // one earlier rule that loses two days is written anew without both
        assertEquals(List.of("for both, write `, ` instead of `; ` before `We 14:00-16:00`; if only these times hold on Wednesdays, "
                        + "write the earlier rule `Mo,Tu,Th 09:00-12:00`",
                "for both, write `, ` instead of `; ` before `Fr 14:00-16:00`; if only these times hold on Fridays, "
                        + "write the earlier rule `Mo,Tu,Th 09:00-12:00`"), hints("Mo-Fr 09:00-12:00; We 14:00-16:00; Fr 14:00-16:00"));
        assertTrue(accepted("Mo-Fr 09:00-12:00; We 14:00-16:00; We 14:00-16:00 off", "opening_hours").stream()
                .anyMatch(d -> d.message().endsWith("so residents see no times there")));
        assertEquals(java.util.Set.of("for both, write `, ` instead of `; ` before `We,Th 16:00-18:00`; if only these times hold on Wednesdays, "
                        + "write the earlier rule `Mo,Tu 09:00-12:00`",
                "for both, write `, ` instead of `; ` before `We,Th 16:00-18:00`; if only these times hold on Thursdays, "
                        + "write the earlier rule `Fr 09:00-12:00`"), java.util.Set.copyOf(hints("Mo-We 09:00-12:00; Th,Fr 09:00-12:00; We,Th 16:00-18:00")));
        // a later rule with a comment: after ", " the comment would stand beside the earlier times too
        assertEquals(List.of("if the earlier times hold on Tuesdays too, give that day both in a rule of their own; "
                + "otherwise write the earlier rule `Mo,We-Fr 09:00-12:00`"), hints("Mo-Fr 09:00-12:00; Tu 14:00-16:00 \"nur mit Termin\""));
        // a later rule that is itself replaced is named by that warning alone
        List<Diagnostic> replaced = accepted("Mo-Fr 09:00-12:00; We 14:00-16:00; We 14:00-18:00", "opening_hours");
        assertEquals(List.of(35, 51), replaced.stream().map(d -> d.at().column()).toList(), replaced.toString());
        assertTrue(replaced.get(1).message().contains("residents see only 14:00-18:00"), replaced.get(1).message());
        // meant as written: a shorter day (times that overlap), added by comma, other days, or weeks of their own
        for (String fine : List.of("Mo-Fr 09:00-17:00; Fr 09:00-14:00", "Mo-Fr 09:00-12:00, We 14:00-16:00", "Mo-Th 09:00-12:00; Fr 14:00-16:00",
                "Mo-Fr 09:00-12:00; We[1] 14:00-16:00", "Mo-Fr 09:00-12:00; We off", "Mo-Fr 09:00-12:00; We \"nach Vereinbarung\"",
                "Mo-Fr 08:00-16:00; We 08:00-12:00", "Mo-Th 09:00-17:00; Fr 09:00-13:00; Sa 10:00-12:00",
                "Mo-Fr 10:00-12:00; Tu 10:00-12:00 \"nur mit Termin\""))
            assertEquals(List.of(), accepted(fine, "opening_hours"), fine);
        assertEquals(1, accepted("Mo-Fr 09:00-12:00; Mo-Fr 14:00-16:00", "opening_hours").size(), "replaced whole: that warning only");
    }

    @Test
    void germanHoursAreSuggestedWithACommaThatAddsWhereANewRuleWouldTakeTheDayAtOtherTimes() {
        List<String> hints = new java.util.ArrayList<>();
        for (String written : List.of("Mo-Fr 9-12 Uhr, Mi 14-16 Uhr", "Mo-Fr 9-12 Uhr und Mi 14-16 Uhr", "Mo-Fr 8-16 Uhr, Fr 8-12 Uhr",
                "Mo-Fr 9-12 Uhr, Fr 9-11 Uhr, Mi 14-16 Uhr")) {
            Diagnostics own = new Diagnostics();
            assertNull(OpeningHoursSyntax.check(plain(written), "opening_hours", own), written);
            hints.add(own.sorted().get(0).hint());
        }
        assertEquals(List.of("did you mean `Mo-Fr 09:00-12:00, We 14:00-16:00`?", "did you mean `Mo-Fr 09:00-12:00, We 14:00-16:00`?",
                "did you mean `Mo-Fr 08:00-16:00; Fr 08:00-12:00`?",
                // comma by comma: the shorter Friday stays a rule of its own
                "did you mean `Mo-Fr 09:00-12:00; Fr 09:00-11:00, We 14:00-16:00`?"), hints);
    }

    @Test
    void aClosureThatALaterRuleUndoesIsNamedWithTheClosureMovedAfterIt() {
        // Mo-Sa holds on every Monday to Saturday, Easter Monday among them
        List<Diagnostic> all = accepted("Su,PH off; Mo-Sa 10:00-18:00", "opening_hours");
        assertEquals(1, all.size(), all.toString());
        assertEquals(Code.HOURS_RULE_REPLACED, all.get(0).code());
        assertEquals(de.quartier.diag.Severity.WARNING, all.get(0).severity());
        assertEquals(16, all.get(0).at().column(), "at `Su,PH off`");
        assertEquals(9, all.get(0).at().length());
        assertEquals("`opening_hours`: the later rule `Mo-Sa 10:00-18:00` holds on public holidays that `Su,PH off` closes, too, "
                + "where they fall on its days (a later rule replaces an earlier one for its days)", all.get(0).message());
        assertEquals("to keep those days closed, write the closure after them: `Mo-Sa 10:00-18:00; Su,PH off`", all.get(0).hint());
        // a month off before a weekday rule, and the rule after it that undoes it too
        assertEquals(List.of("to keep those days closed, write the closure after them: `We[1] 10:00-11:30; We[3] 14:00-16:00; Jan off`"),
                hints("We[1] 10:00-11:30; Jan off; We[3] 14:00-16:00"));
        assertEquals(16 + 19, accepted("We[1] 10:00-11:30; Jan off; We[3] 14:00-16:00", "schedule").get(0).at().column(), "at `Jan off`");
        // moved after the rule it clashes with, not past the exception written after it
        assertEquals(List.of("to keep those days closed, write the closure after them: `Mo-Fr 09:00-17:00; Jan off; Jan 13 10:00-12:00`"),
                hints("Jan off; Mo-Fr 09:00-17:00; Jan 13 10:00-12:00"));
        // a season and the holidays in it: 1 May is a Saturday in some years
        assertEquals(List.of("to keep those days closed, write the closure after them: `Mo-Fr 10:00-18:00; Apr-Oct Sa 10:00-14:00; PH off`"),
                hints("Mo-Fr 10:00-18:00; PH off; Apr-Oct Sa 10:00-14:00"));
        // 1 January is a Sunday now and then (2023)
        assertEquals(1, hints("Jan 01 off; Su 10:00-12:00").size());
        // a closure added by comma: named, with the words, not a rewrite
        List<Diagnostic> added = accepted("Mo-Fr 09:00-17:00, PH off; Sa 10:00-12:00", "opening_hours");
        assertEquals(1, added.size(), added.toString());
        assertEquals(16 + 19, added.get(0).at().column(), "at `PH off`");
        assertEquals("to keep those days closed, put `PH off` after the rules it should close", added.get(0).hint());
        // a closure that names weekdays and a later rule for one of them: no rewrite that would close it
        assertEquals(List.of("to keep those days closed, put `Su,PH off` after the rules it should close"),
                hints("Su,PH off; Su[1],Mo 10:00-12:00"));
        // none: the closure last; exceptions all inside it; days no holiday falls on anywhere in Germany
        // (24 December, the third Wednesday); a later rule that names the holidays itself; weekdays alone
        for (String fine : List.of("Mo-Fr 09:00-12:00; PH off", "Jan off; Jan 13 10:00-12:00", "Su,PH off; Su[1] 10:00-12:00",
                "Dec 25 off; We[1] 10:00-12:00", "PH off; Dec 24 10:00-12:00", "PH off; We[3] 10:00-12:00", "Su,PH off; Mo,PH 10:00-12:00",
                "Su off; Su[1] 10:00-12:00", "Mo-Fr 09:00-12:00; Dec 24-Dec 31 off; PH off"))
            assertEquals(List.of(), accepted(fine, "opening_hours"), fine);
    }

    private static List<String> hints(String hours) {
        return accepted(hours, "opening_hours").stream().map(Diagnostic::hint).toList();
    }

    @Test
    void nationwideHolidaysAreTheOnesEveryGermanStateKeeps() {
        assertEquals(java.time.LocalDate.of(2027, 3, 28), NationwideHolidays.easter(2027));
        assertEquals(java.time.LocalDate.of(2026, 4, 5), NationwideHolidays.easter(2026));
        assertEquals(java.time.LocalDate.of(2000, 4, 23), NationwideHolidays.easter(2000));
        for (String day : List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-10-03", "2027-12-25", "2027-12-26"))
            assertTrue(NationwideHolidays.INSTANCE.isHoliday(java.time.LocalDate.parse(day)), day);
        for (String day : List.of("2027-03-28", "2027-01-06", "2027-11-01", "2027-12-24", "2027-05-27"))
            assertFalse(NationwideHolidays.INSTANCE.isHoliday(java.time.LocalDate.parse(day)), day + ": not in every state");
    }

    @Test
    void aRuleWrittenTwiceIsSaidToStandTwice() {
        List<Diagnostic> all = accepted("Tu 10:00-12:00; Th 10:00-12:00; Tu 10:00-12:00", "schedule");
        assertEquals(1, all.size(), all.toString());
        assertEquals("`schedule`: the rule `Tu 10:00-12:00` stands twice", all.get(0).message());
        assertEquals("delete one of them", all.get(0).hint());
        assertEquals(16, all.get(0).at().column());
    }

    @Test
    void aTimeWithoutItsEndIsAnErrorAtThatTime() {
        // it would be published as lasting a minute ("15:00–15:01 Uhr")
        assertNull(OpeningHoursSyntax.check(plain("Tu 15:00-17:00; We 16:00"), "schedule", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.UNSUPPORTED_OPENING_HOURS, d.code());
        assertEquals(16 + 19, d.at().column(), "points at `16:00`, not at either time of the range before it");
        assertEquals(5, d.at().length());
        assertEquals("`schedule`: `16:00` needs its end: a point in time is not supported", d.message());
        assertEquals("write when it ends, e.g. `16:00-18:00`", d.hint());
        // the time as written (one digit), and not a time in a comment before it
        Diagnostics other = new Diagnostics();
        assertNull(OpeningHoursSyntax.check(plain("Tu 15:00-17:00 \"Einlass 9:30\"; We 9:00"), "schedule", other));
        d = other.sorted().get(0);
        assertEquals("`schedule`: `09:00` needs its end: a point in time is not supported", d.message());
        assertEquals(16 + 34, d.at().column(), "points at `9:00` after `We`, not into the comment");
        assertEquals(4, d.at().length());
    }

    @Test
    void daysWithoutTimesBesideRulesWithTimesAreWarnedOf() {
        List<Diagnostic> all = accepted("Tu 15:00-17:00; We", "schedule");
        assertEquals(1, all.size(), all.toString());
        assertEquals(Code.HOURS_WITHOUT_TIMES, all.get(0).code());
        assertEquals("`schedule`: `We` has no times, so it reads as open all day, 00:00 to 24:00", all.get(0).message());
        assertEquals("write its times, e.g. `We 10:00-12:00`; if it is open round the clock, `We 00:00-24:00`", all.get(0).hint());
        assertEquals(16 + 16, all.get(0).at().column());
        assertEquals(List.of(), accepted("Tu 15:00-17:00; We 00:00-24:00", "schedule"), "round the clock, said so");
        assertEquals(List.of(), accepted("Tu 15:00-17:00; We \"nach Vereinbarung\"", "schedule"), "a comment says what holds");
        assertEquals(List.of(), accepted("Tu 15:00-17:00; PH off", "schedule"), "closed needs no times");
        assertEquals(List.of(), accepted("Mo-Su", "opening_hours"), "no times anywhere: a square, open always");
        assertEquals(Code.HOURS_WITHOUT_TIMES, accepted("Mo-Fr 09:00-12:00; PH", "opening_hours").get(0).code(), "holidays all day");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiterString = " # ", value = {
            // hours # column of the stray separator (0-based in the text) # separator # no rule before it (else after) # the hint
            "Mo-Fr 09:00-12:00; PH off; # 25 # ; # false # delete it: `Mo-Fr 09:00-12:00; PH off`",
            "Th 17:00-19:00; # 14 # ; # false # delete it: `Th 17:00-19:00`",
            "Mo-Fr 09:00-12:00, # 17 # , # false # delete it: `Mo-Fr 09:00-12:00`",
            "Mo 10:00-12:00;; We 14:00-16:00 # 15 # ; # true # delete it: `Mo 10:00-12:00; We 14:00-16:00`",
            "Mo 10:00-12:00; ; We 14:00-16:00 # 16 # ; # true # delete it: `Mo 10:00-12:00; We 14:00-16:00`",
            "; Mo 10:00-12:00 # 0 # ; # true # delete it: `Mo 10:00-12:00`",
            "Mo 10:00-12:00 ||   # 15 # || # false # delete it: `Mo 10:00-12:00`",
            // every stray one is taken out in the hint, not only the first
            "; ; Mo 10:00-12:00 # 0 # ; # true # delete it: `Mo 10:00-12:00`",
            "Mo 10:00-12:00 ;; We 10:00-12:00; # 16 # ; # true # delete it: `Mo 10:00-12:00 ; We 10:00-12:00`",
            "Mo,,Tu 10:00-12:00 # 3 # , # true # delete it: `Mo,Tu 10:00-12:00`"})
    void aSeparatorWithNoRuleBesideItIsAnErrorNotOpenAroundTheClock(String hours, int at, String separator, boolean before, String hint) {
        // the parser reads the gap as an empty rule: every day, all day
        assertNull(OpeningHoursSyntax.check(plain(hours), "opening_hours", diagnostics), hours);
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.get(0);
        assertEquals(Code.BAD_OPENING_HOURS, d.code());
        assertEquals(16 + at, d.at().column(), hours);
        assertEquals(separator.length(), d.at().length());
        assertEquals("`opening_hours` has a `" + separator + "` with nothing " + (before ? "before" : "after")
                + " it, which would be read as open all day", d.message());
        assertEquals(hint, d.hint());
    }

    @Test
    void separatorsInsideAQuotedCommentAreText() {
        assertEquals(List.of(), accepted("Fr \"nach Vereinbarung; auch telefonisch,\"", "opening_hours"));
        assertEquals(List.of(), accepted("Mo,We 10:00-12:00,14:00-16:00; PH off", "opening_hours"));
    }

    @Test
    void errorPointsIntoTheString() {
        assertNull(OpeningHoursSyntax.check(plain("Mo,Tu 09:00-13:00; Wx 13:00-17:00"), "opening_hours", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.BAD_OPENING_HOURS, d.code());
        assertEquals(7, d.at().line());
        assertEquals(16 + 19, d.at().column(), "points at `Wx`");
        assertEquals(2, d.at().length());
        assertEquals("`opening_hours` is not valid opening_hours syntax: `Wx` is not understood here", d.message());
    }

    @Test
    void aRangePastMidnightWrittenWithTheNextDaysTimeGetsTheCountedOnForm() {
        assertNull(OpeningHoursSyntax.check(plain("Fr 20:00-02:00; Sa 10:00-12:00"), "opening_hours", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.BAD_OPENING_HOURS, d.code());
        assertEquals("did you mean `Fr 20:00-26:00; Sa 10:00-12:00`? A time past midnight counts on: 26:00 is 02:00 the next day", d.hint());
        assertEquals(java.util.Optional.empty(), OpeningHoursSyntax.pastMidnight("Mo 13:00-09:00"), "swapped rather than 20 hours long");
        // never a suggestion the check would refuse: where the rest needs mending too, no past-midnight form that still fails
        assertNull(OpeningHoursSyntax.check(plain("Fr 20:00-02:00; Sa 10-12"), "opening_hours", diagnostics));
        Diagnostic both = diagnostics.sorted().get(diagnostics.sorted().size() - 1);
        assertFalse(both.hint().contains("Sa 10-12`"), both.hint());
        assertNotNull(OpeningHoursSyntax.check(plain("Fr 20:00-26:00; Sa 10:00-12:00"), "opening_hours", new Diagnostics()));
    }

    @Test
    void aRangeThatStartsAfterMidnightIsToldWhereItBelongs() {
        assertNull(OpeningHoursSyntax.check(plain("Tu 25:00-26:00"), "schedule", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.BAD_OPENING_HOURS, d.code());
        assertTrue(d.hint().startsWith("a time starts between 00:00 and 23:59: one after midnight is written on the next day"), d.hint());
        // a range that ends after midnight is fine as it is
        assertNotNull(OpeningHoursSyntax.check(plain("Tu 22:00-25:00"), "schedule", new Diagnostics()));
    }

    @Test
    void monthsWithAnNthWeekdayButNoColonAreNamedAsSuch() {
        assertNull(OpeningHoursSyntax.check(plain("Mar,Jun We[1] 18:00-20:00"), "schedule", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.UNSUPPORTED_OPENING_HOURS, d.code());
        assertTrue(d.message().contains("without a colon after the months"), d.message());
        assertTrue(d.hint().contains("`Mar,Jun,Sep,Dec: We[1] 18:00-20:00`"), d.hint());
        assertNotNull(OpeningHoursSyntax.check(plain("Mar,Jun: We[1] 18:00-20:00"), "schedule", diagnostics));
        assertNull(OpeningHoursSyntax.check(plain("Mo 10:00-12:00; Easter off"), "schedule", diagnostics));
        Diagnostic easter = diagnostics.sorted().get(diagnostics.sorted().size() - 1);
        assertTrue(easter.message().contains("moving dates (easter)"), easter.message());
        assertEquals("Easter".length(), easter.at().length(), "the caret under the word, whatever its case");
    }

    @Test
    void lenientSpellingGetsTheStrictOneAsHint() {
        assertNull(OpeningHoursSyntax.check(plain("Mo-Fr 9-13"), "opening_hours", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals("did you mean `Mo-Fr 09:00-13:00`?", d.hint());
    }

    @Test
    void germanDayNamesGetTheOsmOnes() {
        assertNull(OpeningHoursSyntax.check(plain("Mo,Di 09:00-13:00"), "opening_hours", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals("did you mean `Mo,Tu 09:00-13:00`?", d.hint());
        assertEquals(16 + 3, d.at().column(), "points at `Di`");
        assertEquals("`opening_hours` is not valid opening_hours syntax: `Di` is German: days are written `Mo Tu We Th Fr Sa Su`", d.message());
    }

    @Test
    void englishDayNamesAndWerktagsGetTheOsmOnes() {
        // the parser's own words ("Three character weekday") and its column said less
        assertNull(OpeningHoursSyntax.check(plain("Wed 15:00-17:00"), "schedule", diagnostics));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals("`schedule` is not valid opening_hours syntax: `Wed` is English: days are written `Mo Tu We Th Fr Sa Su`", d.message());
        assertEquals(16, d.at().column(), "points at `Wed`");
        assertEquals("did you mean `We 15:00-17:00`?", d.hint());

        Diagnostics other = new Diagnostics();
        assertNull(OpeningHoursSyntax.check(plain("werktags 9-12"), "schedule", other));
        d = other.sorted().get(0);
        assertEquals("`schedule` is not valid opening_hours syntax: `werktags` is German: Monday to Friday is written `Mo-Fr` (with Saturdays `Mo-Sa`)",
                d.message());
        assertEquals("did you mean `Mo-Fr 09:00-12:00`?", d.hint());
    }

    @Test
    void hourWithoutMinutesPointsAtTheHour() {
        assertNull(OpeningHoursSyntax.check(plain("Mo 10:00-12:00; Tu 9-13"), "opening_hours", diagnostics));
        assertEquals(16 + 19, diagnostics.sorted().get(0).at().column());
    }

    @Test
    void missingSemicolonPointsAtTheSecondRule() {
        assertNull(OpeningHoursSyntax.check(plain("Mo-Fr 09:00-12:00 14:00-16:00"), "opening_hours", diagnostics));
        assertEquals(16 + 18, diagnostics.sorted().get(0).at().column());
    }

    @Test
    void garbageIsAnErrorNotACrash() {
        assertNull(OpeningHoursSyntax.check(plain("immer wenn jemand da ist ✓"), "opening_hours", diagnostics));
        assertEquals(Code.BAD_OPENING_HOURS, diagnostics.sorted().get(0).code());
    }
}
