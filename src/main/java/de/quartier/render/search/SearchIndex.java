package de.quartier.render.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site search's index as the build collects it: the documents (kind, title, link, a line of
 * text) and, for every word in {@link SearchText} form, the documents it occurs in with a weight
 * (where it occurs: a title counts more than a body). {@link #shards} cuts it into the files
 * {@code assets/search.js} loads piece by piece ({@link SearchShards}).
 *
 * <p>Documents are numbered in the order they are added; they must come kind by kind, and within
 * a kind in the order results with equal scores are shown (by title), because the script breaks
 * ties by number and never loads a title it does not show.
 */
public final class SearchIndex {
    /** Where a word occurs, and what that is worth. */
    public enum Weight {
        TITLE(10), ALIAS(8), ADDRESS(5), FACET(4), SUMMARY(3), PLACE(2), BODY(1);

        public final int value;

        Weight(int value) {
            this.value = value;
        }
    }

    /**
     * A piece of a document's text and its weight.
     *
     * @param translated from a translation of the record: its words are found whole or by their
     *                   beginning, never inside ("Rente" found "different" in an English text)
     */
    public record Field(String text, Weight weight, boolean translated) {
        public Field(String text, Weight weight) {
            this(text, weight, false);
        }
    }

    /** The largest weight a word may have in a document (weights are kept in five bits). */
    static final int MAX_WEIGHT = 31;

    /**
     * A document with its words in search form and the best weight of each: made on any thread (the
     * words are the costly part), then {@linkplain #add added} in order.
     *
     * @param kind  index into the kinds
     * @param text  the line shown under the title (address, when and where, summary)
     * @param words  word → weight
     * @param titles language → the title of the record's translation into it, where it has one
     * @param translatedOnly the words that only its translations have
     * @param lines  language → the line in it, where the record's translation gives one (its summary)
     */
    public record Doc(int kind, String title, String href, String text, Map<String, Integer> words, Map<String, String> titles,
                      Set<String> translatedOnly, Map<String, String> lines) {
        public Doc {
            titles = titles == null ? Map.of() : Map.copyOf(titles);
            translatedOnly = translatedOnly == null ? Set.of() : Set.copyOf(translatedOnly);
            lines = lines == null ? Map.of() : Map.copyOf(lines);
        }

        public Doc(int kind, String title, String href, String text, Map<String, Integer> words) {
            this(kind, title, href, text, words, Map.of(), Set.of(), Map.of());
        }

        /** The same document with lines in other languages. */
        public Doc withLines(Map<String, String> inLanguages) {
            return new Doc(kind, title, href, text, words, titles, translatedOnly, inLanguages);
        }

        /**
         * @param fields what the document is found by
         * @param ended  an ended record: found, but after current ones that match as well. Its words
         *               weigh 1 wherever they stand and a current record's twice their field's
         *               weight (an ended record's title "Sonntags-Kaffeeklatsch" came before a
         *               current "Adventscafé … Sonntag" when ended records only weighed half).
         */
        public static Doc of(int kind, String title, String href, String text, List<Field> fields, boolean ended, Map<String, String> titles) {
            return of(kind, title, href, text, fields, ended, titles, SearchSynonyms.NONE);
        }

        /**
         * The same, each word also standing for the other words of its synonyms' groups, at its
         * weight and as its field's: a synonym of a record's own word is its own ("Kita" in its
         * German text brings "Kindergarten", which its English text has too).
         */
        public static Doc of(int kind, String title, String href, String text, List<Field> fields, boolean ended, Map<String, String> titles,
                             SearchSynonyms synonyms) {
            Map<String, Integer> best = new HashMap<>();
            // which words only translations have is asked only of a record that has one
            boolean anyTranslated = fields.stream().anyMatch(Field::translated);
            Set<String> own = anyTranslated ? new HashSet<>() : null;
            Set<String> translated = anyTranslated ? new HashSet<>() : Set.of();
            for (Field f : fields) {
                int weight = ended ? 1 : f.weight().value * 2;
                Set<String> seen = !anyTranslated ? null : f.translated() ? translated : own;
                java.util.function.Consumer<String> add = w -> {
                    best.merge(w, weight, Math::max);
                    if (seen != null) seen.add(w);
                };
                for (String w : SearchText.words(f.text())) {
                    add.accept(w);
                    synonyms.forEachOther(w, add);
                }
            }
            if (anyTranslated) translated.removeAll(own);
            return new Doc(kind, title, href, text, best, titles, translated, Map.of());
        }
    }

    /** What is shown of a document: its title, its link, its line, and its title and line in other languages. */
    record Shown(String title, String href, String text, Map<String, String> titles, Map<String, String> lines) {
    }

    private final List<String> kinds;
    private final String base;
    private final List<Shown> docs = new ArrayList<>();
    private final int[] perKind;
    private int lastKind;
    /** word → postings, each {@code doc << 5 | weight}, in document order */
    private final Map<String, Postings> words = new HashMap<>();
    /** word → the documents (ascending) that have it only in a translation, for the words some have so */
    private final Map<String, Postings> translatedIn = new HashMap<>();

    /**
     * @param kinds the groups results are shown in, in display order ("Quartiere", "Anlaufstellen", …)
     * @param base  the base URL's path ("/quartiersentwicklung/"): links are stored relative to it
     */
    public SearchIndex(List<String> kinds, String base) {
        this.kinds = List.copyOf(kinds);
        this.base = base;
        this.perKind = new int[kinds.size()];
    }

    /** Adds a document; documents come kind by kind. */
    public void add(Doc d) {
        if (d.kind() < 0 || d.kind() >= kinds.size()) throw new IllegalArgumentException("no kind " + d.kind());
        if (d.kind() < lastKind) throw new IllegalArgumentException("documents come kind by kind: " + d.title());
        lastKind = d.kind();
        perKind[d.kind()]++;
        int id = docs.size();
        String href = d.href().startsWith(base) ? d.href().substring(base.length()) : d.href();
        docs.add(new Shown(d.title(), href, d.text(), d.titles(), d.lines()));
        d.words().forEach((w, weight) -> {
            if (weight <= 0 || weight > MAX_WEIGHT) throw new IllegalArgumentException("weight " + weight + " of " + w);
            words.computeIfAbsent(w, k -> new Postings()).add(id << 5 | weight);
            if (d.translatedOnly().contains(w)) translatedIn.computeIfAbsent(w, k -> new Postings()).add(id);
        });
    }

    /**
     * The postings by which a query finds the word by a piece inside it: those of the documents
     * that have it in their own (German) text, whose compounds hold words ("kurs" in
     * "Sprachkurs"); a translation's words are found whole or by their beginning. The same array
     * where no document has the word only in a translation; empty where all do.
     */
    static int[] foundInside(int[] postings, int[] translatedDocs) {
        if (translatedDocs == null) return postings;
        int[] out = new int[postings.length];
        int n = 0, t = 0;
        for (int p : postings) {
            int doc = p >>> 5;
            while (t < translatedDocs.length && translatedDocs[t] < doc) t++;
            if (t < translatedDocs.length && translatedDocs[t] == doc) continue;
            out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }

    /** The documents (ascending) that have the word only in a translation, or null where none has. */
    int[] translatedDocs(String word) {
        Postings p = translatedIn.get(word);
        return p == null ? null : p.toArray();
    }

    public int size() {
        return docs.size();
    }

    List<String> kinds() {
        return kinds;
    }

    String base() {
        return base;
    }

    /** The first document of each kind (the kinds' documents follow each other). */
    int[] firstOfKind() {
        int[] out = new int[perKind.length];
        for (int k = 1; k < out.length; k++) out[k] = out[k - 1] + perKind[k - 1];
        return out;
    }

    List<Shown> docs() {
        return docs;
    }

    /** word → postings ({@code doc << 5 | weight}, ascending). */
    Map<String, int[]> postings() {
        Map<String, int[]> out = new HashMap<>();
        words.forEach((w, p) -> out.put(w, p.toArray()));
        return out;
    }

    /** The files the script reads, cut as {@code cut} says. */
    public SearchShards shards(SearchShards.Cut cut) {
        return new SearchShards(this, cut);
    }

    /** A growing list of ints. */
    private static final class Postings {
        private int[] items = new int[2];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
