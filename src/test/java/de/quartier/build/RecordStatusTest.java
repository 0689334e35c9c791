package de.quartier.build;

import de.quartier.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the example site says of records that have not begun or have ended: an office that opens
 * later "öffnet", with no live "opens on Thursday" before it does; an offering "beginnt"; a period
 * to come runs "ab", not "seit"; a place that closed is no "Angebot".
 */
class RecordStatusTest {
    private static Document html(String path) {
        return TestSites.exampleHtml(path);
    }

    @Test
    void anOfficeThatOpensLaterSaysWhenAndNotThatItOpensOnItsNextWeekday() {
        Document office = html("anlaufstellen/quartiersmanagement-hansaviertel/index.html");
        assertTrue(office.text().contains("Öffnet am 1. Februar 2027"), office.select("main").text());
        assertFalse(office.text().contains("Eröffnet"));
        // before: the script said "Jetzt geschlossen · öffnet Do 10:00 Uhr", months ahead
        assertTrue(office.select("[data-hours]").isEmpty(), "no live status before the office opens");
        assertTrue(office.select("dl.facts dd").eachText().contains("ab 1. Februar 2027"), office.select("dl.facts").text());
        Document list = html("anlaufstellen/index.html");
        assertTrue(list.select("article:has(a[href$=/quartiersmanagement-hansaviertel/]) [data-hours]").isEmpty(), "nor on its card");
        assertFalse(list.select("[data-hours]").isEmpty(), "open offices keep theirs");
    }

    @Test
    void anOfferingThatStartsLaterBegins() {
        Document offering = html("angebote/sprechstunde-hansaviertel/index.html");
        assertTrue(offering.text().contains("Beginnt am 1. Februar 2027"), offering.select("main").text());
    }

    @Test
    void aPlaceThatClosedIsNotCalledAnOffering() {
        Document place = html("anlaufstellen/matthiashaus-ebel/index.html");
        assertTrue(place.text().contains("Diese Anlaufstelle gibt es nicht mehr."), place.select("main").text());
        assertFalse(place.text().contains("Dieses Angebot gibt es nicht mehr."));
        assertEquals(1, html("en/anlaufstellen/matthiashaus-ebel/index.html").select("p:containsOwn(This place is no longer open.)").size());
        Document programme = html("programme/stadtumbau-west-innovationcity/index.html");
        assertTrue(programme.text().contains("Dieses Programm ist beendet."), programme.select("main").text());
    }
}
