package de.quartier.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsTest {
    @Test
    void aPlacesNameComesBeforeItsAddressWithoutSayingTheStreetTwice() {
        assertEquals("Quartiersbüro Eigen, Hansastraße 1, 46236 Bottrop", Facts.named("Quartiersbüro Eigen", "Hansastraße 1, 46236 Bottrop"));
        // a square named like its street
        assertEquals("Mühlenplatz 3, 46236 Bottrop", Facts.named("Mühlenplatz", "Mühlenplatz 3, 46236 Bottrop"));
        // the name holds the street whole: said once
        assertEquals("Bernepark, Eingang Ebelstraße, 46242 Bottrop", Facts.named("Bernepark, Eingang Ebelstraße", "Ebelstraße, 46242 Bottrop"));
        assertEquals("Johann-Breuker-Platz, Ortsmitte Kirchhellen, 46244 Bottrop",
                Facts.named("Johann-Breuker-Platz, Ortsmitte Kirchhellen", "Johann-Breuker-Platz, 46244 Bottrop"));
        assertEquals("Bernepark, Eingang Ebelstraße", Facts.named("Bernepark, Eingang Ebelstraße", "Ebelstraße"), "the street alone, as cards show it");
        // part of a longer word, or without the house number the address has: the address stays whole
        assertEquals("Haus Ebelstraßenecke, Ebelstraße, 46242 Bottrop", Facts.named("Haus Ebelstraßenecke", "Ebelstraße, 46242 Bottrop"));
        assertEquals("Eingang Ebelstraße, Ebelstraße 12, 46242 Bottrop", Facts.named("Eingang Ebelstraße", "Ebelstraße 12, 46242 Bottrop"));
        // a street named like its district: the name says the district, the address the street
        assertEquals("Café der Stadtteilkonferenz Kronenberg, Kronenberg, 52074 Aachen",
                Facts.named("Café der Stadtteilkonferenz Kronenberg", "Kronenberg, 52074 Aachen"));
    }

    @Test
    void aRouteLeadsToTheAddressWithoutItsRemarksInBrackets() {
        assertEquals(Facts.DIRECTIONS + "Schattige+Buche%2C+46240+Bottrop",
                Facts.directions(new de.quartier.model.Address("Schattige Buche (AWO-Seniorenzentrum)", "46240", "Bottrop")));
        assertEquals(Facts.DIRECTIONS + "Hansastra%C3%9Fe+1%2C+46236+Bottrop", Facts.directions(new de.quartier.model.Address("Hansastraße 1", "46236", "Bottrop")));
    }

    @Test
    void aPlaceWithoutAHouseNumberIsRoutedToItsPositionTheMapsPopupAlike() throws Exception {
        de.quartier.model.GeoPoint at = new de.quartier.model.GeoPoint(50.7755, 6.048);
        assertEquals(Facts.DIRECTIONS + "50.7755%2C6.048", Facts.directions(new de.quartier.model.Address("Vaalser Straße", "52074", "Aachen"), at));
        assertEquals(Facts.DIRECTIONS + "Hansastra%C3%9Fe+1%2C+46236+Bottrop",
                Facts.directions(new de.quartier.model.Address("Hansastraße 1", "46236", "Bottrop"), at), "a house number: the address");
        assertEquals(Facts.DIRECTIONS + "Rathausplatz%2C+46236+Bottrop",
                Facts.directions(new de.quartier.model.Address("Rathausplatz", "46236", "Bottrop"), null), "no position: the address");
        // what the map's script would make from the address line: the same for an address with a house number only
        assertFalse(Facts.scriptsRoute("Vaalser Straße, 52074 Aachen").equals(Facts.directions(new de.quartier.model.Address("Vaalser Straße", "52074", "Aachen"), at)));
        assertEquals(Facts.scriptsRoute("Hansastraße 1, 46236 Bottrop"), Facts.directions(new de.quartier.model.Address("Hansastraße 1", "46236", "Bottrop"), at));
        // the Aachen example's office on the Vaalser Straße: its page and its map's popup lead to the same position
        java.util.Map<String, byte[]> files = de.quartier.TestSites.buildInMemory(java.nio.file.Path.of("examples/aachen"));
        String page = new String(files.get("anlaufstellen/stadtteilbuero-kronenberg-kullen/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"https://www.openstreetmap.org/directions?to=50.7755%2C6.048\""), "the page's route");
        assertTrue(page.contains("\"route\":\"https://www.openstreetmap.org/directions?to=50.7755%2C6.048\""), "the map's marker carries it");
        assertFalse(page.contains("\"route\":\"https://www.openstreetmap.org/directions?to=Talstra"), "a marker with a house number does not");
    }
}
