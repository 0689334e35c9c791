package de.quartier.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether what an editor wrote under {@code cost} says an offering is free: one rule for the
 * finder's "kostenlos" filter, the page's structured data ({@code isAccessibleForFree}) and the
 * word translated on other languages' pages, so that none of them says so where another does not.
 */
public final class FreeOfCharge {
    /** The words that say it anywhere in the text (README: kostenlos, kostenfrei, gratis, umsonst, Eintritt/Teilnahme frei). */
    private static final List<String> WORDS = List.of("kostenlos", "kostenfrei", "gratis", "umsonst", "eintritt frei", "teilnahme frei");
    /** Those, or a text that is only "frei" or a zero amount ("0 €", "0,00 Euro"). */
    private static final Pattern SAYS = Pattern.compile(
            "(?iu).*\\b(" + String.join("|", WORDS) + ")\\b.*|\\s*(frei|0|0,00)\\s*(€|euro)?\\s*");
    /** A text that is nothing but such a word (or "frei"): it can be said in the page's language without losing the editor's other words. */
    private static final Set<String> ONLY = Stream.concat(WORDS.stream(), Stream.of("frei")).collect(Collectors.toUnmodifiableSet());

    private FreeOfCharge() {
    }

    /** "kostenlos", "Eintritt frei, Spenden willkommen", "0 €": free to take part in. */
    public static boolean says(String cost) {
        return cost != null && SAYS.matcher(cost).matches();
    }

    /** The text is that and nothing more ("Kostenlos", not "kostenlos, Material 2 €"). */
    public static boolean saysOnly(String cost) {
        return cost != null && ONLY.contains(cost.strip().toLowerCase(Locale.GERMAN));
    }
}
