package de.quartier.diag;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("address", "opening_hours", "operators", "geo", "quarters");

    @Test
    void typosFindTheirKey() {
        assertEquals(Optional.of("address"), Suggestions.closest("adress", KEYS));
        assertEquals(Optional.of("opening_hours"), Suggestions.closest("openinghours", KEYS));
        assertEquals(Optional.of("quarters"), Suggestions.closest("quartres", KEYS));
        assertEquals(Optional.of("geo"), Suggestions.closest("Geo", KEYS));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertEquals(Optional.empty(), Suggestions.closest("telefon", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("x", KEYS));
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void oneEditApartIsDistanceOne() {
        assertTrue(Suggestions.oneEditApart("gmial.com", "gmail.com"));
        assertTrue(Suggestions.oneEditApart("gmx.dee", "gmx.de"));
        assertTrue(Suggestions.oneEditApart("gx.de", "gmx.de"));
        assertTrue(Suggestions.oneEditApart("web.dr", "web.de"));
        assertFalse(Suggestions.oneEditApart("web.de", "web.de"));
        assertFalse(Suggestions.oneEditApart("gmx.net", "gmx.de"));
        // every pair of short words over three letters, against the table
        String letters = "abc";
        List<String> words = new java.util.ArrayList<>(List.of(""));
        for (int n = 0; n < 4; n++)
            for (String w : List.copyOf(words)) if (w.length() == n) for (char c : letters.toCharArray()) words.add(w + c);
        for (String a : words)
            for (String b : words)
                assertEquals(Suggestions.distance(a, b) == 1, Suggestions.oneEditApart(a, b), a + " / " + b);
    }
}
