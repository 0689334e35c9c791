package de.quartier.render.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the sharded search index the way {@code assets/search.js} does, step for step (its
 * {@code plan}, {@code matches}, {@code decode} and {@code documents}), so tests can check what
 * the script will find without a browser, and compare the script's choice of files with this one.
 */
public final class ShardLookup {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The files a query word needs, as the script's {@code plan} gives them. */
    public record Plan(List<String> words, String gram, String gramFile) {
    }

    /** An index word a query word finds: its postings (pairs of document and weight) and how well it matches. */
    public record Match(String word, int[] postings, double quality) {
    }

    private final Function<String, byte[]> files;
    private final JsonNode meta;
    private final List<String> words = new ArrayList<>();
    private final List<String> grams = new ArrayList<>();
    private final List<Integer> gramBytes = new ArrayList<>();
    private final int[] weights;
    private final Map<String, JsonNode> read = new LinkedHashMap<>();

    /** @param files output path ("suche/index/w/0.json") → its bytes, or null */
    public ShardLookup(Function<String, byte[]> files) {
        this.files = files;
        this.meta = json(SearchShards.META);
        meta.get("words").forEach(n -> words.add(n.asText()));
        meta.get("grams").forEach(n -> grams.add(n.asText()));
        meta.get("gramBytes").forEach(n -> gramBytes.add(n.asInt()));
        weights = new int[meta.get("weights").size()];
        for (int i = 0; i < weights.length; i++) weights[i] = meta.get("weights").get(i).asInt();
    }

    public JsonNode meta() {
        return meta;
    }

