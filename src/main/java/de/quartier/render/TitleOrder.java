package de.quartier.render;

import de.quartier.model.Entry;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order of every list residents read: titles (and names such as districts) in German order,
 * word by word as lists and phone books sort ("Beratung und Hilfe" before "Beratungsservice").
 * A collation key costs tens of microseconds and the same titles are sorted in several lists, so
 * each distinct text is keyed once and comparisons never key. The keys are kept for the process,
 * not per site: the preview makes a new site on every save, and keying its thousands of titles
 * again took 40 % of a refresh (a key depends on nothing but the text).
 */
public final class TitleOrder {
    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

    /** A text's place: the collator would skip the blank, '!' sorts it before every letter. */
    public CollationKey key(String text) {
        CollationKey known = KEYS.get(text);
        if (known != null) return known;
        CollationKey made;
        synchronized (GERMAN) { // a Collator is not safe for threads
            made = GERMAN.getCollationKey(text.replace(' ', '!'));
        }
        CollationKey raced = KEYS.putIfAbsent(text, made);
        return raced != null ? raced : made;
    }

    /** Names in the order of {@link #key}; equal there, in the order of their characters. */
    public Comparator<String> names() {
        return Comparator.comparing(this::key).thenComparing(Comparator.naturalOrder());
    }

    /** Records by {@link #key} of their title, then by file name. */
    public <E extends Entry> List<E> byTitle(List<E> entries) {
        record Keyed<E>(CollationKey title, String slug, E entry) {
        }
        return entries.stream().map(e -> new Keyed<>(key(e.title()), e.slug().value(), e))
                .sorted(Comparator.comparing((Keyed<E> k) -> k.title()).thenComparing(Keyed::slug)).map(Keyed::entry).toList();
    }
}
