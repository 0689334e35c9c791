package de.quartier.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class UmlautsTest {
    @Test
    void spelledOutWithTheirCase() {
        assertEquals("Buergerhaus Strasse, Oeffnung, Aerger", Umlauts.spellOut("Bürgerhaus Straße, Öffnung, Ärger"));
        assertEquals("frueh-stueck", Umlauts.spellOut("früh-stück"));
        String plain = "Quartiersbuero";
        assertSame(plain, Umlauts.spellOut(plain), "a text without them is returned as it is");
    }
}
