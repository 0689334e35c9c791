package de.quartier.render.page;

import de.quartier.model.ActivePeriod;
import de.quartier.model.TimeRange;
import de.quartier.model.PublicHolidays;
import de.quartier.validate.HoursFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1); // a Tuesday

    private static List<String> next(String schedule, ActivePeriod active, PublicHolidays holidays) {
        return NextDates.of(HoursFixture.of(schedule), active, TODAY, holidays).stream()
                .flatMap(d -> d.times().stream().map(t -> TimeRange.at(d.date(), t.start()) + "/" + TimeRange.at(d.date(), t.end()).toLocalTime())).toList();
    }

    @Test
    void aMonthlyScheduleGetsItsNextThreeDaysLeavingOutAMonthOffAndAHoliday() {
        // 3 February 2027 made a holiday: the first Wednesday of March follows
        PublicHolidays holidays = d -> d.equals(LocalDate.of(2027, 2, 3));
        assertEquals(List.of("2026-12-02T10:00/11:30", "2027-03-03T10:00/11:30", "2027-04-07T10:00/11:30"),
                next("We[1] 10:00-11:30; Jan off; PH off", ActivePeriod.ALWAYS, holidays));
    }

    @Test
    void aSeasonThatStartsInSpringIsFoundInWinter() {
        assertEquals(List.of("2027-04-03T10:00/13:00", "2027-04-10T10:00/13:00", "2027-04-17T10:00/13:00"),
                next("Apr-Oct Sa 10:00-13:00", ActivePeriod.ALWAYS, PublicHolidays.NONE));
    }

    @Test
    void theOfferingsOwnStartAndEndBoundTheDays() {
        ActivePeriod active = new ActivePeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28));
        assertEquals(List.of("2027-01-14T16:00/18:00", "2027-01-28T16:00/18:00", "2027-02-11T16:00/18:00"),
                next("week 02-52/2 Th 16:00-18:00", active, PublicHolidays.NONE));
        assertEquals(List.of("2026-12-10T16:00/18:00", "2026-12-24T16:00/18:00"),
                next("week 02-52/2 Th 16:00-18:00", new ActivePeriod(null, LocalDate.of(2027, 1, 13)), PublicHolidays.NONE),
                "from today on (even ISO weeks: 50, 52), and none after its end");
        assertTrue(next("We[1] 10:00-11:30", new ActivePeriod(null, LocalDate.of(2026, 12, 1)), PublicHolidays.NONE).isEmpty(),
                "it ends before its next day");
    }

    @Test
    void eachTimeOfADayIsListedAndATimePastMidnightEndsTheNextDay() {
        assertEquals(List.of("2026-12-05T10:00/12:00", "2026-12-05T14:00/16:00", "2027-01-02T10:00/12:00", "2027-01-02T14:00/16:00",
                "2027-02-06T10:00/12:00", "2027-02-06T14:00/16:00"), next("Sa[1] 10:00-12:00,14:00-16:00", ActivePeriod.ALWAYS, PublicHolidays.NONE));
        List<NextDates.Day> late = NextDates.of(HoursFixture.of("Fr[-1] 20:00-26:00"), ActivePeriod.ALWAYS, TODAY, PublicHolidays.NONE);
        assertEquals(LocalDate.of(2026, 12, 26), TimeRange.at(late.get(0).date(), late.get(0).times().get(0).end()).toLocalDate());
    }

    @Test
    void aWeeklyTimeBesideAnOccasionalOneMeansNoneAndHolidaysAloneAreNotListed() {
        // the next days would hide that it is on every weekday
        assertTrue(next("Mo-Fr 09:00-12:00; We[1] 14:00-16:00", ActivePeriod.ALWAYS, PublicHolidays.NONE).isEmpty());
        assertEquals(List.of("2026-12-02T10:00/12:00", "2026-12-25T18:00/20:00", "2027-01-06T10:00/12:00"),
                next("We[1] 10:00-12:00; Fr[-1] 18:00-20:00; PH 14:00-16:00", ActivePeriod.ALWAYS, PublicHolidays.NONE),
                "both occasional rules; the holidays' own time is the table's");
        assertTrue(next("Mo 10:00-12:00; PH 14:00-16:00", ActivePeriod.ALWAYS, d -> true).isEmpty(), "holidays alone: the table says it");
    }

    @Test
    void theNightTheClocksGoForwardShowsTheTimeAsWritten() {
        // 28 March 2027, 02:00-03:00 does not exist in Berlin; the page says what the schedule says
        List<NextDates.Day> d = NextDates.of(HoursFixture.of("Sa[-1] 22:00-26:30"), new ActivePeriod(LocalDate.of(2027, 3, 1), null),
                TODAY, PublicHolidays.NONE);
        assertEquals("2027-03-27T22:00", TimeRange.at(d.get(0).date(), d.get(0).times().get(0).start()).toString());
        assertEquals("2027-03-28T02:30", TimeRange.at(d.get(0).date(), d.get(0).times().get(0).end()).toString());
    }

    @Test
    void aScheduleTheSameEveryWeekNeedsNone() {
        assertTrue(next("Mo,We 09:00-12:00; PH off", ActivePeriod.ALWAYS, d -> true).isEmpty());
        assertFalse(NextDates.needed(HoursFixture.of("Tu 15:00-17:00; Tu[2] off")), "an every-week time with an off day: the weekday says it");
        assertFalse(NextDates.needed(HoursFixture.of("Tu 15:00-17:00; Th[2] 10:00-12:00")), "a weekly time beside it");
        assertTrue(NextDates.needed(HoursFixture.of("Th[2] 10:00-12:00; PH off")));
    }
}
