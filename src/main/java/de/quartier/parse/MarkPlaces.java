package de.quartier.parse;

import org.yaml.snakeyaml.error.Mark;

import java.util.List;

/**
 * Where SnakeYAML's marks are in our lines and UTF-16 columns, for a text where it counts otherwise
 * (see {@link #needed}): the positions of values and YAML errors are given as editors count.
 */
final class MarkPlaces {
    private final List<int[]> bounds;
    /** The UTF-16 offset of each code point, and of the end. */
    private final int[] offsets;

    MarkPlaces(String text, List<int[]> bounds) {
        this.bounds = bounds;
        this.offsets = new int[text.codePointCount(0, text.length()) + 1];
        int at = 0;
        for (int cp = 0; cp < offsets.length - 1; cp++) {
            offsets[cp] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        offsets[offsets.length - 1] = at;
    }

    /** The mark's {line, column}, both 0-based, from its index in the text (code points). */
    int[] of(Mark m) {
        int offset = offsets[Math.max(0, Math.min(m.getIndex(), offsets.length - 1))];
        int lo = 0;
        int hi = bounds.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds.get(mid)[0] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return new int[]{lo, offset - bounds.get(lo)[0]};
    }

    /**
     * Whether SnakeYAML's lines and columns differ from ours for this text. It counts columns in
     * characters (code points) and breaks lines also at U+2028, U+2029, U+0085 and a lone '\r';
     * Java strings, the caret line and editors count UTF-16 units and lines end at '\n'.
     */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                    || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) return true;
        }
        return false;
    }
}
