package de.quartier.parse;

import de.quartier.model.SourceSpan;
import de.quartier.source.Node;

/**
 * A YAML text as {@link PlainYaml} reads it: its lines, where the reader stands, and the values and
 * positions it makes. Any method may decline the text ({@link #DECLINED}), which leaves it to SnakeYAML.
 */
abstract class PlainYamlText {
    /** The longest key read here; SnakeYAML stops looking for a key's `:` after 1,024 characters. */
    static final int MAX_KEY = 200;
    /** Characters that cannot start a plain value (YAML's indicators). */
    static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** Thrown to leave the text to SnakeYAML; made once, without a stack trace. */
    static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    static final Declined DECLINED = new Declined();

    final String path;
    final String text;
    final int lineOffset;
    /** The offset where each line starts; one more entry, text.length() + 1, closes the last. */
    final int[] starts;
    final int lines;
    /** The first line not yet read. */
    int line;
    private int nodes;
    /** Where the value last read ends: an offset on the current line. */
    int pos;

    PlainYamlText(String path, String text, int lineOffset, int[] starts) {
        this.path = path;
        this.text = text;
        this.lineOffset = lineOffset;
        this.starts = starts;
        this.lines = starts.length - 1;
    }

    /**
     * Each line's start, or null for a text with a character this reader leaves to SnakeYAML: a
     * control character or tab, one outside the BMP or not printable in YAML, or a document marker.
     */
    static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                count++;
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0 || Character.isSurrogate(c) || c >= 0xfeff && (c == 0xfeff || c >= 0xfffe)) {
                return null;
            }
        }
        int[] starts = new int[count + 1];
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
        starts[count] = text.length() + 1;
        for (int l = 0; l < count; l++)
            if (text.startsWith("---", starts[l]) || text.startsWith("...", starts[l])) return null;
        return starts;
    }

    int end(int l) {
        return starts[l + 1] - 1;
    }

    int indent(int l) {
        int i = starts[l];
        int end = end(l);
        while (i < end && text.charAt(i) == ' ') i++;
        return i - starts[l];
    }

    /** The first line from {@code from} on with more than blanks and a comment, or -1. */
    int nextContent(int from) {
        for (int l = from; l < lines; l++) {
            int at = starts[l] + indent(l);
            if (at < end(l) && text.charAt(at) != '#') return l;
        }
        return -1;
    }

    /** Whether the line holds nothing from {@code at} on but blanks and perhaps a comment after one. */
    boolean restIsBlank(int at, int end) {
        int b = blanks(at, end);
        return b == end || b > at && text.charAt(b) == '#';
    }

    static boolean keyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The end of a key of letters, digits, `_`, `-` and `.` (`home.quarters`) from {@code at}, or {@code at}. */
    int keyEnd(int at, int end) {
        if (at >= end || !keyStart(text.charAt(at))) return at;
        int k = at + 1;
        while (k < end && (keyStart(text.charAt(k)) || text.charAt(k) == '-' || text.charAt(k) == '.')) k++;
        // SnakeYAML looks for a key's `:` only so far
        if (k - at > MAX_KEY) throw DECLINED;
        return k;
    }

    /**
     * The key from {@code from} to {@code to} on the current line; one the mapping has already is
     * left to SnakeYAML, whose reading reports it.
     */
    Node.Scalar key(java.util.List<Node.Pair> pairs, int from, int to) {
        String key = text.substring(from, to);
        for (Node.Pair p : pairs) if (p.key().value().equals(key)) throw DECLINED;
        return scalar(key, Node.Style.PLAIN, line, from, to);
    }

    int blanks(int at, int end) {
        while (at < end && text.charAt(at) == ' ') at++;
        return at;
    }

    Node.Scalar scalar(String value, Node.Style style, int l, int from, int to) {
        count();
        return new Node.Scalar(value, style, new SourceSpan(path, l + 1 + lineOffset, from - starts[l] + 1, to - from));
    }

    void count() {
        if (++nodes > SourceParser.MAX_NODES) throw DECLINED;
    }
}
