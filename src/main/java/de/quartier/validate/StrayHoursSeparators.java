package de.quartier.validate;

import java.util.Optional;

/**
 * A rule separator with no rule on one side: "Mo-Fr 09:00-12:00; PH off;", "Th 17:00-19:00,",
 * "Mo 10:00-12:00;; We 14:00-16:00". The strict parser reads the gap as an empty rule, and an
 * empty rule holds every day, all day: a page would say "open around the clock" for a stray key.
 */
final class StrayHoursSeparators {
    private StrayHoursSeparators() {
    }

    /** The separator at {@code offset} ({@code length} characters); {@code before}: no rule before it; {@code fixed}: the text without it. */
    record Stray(int offset, int length, String separator, boolean before, String fixed) {
    }

    /** The first stray separator outside quoted comments, if any. */
    static Optional<Stray> find(String text) {
        boolean quoted = false;
        boolean afterSeparator = true; // the start counts as one: a separator there has no rule before it
        int lastSeparatorEnd = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted || c == '"') {
                afterSeparator = false;
                continue;
            }
            int length = c == ';' || c == ',' ? 1 : text.startsWith("||", i) ? 2 : 0;
            if (length > 0) {
                if (afterSeparator) return Optional.of(stray(text, i, length, true, lastSeparatorEnd < 0));
                if (text.substring(i + length).isBlank()) return Optional.of(stray(text, i, length, false, false));
                afterSeparator = true;
                lastSeparatorEnd = i + length;
                i += length - 1;
            } else if (!Character.isWhitespace(c)) {
                afterSeparator = false;
            }
        }
        return Optional.empty();
    }

    /** The text without any stray separator ("; ; Mo 10:00-12:00" → "Mo 10:00-12:00"), each taken out in turn. */
    static String withoutAny(String text) {
        String out = text;
        for (int i = 0; i < text.length(); i++) {
            Optional<Stray> s = find(out);
            if (s.isEmpty()) break;
            out = s.get().fixed();
        }
        return out;
    }

    private static Stray stray(String text, int at, int length, boolean before, boolean atStart) {
        // the separator goes with the blanks before it ("PH off;" → "PH off"; "; ;" keeps one "; ")
        int from = at;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) from--;
        int to = at + length;
        if (atStart) while (to < text.length() && Character.isWhitespace(text.charAt(to))) to++;
        String fixed = (text.substring(0, from) + text.substring(to)).strip();
        return new Stray(at, length, text.substring(at, at + length), before, fixed);
    }
}