    /** A file of the index by its name below suche/index/ ("w/0.json"), parsed once. */
    public JsonNode json(String path) {
        return read.computeIfAbsent(path.startsWith(SearchShards.DIR) ? path : SearchShards.DIR + path, p -> {
            byte[] b = Objects.requireNonNull(files.apply(p), () -> p + " is not in the output");
            try {
                return JSON.readTree(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The files read so far, by name. */
    public List<String> read() {
        return List.copyOf(read.keySet());
    }

    static int fileOf(List<String> firsts, String key) {
        int lo = 0, hi = firsts.size() - 1, found = firsts.isEmpty() ? -1 : 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts.get(mid).compareTo(key) <= 0) {
                found = mid;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return found;
    }

    public Plan plan(String qw) {
        List<String> w = new ArrayList<>();
        int first = fileOf(words, qw);
        int last = qw.length() >= 2 ? fileOf(words, qw + '\uffff') : first;
        for (int s = first; s >= 0 && s <= last; s++) w.add("w/" + s + ".json");
        String gram = null;
        String gramFile = null;
        if (qw.length() >= 4 && !grams.isEmpty()) {
            int best = -1;
            for (int i = 0; i + 3 <= qw.length(); i++) {
                String g = qw.substring(i, i + 3);
                int f = fileOf(grams, g);
                if (best < 0 || gramBytes.get(f) < gramBytes.get(best)) {
                    best = f;
                    gram = g;
                }
            }
            gramFile = "g/" + best + ".json";
        }
        return new Plan(w, gram, gramFile);
    }

    /** The words a query word (in search form) finds, as the script's {@code matches} does. */
    public List<Match> matches(String qw) {
        Plan p = plan(qw);
        Map<String, Match> found = new LinkedHashMap<>();
        for (String file : p.words()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = json(file).fields(); it.hasNext(); ) {
                var e = it.next();
                String w = e.getKey();
                double quality = w.equals(qw) ? 1 : qw.length() >= 2 && w.startsWith(qw) ? 0.7 : 0;
                if (quality > 0) found.put(w, new Match(w, postings(w, e.getValue()), quality));
            }
        }
        if (p.gram() != null) {
            JsonNode list = json(p.gramFile()).get(p.gram());
            if (list != null)
                for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
                    var e = it.next();
                    if (!found.containsKey(e.getKey()) && e.getKey().indexOf(qw) > 0)
                        found.put(e.getKey(), new Match(e.getKey(), postings(e.getKey(), e.getValue()), 0.4));
                }
        }
        return List.copyOf(found.values());
    }

    /** A word's postings from its value: the postings themselves, or the number of the file that holds them. */
    private int[] postings(String word, JsonNode value) {
        String s = value.isNumber() ? json("p/" + value.asInt() + ".json").get(word).asText() : value.asText();
        return PostingCodec.decode(s, weights);
    }

    /** The postings of exactly this word (pairs of document and weight), or null if it is not in the index. */
    public int[] postings(String word) {
        for (Match m : matches(word)) if (m.word().equals(word)) return m.postings();
        return null;
    }

    /** A result: a document, its kind and its score. */
    public record Result(int doc, int kind, double score) {
    }

    /**
     * Every document that has every query word (in search form), best first, as the script's
     * {@code search} ranks them: per query word the best weight × quality of the words it finds
     * (a 40th of the quality, so below any word found as written whatever its weight, for words that only begin with or hold it, where it is found as
     * written), summed; equal scores in document order. Where no document has every word, those
     * with most of the words, then by their summed score.
     */
    public List<Result> search(List<String> queryWords) {
        Map<Integer, Double> total = null;
        List<Map<Integer, Double>> perWord = new ArrayList<>();
        for (String qw : queryWords) {
            Map<Integer, Double> scores = new LinkedHashMap<>();
            List<Match> found = matches(qw);
            boolean exact = found.stream().anyMatch(m -> m.quality() == 1);
            for (Match m : found)
                for (int i = 0; i < m.postings().length; i += 2) {
                    double s = m.postings()[i + 1] * (exact && m.quality() < 1 ? m.quality() / 40 : m.quality());
                    Double before = scores.get(m.postings()[i]);
                    if (before == null || before < s) scores.put(m.postings()[i], s);
                }
            perWord.add(scores);
            if (total == null) total = scores;
            else {
                Map<Integer, Double> both = new LinkedHashMap<>();
                for (var e : total.entrySet()) {
                    Double s = scores.get(e.getKey());
                    if (s != null) both.put(e.getKey(), e.getValue() + s);
                }
                total = both;
            }
        }
        List<Result> out = new ArrayList<>();
        if (total != null) total.forEach((doc, score) -> out.add(new Result(doc, kindOf(doc), score)));
        out.sort(java.util.Comparator.comparingDouble(Result::score).reversed().thenComparingInt(Result::doc));
        if (out.isEmpty() && perWord.size() > 1) {
            // no document has every word: those with most of them, then by score, as the script does
            Map<Integer, Integer> words = new LinkedHashMap<>();
            Map<Integer, Double> sum = new LinkedHashMap<>();
            for (Map<Integer, Double> scores : perWord)
                scores.forEach((doc, score) -> {
                    words.merge(doc, 1, Integer::sum);
                    sum.merge(doc, score, Double::sum);
                });
            sum.forEach((doc, score) -> out.add(new Result(doc, kindOf(doc), score)));
            out.sort(java.util.Comparator.comparingInt((Result r) -> words.get(r.doc())).reversed()
                    .thenComparing(java.util.Comparator.comparingDouble(Result::score).reversed()).thenComparingInt(Result::doc));
        }
        return out;
    }

    /** A document as the script shows it: [title, href (with the base), line]. */
    public List<String> document(int doc) {
        int per = meta.get("docShard").asInt();
        JsonNode d = json("d/" + doc / per + ".json").get(doc % per);
        String href = d.get(1).asText();
        return List.of(d.get(0).asText(), href.startsWith("/") ? href : meta.get("base").asText() + href, d.get(2).asText());
    }

    /** The kind of a document, by the first documents of the kinds. */
    public int kindOf(int doc) {
        JsonNode kinds = meta.get("kinds");
        int k = 0;
        while (k + 1 < kinds.size() && kinds.get(k + 1).get(1).asInt() <= doc) k++;
        return k;
    }
}
