package de.quartier.model;

import de.quartier.render.Facts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The number a phone link dials. */
class PhoneNumberTest {
    @Test
    void aLinkDialsTheFirstNumberAndNoTrunkZeroAfterTheCountry() {
        assertEquals("tel:02095551234", Facts.tel("0209 555-1234 / 1235"), "or …1235: not run into the number");
        assertEquals("tel:02095551234", Facts.tel("0209/5551234"), "a slash between area code and number");
        assertEquals("tel:02095551234", Facts.tel("0209 / 555 1234"));
        assertEquals("tel:+492041703000", Facts.tel("+49 (0)2041 70-3000"), "(0) is not dialled after +49");
        assertEquals("tel:02041703000", Facts.tel("(02041) 70-3000"));
        assertEquals("tel:110", Facts.tel("110"));
        assertEquals("tel:02041703000", Facts.tel("02041 70-3000/3001"), "a slash after an extension");
        assertEquals("tel:0049209555123", Facts.tel("0049 (0)209 555123"));
    }
}
