package de.quartier.render.search;

import de.quartier.render.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site search's index, built with the site and read by {@code assets/search.js}: the
 * documents (kind, title, link, a line of text) and, for every word in {@link SearchText} form,
 * the documents it occurs in with a weight (where it occurs: a title counts more than a body).
 *
 * <pre>{"kinds": ["Quartiere", …], "docs": [[kind, title, href, text], …],
 *  "words": {"fruhstuck": [doc, weight, doc, weight, …], …}}</pre>
 */
public final class SearchIndex {
    public static final String PATH = "suche/index.json";

    /** Where a word occurs, and what that is worth. */
    public enum Weight {
        TITLE(10), ALIAS(8), ADDRESS(5), FACET(4), SUMMARY(3), PLACE(2), BODY(1);

        public final int value;

        Weight(int value) {
            this.value = value;
        }
    }

    /** A piece of a document's text and its weight. */
    public record Field(String text, Weight weight) {
    }

    private record Doc(int kind, String title, String href, String text) {
    }

    private final List<String> kinds;
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> words = new TreeMap<>();

    /** @param kinds the groups results are shown in, in display order ("Quartiere", "Anlaufstellen", …) */
    public SearchIndex(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /**
     * @param kind   index into the kinds
     * @param text   the line shown under the title (address, when and where, summary)
     * @param fields what the document is found by
     * @param rank   a factor for every weight (ended records are found, but after current ones)
     */
    public void add(int kind, String title, String href, String text, List<Field> fields, int rank) {
        int id = docs.size();
        docs.add(new Doc(kind, title, href, text));
        Map<String, Integer> best = new HashMap<>();
        for (Field f : fields)
            for (String w : SearchText.words(f.text())) best.merge(w, f.weight().value * rank, Math::max);
        best.forEach((w, weight) -> words.computeIfAbsent(w, k -> new TreeMap<>()).put(id, weight));
    }

    public int size() {
        return docs.size();
    }

    public String json() {
        return Json.compact(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("kinds");
            for (String k : kinds) g.writeString(k);
            g.writeEndArray();
            g.writeArrayFieldStart("docs");
            for (Doc d : docs) {
                g.writeStartArray();
                g.writeNumber(d.kind());
                g.writeString(d.title());
                g.writeString(d.href());
                g.writeString(d.text());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("words");
            for (var e : words.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (var p : e.getValue().entrySet()) {
                    g.writeNumber(p.getKey());
                    g.writeNumber(p.getValue());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
