package de.quartier.render;

import de.focus_shift.jollyday.core.HolidayManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped table of public holidays is exactly what Jollyday says for every state and year in
 * it. After a Jollyday update that changes a state's holidays, rewrite the table with
 * {@code ./mvnw test -Dtest=StateHolidaysTest -Dholidays.update=true} and review the diff.
 */
class StateHolidaysTest {
    private static final Path TABLE = Path.of("src/main/resources/de/quartier/render", StateHolidays.TABLE);

    /** The table as Jollyday gives it today. */
    private static String fromJollyday() {
        HolidayManager germany = StateHolidays.germany();
        StringBuilder out = new StringBuilder("# Public holidays of the German states, from Jollyday (see StateHolidaysTest)\n");
        for (String state : StateHolidays.STATES)
            for (int y = StateHolidays.FIRST_YEAR; y <= StateHolidays.LAST_YEAR; y++) {
                out.append(state).append(' ').append(y);
                for (LocalDate d : StateHolidays.ofYear(germany, state, y))
                    out.append(' ').append(String.format("%02d%02d", d.getMonthValue(), d.getDayOfMonth()));
                out.append('\n');
            }
        return out.toString();
    }

    @Test
    void theTableIsWhatJollydaySays() throws IOException {
        String expected = fromJollyday();
        if (Boolean.getBoolean("holidays.update")) Files.writeString(TABLE, expected, StandardCharsets.US_ASCII);
        assertEquals(expected, Files.readString(TABLE, StandardCharsets.US_ASCII));
    }

    @Test
    void aStatesHolidaysComeFromTheTableAndOtherYearsFromJollyday() {
        StateHolidays nw = StateHolidays.of("DE-NW", LocalDate.of(2026, 11, 21));
        assertTrue(nw.isHoliday(LocalDate.of(2026, 12, 25)));
        assertTrue(nw.isHoliday(LocalDate.of(2027, 5, 27)), "Fronleichnam 2027 in NRW");
        assertTrue(nw.isHoliday(LocalDate.of(2026, 11, 1)), "Allerheiligen in NRW");
        assertFalse(nw.isHoliday(LocalDate.of(2026, 10, 31)), "Reformationstag is not one in NRW");
        StateHolidays sn = StateHolidays.of("DE-SN", LocalDate.of(2026, 11, 21));
        assertTrue(sn.isHoliday(LocalDate.of(2026, 11, 18)), "Buß- und Bettag in Saxony");
        assertFalse(nw.isHoliday(LocalDate.of(2026, 11, 18)));
        StateHolidays far = StateHolidays.of("DE-NW", LocalDate.of(2070, 6, 1));
        assertEquals(Set.of(true), Set.of(far.isHoliday(LocalDate.of(2070, 12, 25))), "beyond the table Jollyday answers");
    }
}
