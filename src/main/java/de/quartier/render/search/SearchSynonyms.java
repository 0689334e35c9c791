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
 * words separated by commas, {@code #} starts a comment; an entry of several words is left out,
 * since the index holds single words. A record that has one word of a group is found by each
 * of the others as well, with the same weight; the reader's query stays as typed.
 */
public final class SearchSynonyms {
    public static final String FILE = "synonyms.txt";
    public static final SearchSynonyms NONE = new SearchSynonyms(Map.of());

    /** search form → the search forms of the other words of its groups */
    private final Map<String, List<String>> others;

    private SearchSynonyms(Map<String, List<String>> others) {
        this.others = others;
    }

    /** @param file the file's bytes (UTF-8), or null for none */
    public static SearchSynonyms read(byte[] file) {
        if (file == null) return NONE;
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            int hash = line.indexOf('#');
            List<String> forms = new ArrayList<>();
            for (String entry : (hash < 0 ? line : line.substring(0, hash)).split(",")) {
                List<String> words = SearchText.words(entry);
                if (words.size() == 1 && !forms.contains(words.get(0))) forms.add(words.get(0));
            }
            for (String w : forms)
                for (String other : forms) if (!other.equals(w)) groups.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(other);
        }
        Map<String, List<String>> out = new HashMap<>();
        groups.forEach((w, o) -> out.put(w, List.copyOf(o)));
        return new SearchSynonyms(Map.copyOf(out));
    }

    /** The words with the other words of their groups added, each at the best weight of a word it stands for. */
    Map<String, Integer> expand(Map<String, Integer> words) {
        if (others.isEmpty()) return words;
        Map<String, Integer> out = new HashMap<>(words);
        words.forEach((w, weight) -> {
            for (String o : others.getOrDefault(w, List.of())) out.merge(o, weight, Math::max);
        });
        return out;
    }
}
