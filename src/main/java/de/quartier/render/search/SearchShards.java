package de.quartier.render.search;

import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.render.ContentChecksum;
import de.quartier.render.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The site search's index cut into small files under {@code suche/index/}, so that a query loads
 * only what it needs ({@code assets/search.js} reads them; its lookups are those described here):
 *
 * <ul>
 *   <li>{@code meta.json}: {@code {"version": "…", "base": "/quartiersentwicklung/", "docs": 27737,
 *       "docShard": 8, "kinds": [["Quartiere", 0], ["Anlaufstellen", 1333], …], "weights": [1, 2, …], "stop": ["am", …],
 *       "words": ["aachen", "kind", …], "grams": ["aac", "ind", …], "gramBytes": [7912, …]}}: the
 *       kinds with their first document, how many documents a document file holds, the weights that
 *       occur, the first word of each word file and the first trigram of each trigram file with its
 *       size. Fetched fresh for every visit; the other files are fetched with {@code ?v=version}.</li>
 *   <li>{@code w/N.json}, the words, sorted and cut into runs: {@code {"kind": 3, "kinder": "Bx…"}}.
 *       A word's value is its postings (a string, when they are short) or the number of the
 *       {@code p/} file that holds them. Words that equal a query word or begin with it lie in the
 *       files from the one for the query word to the one for the query word followed by U+FFFF.</li>
 *   <li>{@code g/N.json}, the trigrams, sorted and cut into runs: {@code {"ind": {"kind": 3,
 *       "schulkind": "Bx…"}, …}}: every word that has the trigram after its first letter, with its
 *       value as above. A word that contains a query word (not at its start) has each of the query
 *       word's trigrams there, so the script loads the smallest file among those of its trigrams.</li>
 *   <li>{@code p/N.json}, the long postings: {@code {"kind": "Bx…", …}}.</li>
 *   <li>{@code d/N.json}, documents {@code N × docShard} onwards: {@code [[title, href, line], …]},
 *       with {@code {"tr": "…"}} fourth where the record's translations have titles of their own, and
 *       fifth the lines of those that have a summary of their own;
 *       the href is relative to {@code base}. Loaded only for the results shown.</li>
 * </ul>
 *
 * <p>Postings are a string of base64url digits: numbers of five bits per digit, most significant
 * first, a digit from {@code g} (32) on saying that more follow. Each number is
 * {@code (gap − 1) × weights.length + i}: the gap to the previous document (the first counted from
 * −1) and the index of the weight in {@code weights}. A word in most documents costs about one
 * byte per document.
 *
 * <p>Every file is cut by its size, so the output grows with the records, and the same index gives
 * the same bytes.
 */
public final class SearchShards {
    public static final String DIR = "suche/index/";
    public static final String META = DIR + "meta.json";

    /**
     * How the index is cut.
     *
     * @param docsPerShard documents per {@code d/} file
     * @param wordBytes    about how large a {@code w/} file may grow
     * @param gramBytes    about how large a {@code g/} file may grow
     * @param postingBytes about how large a {@code p/} file may grow (one word's postings may be larger alone)
     * @param inline       postings up to this many characters stand with their word instead of in a {@code p/} file
     */
    public record Cut(int docsPerShard, int wordBytes, int gramBytes, int postingBytes, int inline) {
        public static final Cut DEFAULT = new Cut(8, 4_000, 4_000, 4_000, 12);
    }

    private final SearchIndex index;
    private final Cut cut;
    private final int[] weights;
    private final String[] words;
    private final String[] encoded;
    /** per word: the p/ file of its postings, or -1 where they stand with the word */
    private final int[] postingShard;
    /** the first word of each w/ file, and words.length */
    private final int[] wordStarts;
    /** the words whose postings are in p/ files, in order, and where each file starts among them */
    private final int[] longWords;
    private final int[] postingStarts;
    private final String[] grams;
    private final int[][] gramWords;
    private final int[] gramStarts;
    private final int[] gramBytes;
    /** per word: null where a query finds it inside by all its postings, else those it finds it by ("" none) */
    private final String[] inside;
    private final String version;

