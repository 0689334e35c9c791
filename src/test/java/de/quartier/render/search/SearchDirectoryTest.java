package de.quartier.render.search;

import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory for readers without JavaScript, split when it is long: by initial letters, by
 * more letters where one is still too many, in numbered parts where titles are alike to the end.
 */
class SearchDirectoryTest {
    @Test
    void keysAreTheFirstLettersInAToZAndDigits() {
        assertEquals("ar", SearchPages.key("Ärztehaus", 2));
        assertEquals("st", SearchPages.key("„Straßenfest“", 2));
        assertEquals("ss", SearchPages.key("ßx", 2));
        assertEquals("ca", SearchPages.key("Çay-Treff", 2));
        assertEquals("4", SearchPages.key("46236 Bottrop", 1));
        assertEquals("k", SearchPages.key("K", 3), "a short title has a short key");
        assertEquals("", SearchPages.key("Русский клуб", 1), "other letters");
        assertEquals("a", SearchPages.key("A Русский", 3), "a key ends at another letter");
    }

    @Test
    void aLongDirectoryIsSplitIntoPagesOfAtMostSoManyInOrder() {
        Random rng = new Random(3);
        String[] starts = {"Kindertreff", "Kinderturnen", "Kaffee", "Ärztehaus", "Beratung", "Café", "Zumba", "Русский", "2. Hand",
                "Spielgruppe Altstadt"};
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 5000; i++) titles.add(starts[rng.nextInt(starts.length)] + (i % 3 == 0 ? "" : " " + rng.nextInt(50)));
        Collator german = Collator.getInstance(Locale.GERMAN);
        titles.sort(german);
        List<SearchPages.Part<String>> parts = SearchPages.split(titles, Function.identity(), 100);

        List<String> again = new ArrayList<>();
        Set<String> segments = new HashSet<>();
        for (SearchPages.Part<String> p : parts) {
            assertTrue(p.items().size() <= 100 && !p.items().isEmpty(), p.segment() + ": " + p.items().size());
            assertTrue(p.segment().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.segment());
            assertTrue(segments.add(p.segment()), "one page per segment: " + p.segment());
            for (String t : p.items()) assertTrue(SearchPages.key(t, p.key().length()).equals(p.key()), t + " under " + p.key());
            again.addAll(p.items());
        }
        assertEquals(new HashSet<>(titles), new HashSet<>(again), "every title on one page");
        assertEquals(titles.size(), again.size());
        assertTrue(parts.stream().anyMatch(p -> p.key().length() > 2), "'Kinder…' needs more than two letters");
        assertTrue(parts.stream().anyMatch(p -> p.part() > 1), "'Spielgruppe Altstadt' alone fills numbered parts");
        assertTrue(parts.stream().anyMatch(p -> p.key().isEmpty() && p.segment().startsWith("andere-zeichen")), "other letters last");
        assertEquals("", parts.get(parts.size() - 1).key());
        assertTrue(parts.get(0).key().startsWith("2"), "digits first: " + parts.get(0).key());
    }

    @Test
    void aShortDirectoryIsOnePagePerLetter() {
        List<SearchPages.Part<String>> parts = SearchPages.split(List.of("Apfel", "Äpfel", "Birne"), Function.identity(), 100);
        assertEquals(List.of("a", "b"), parts.stream().map(SearchPages.Part::segment).toList());
        assertEquals(List.of("Apfel", "Äpfel"), parts.get(0).items());
    }
}
