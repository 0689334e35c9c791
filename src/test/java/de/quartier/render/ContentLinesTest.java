package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLinesTest {
    /** Folding code point by code point, as RFC 5545 3.1 describes it: what fold must give. */
    private static String reference(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = ContentLines.LIMIT;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = ContentLines.LIMIT - 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    private static String fold(String line) {
        StringBuilder out = new StringBuilder();
        ContentLines.fold(line, out);
        return out.toString();
    }

    @Test
    void shortLinesStayWholeAndLongOnesFoldAtSeventyFiveOctets() {
        String ascii75 = "X".repeat(75);
        assertEquals(ascii75 + "\r\n", fold(ascii75));
        assertEquals("X".repeat(75) + "\r\n X\r\n", fold("X".repeat(76)));
        // 73 octets and an ü (2): 75, whole; with an en dash (3): 76, folded before the dash
        assertEquals("X".repeat(73) + "ü\r\n", fold("X".repeat(73) + "ü"));
        assertEquals("X".repeat(73) + "\r\n –\r\n", fold("X".repeat(73) + "–"));
        // an emoji is never split: 72 + 4 octets
        assertEquals("X".repeat(72) + "\r\n 😀\r\n", fold("X".repeat(72) + "😀"));
    }

    @Test
    void foldsAsTheReferenceForAnyText() {
        Random random = new Random(5);
        String alphabet = "aZ0 ;:,üßé–„😀\\";
        int[] points = alphabet.codePoints().toArray();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) b.appendCodePoint(points[random.nextInt(points.length)]);
            String line = b.toString();
            String folded = fold(line);
            assertEquals(reference(line), folded, line);
            for (String part : folded.split("\r\n"))
                assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= ContentLines.LIMIT, part);
        }
    }
}
