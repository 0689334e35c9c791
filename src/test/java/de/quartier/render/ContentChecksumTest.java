package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checksum published names and versions carry: 16 hex digits that follow the content, however it is fed. */
class ContentChecksumTest {
    @Test
    void sixteenHexDigitsThatChangeWithTheContentAndNotWithHowItIsFed() {
        String whole = ContentChecksum.of("body { color: #123; }".getBytes(StandardCharsets.UTF_8));
        assertTrue(whole.matches("[0-9a-f]{16}"), whole);
        assertEquals(whole, new ContentChecksum().add("body { ").add("color: #123; }").hex(), "fed in pieces");
        assertNotEquals(whole, ContentChecksum.of("body { color: #124; }".getBytes(StandardCharsets.UTF_8)), "one character more or less");
        // the two halves are two different CRCs (CRC-32 and CRC-32C), not one repeated
        assertNotEquals(whole.substring(0, 8), whole.substring(8));
    }
}
