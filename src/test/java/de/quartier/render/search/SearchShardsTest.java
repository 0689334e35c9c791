package de.quartier.render.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index cut into files: for every word of an index cut into many small files, the
 * files the script loads for a query word that equals it, begins it or (from four letters) lies
 * inside it hold that word, with the postings it was given. Read with {@link ShardLookup}, the
 * script's lookups in Java (the browser test checks that the script picks the same files).
 */
class SearchShardsTest {
    /** Small files, so that even this index is cut into many. */
    static final SearchShards.Cut SMALL = new SearchShards.Cut(8, 300, 300, 400, 6);
    static final List<String> KINDS = List.of("Quartiere", "Angebote", "Seiten");

    static TreeMap<String, Map<Integer, Integer>> expected;
    static SearchIndex index;
    static Map<String, byte[]> files;
    static ShardLookup lookup;

    /** German-looking words and compounds, a few in almost every document, most in a few. */
    @BeforeAll
    static void build() {
        Random rng = new Random(42);
        String[] syllables = {"kind", "er", "fruh", "stuck", "nach", "bar", "schaft", "strass", "haus", "gart", "treff",
                "spiel", "mittwoch", "beratung", "famili", "cafe", "schul", "sprach", "ost", "west", "berg", "feld", "ung", "a", "z"};
        TreeSet<String> vocabulary = new TreeSet<>(List.of("a", "z9", "kind", "schulkind", "kindergart", "nachbarschaftsfruhstuck",
                "fruhstuck", "46236", "b224", "çay", "istanbul", "свет", "straße"));
        while (vocabulary.size() < 1500) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + rng.nextInt(4); n > 0; n--) w.append(syllables[rng.nextInt(syllables.length)]);
            vocabulary.add(w.toString());
        }
        List<String> words = new ArrayList<>(vocabulary);
        int docs = 400;
        List<Map<String, Integer>> docWords = new ArrayList<>();
        for (int d = 0; d < docs; d++) docWords.add(new HashMap<>());
        for (int i = 0; i < words.size(); i++) {
            // a few words in most documents (their postings go to p/ files), most in one to five
            int df = i % 97 == 0 ? 100 + rng.nextInt(docs - 100) : 1 + rng.nextInt(5);
            for (int j = 0; j < df; j++) docWords.get(rng.nextInt(docs)).merge(words.get(i), 1 + rng.nextInt(20), Math::max);
        }
        index = new SearchIndex(KINDS, "/base/");
        expected = new TreeMap<>();
        for (int d = 0; d < docs; d++) {
            int kind = d < 40 ? 0 : d < 390 ? 1 : 2;
            index.add(new SearchIndex.Doc(kind, "Titel " + d, "/base/x/" + d + "/", "Zeile " + d, docWords.get(d)));
            int doc = d;
            docWords.get(d).forEach((w, weight) -> expected.computeIfAbsent(w, k -> new TreeMap<>()).put(doc, weight));
        }
        files = files(index.shards(SMALL));
        lookup = new ShardLookup(files::get);
    }

    static Map<String, byte[]> files(SearchShards shards) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, Supplier<String>> e : shards.files().entrySet())
            out.put(e.getKey(), e.getValue().get().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static int[] pairs(Map<Integer, Integer> postings) {
        return postings.entrySet().stream().flatMapToInt(e -> Arrays.stream(new int[]{e.getKey(), e.getValue()})).toArray();
    }

    static long count(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(SearchShards.DIR + folder + "/")).count();
    }

    @Test
    void theIndexIsCutIntoManyFiles() {
        assertTrue(count("w") > 20, "word files: " + count("w"));
        assertTrue(count("g") > 20, "trigram files: " + count("g"));
        assertTrue(count("p") > 3, "posting files: " + count("p"));
        assertEquals(50, count("d"), "400 documents, 8 a file");
        assertTrue(files.containsKey(SearchShards.META));
    }

    @Test
    void aWordIsInTheFilesLoadedForItselfWithItsPostings() {
        for (var e : expected.entrySet()) {
            String w = e.getKey();
            ShardLookup.Plan plan = lookup.plan(w);
            assertTrue(plan.words().stream().anyMatch(f -> lookup.json(f).has(w)), w + " in " + plan.words());
            assertArrayEquals(pairs(e.getValue()), lookup.postings(w), "postings of " + w);
        }
    }

    @Test
    void aWordIsInTheFilesLoadedForEachOfItsBeginnings() {
        for (String w : expected.keySet()) {
            for (int n = 2; n < w.length(); n++) {
                String prefix = w.substring(0, n);
                ShardLookup.Match m = lookup.matches(prefix).stream().filter(x -> x.word().equals(w)).findFirst().orElse(null);
                assertNotNull(m, "'" + prefix + "' finds " + w + " (files " + lookup.plan(prefix).words() + ")");
                assertEquals(prefix.equals(w) ? 1 : 0.7, m.quality(), prefix + " → " + w);
                assertArrayEquals(pairs(expected.get(w)), m.postings(), prefix + " → " + w);
            }
        }
    }

    @Test
    void documentsWithTheWordAsWrittenComeBeforeThoseWithLongerWordsOnly() {
        // "kind" is a word of its own and the beginning of "kindergart" (as "Buer" of "Büro", folded "bur"/"buro")
        List<ShardLookup.Result> results = lookup.search(List.of("kind"));
        java.util.Set<Integer> exact = expected.get("kind").keySet();
        int lastExact = -1, firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < results.size(); i++) {
            if (exact.contains(results.get(i).doc())) lastExact = i;
            else firstOther = Math.min(firstOther, i);
        }
        assertEquals(exact.size(), lastExact + 1, "every document with the word itself first");
        assertTrue(firstOther > lastExact && firstOther < results.size(), "then those with longer words: " + results.size());
    }

    @Test
    void whereNoDocumentHasEveryWordThoseWithMostOfThemAreFound() {
        List<ShardLookup.Result> one = lookup.search(List.of("kind"));
        assertEquals(one, lookup.search(List.of("kind", "qqqq")), "a word found nowhere: the pages with the other, in its order");
        // documents with both words come before those with one
        List<ShardLookup.Result> both = lookup.search(List.of("kind", "qqqq", "fruhstuck"));
        java.util.Set<Integer> withBoth = new java.util.HashSet<>();
        lookup.search(List.of("kind", "fruhstuck")).forEach(r -> withBoth.add(r.doc()));
        assertFalse(withBoth.isEmpty());
        for (int i = 0; i < both.size(); i++)
            assertEquals(i < withBoth.size(), withBoth.contains(both.get(i).doc()), "#" + i);
    }

    @Test
    void aWordIsInTheTrigramFileLoadedForEachPartFromFourLetters() {
        int checked = 0;
        for (String w : expected.keySet()) {
            for (int from = 1; from < w.length(); from++) {
                for (int to = from + 4; to <= w.length(); to++) {
                    String part = w.substring(from, to);
                    if (w.startsWith(part)) continue; // found as a beginning
                    ShardLookup.Plan plan = lookup.plan(part);
                    ShardLookup.Match m = lookup.matches(part).stream().filter(x -> x.word().equals(w)).findFirst().orElse(null);
                    assertNotNull(m, "'" + part + "' finds " + w + " (trigram " + plan.gram() + " in " + plan.gramFile() + ")");
                    assertEquals(0.4, m.quality(), part + " → " + w);
                    assertArrayEquals(pairs(expected.get(w)), m.postings(), part + " → " + w);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "parts checked: " + checked);
    }

    @Test
    void shortQueryWordsFindOnlyTheirEqualOrTheirBeginnings() {
        assertEquals(List.of("a"), lookup.matches("a").stream().map(ShardLookup.Match::word).toList(), "one letter: equal only");
        assertEquals(1, lookup.plan("a").words().size());
        assertTrue(lookup.matches("ki").stream().allMatch(m -> m.word().startsWith("ki")));
        assertTrue(lookup.matches("ind").stream().noneMatch(m -> m.word().equals("kind")), "three letters are not looked for inside words");
        assertEquals(null, lookup.plan("ind").gram());
        assertTrue(lookup.matches("kind").stream().anyMatch(m -> m.word().equals("schulkind") && m.quality() == 0.4));
        assertTrue(lookup.matches("fruhstuck").stream().anyMatch(m -> m.word().equals("nachbarschaftsfruhstuck")));
        assertEquals(List.of(), lookup.matches("qqqq"));
        assertEquals(List.of(), lookup.matches("zzzzz"), "after the last word");
        assertEquals(List.of(), lookup.matches("0000"), "before the first word");
    }

    @Test
    void theScriptPicksTheSmallestTrigramFile() {
        ShardLookup.Plan plan = lookup.plan("nachbarschaftsfruhstuck");
        int chosen = lookup.meta().get("gramBytes").get(Integer.parseInt(plan.gramFile().replaceAll("\\D", ""))).asInt();
        for (int i = 0; i + 3 <= "nachbarschaftsfruhstuck".length(); i++) {
            int f = ShardLookup.fileOf(lookupGrams(), "nachbarschaftsfruhstuck".substring(i, i + 3));
            assertTrue(chosen <= lookup.meta().get("gramBytes").get(f).asInt());
        }
    }

    private static List<String> lookupGrams() {
        List<String> out = new ArrayList<>();
        lookup.meta().get("grams").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void filesStayNearTheirSizeAndMetaSaysHowLargeEachTrigramFileIs() {
        int g = 0;
        for (var e : files.entrySet()) {
            String path = e.getKey();
            int size = e.getValue().length;
            if (path.startsWith(SearchShards.DIR + "w/"))
                assertTrue(size <= SMALL.wordBytes() + 2 || lookup.json(path).size() == 1, path + ": " + size);
            if (path.startsWith(SearchShards.DIR + "g/")) {
                assertTrue(size <= SMALL.gramBytes() + 2 || lookup.json(path).size() == 1, path + ": " + size);
                g++;
            }
        }
        for (int i = 0; i < g; i++) {
            int said = lookup.meta().get("gramBytes").get(i).asInt();
            int is = files.get(SearchShards.DIR + "g/" + i + ".json").length;
            assertEquals(is, said, "g/" + i + ": the size meta gives");
        }
    }

    @Test
    void documentsAreReadByNumberAndKind() {
        assertEquals(List.of("Titel 0", "/base/x/0/", "Zeile 0"), lookup.document(0));
        assertEquals(List.of("Titel 399", "/base/x/399/", "Zeile 399"), lookup.document(399));
        assertEquals("x/17/", lookup.json("d/2.json").get(1).get(1).asText(), "links are kept relative to the base");
        assertEquals(0, lookup.kindOf(39));
        assertEquals(1, lookup.kindOf(40));
        assertEquals(2, lookup.kindOf(399));
        assertEquals("[[\"Quartiere\",0],[\"Angebote\",40],[\"Seiten\",390]]", lookup.meta().get("kinds").toString());
        assertEquals(400, lookup.meta().get("docs").asInt());
    }

    @Test
    void documentsComeKindByKind() {
        SearchIndex i = new SearchIndex(KINDS, "/");
        i.add(new SearchIndex.Doc(1, "b", "/b/", "", Map.of("b", 2)));
        assertThrows(IllegalArgumentException.class, () -> i.add(new SearchIndex.Doc(0, "a", "/a/", "", Map.of("a", 2))));
    }

    /**
     * A word that only a translation has is found whole and by its beginning, but not by a piece
     * inside it: "rent" found the English "different" when the German "Rente" was searched. The
     * same word in a record's own text, or a German compound, is found inside as before.
     */
    @Test
    void translatedWordsAreNotFoundByAPieceInside() {
        SearchIndex i = new SearchIndex(KINDS, "/");
        i.add(SearchIndex.Doc.of(0, "Treff", "/treff/", "", List.of(
                new SearchIndex.Field("Elterntreff am Mittwoch", SearchIndex.Weight.TITLE),
                new SearchIndex.Field("Courses in different languages for parents", SearchIndex.Weight.SUMMARY, true)), false, Map.of()));
        i.add(SearchIndex.Doc.of(1, "Büro", "/buero/", "", List.of(
                new SearchIndex.Field("Beratung zur Rente, different ist hier ein deutsches Wort", SearchIndex.Weight.BODY),
                new SearchIndex.Field("Beratung für Eltern", SearchIndex.Weight.SUMMARY, true)), false, Map.of()));
        Map<String, byte[]> out = files(i.shards(SMALL));
        ShardLookup l = new ShardLookup(out::get);
        List<String> parents = l.matches("rent").stream().map(ShardLookup.Match::word).sorted().toList();
        // "parents" is only in a translation: found by "parent", not by "rent" inside it; "different" is
        // also in the second record's own text, so found inside
        assertEquals(List.of("different", "rent"), parents);
        assertEquals(SearchText.words("parents"), l.matches("paren").stream().map(ShardLookup.Match::word).toList(), "by its beginning");
        assertEquals(SearchText.words("Elterntreff"), l.matches(SearchText.words("Treff").get(0)).stream().map(ShardLookup.Match::word).toList(), "inside a compound of the own text");
        assertEquals(SearchText.words("languages"), l.matches(SearchText.words("languages").get(0)).stream().map(ShardLookup.Match::word).toList(), "whole");
        assertTrue(l.matches("guag").isEmpty(), "not inside a translated word");
    }

    /**
     * A word one record has in its own text and another only in its translation is found inside
     * for the first alone: "rent" found the English "different" of a record because another
     * record's German text had "different".
     */
    @Test
    void aWordFoundInsideLeadsOnlyToTheRecordsWhoseOwnTextHasIt() {
        Map<String, byte[]> out = files(threeRecords(true).shards(SMALL));
        ShardLookup l = new ShardLookup(out::get);
        assertEquals(List.of(2, 1), l.search(List.of("rent")).stream().map(ShardLookup.Result::doc).toList(), "inside: B and C, not A");
        assertEquals(List.of(2, 0, 1), l.search(List.of("different")).stream().map(ShardLookup.Result::doc).toList(), "whole: all three");
        // which documents find a word inside is part of the index's version: the g/ files are fetched by it
        Map<String, byte[]> other = files(threeRecords(false).shards(SMALL));
        assertFalse(l.meta().get("version").equals(new ShardLookup(other::get).meta().get("version")), "another version");
    }

    /** A has "different" in its English summary (or, untranslated, its own), B in its body, C in its title. */
    private static SearchIndex threeRecords(boolean translated) {
        SearchIndex i = new SearchIndex(KINDS, "/");
        i.add(SearchIndex.Doc.of(0, "A", "/a/", "", List.of(
                new SearchIndex.Field("Treff", SearchIndex.Weight.TITLE),
                new SearchIndex.Field("in different languages", SearchIndex.Weight.SUMMARY, translated)), false, Map.of()));
        i.add(SearchIndex.Doc.of(0, "B", "/b/", "", List.of(
                new SearchIndex.Field("different heißt hier etwas", SearchIndex.Weight.BODY)), false, Map.of()));
        i.add(SearchIndex.Doc.of(0, "C", "/c/", "", List.of(
                new SearchIndex.Field("different", SearchIndex.Weight.TITLE)), false, Map.of()));
        return i;
    }

    /** A synonym its own words bring is its own, even where its translation has the word too. */
    @Test
    void aSynonymOfItsOwnWordsIsFoundInside() {
        SearchSynonyms synonyms = SearchSynonyms.read("Kita, Kindergarten\n".getBytes(StandardCharsets.UTF_8));
        List<SearchIndex.Field> fields = List.of(
                new SearchIndex.Field("Kita Sonnenschein", SearchIndex.Weight.TITLE),
                new SearchIndex.Field("A kindergarten for the quarter", SearchIndex.Weight.SUMMARY, true));
        SearchIndex.Doc doc = SearchIndex.Doc.of(0, "Kita Sonnenschein", "/k/", "", fields, false, Map.of());
        String kindergarten = SearchText.words("Kindergarten").get(0);
        assertTrue(doc.translatedOnly().contains(kindergarten));
        SearchIndex.Doc expanded = SearchIndex.Doc.of(0, "Kita Sonnenschein", "/k/", "", fields, false, Map.of(), synonyms);
        assertFalse(expanded.translatedOnly().contains(kindergarten), "brought by its own 'Kita'");
        SearchIndex i = new SearchIndex(KINDS, "/");
        i.add(expanded);
        Map<String, byte[]> out = files(i.shards(SMALL));
        assertEquals(List.of(0), new ShardLookup(out::get).search(SearchText.words("Garten")).stream().map(ShardLookup.Result::doc).toList());
    }

    @Test
    void theSameIndexGivesTheSameBytes() {
        Map<String, byte[]> again = files(index.shards(SMALL));
        assertEquals(files.keySet(), again.keySet());
        files.forEach((p, b) -> assertArrayEquals(b, again.get(p), p));
        assertEquals(lookup.meta().get("version").asText(), new ShardLookup(again::get).meta().get("version").asText());
        Map<String, byte[]> other = files(index.shards(new SearchShards.Cut(8, 600, 600, 400, 6)));
        assertTrue(!new ShardLookup(other::get).meta().get("version").asText().equals(lookup.meta().get("version").asText()),
                "another cut is another version");
    }

    @Test
    void postingsGoThereAndBack() {
        Random rng = new Random(7);
        int[] weights = {1, 2, 3, 4, 5, 6, 8, 10, 16, 20};
        for (int round = 0; round < 200; round++) {
            TreeMap<Integer, Integer> p = new TreeMap<>();
            int n = rng.nextInt(50);
            for (int i = 0; i < n; i++) p.put(rng.nextInt(round < 100 ? 100 : 5_000_000), weights[rng.nextInt(weights.length)]);
            int[] packed = p.entrySet().stream().mapToInt(e -> e.getKey() << 5 | e.getValue()).toArray();
            String s = PostingCodec.encode(packed, weights);
            assertTrue(s.chars().allMatch(c -> PostingCodec.DIGITS.indexOf(c) >= 0), s);
            assertArrayEquals(pairs(p), PostingCodec.decode(s, weights), s);
        }
        assertEquals("ABC", PostingCodec.encode(new int[]{0 << 5 | 1, 1 << 5 | 2, 2 << 5 | 3}, weights), "neighbours: one digit each");
    }
}
