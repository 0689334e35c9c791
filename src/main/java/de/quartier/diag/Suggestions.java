package de.quartier.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …": the closest known word to a misspelt one, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Every known word as close as the closest (in their order), if that is close enough to be a typo; else none. */
    public static java.util.List<String> allClosest(String written, Collection<String> known) {
        Optional<String> best = closest(written, known);
        if (best.isEmpty()) return java.util.List.of();
        int d = distance(written.toLowerCase(java.util.Locale.ROOT), best.get().toLowerCase(java.util.Locale.ROOT));
        return known.stream().filter(k -> distance(written.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT)) == d).toList();
    }

    /**
     * The key meant by a key written wrongly: a typo of one ({@link #closest}), or the German word for
     * one ("kosten" → cost, "Öffnungszeiten" → opening_hours).
     */
    public static Optional<String> key(String written, java.util.Set<String> known) {
        return GermanKeys.meant(written, known).or(() -> closest(written, known));
    }

    public static Optional<String> closest(String written, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(written.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        // close enough to be a typo: at most a third of the word, and at most 3 edits
        if (best == null || bestDistance > Math.min(3, Math.max(1, written.length() / 3))) return Optional.empty();
        return Optional.of(best);
    }

    /**
     * Whether {@link #distance} is exactly 1, in one pass instead of a table: asked of every e-mail
     * address against each big provider's domain, in every build.
     */
    public static boolean oneEditApart(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (la > lb) return a.regionMatches(i + 1, b, i, lb - i); // one letter too many
        if (la < lb) return b.regionMatches(i + 1, a, i, la - i); // one letter missing
        if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) return true; // one letter wrong
        return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two neighbours swapped
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
