package de.quartier.diag;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
