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

    /** A cached part ({% cache %}) is copied as the same bytes each time, where the page says it stands. */
    @Test
    void aCachedPartIsCopiedAsTheSameBytesWhereverItIsWritten() throws Exception {
        de.quartier.render.RenderedParts parts = new de.quartier.render.RenderedParts();
        io.pebbletemplates.pebble.PebbleEngine engine = new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.StringLoader()).extension(new de.quartier.render.PartTag()).tagCache(parts).build();
        io.pebbletemplates.pebble.template.PebbleTemplate template = engine.getTemplate(
                "<main>{{ x }}{% cache \"karte\" %}<article id=\"k\"><a href=\"/q/a/\">Grüße – „Café“ 😀</a>{{ x }}</article>{% endcache %}</main>");
        de.quartier.model.RenderedPart card = null;
        for (String x : java.util.List.of("erste Seite", "zweite")) {
            PageBuffer b = PageBuffer.forThisThread();
            template.evaluate(b, java.util.Map.of("x", x));
            PageBuffer.Rendered page = b.rendered();
            // the part keeps what the first page wrote into it
            String expected = "<main>" + x + "<article id=\"k\"><a href=\"/q/a/\">Grüße – „Café“ 😀</a>erste Seite</article></main>";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), page.html());
            assertArrayEquals(new int[]{("<main>" + x).length()}, page.partOffsets());
            assertEquals(1, page.parts().length);
            if (card != null) org.junit.jupiter.api.Assertions.assertSame(card, page.parts()[0], "the same array on every page");
            card = page.parts()[0];
        }
        // a writer that takes no parts (the body of another part) gets the same text
        java.io.StringWriter text = new java.io.StringWriter();
        template.evaluate(text, java.util.Map.of("x", "zweite"));
        assertEquals("<main>zweite<article id=\"k\"><a href=\"/q/a/\">Grüße – „Café“ 😀</a>erste Seite</article></main>", text.toString());
    }
}
