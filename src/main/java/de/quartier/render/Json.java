package de.quartier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON through Jackson's streaming generator: fields in the order the code writes them, so
 * output is deterministic. Inside HTML ({@link #forHtml}) {@code <}, {@code >} and {@code &} are
 * escaped, so no text can close a script element.
 */
public final class Json {
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    // a character beyond the BMP (an emoji) as its four UTF-8 bytes, as the text path writes it, not as two escapes
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private static final CharacterEscapes HTML_SAFE = new CharacterEscapes() {
        private final int[] escapes;

        {
            int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
            e['<'] = CharacterEscapes.ESCAPE_STANDARD;
            e['>'] = CharacterEscapes.ESCAPE_STANDARD;
            e['&'] = CharacterEscapes.ESCAPE_STANDARD;
            e['\''] = CharacterEscapes.ESCAPE_STANDARD;
            escapes = e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    };

    private Json() {
    }

    /** Compact JSON, safe inside a script element or an attribute. */
    public static String forHtml(Body body) {
        return text(body, false, true);
    }

    /** Compact JSON for a file a script fetches. */
    public static String compact(Body body) {
        return text(body, false, false);
    }

    /** Compact JSON as the UTF-8 bytes of a file a script fetches. */
    public static byte[] compactBytes(Body body) {
        return bytes(body, false);
    }

    /** Indented JSON, with a final line end, as the UTF-8 bytes of a file people may read (open data). */
    public static byte[] prettyBytes(Body body) {
        return bytes(body, true);
    }

    /*
     * Not a StringWriter: its StringBuffer copies every character once more, one by one, as soon
     * as a text leaves Latin-1 (an umlaut, a dash), and that copy was the build's busiest method
     * (3 % of its CPU at 2,000 offerings). Jackson's own writer keeps the characters in segments.
     */
    private static String text(Body body, boolean pretty, boolean html) {
        // the thread's buffers, as the generator's own: no new 8 KB of characters for each bit of JSON.
        // _getBufferRecycler is public but marked internal by its name; ObjectMapper.writeValueAsString
        // does the same, and the Jackson version is pinned in pom.xml (JsonTest covers nested and
        // concurrent use)
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        try {
            SegmentedStringWriter out = new SegmentedStringWriter(buffers);
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                configure(g, pretty, html);
                body.write(g);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /** Files skip the text altogether: Jackson encodes UTF-8 as it writes. */
    private static byte[] bytes(Body body, boolean pretty) {
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        ByteArrayBuilder out = new ByteArrayBuilder(buffers);
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                configure(g, pretty, false);
                body.write(g);
                if (pretty) g.writeRaw('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.release();
            buffers.releaseToPool();
        }
    }

    private static void configure(JsonGenerator g, boolean pretty, boolean html) {
        if (html) g.setCharacterEscapes(HTML_SAFE);
        if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
}
