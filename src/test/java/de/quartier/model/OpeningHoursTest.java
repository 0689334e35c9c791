package de.quartier.model;

import de.quartier.validate.HoursFixture;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Evaluation of opening hours on calendar dates: rule order, holidays, seasons, nth weekdays. */
class OpeningHoursTest {
    /** 2026-12-25 (Friday) and 2027-01-01 (Friday) are holidays here. */
    private static final PublicHolidays HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))::contains;

    private static DayHours on(String expression, String date) {
        return HoursFixture.of(expression).on(LocalDate.parse(date), HOLIDAYS);
    }

    private static List<TimeRange> open(int... minutes) {
        List<TimeRange> out = new java.util.ArrayList<>();
        for (int i = 0; i < minutes.length; i += 2) out.add(new TimeRange(minutes[i], minutes[i + 1]));
        return out;
    }

    @Test
    void laterRulesReplaceTheDayUnlessAdditive() {
        assertEquals(open(14 * 60, 16 * 60), on("Mo-Fr 09:00-12:00; We 14:00-16:00", "2026-11-25").ranges());
        assertEquals(open(9 * 60, 12 * 60, 14 * 60, 16 * 60), on("Mo-Fr 09:00-12:00, We 14:00-16:00", "2026-11-25").ranges());
        assertEquals(open(9 * 60, 12 * 60), on("Mo-Fr 09:00-12:00; We 14:00-16:00", "2026-11-24").ranges());
    }

    @Test
    void offWithTimesCutsThemOut() {
        assertEquals(open(9 * 60, 12 * 60, 13 * 60, 17 * 60), on("Mo-Fr 09:00-17:00; We 12:00-13:00 off", "2026-11-25").ranges());
    }

    @Test
    void publicHolidaysCloseOnlyOnHolidays() {
        assertEquals(HoursState.CLOSED, on("Mo-Fr 09:00-13:00; PH off", "2026-12-25").state());
        assertEquals(open(9 * 60, 13 * 60), on("Mo-Fr 09:00-13:00; PH off", "2026-12-18").ranges());
        assertEquals(open(10 * 60, 12 * 60), on("Mo-Fr 09:00-13:00; PH 10:00-12:00", "2026-12-25").ranges());
    }

    @Test
    void nthWeekdayOfTheMonth() {
        String expr = "We[1,3] 15:00-17:00";
        assertEquals(HoursState.OPEN, on(expr, "2026-12-02").state()); // 1st Wednesday
        assertEquals(HoursState.CLOSED, on(expr, "2026-12-09").state());
        assertEquals(HoursState.OPEN, on(expr, "2026-12-16").state()); // 3rd
        assertEquals(HoursState.OPEN, on("Mo[-1] 18:00-20:00", "2026-11-30").state()); // last Monday of November
        assertEquals(HoursState.CLOSED, on("Mo[-1] 18:00-20:00", "2026-11-23").state());
    }

    @Test
    void seasonsAndDatesAndWeeks() {
        assertEquals(HoursState.OPEN, on("Apr-Oct Sa 10:00-13:00", "2027-04-03").state());
        assertEquals(HoursState.CLOSED, on("Apr-Oct Sa 10:00-13:00", "2026-11-28").state());
        assertEquals(HoursState.CLOSED, on("Mo-Fr 09:00-12:00; Dec 24-Dec 31 off", "2026-12-28").state());
        assertEquals(HoursState.OPEN, on("Mo-Fr 09:00-12:00; Dec 24-Dec 31 off", "2027-01-04").state());
        assertEquals(HoursState.CLOSED, on("Mo-Fr 09:00-12:00; Dec 24-Jan 06 off", "2027-01-05").state()); // over the new year
        // ISO week 48 of 2026 is Nov 23-29; week 02-52/2 selects even weeks
        assertEquals(HoursState.OPEN, on("week 02-52/2 Tu 10:00-12:00", "2026-11-24").state());
        assertEquals(HoursState.CLOSED, on("week 02-52/2 Tu 10:00-12:00", "2026-12-01").state());
    }

    @Test
    void commentsAndUnknownDays() {
        DayHours h = on("Mo-Th 09:00-16:00; Fr \"nach Vereinbarung\"", "2026-11-27");
        assertEquals(HoursState.UNKNOWN, h.state());
        assertEquals("nach Vereinbarung", h.comment());
        DayHours c = on("Mo 10:00-12:00 \"mit Termin\"", "2026-11-23");
        assertEquals(open(10 * 60, 12 * 60), c.ranges());
        assertEquals("mit Termin", c.comment());
    }

    @Test
    void overnightRangesKeepTheirEndPastMidnight() {
        DayHours fr = on("Fr 22:00-26:00", "2026-11-27");
        assertEquals(open(22 * 60, 26 * 60), fr.ranges());
        assertEquals(HoursState.CLOSED, on("Fr 22:00-26:00", "2026-11-28").state(), "the spill belongs to Friday");
    }

    @Test
    void ordinaryWeekLeavesOutWhatDoesNotHoldEveryWeek() {
        OpeningHours h = HoursFixture.of("Mo,We 09:00-12:00; We[1] 15:00-17:00; PH off");
        assertEquals(open(9 * 60, 12 * 60), h.ordinaryWeek().get(DayOfWeek.WEDNESDAY).ranges());
        assertEquals(HoursState.CLOSED, h.ordinaryWeek().get(DayOfWeek.TUESDAY).state());
        assertEquals(2, h.qualifiedRules().size());
    }

    @Test
    void unsupportedConstructsAreRefusedNotGuessed() {
        assertNotNull(HoursFixture.refusal("Mo-Fr 09:00-12:00; SH off"));
        assertNotNull(HoursFixture.refusal("Mo-Fr sunrise-sunset"));
        assertNotNull(HoursFixture.refusal("Mo-Fr 09:00+"));
        assertNotNull(HoursFixture.refusal("2027 Mo-Fr 09:00-12:00"));
        assertNotNull(HoursFixture.refusal("easter off"));
        assertNull(HoursFixture.refusal("Mo-Fr 09:00-12:00; Dec 24 off; PH off"));
    }

    @Test
    void weeklyTimesAreTheOrdinaryWeekThenRulesForSomeWeeksWithWeekdays() {
        List<OpeningHours.WeeklyTime> times = HoursFixture.of("Mo 09:00-12:00; We[1] 10:00-11:30; Apr-Oct Sa 10:00-13:00; Jan off; PH off")
                .weeklyTimes();
        assertEquals(3, times.size(), times.toString());
        assertEquals(DayOfWeek.MONDAY, times.get(0).day());
        assertNull(times.get(0).rule(), "every week");
        assertEquals(new TimeRange(10 * 60, 11 * 60 + 30), times.get(1).range());
        assertEquals(DayOfWeek.WEDNESDAY, times.get(1).day());
        assertNotNull(times.get(1).rule(), "the first Wednesday only");
        assertEquals(DayOfWeek.SATURDAY, times.get(2).day());
    }

    @Test
    void aRuleLaterRulesLeaveNothingOfIsReplaced() {
        for (String replaced : List.of("Mo 09:00-12:00; Mo 14:00-17:00", "PH off; PH \"nach Absprache\"", "We 10:00-12:00; Mo-Su 14:00-15:00",
                "PH off; Mo-Su 10:00-12:00", "We[1] 10:00-12:00; We 14:00-16:00", "Apr-Oct Sa 10:00-13:00; Apr-Oct Sa 11:00-12:00",
                "10:00-12:00; 14:00-16:00", "Mo,We 09:00-12:00; Mo-Fr off"))
            assertEquals(1, HoursFixture.of(replaced).replacedBy(0), replaced);
        // added, cut, or only some of the days: both count
        for (String kept : List.of("Mo 09:00-12:00, Mo 14:00-17:00", "Mo-Fr 09:00-17:00; We 12:00-13:00 off", "Mo-Fr 09:00-12:00; We 14:00-16:00",
                "Mo-Fr 09:00-12:00; PH off", "PH off; Mo-Fr 10:00-12:00", "We 10:00-12:00; We[1] 14:00-16:00", "Sa 10:00-13:00; Apr-Oct Sa 11:00-12:00",
                "Mo-Su 10:00-12:00; PH off"))
            assertEquals(-1, HoursFixture.of(kept).replacedBy(0), kept);
        OpeningHours hours = HoursFixture.of("Mo-Fr 09:00-12:00; PH off; PH \"nach Absprache\"");
        assertEquals(List.of(hours.rules().get(2)), hours.qualifiedRules(), "the holiday rule shown is the one that counts");
        // "Mo,PH …" holds every Monday: the ordinary week (tables, plans, the finder) has its Mondays
        OpeningHours holidaysToo = HoursFixture.of("Mo 09:00-12:00; Mo,PH 14:00-16:00");
        assertEquals(open(14 * 60, 16 * 60), holidaysToo.ordinaryWeek().get(DayOfWeek.MONDAY).ranges());
        assertEquals(List.of(new OpeningHours.WeeklyTime(DayOfWeek.MONDAY, new TimeRange(14 * 60, 16 * 60), null)), holidaysToo.weeklyTimes());
        assertEquals(HoursState.CLOSED, HoursFixture.of("Mo-Fr 09:00-17:00; Mo,PH off").ordinaryWeek().get(DayOfWeek.MONDAY).state());
        assertEquals(-1, HoursFixture.of("PH off; Mo-Fr 09:00-17:00, PH 10:00-12:00").replacedBy(0), "an open rule after a comma adds");
        assertEquals(2, HoursFixture.of("PH off; Mo-Fr 09:00-17:00, PH \"nach Absprache\"").replacedBy(0), "a comment after a comma replaces");
    }

    @Test
    void anEventTakesItsFirstDayToItsEndToMidnightOrForAMinute() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.ZonedDateTime start = java.time.ZonedDateTime.of(2026, 12, 5, 14, 0, 0, 0, berlin);
        assertEquals(new TimeRange(14 * 60, 17 * 60), new EventDate(start, start.plusHours(3)).onStartDay());
        assertEquals(new TimeRange(14 * 60, TimeRange.DAY), new EventDate(start, start.plusHours(12)).onStartDay());
        assertEquals(new TimeRange(14 * 60, 14 * 60 + 1), new EventDate(start, null).onStartDay());
        assertEquals(false, new EventDate(start, start.plusHours(12)).endsOnStartDay());
    }

    @Test
    void manyDatesAtOnceGiveWhatEachDateGives() {
        for (String expression : List.of("Mo-Fr 09:00-17:00; We 12:00-13:00 off; PH off", "We[1,3] 15:00-17:00; Dec 24-Jan 06 off",
                "Mo,Th 10:00-12:00, Th 14:00-16:00; week 02-52/2 Sa 10:00-12:00", "Tu 15:00-17:00; PH 10:00-11:00", "24/7")) {
            OpeningHours hours = HoursFixture.of(expression);
            OpeningHours.Days days = hours.days(HOLIDAYS);
            for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2027, 3, 1)); d = d.plusDays(1))
                assertEquals(hours.on(d, HOLIDAYS), days.on(d), expression + " on " + d);
        }
    }
}
