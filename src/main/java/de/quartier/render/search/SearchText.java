package de.quartier.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the site search reads German text: the build indexes words in this form, and
 * {@code assets/search.js} brings the reader's query into the same form, step by step the same
 * way (a test runs both on the same words).
 *
 * <ol>
 *   <li>lower case, accents dropped: "Café" → "cafe", Turkish "ı" as "i";</li>
 *   <li>umlauts and their spellings meet: ä, ae → a; ö, oe → o; ü, ue → u (not in "que", nor where
 *       the u stands between vowels: "Frauen", "neue"); ß → ss:
 *       "Frühstück" and "Fruehstueck" → "fruhstuck", "Straße" and "Strasse" → "strasse";</li>
 *   <li>common inflection endings cut (a light form of the Snowball German stemmer's first two
 *       steps): "Kindern", "Kinder" → "kind"; "Familien", "Familie" → "famili"; "Kurse", "Kurs" → "kur".</li>
 * </ol>
 */
public final class SearchText {
    private SearchText() {
    }

    /** Words too common to find anything; a query of only these still searches them. */
    public static final Set<String> STOP_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
            "einem", "einen", "und", "oder", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "von", "vom", "zu", "zum",
            "zur", "fur", "fuer", "für", "ist", "sind", "es", "sie", "wir", "ich", "the", "of", "and");

    /** The words of a text, in search form, stop words left out. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : split(text)) {
            String w = SEARCH_FORMS.computeIfAbsent(raw, SearchText::searchForm);
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** A raw word's search form ("" for a stop word): words repeat across a site's texts, each is worked out once. */
    private static final java.util.Map<String, String> SEARCH_FORMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String searchForm(String raw) {
        return STOP_WORDS.contains(raw.toLowerCase(Locale.ROOT)) ? "" : normalize(raw);
    }

    /** Raw words: runs of letters and digits. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** One word in search form. */
    public static String normalize(String word) {
        return stem(fold(word));
    }

    public static String fold(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        // plain ASCII has no ß and nothing to decompose
        // Turkish ı is its own letter to Unicode (no dot to drop): "kahvalti" typed on a German keyboard finds "kahvaltı"
        if (!s.chars().allMatch(c -> c < 0x80))
            s = MARKS.matcher(Normalizer.normalize(s.replace("ß", "ss").replace('ı', 'i'), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            // "ue" is a spelled ü, but not in "que" and not where the u stands between vowels ("Frauen", "neue")
            boolean spelledUmlaut = c == 'e' && (prev == 'a' || prev == 'o'
                    || (prev == 'u' && (i < 2 || (s.charAt(i - 2) != 'q' && VOWELS.indexOf(s.charAt(i - 2)) < 0))));
            if (!spelledUmlaut) sb.append(c);
        }
        return sb.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String VOWELS = "aeiouy";
    private static final String S_ENDING = "bdfghklmnrt";
    private static final String ST_ENDING = "bdfghklmnt";

    public static String stem(String w) {
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) return w;
        // step 1: -ern -em -er, else -en -es -e, then -s after a valid s-ending (unlike Snowball also an s
        // that -e/-en/-es left bare, so "Kurse" meets "Kurs")
        String s = cut(w, "ern", "em", "er");
        if (s == w) s = cutS(cut(w, "en", "es", "e"));
        // step 2: -en -er -est, else -st after a valid st-ending
        String t = cut(s, "est", "en", "er");
        if (t == s && s.endsWith("st") && s.length() - 2 >= 4 && ST_ENDING.indexOf(s.charAt(s.length() - 3)) >= 0)
            t = s.substring(0, s.length() - 2);
        return t;
    }

    private static String cutS(String w) {
        if (w.endsWith("s") && w.length() - 1 >= 3 && S_ENDING.indexOf(w.charAt(w.length() - 2)) >= 0)
            return w.substring(0, w.length() - 1);
        return w;
    }

    /** The word without the first ending that leaves at least three letters; the same object if none. */
    private static String cut(String w, String... endings) {
        for (String e : endings)
            if (w.endsWith(e) && w.length() - e.length() >= 3) return w.substring(0, w.length() - e.length());
        return w;
    }
}
