package de.quartier.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's policy names the site's tile host as a source a browser accepts. */
class ContentPolicyTest {
    @Test
    void theTileHostBecomesAnImageSource() {
        assertEquals("https://tile.openstreetmap.org", ContentPolicy.source("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        // a server letter in the host: a wildcard for the first label, as CSP allows it
        assertEquals("https://*.tile.openstreetmap.de", ContentPolicy.source("https://{s}.tile.openstreetmap.de/{z}/{x}/{y}.png"));
        assertEquals("http://localhost:8080", ContentPolicy.source("http://localhost:8080/tiles/{z}/{x}/{y}.png"));
        // tiles of the site's own, or an address no browser would load: nothing beside 'self'
        assertEquals("", ContentPolicy.source("kacheln/{z}/{x}/{y}.png"));
        assertEquals("", ContentPolicy.source(""));
        assertEquals("", ContentPolicy.source("ftp://tiles.example/{z}/{x}/{y}.png"));
        assertEquals("", ContentPolicy.source("https://tiles.{s}.example/{z}.png"));
    }

    @Test
    void thePolicyAllowsNothingFromElsewhereButTheTiles() {
        String policy = ContentPolicy.of("https://{s}.tile.example.de/{z}/{x}/{y}.png");
        assertTrue(policy.contains("img-src 'self' https://*.tile.example.de;"), policy);
        assertTrue(policy.contains("script-src 'self';") && policy.contains("style-src 'self';") && policy.contains("object-src 'none'"), policy);
        assertTrue(ContentPolicy.of("").contains("img-src 'self';"), ContentPolicy.of(""));
    }
}
