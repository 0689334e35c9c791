package de.quartier.write;

import de.quartier.model.RenderedFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GzipCopiesTest {
    @Test
    void textFilesOverOneKilobyteGetAnIdenticalGzipCopyBesideThem() throws Exception {
        byte[] page = "<p>Quartiersbüro</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        MemorySink memory = new MemorySink();
        new GzipCopies(memory).write(List.of(new RenderedFile("a/index.html", page),
                new RenderedFile("klein.css", "p{}".getBytes(StandardCharsets.UTF_8)),
                new RenderedFile("bild.png", new byte[4000])));
        assertEquals(List.of("a/index.html", "a/index.html.gz", "bild.png", "klein.css"), memory.files().keySet().stream().sorted().toList());
        byte[] gz = memory.files().get("a/index.html.gz");
        assertTrue(gz.length < page.length / 5, "compressed: " + gz.length);
        assertArrayEquals(page, new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes());

        MemorySink again = new MemorySink();
        new GzipCopies(again).write(List.of(new RenderedFile("a/index.html", page)));
        assertArrayEquals(gz, again.files().get("a/index.html.gz"), "the same bytes every build (no time in the header)");
        assertFalse(GzipCopies.compressible(new RenderedFile("x.html", new byte[GzipCopies.MIN_BYTES])));
    }
}
