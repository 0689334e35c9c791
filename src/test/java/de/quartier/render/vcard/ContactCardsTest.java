package de.quartier.render.vcard;

import de.quartier.render.ContentLines;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The card's escaping and numbers, read back by ez-vcard (a reader that shares no code with the writer). */
class ContactCardsTest {
    private static VCard read(String lines) {
        return Ezvcard.parse("BEGIN:VCARD\r\nVERSION:4.0\r\n" + lines + "END:VCARD\r\n").first();
    }

    @Test
    void textKeepsCommasSemicolonsBackslashesAndLineBreaks() {
        String written = "Treff, Café; Hof \\ 2\r\nZeile zwei\nZeile drei\rvier";
        assertEquals("Treff\\, Café\\; Hof \\\\ 2\\nZeile zwei\\nZeile drei\\nvier", ContentLines.escapeText(written));
        VCard card = read("FN:" + ContentLines.escapeText(written) + "\r\nNOTE:" + ContentLines.escapeText(written) + "\r\n");
        assertEquals("Treff, Café; Hof \\ 2\nZeile zwei\nZeile drei\nvier", card.getFormattedName().getValue());
        assertEquals("Treff, Café; Hof \\ 2\nZeile zwei\nZeile drei\nvier", card.getNotes().get(0).getValue());
    }

    @Test
    void anAddressComponentWithCommaOrSemicolonStaysOneComponent() {
        String street = "Markt 1, Hinterhaus; 2. OG";
        VCard card = read("ADR:;;" + ContactCards.component(street) + ";" + ContactCards.component("Bottrop, Kirchhellen") + ";;"
                + ContactCards.component("46242") + ";Deutschland\r\n");
        var adr = card.getAddresses().get(0);
        assertEquals(street, adr.getStreetAddress());
        assertEquals("Bottrop, Kirchhellen", adr.getLocality());
        assertEquals("46242", adr.getPostalCode());
        assertEquals("Deutschland", adr.getCountry());
        assertEquals("", ContactCards.component(null));
    }

    @Test
    void anAddressWithCommaAndSemicolonIsReadAsWritten() {
        VCard card = read("URL:https://example.org/a,b;c?x=1\r\n");
        assertEquals("https://example.org/a,b;c?x=1", card.getUrls().get(0).getValue());
    }

    @Test
    void coordinatesHaveAtMostSixDecimalsAndNoTrailingZeros() {
        assertEquals("51.5", ContactCards.degrees(51.5));
        assertEquals("7.0", ContactCards.degrees(7.0));
        assertEquals("6.912346", ContactCards.degrees(6.9123456789));
        assertEquals("51.52951", ContactCards.degrees(51.52951));
        assertEquals("-0.1", ContactCards.degrees(-0.1));
        VCard card = read("GEO:geo:" + ContactCards.degrees(51.52951) + "," + ContactCards.degrees(6.9123456789) + "\r\n");
        assertEquals(51.52951, card.getGeo().getLatitude(), 1e-9);
        assertEquals(6.912346, card.getGeo().getLongitude(), 1e-9);
    }
}
