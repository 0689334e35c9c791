package de.quartier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
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

    private static final JsonFactory FACTORY = new JsonFactory();

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
        return write(body, false, true);
    }

    /** Compact JSON for a file a script fetches. */
    public static String compact(Body body) {
        return write(body, false, false);
    }

    /** Indented JSON for files people may read (open data). */
    public static String pretty(Body body) {
        return write(body, true, false) + "\n";
    }

    private static String write(Body body, boolean pretty, boolean html) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (html) g.setCharacterEscapes(HTML_SAFE);
            if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
