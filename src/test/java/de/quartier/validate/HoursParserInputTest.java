package de.quartier.validate;

import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.OpeningHoursParserTokenManager;
import ch.poole.openinghoursparser.SimpleCharStream;
import ch.poole.openinghoursparser.Util;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoursParserInputTest {
    /** What the parser makes of a text read through a reader: its rules as text, or its error. */
    private static String parsed(Reader input, boolean strict) {
        try {
            return "rules: " + Util.rulesToOpeningHoursString(new OpeningHoursParser(new OpeningHoursParserTokenManager(
                    new SimpleCharStream(input, 1, 1, 64))).rules(strict));
        } catch (Exception | Error e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mo-Fr 09:00-13:00", "Mo-Fr 09:00-13:00; PH off", "Tu[1,3] 15:00-17:00", "Mo 22:00-26:00",
            "Mo-Fr 9-13", "Mo-Fr 09:00-", "Mo-Fr 09:00-13:00;", "Montag 9 bis 13 Uhr", "Mo-Fr 09:00-13:00 \"nach Absprache\"",
            "Mo-Fr 09:00-13:00 \"offen", "", " ", "24/7", "Jan-Mar Sa 10:00-12:00", "Mo-Fr 08:00-12:00,13:00-16:30",
            "Mo-Fr 09:00-13:00 || \"nach Vereinbarung\"", "week 1-53/2 We 10:00-12:00", "Mo 10:00-12:00 ä"})
    void theParserMakesTheSameOfATextAsFromAStringReader(String hours) {
        for (boolean strict : new boolean[] {true, false})
            assertEquals(parsed(new StringReader(hours), strict), parsed(new HoursParserInput(hours), strict), hours + ", strict " + strict);
    }

    @Test
    void theEndIsOneSharedExceptionWithoutATraceEveryTime() throws IOException {
        HoursParserInput input = new HoursParserInput("Mo");
        char[] into = new char[8];
        assertEquals(0, input.read(into, 0, 0));
        assertEquals(2, input.read(into, 1, 7));
        assertEquals("Mo", new String(into, 1, 2));
        assertSame(HoursParserInput.END, assertThrows(IOException.class, () -> input.read(into, 0, 8)));
        input.close();
        assertSame(HoursParserInput.END, assertThrows(IOException.class, () -> input.read(into, 0, 8)));
        assertEquals(0, HoursParserInput.END.getStackTrace().length);
        assertThrows(IllegalStateException.class, () -> HoursParserInput.END.initCause(new IOException()), "its cause stays none");
    }
}
