package de.quartier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of an opening-hours expression is written, so that a warning about one rule is
 * shown under that rule and can quote it (the checks of rules a later one replaces or undoes, and the
 * assembly's check of offerings at a closed place).
 */
public final class HoursRuleSpans {
    private HoursRuleSpans() {
    }

    /** Where a rule stands in the expression; {@code alone} if the span is that rule's only (not shared with rules added by comma). */
    public record Span(int start, int end, boolean alone) {
    }

    /** A comma that adds a rule ("…17:00, PH off"): after a time, a comment or a state, before a selector's letter. */
    private static final Pattern ADDING_COMMA = Pattern.compile("(?<=\\d|\"|\\boff|\\bclosed|\\bopen|\\bunknown)\\s*,\\s*(?=\\p{L})");

    /**
     * Where each rule stands in the expression, or null when that cannot be told. Rules are
     * separated by {@code ;} outside quoted comments; those added with {@code ,} are told apart
     * where the commas that add them can be found, else they share their part.
     */
    public static List<Span> of(OpeningHours hours) {
        String text = hours.expression();
        List<int[]> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == '"') quoted = !quoted;
            if (i == text.length() || !quoted && text.charAt(i) == ';') {
                parts.add(trimmed(text, from, i));
                from = i + 1;
            }
        }
        // the rules of each part: one, and those added after it
        List<Integer> counts = new ArrayList<>();
        for (var r : hours.rules()) {
            if (!r.additive() || counts.isEmpty()) counts.add(1);
            else counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
        }
        if (counts.size() != parts.size()) return null;
        List<Span> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            int[] part = parts.get(p);
            int n = counts.get(p);
            List<int[]> pieces = new ArrayList<>();
            if (n > 1) {
                Matcher comma = ADDING_COMMA.matcher(text).region(part[0], part[1]);
                int at = part[0];
                while (comma.find()) {
                    if (inQuotes(text, part[0], comma.start())) continue;
                    pieces.add(trimmed(text, at, comma.start()));
                    at = comma.end();
                }
                pieces.add(trimmed(text, at, part[1]));
            }
            for (int k = 0; k < n; k++)
                out.add(pieces.size() == n ? new Span(pieces.get(k)[0], pieces.get(k)[1], true) : new Span(part[0], part[1], n == 1));
        }
        return out;
    }

    private static boolean inQuotes(String text, int from, int at) {
        boolean quoted = false;
        for (int i = from; i < at; i++) if (text.charAt(i) == '"') quoted = !quoted;
        return quoted;
    }

    private static int[] trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return new int[]{from, to};
    }
}
