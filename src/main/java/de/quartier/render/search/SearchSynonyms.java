package de.quartier.render.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that find the same in the site search ("Flüchtlinge", "Geflüchtete"): the theme's
 * {@code synonyms.txt}, which a site may replace in its own theme folder. One group per line,
 * words separated by commas, {@code #} starts a comment. A record that has one word of a group,
 * or a word that begins with one ("Kitas", "Flüchtlingsberatung"), is found by each of the
 * others as well, with the same weight; the reader's query stays as typed. The index holds
 * single words, so an entry of several words is a mistake in the file ({@link #problems}).
 */
public final class SearchSynonyms {
    public static final String FILE = "synonyms.txt";
    public static final SearchSynonyms NONE = new SearchSynonyms(Map.of(), List.of());
    /** A group word found at the start of a longer one from this many letters ("kita" in "kitas"). */
    static final int PREFIX = 4;

    /** search form → the search forms of the other words of its groups */
    private final Map<String, List<String>> others;
    /** entries the index cannot hold, by line */
    private final List<Problem> problems;
    /** the longest group word: no longer prefix of a word can be one (a 300,000-letter word costs no 300,000 substrings) */
    private final int longest;
    /**
     * The hashes of the group words' first {@link #PREFIX} letters, sorted: a word that begins with
     * none of them begins with no group word, and costs no substring (each word of every indexed
     * page is asked).
     */
    private final int[] starts;

    private SearchSynonyms(Map<String, List<String>> others, List<Problem> problems) {
        this.others = others;
        this.problems = problems;
        this.longest = others.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.starts = others.keySet().stream().filter(k -> k.length() >= PREFIX).mapToInt(SearchSynonyms::startHash).distinct().sorted().toArray();
    }

    private static int startHash(String word) {
        int h = 0;
        for (int i = 0; i < PREFIX; i++) h = 31 * h + word.charAt(i);
        return h;
    }

    /** A mistake in the file: its line, the entry's column (1-based, in characters) and length, and what is wrong. */
    public record Problem(int line, int column, int length, String message) {
    }

    /** @param file the file's bytes (UTF-8), or null for none */
    public static SearchSynonyms read(byte[] file) {
        if (file == null) return NONE;
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> groups = new HashMap<>();
        for (List<String> forms : groups(file, problems))
            for (String w : forms)
                for (String other : forms) if (!other.equals(w)) groups.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(other);
        Map<String, List<String>> out = new HashMap<>();
        groups.forEach((w, o) -> out.put(w, List.copyOf(o)));
        return new SearchSynonyms(Map.copyOf(out), List.copyOf(problems));
    }

    /** The entries the index cannot hold: several words, or a word too common to be searched for. */
    public List<Problem> problems() {
        return problems;
    }

    /** Each line's group in search forms; entries that are not one searchable word go to {@code problems}. */
    private static List<List<String>> groups(byte[] file, List<Problem> problems) {
        List<List<String>> out = new ArrayList<>();
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            List<String> forms = new ArrayList<>();
            int from = 0;
            for (String entry : (hash < 0 ? line : line.substring(0, hash)).split(",", -1)) {
                int start = from + (entry.length() - entry.stripLeading().length());
                from += entry.length() + 1;
                if (entry.isBlank()) continue;
                List<String> words = SearchText.words(entry);
                if (words.size() == 1) {
                    if (!forms.contains(words.get(0))) forms.add(words.get(0));
                } else {
                    problems.add(new Problem(n + 1, start + 1, entry.strip().length(), words.isEmpty()
                            ? "`" + entry.strip() + "` is too common a word to be searched for: leave it out"
                            : "`" + entry.strip() + "` is " + SearchText.split(entry).size() + " words, and the search finds single words: "
                            + "write one (`" + String.join("", SearchText.split(entry)) + "`) or leave it out"));
                }
            }
            if (forms.size() > 1) out.add(forms);
        }
        return out;
    }

    /**
     * The words with the other words of their groups added, each at the best weight of a word it
     * stands for; a word that begins with a group word of {@value #PREFIX} letters or more stands for it.
     */
    Map<String, Integer> expand(Map<String, Integer> words) {
        if (others.isEmpty()) return words;
        Map<String, Integer> out = new HashMap<>(words);
        words.forEach((w, weight) -> forEachOther(w, o -> out.merge(o, weight, Math::max)));
        return out;
    }

    /** The other words of the groups a word (in search form) stands for, itself or by its first letters. */
    void forEachOther(String word, java.util.function.Consumer<String> other) {
        if (others.isEmpty()) return;
        if (word.length() <= longest) {
            List<String> group = others.get(word);
            if (group != null) group.forEach(other);
        }
        if (word.length() <= PREFIX || java.util.Arrays.binarySearch(starts, startHash(word)) < 0) return;
        for (int end = Math.min(word.length() - 1, longest); end >= PREFIX; end--) {
            List<String> group = others.get(word.substring(0, end));
            if (group != null) group.forEach(other);
        }
    }
}
