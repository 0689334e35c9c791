package de.quartier.render;

import de.quartier.model.RenderedPart;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PartTagTest {
    private static final String TEMPLATE = "{% for c in cards %}<li>{% cache c ~ \"@li\" %}<article><h3>{{ c }}</h3>"
            + "{% cache \"footer-\" ~ c %}<p>Ein Absatz, der lang genug ist, um ein Teil zu sein: „{{ c }}“ – {{ x }}</p>{% endcache %}"
            + "</article>{% endcache %}{% cache \"kurz\" %}<hr>{% endcache %}</li>{% endfor %}";

    private static String render(PebbleEngine engine, Map<String, Object> data) throws Exception {
        StringWriter out = new StringWriter();
        engine.getTemplate(TEMPLATE).evaluate(out, data);
        return out.toString();
    }

    /** Parts in parts, short and long, the second page with other data: the text Pebble's own tag gives. */
    @Test
    void writesTheTextPebblesOwnCacheTagWrites() throws Exception {
        PebbleEngine pebbles = new PebbleEngine.Builder().loader(new StringLoader()).build();
        PebbleEngine ours = new PebbleEngine.Builder().loader(new StringLoader()).extension(new PartTag()).tagCache(new RenderedParts()).build();
        for (Map<String, Object> data : List.<Map<String, Object>>of(Map.of("cards", List.of("Café 😀", "Treff"), "x", "erste"),
                Map.of("cards", List.of("Treff", "Neu"), "x", "zweite"))) {
            String expected = render(pebbles, data);
            assertEquals(expected, render(ours, data));
        }
    }

    /** A writer that takes parts gets a long part's bytes, the same object on every page, and a short part's text. */
    @Test
    void aPartSinkGetsTheBytesOfLongPartsOnly() throws Exception {
        RenderedParts parts = new RenderedParts();
        PebbleTemplate template = new PebbleEngine.Builder().loader(new StringLoader()).extension(new PartTag()).tagCache(parts).build()
                .getTemplate("{% cache \"a\" %}<p>" + "x".repeat(RenderedParts.SHORTEST) + "</p>{% endcache %}{% cache \"b\" %}<hr>{% endcache %}");
        List<Object> first = written(template);
        List<Object> second = written(template);
        assertEquals(2, first.size());
        RenderedPart part = assertInstanceOf(RenderedPart.class, first.get(0));
        assertEquals("<p>" + "x".repeat(RenderedParts.SHORTEST) + "</p>", new String(part.utf8(), java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertSame(part, second.get(0));
        assertEquals("<hr>", first.get(1));
    }

    private static List<Object> written(PebbleTemplate template) throws Exception {
        List<Object> out = new ArrayList<>();
        class Sink extends Writer implements PartTag.PartSink {
            @Override
            public void write(RenderedPart part) {
                out.add(part);
            }

            @Override
            public void write(char[] c, int off, int len) {
                out.add(new String(c, off, len));
            }

            @Override
            public void write(String s, int off, int len) {
                out.add(s.substring(off, off + len));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }
        template.evaluate(new Sink());
        return out;
    }
}
