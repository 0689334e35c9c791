package de.quartier.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

class TemplateAccessTest {
    @Test
    void escapesAsPebblesOwnEscaper() {
        List<String> texts = List.of("", "Frühstück", "a & b", "<script>alert('x')</script>", "\"zitiert\"", "&amp;",
                "😀 <b>", "Tür & Tor > Haus < Hof 'ja'", "\u0000\u00a0\u2028");
        for (String t : texts) assertEquals(HtmlEscape.escapeHtml4Xml(t), HtmlText.escape(t), t);
        Random random = new Random(11);
        String alphabet = "&<>\"'aäß€😀 \n\t=;#";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            assertEquals(HtmlEscape.escapeHtml4Xml(b.toString()), HtmlText.escape(b.toString()), b.toString());
        }
    }

    @Test
    void aTextWithoutMarkupIsReturnedAsItIs() {
        String plain = "Nachbarschaftsfrühstück im Quartiersbüro";
        assertSame(plain, HtmlText.escape(plain));
    }

    public record Card(String title, List<String> facts, String label) {
        /** Pebble resolves {{ card.label }} to this method before the component: so must we. */
        public String getLabel() {
            return "from getLabel";
        }

        public String extra() {
            return "a method that is no component";
        }
    }

    /** Pebble matches getX, isX and hasX ignoring case: {{ link.url }} calls getURL() here. */
    public record Link(String url) {
        public String getURL() {
            return "from getURL";
        }
    }

    /** Methods that are no components: {{ hours.open }} calls isOpen(), which Pebble tries before open(). */
    public record Hours(String text) {
        public boolean open() {
            return false;
        }

        public boolean isOpen() {
            return true;
        }

        public boolean closed() {
            return text.isEmpty();
        }

        public static String kind() {
            return "static";
        }
    }

    /** Pebble reads a map's entries before any method. */
    public record LabelMap(String label) implements java.util.Map<String, String> {
        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return Map.of("label", "from the map").entrySet();
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public boolean containsKey(Object key) {
            return "label".equals(key);
        }

        @Override
        public boolean containsValue(Object value) {
            return "from the map".equals(value);
        }

        @Override
        public String get(Object key) {
            return "label".equals(key) ? "from the map" : null;
        }

        @Override
        public String put(String key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String remove(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> m) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Set<String> keySet() {
            return Set.of("label");
        }

        @Override
        public java.util.Collection<String> values() {
            return List.of("from the map");
        }
    }

    /** Pebble as it comes, strict about unknown variables or not. */
    private static PebbleEngine pebble(boolean strict) {
        return new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(strict).build();
    }

    /** Pebble with this extension, as {@code Theme} builds it. */
    private static PebbleEngine ours(boolean strict) {
        return new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(strict)
                .addEscapingStrategy(TemplateAccess.HTML, TemplateAccess.ESCAPE_HTML).extension(new TemplateAccess()).build();
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }

    @Test
    void templatesReadViewsAsWithPebblesOwnResolver() throws IOException {
        PebbleEngine plain = pebble(true);
        PebbleEngine ours = ours(true);
        String template = "{{ card.title }}|{{ card.facts[1] }}|{{ card.facts.size }}|{{ card.label }}|{{ card.extra }}"
                + "|{{ card.title.length }}|{{ map.key }}|{{ card.title.startsWith(\"Café\") }}";
        Map<String, Object> context = Map.of("card", new Card("Café <&> 'Eck'", List.of("Mo", "Di"), "component"),
                "map", Map.of("key", "wert"));
        String expected = render(plain, template, context);
        Map<String, Object> more = Map.of("link", new Link("https://example.org/"), "labels", new LabelMap("x"), "hours", new Hours(""));
        String other = "{{ link.url }}|{{ labels.label }}|{{ hours.open }}|{{ hours.closed }}|{{ hours.text }}";
        assertEquals("from getURL|from the map|true|true|", render(plain, other, more));
        assertEquals(render(plain, other, more), render(ours, other, more));
        assertEquals("Café &lt;&amp;&gt; &#39;Eck&#39;|Di|2|from getLabel|a method that is no component|14|wert|true", expected);
        assertEquals(expected, render(ours, template, context));
    }

    /** A record with a component of the same name as {@link Card}'s. */
    public record Heading(String title) {
    }

    /**
     * One place in a template that reads records of two types with the same component, maps, and a
     * record whose method Pebble takes instead: each time, on every page, what Pebble's own
     * resolver reads (this resolver keeps what it found for each place and type).
     */
    @Test
    void onePlaceReadingSeveralTypesReadsEachAsPebbleDoes() throws IOException {
        PebbleEngine plain = pebble(true);
        PebbleEngine ours = ours(true);
        String template = "{% for item in items %}{{ item.title }}/{{ item.label }};{% endfor %}";
        Map<String, Object> context = Map.of("items", List.of(new Card("Treff", List.of(), "eins"), new LabelMap("x"),
                new Heading("Überschrift"), Map.of("title", "aus der Map", "label", "auch"), new Card("Café", List.of(), "zwei")));
        // (a LabelMap and a Heading have no label or title: Pebble gives null, which prints as nothing)
        PebbleEngine lenient = pebble(false);
        PebbleEngine oursLenient = ours(false);
        String expected = render(lenient, template, context);
        assertEquals("Treff/from getLabel;/from the map;Überschrift/;aus der Map/auch;Café/from getLabel;", expected);
        for (int page = 0; page < 3; page++) assertEquals(expected, render(oursLenient, template, context), "page " + page);
        String titles = "{% for item in items %}{{ item.title }};{% endfor %}";
        Map<String, Object> records = Map.of("items", List.of(new Heading("Eins"), new Card("Zwei", List.of(), ""), new Heading("Drei")));
        for (int page = 0; page < 3; page++) assertEquals(render(plain, titles, records), render(ours, titles, records), "page " + page);
        assertEquals("Eins;Zwei;Drei;", render(ours, titles, records));
    }

    @Test
    void readsARecordsMethodsWithoutParametersItselfWhereTheyAreTheOnlyCandidate() {
        assertTrue(TemplateAccess.reads(Card.class, "title"));
        assertTrue(TemplateAccess.reads(Card.class, "extra"), "a method that is no component");
        assertTrue(TemplateAccess.reads(Hours.class, "closed"));
        assertFalse(TemplateAccess.reads(Card.class, "label"), "Pebble calls getLabel()");
        assertFalse(TemplateAccess.reads(Hours.class, "open"), "Pebble calls isOpen()");
        assertFalse(TemplateAccess.reads(Hours.class, "kind"), "static");
        assertFalse(TemplateAccess.reads(Hours.class, "hashCode"));
        assertFalse(TemplateAccess.reads(LabelMap.class, "label"), "a map's entries");
    }
}
