package de.quartier.render.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VTIMEZONE of a calendar file, whatever the locale of the machine that builds it. */
class TimeZonesTest {
    @Test
    void offsetsHaveWesternDigitsOnAMachineWithAnArabicLocale() {
        Locale before = Locale.getDefault();
        try {
            // Arabic as spoken in Egypt writes numbers in Arabic-Indic digits, which a calendar cannot read
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            String zone = TimeZones.vtimezone(ZoneId.of("Europe/Berlin"));
            assertTrue(zone.contains("TZOFFSETFROM:+0100") && zone.contains("TZOFFSETTO:+0200"), zone);
            assertEquals(zone, new String(zone.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII), "only ASCII: " + zone);
        } finally {
            Locale.setDefault(before);
        }
    }
}
