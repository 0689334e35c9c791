package de.quartier.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page buffer writes what String.getBytes(UTF-8) would make of everything written, whatever the pieces. */
class PageBufferTest {
    @Test
    void piecesOfAnyKindMakeTheSameBytesAsTheWholeText() throws Exception {
        String text = "<p>Grüße – „Café“ ✓ 😀</p>";
        PageBuffer b = PageBuffer.forThisThread();
        // a template writes strings, parts of strings, characters and char arrays; an emoji split between two writes
        int split = text.indexOf("😀") + 1;
        b.write(text, 0, 10);
        b.write(text.toCharArray(), 10, 5);
        b.write(text.charAt(15));
        b.append(text.subSequence(16, split));
        b.write(text.substring(split));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), b.toBytes());
        assertEquals(text, b.toString());
    }

    @Test
    void anyTextInAnyPiecesMakesWhatStringGetBytesMakes() throws Exception {
        // ASCII, Latin-1, two- and three-byte characters, pairs, and surrogates without their pair
        char[] alphabet = {'a', '<', '\n', 'ü', 'ß', '\u00a0', '\u0394', '\u2013', '\u201e', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00'};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) text[i] = alphabet[random.nextInt(alphabet.length)];
            String whole = new String(text);
            PageBuffer b = PageBuffer.forThisThread();
            for (int at = 0; at < text.length; ) {
                int n = 1 + random.nextInt(text.length - at);
                switch (random.nextInt(3)) {
                    case 0 -> b.write(whole, at, n);
                    case 1 -> b.write(text, at, n);
                    default -> b.append(whole.substring(at, at + n));
                }
                at += n;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), b.toBytes(), () -> "for " + whole.chars().mapToObj(c -> String.format("%04x", c)).toList());
        }
    }

    @Test
    void eachPageStartsEmptyAndALargePageGrowsTheBuffer() throws Exception {
        PageBuffer first = PageBuffer.forThisThread();
        first.write("x".repeat(200_000));
        assertEquals(200_000, first.toBytes().length);
        PageBuffer again = PageBuffer.forThisThread();
        again.write("kurz");
        assertArrayEquals("kurz".getBytes(StandardCharsets.UTF_8), again.toBytes());
    }
}
