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
     * Whether SnakeYAML's columns differ from ours for this text: it counts characters (code
     * points), Java strings, the caret line and editors count UTF-16 units, so they differ after a
     * character outside the BMP (an emoji). Its other line breaks (U+2028, U+2029, U+0085, a lone
     * '\r') never reach it: the parser removes or blanks them first ({@link ControlCharacters},
     * {@link SourceParser#unseenBreaksAsBlanks}), so lines agree.
     */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++)
            if (Character.isSurrogate(text.charAt(i))) return true;
        return false;
    }
}
