package de.quartier.render;

import de.quartier.model.DayHours;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.validate.HoursFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The "open now" data of an office: the ordinary week and every date that differs, as evaluating each date one by one gives it. */
class HoursDataTest {
    private static final PublicHolidays HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 1))::contains;
    private static final HoursData.Span SPAN = HoursData.Span.of(HOLIDAYS, LocalDate.of(2026, 11, 21));

    @ParameterizedTest
    @ValueSource(strings = {
            "Mo-Fr 09:00-12:00",
            "Mo-Fr 09:00-12:00; PH off",
            "Mo,We 09:00-12:00,14:00-16:00; Sa 10:00-12:00; PH off",
            "Mo,PH 10:00-12:00",
            "PH 10:00-12:00",
            "Mo-Fr 09:00-17:00; We 09:00-12:00",
            "Mo-Fr 09:00-12:00; We off",
            "Tu 10:00-12:00, Th 14:00-16:00",
            "Th[1,3] 10:00-12:00",
            "Mo-Fr 09:00-12:00; We[1] off",
            "Tu[-1] 15:00-17:00; PH off",
            "Mo-Fr 09:00-12:00; Dec 24-Dec 31 off",
            "week 01-20 Mo 10:00-12:00",
            "24/7",
    })
    void dataIsWhatEachDateGives(String expression) {
        OpeningHours hours = HoursFixture.of(expression);
        assertEquals(dayByDay(hours), HoursData.of(hours, HOLIDAYS, SPAN), expression);
    }

    /** The data made the plain way: every date of the span evaluated on its own. */
    private static String dayByDay(OpeningHours hours) {
        var week = hours.ordinaryWeek();
        boolean skipHolidays = SPAN.holidays().stream().allMatch(d -> hours.on(d, HOLIDAYS).state() == HoursState.CLOSED);
        return Json.forHtml(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("week");
            for (DayOfWeek d : DayOfWeek.values()) HoursData.day(g, week.get(d));
            g.writeEndArray();
            if (skipHolidays) g.writeNumberField("h", 1);
            g.writeObjectFieldStart("except");
            for (LocalDate d = SPAN.from(); !d.isAfter(SPAN.to()); d = d.plusDays(1)) {
                if (skipHolidays && HOLIDAYS.isHoliday(d)) continue;
                DayHours h = hours.on(d, HOLIDAYS);
                if (!h.equals(week.get(d.getDayOfWeek()))) {
                    g.writeFieldName(d.toString());
                    HoursData.day(g, h);
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
