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
    void eachPageStartsEmptyAndALargePageGrowsTheBuffer() throws Exception {
        PageBuffer first = PageBuffer.forThisThread();
        first.write("x".repeat(200_000));
        assertEquals(200_000, first.toBytes().length);
        PageBuffer again = PageBuffer.forThisThread();
        again.write("kurz");
        assertArrayEquals("kurz".getBytes(StandardCharsets.UTF_8), again.toBytes());
    }
}
