package de.quartier.render.finder;

import de.quartier.render.finder.OfferingFinder.TimeOfDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeOfDayTest {
    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    /** The periods a time is found under: where it starts, and where it fills an hour at least. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "14:30 | 17:30 | nachmittag",
            "10:00 | 14:00 | vormittag nachmittag",
            "11:30 | 12:30 | vormittag",
            "16:00 | 19:00 | nachmittag abend",
            "16:30 | 17:30 | nachmittag",
            "17:00 | 18:30 | abend",
            "20:00 | 26:00 | abend",
            "09:00 | 18:00 | vormittag nachmittag abend",
    })
    void aTimeBelongsWhereItStartsAndWhereItFillsAnHour(String start, String end, String periods) {
        String held = Arrays.stream(TimeOfDay.values()).filter(t -> t.holds(minutes(start), minutes(end)))
                .map(TimeOfDay::slug).collect(Collectors.joining(" "));
        assertEquals(periods, held);
    }
}