    SearchShards(SearchIndex index, Cut cut) {
        this.index = index;
        this.cut = cut;
        Map<String, int[]> postings = index.postings();
        words = postings.keySet().toArray(String[]::new);
        Arrays.sort(words);
        weights = postings.values().stream().flatMapToInt(Arrays::stream).map(p -> p & SearchIndex.MAX_WEIGHT)
                .distinct().sorted().toArray();
        encoded = new String[words.length];
        for (int i = 0; i < words.length; i++) encoded[i] = PostingCodec.encode(postings.get(words[i]), weights);

        postingShard = new int[words.length];
        List<Integer> longList = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (encoded[i].length() <= cut.inline()) postingShard[i] = -1;
            else longList.add(i);
        }
        longWords = longList.stream().mapToInt(Integer::intValue).toArray();
        int[] postingBytes = new int[longWords.length];
        for (int k = 0; k < longWords.length; k++) postingBytes[k] = string(words[longWords[k]]) + 1 + string(encoded[longWords[k]]) + 1;
        postingStarts = cutRuns(postingBytes, cut.postingBytes());
        for (int r = 0; r + 1 < postingStarts.length; r++)
            for (int k = postingStarts[r]; k < postingStarts[r + 1]; k++) postingShard[longWords[k]] = r;

        int[] entryBytes = new int[words.length];
        for (int i = 0; i < words.length; i++) entryBytes[i] = string(words[i]) + 1 + valueBytes(i) + 1;
        wordStarts = cutRuns(entryBytes, cut.wordBytes());

