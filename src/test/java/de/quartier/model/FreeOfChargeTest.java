package de.quartier.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule for "free": the finder, the structured data and translated pages agree. */
class FreeOfChargeTest {
    @Test
    void theWordsThatSayFree() {
        for (String cost : new String[]{"kostenlos", "Kostenfrei", "Eintritt frei, Waffeln gegen kleine Spende", "gratis", "0 €", "0,00 Euro", "frei"})
            assertTrue(FreeOfCharge.says(cost), cost);
        for (String cost : new String[]{"3 €", "Freiwillige Spende", "Spende erbeten", "frei wählbarer Beitrag", "", null})
            assertFalse(FreeOfCharge.says(cost), String.valueOf(cost));
    }

    @Test
    void onlyThatAndNothingMore() {
        assertTrue(FreeOfCharge.saysOnly(" Kostenlos "));
        assertTrue(FreeOfCharge.saysOnly("Eintritt frei"));
        assertFalse(FreeOfCharge.saysOnly("kostenlos, Material 2 €"), "the editor's other words stay");
        assertFalse(FreeOfCharge.saysOnly(null));
    }
}
