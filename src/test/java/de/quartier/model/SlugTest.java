package de.quartier.model;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugTest {
    /** The rule as the content model states it. */
    private static final Pattern RULE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    @Test
    void slugsAreWordsOfLowercaseLettersAndDigitsJoinedBySingleHyphens() {
        for (String ok : new String[]{"a", "0", "quartiersbuero-altstadt", "buero-2", "a-b-c", "x".repeat(120)})
            assertTrue(Slug.isValid(ok), ok);
        for (String bad : new String[]{"", "-a", "a-", "a--b", "A", "bÜro", "a b", "a_b", "a.md", "x".repeat(121), "ä"})
            assertFalse(Slug.isValid(bad), bad);
        assertFalse(Slug.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new Slug("Büro"));
    }

    @Test
    void theCheckAgreesWithTheRuleOnManyStrings() {
        Random random = new Random(11);
        String alphabet = "ab9--A_.ä ";
        int valid = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            boolean expected = RULE.matcher(s).matches();
            assertEquals(expected, Slug.isValid(s.toString()), "'" + s + "'");
            if (expected) valid++;
        }
        assertTrue(valid > 1000, "the strings include enough slugs: " + valid);
    }
}