        // a word some documents have only in a translation is found inside by the others' postings alone
        inside = new String[words.length];
        int[] gramEntryOf = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            int[] all = postings.get(words[i]);
            int[] own = SearchIndex.foundInside(all, index.translatedDocs(words[i]));
            if (own != all) inside[i] = own.length == 0 ? "" : PostingCodec.encode(own, weights);
            gramEntryOf[i] = inside[i] == null ? entryBytes[i] : string(words[i]) + 1 + string(inside[i]) + 1;
        }
        TreeMap<String, List<Integer>> byGram = new TreeMap<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if ("".equals(inside[i])) continue;
            for (int p = 1; p + 3 <= w.length(); p++) {
                List<Integer> list = byGram.computeIfAbsent(w.substring(p, p + 3), g -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) list.add(i);
            }
        }
        grams = byGram.keySet().toArray(String[]::new);
        gramWords = new int[grams.length][];
        int[] gramEntryBytes = new int[grams.length];
        for (int g = 0; g < grams.length; g++) {
            gramWords[g] = byGram.get(grams[g]).stream().mapToInt(Integer::intValue).toArray();
            // "gram":{…},: the word entries (each with its comma, but the last) in braces, and a comma
            int size = string(grams[g]) + 1 + 2 - 1 + 1;
            for (int i : gramWords[g]) size += gramEntryOf[i];
            gramEntryBytes[g] = size;
        }
        gramStarts = cutRuns(gramEntryBytes, cut.gramBytes());
        gramBytes = new int[gramStarts.length - 1];
        for (int s = 0; s < gramBytes.length; s++) {
            gramBytes[s] = 2 - 1; // {…} without the last comma
            for (int g = gramStarts[s]; g < gramStarts[s + 1]; g++) gramBytes[s] += gramEntryBytes[g];
        }
        version = version();
    }

    /** Where each run starts when items of these sizes are cut into runs of about {@code target} bytes; then the item count. */
    private static int[] cutRuns(int[] sizes, int target) {
        List<Integer> starts = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (i == 0 || bytes + sizes[i] > target) {
                starts.add(i);
                bytes = 0;
            }
            bytes += sizes[i];
        }
        starts.add(sizes.length);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A JSON string's size in bytes (words and postings need no escapes). */
    private static int string(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length + 2;
    }

    private int valueBytes(int word) {
        return postingShard[word] < 0 ? string(encoded[word]) : Integer.toString(postingShard[word]).length();
    }


    /**
     * The {@link ContentChecksum} of all the index holds: it changes when the index does (readers
     * fetch {@code ?v=version}). The cut is written out by hand: a record's toString spins
     * method-handle classes at run time that no class-data archive holds.
     */
    private String version() {
        ContentChecksum sum = new ContentChecksum();
        StringBuilder sb = new StringBuilder().append(cut.docsPerShard()).append(',').append(cut.wordBytes()).append(',')
                .append(cut.gramBytes()).append(',').append(cut.postingBytes()).append(',').append(cut.inline())
                .append('\0').append(index.base()).append('\0');
        for (String k : index.kinds()) sb.append(k).append('\0');
        for (int f : index.firstOfKind()) sb.append(f).append('\0');
        sum.add(sb.toString());
        for (SearchIndex.Shown d : index.docs())
            sum.add(d.title() + '\0' + d.href() + '\0' + d.text() + '\0' + new TreeMap<>(d.titles()) + '\0' + new TreeMap<>(d.lines()) + '\0');
        for (int i = 0; i < words.length; i++)
            sum.add(words[i] + '\0' + encoded[i] + '\0' + (inside[i] == null ? "" : "\1" + inside[i] + '\0'));
        return sum.hex();
    }

    /** Every file, path → its JSON, made when asked for. */
    public Map<String, Supplier<String>> files() {
        Map<String, Supplier<String>> out = new LinkedHashMap<>();
        out.put(META, this::meta);
        for (int s = 0; s + 1 < wordStarts.length; s++) {
            int shard = s;
            out.put(DIR + "w/" + s + ".json", () -> wordFile(shard));
        }
        for (int s = 0; s + 1 < gramStarts.length; s++) {
            int shard = s;
            out.put(DIR + "g/" + s + ".json", () -> gramFile(shard));
        }
        for (int s = 0; s + 1 < postingStarts.length; s++) {
            int shard = s;
            out.put(DIR + "p/" + s + ".json", () -> postingFile(shard));
        }
        int docs = index.size();
        for (int s = 0; s * cut.docsPerShard() < docs; s++) {
            int shard = s;
            out.put(DIR + "d/" + s + ".json", () -> docFile(shard));
        }
        return out;
    }

    String meta() {
        return Json.compact(g -> {
            g.writeStartObject();
            g.writeStringField("version", version);
            g.writeStringField("base", index.base());
            g.writeNumberField("docs", index.size());
            g.writeNumberField("docShard", cut.docsPerShard());
            g.writeArrayFieldStart("kinds");
            int[] first = index.firstOfKind();
            for (int k = 0; k < first.length; k++) {
                g.writeStartArray();
                g.writeString(index.kinds().get(k));
                g.writeNumber(first[k]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("weights");
            for (int w : weights) g.writeNumber(w);
            g.writeEndArray();
            // the words a query leaves out unless it has no other: the script takes them from here, not a copy of its own
            g.writeArrayFieldStart("stop");
            for (String w : new java.util.TreeSet<>(SearchText.STOP_WORDS)) g.writeString(w);
            g.writeEndArray();
            g.writeArrayFieldStart("words");
            for (int s = 0; s + 1 < wordStarts.length; s++) g.writeString(words[wordStarts[s]]);
            g.writeEndArray();
            g.writeArrayFieldStart("grams");
            for (int s = 0; s + 1 < gramStarts.length; s++) g.writeString(grams[gramStarts[s]]);
            g.writeEndArray();
            g.writeArrayFieldStart("gramBytes");
            for (int b : gramBytes) g.writeNumber(b);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writeEntry(JsonGenerator g, int word) throws IOException {
        g.writeFieldName(words[word]);
        if (postingShard[word] < 0) g.writeString(encoded[word]);
        else g.writeNumber(postingShard[word]);
    }

    String wordFile(int shard) {
        return Json.compact(g -> {
            g.writeStartObject();
            for (int i = wordStarts[shard]; i < wordStarts[shard + 1]; i++) writeEntry(g, i);
            g.writeEndObject();
        });
    }

    String gramFile(int shard) {
        return Json.compact(g -> {
            g.writeStartObject();
            for (int t = gramStarts[shard]; t < gramStarts[shard + 1]; t++) {
                g.writeObjectFieldStart(grams[t]);
                for (int i : gramWords[t]) {
                    if (inside[i] == null) writeEntry(g, i);
                    else g.writeStringField(words[i], inside[i]);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    String postingFile(int shard) {
        return Json.compact(g -> {
            g.writeStartObject();
            for (int j = postingStarts[shard]; j < postingStarts[shard + 1]; j++) g.writeStringField(words[longWords[j]], encoded[longWords[j]]);
            g.writeEndObject();
        });
    }

    String docFile(int shard) {
        List<SearchIndex.Shown> docs = index.docs();
        return SearchDocFile.of(docs.subList(shard * cut.docsPerShard(), Math.min(docs.size(), (shard + 1) * cut.docsPerShard())));
    }
}
