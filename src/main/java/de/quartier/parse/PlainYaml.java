package de.quartier.parse;

import de.quartier.model.SourceSpan;
import de.quartier.source.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain form of YAML that records are written in, without SnakeYAML: block mappings
 * of `key: value` lines, block lists of `- ` lines (also under their key's column), and on one
 * line a plain, single- or double-quoted value, a `[…]` list or a `{…}` mapping. It gives the tree
 * SnakeYAML's composer and {@link NodeTreeBuilder} give, positions included, or null: anything
 * else (comments, block or multi-line values, anchors, tags, escapes, empty values, repeated
 * keys, tabs, an emoji, every mistake) is left to SnakeYAML, which reports each mistake as before.
 *
 * <p>Why: SnakeYAML's scanner and parser, run cold, cost a build of 250 offerings about 55 ms of
 * processor time, and C1 as much again compiling them; this reader is a few small loops.
 */
final class PlainYaml {
    /** Block collections inside each other; records need three. */
    private static final int MAX_BLOCK_DEPTH = 8;
    /** The longest key read here; SnakeYAML stops looking for a key's `:` after 1,024 characters. */
    private static final int MAX_KEY = 200;
    /** Characters that cannot start a plain value (YAML's indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** Thrown to leave the text to SnakeYAML; made once, without a stack trace. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();

    private final String path;
    private final String text;
    private final int lineOffset;
    /** The offset where each line starts; one more entry, text.length() + 1, closes the last. */
    private final int[] starts;
    private final int lines;
    /** The first line not yet read. */
    private int line;
    private int nodes;

    private PlainYaml(String path, String text, int lineOffset, int[] starts, int lines) {
        this.path = path;
        this.text = text;
        this.lineOffset = lineOffset;
        this.starts = starts;
        this.lines = lines;
    }

    /**
     * The text's top-level mapping, or null where the text is not in the plain form.
     *
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    static Node.Mapping read(String path, String text, int lineOffset) {
        int[] starts = lineStarts(text);
        if (starts == null) return null;
        int lines = starts.length - 1;
        try {
            PlainYaml reader = new PlainYaml(path, text, lineOffset, starts, lines);
            int first = reader.nextContent(0);
            if (first < 0 || reader.indent(first) != 0) return null;
            reader.line = first;
            Node.Mapping root = reader.mapping(0, reader.starts[first], 0);
            return reader.nextContent(reader.line) < 0 ? root : null;
        } catch (Declined d) {
            return null;
        }
    }

    /**
     * Each line's start, or null for a text with a character this reader leaves to SnakeYAML: a
     * control character or tab, one outside the BMP or not printable in YAML, or a document marker.
     */
    private static int[] lineStarts(String text) {
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

    private int end(int l) {
        return starts[l + 1] - 1;
    }

    private int indent(int l) {
        int i = starts[l];
        int end = end(l);
        while (i < end && text.charAt(i) == ' ') i++;
        return i - starts[l];
    }

    /** The first line from {@code from} on with more than blanks and a comment, or -1. */
    private int nextContent(int from) {
        for (int l = from; l < lines; l++) {
            int at = starts[l] + indent(l);
            if (at < end(l) && text.charAt(at) != '#') return l;
        }
        return -1;
    }

    /** Whether the line holds nothing from {@code at} on but blanks and perhaps a comment after one. */
    private boolean restIsBlank(int at, int end) {
        int b = blanks(at, end);
        return b == end || b > at && text.charAt(b) == '#';
    }

    private boolean dashAt(int at, int end) {
        return text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    private static boolean keyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The end of a key of letters, digits, `_` and `-` from {@code at}, or {@code at}. */
    private int keyEnd(int at, int end) {
        if (at >= end || !keyStart(text.charAt(at))) return at;
        int k = at + 1;
        while (k < end && (keyStart(text.charAt(k)) || text.charAt(k) == '-')) k++;
        // SnakeYAML looks for a key's `:` only so far
        if (k - at > MAX_KEY) throw DECLINED;
        return k;
    }

    /** Whether a block key (`key:` and a blank or the line's end) starts at {@code at}. */
    private boolean keyAt(int at, int end) {
        int k = keyEnd(at, end);
        return k > at && k < end && text.charAt(k) == ':' && (k + 1 == end || text.charAt(k + 1) == ' ');
    }

    private int blanks(int at, int end) {
        while (at < end && text.charAt(at) == ' ') at++;
        return at;
    }

    // ---- block collections -------------------------------------------------------------------

    /** A block mapping whose first key is at {@code at} on the current line, its keys in column {@code indent}. */
    private Node.Mapping mapping(int indent, int at, int depth) {
        if (depth > MAX_BLOCK_DEPTH) throw DECLINED;
        int startLine = line;
        int startColumn = at - starts[line];
        List<Node.Pair> pairs = new ArrayList<>();
        int next;
        while (true) {
            int end = end(line);
            int k = keyEnd(at, end);
            if (k == at || k == end || text.charAt(k) != ':' || k + 1 < end && text.charAt(k + 1) != ' ') throw DECLINED;
            String key = text.substring(at, k);
            for (Node.Pair p : pairs) if (p.key().value().equals(key)) throw DECLINED;
            Node.Scalar keyNode = scalar(key, Node.Style.PLAIN, line, at, k);
            int v = blanks(k + 1, end);
            Node value;
            if (restIsBlank(k + 1, end)) {
                // the value is a block on the lines below
                int below = nextContent(line + 1);
                if (below < 0) throw DECLINED;
                int belowIndent = indent(below);
                int belowAt = starts[below] + belowIndent;
                boolean dash = dashAt(belowAt, end(below));
                line = below;
                if (dash && belowIndent >= indent) value = sequence(belowIndent, belowIndent == indent, depth + 1);
                else if (!dash && belowIndent > indent) value = mapping(belowIndent, belowAt, depth + 1);
                else throw DECLINED;
            } else {
                value = inline(v, end);
                line++;
                int below = nextContent(line);
                if (below >= 0 && indent(below) > indent) throw DECLINED;
            }
            pairs.add(new Node.Pair(keyNode, value));
            next = nextContent(line);
            if (next < 0 || indent(next) < indent) break;
            if (indent(next) > indent) throw DECLINED;
            line = next;
            at = starts[next] + indent;
        }
        return new Node.Mapping(pairs, blockSpan(startLine, startColumn, next));
    }

    /** A block list whose dashes are in column {@code indent}, the first on the current line. */
    private Node.Sequence sequence(int indent, boolean underKey, int depth) {
        if (depth > MAX_BLOCK_DEPTH) throw DECLINED;
        int startLine = line;
        List<Node> items = new ArrayList<>();
        int next;
        while (true) {
            int end = end(line);
            int v = blanks(starts[line] + indent + 1, end);
            if (restIsBlank(starts[line] + indent + 1, end)) throw DECLINED;
            if (keyAt(v, end)) {
                items.add(mapping(v - starts[line], v, depth + 1));
            } else {
                items.add(inline(v, end));
                line++;
                int below = nextContent(line);
                if (below >= 0 && indent(below) > indent) throw DECLINED;
            }
            next = nextContent(line);
            if (next < 0 || indent(next) < indent) break;
            if (indent(next) > indent) throw DECLINED;
            if (!dashAt(starts[next] + indent, end(next))) {
                // the next key of the mapping this list stands under, in the same column
                if (underKey) break;
                throw DECLINED;
            }
            line = next;
        }
        return new Node.Sequence(items, blockSpan(startLine, indent, next));
    }

    /**
     * A block collection's span: SnakeYAML ends it where the next token starts, the first
     * character of line {@code next}, or the end of the text.
     */
    private SourceSpan blockSpan(int startLine, int startColumn, int next) {
        int endLine;
        int endColumn;
        if (next >= 0) {
            endLine = next;
            endColumn = indent(next);
        } else {
            endLine = lines - 1;
            endColumn = text.length() - starts[endLine];
        }
        count();
        int length = endLine == startLine ? endColumn - startColumn : 1;
        return new SourceSpan(path, startLine + 1 + lineOffset, startColumn + 1, length);
    }

    // ---- values on one line --------------------------------------------------------------------

    /** The value from {@code at} to the line's end, where nothing but blanks may follow it. */
    private Node inline(int at, int end) {
        char c = text.charAt(at);
        Node value;
        int stop;
        if (c == '"' || c == '\'') {
            stop = quotedEnd(at, end);
            value = quoted(at, stop);
        } else if (c == '[') {
            stop = flowSequenceEnd(at, end, true);
            value = lastFlow;
        } else if (c == '{') {
            stop = flowMappingEnd(at, end, true);
            value = lastFlow;
        } else {
            if (INDICATORS.indexOf(c) >= 0) throw DECLINED;
            stop = end;
            for (int i = at; i < end; i++) {
                char d = text.charAt(i);
                if (d == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) throw DECLINED;
                // a blank and `#` start a comment
                if (d == '#' && text.charAt(i - 1) == ' ') {
                    stop = i;
                    break;
                }
            }
            while (text.charAt(stop - 1) == ' ') stop--;
            value = scalar(text.substring(at, stop), Node.Style.PLAIN, line, at, stop);
        }
        if (!restIsBlank(stop, end)) throw DECLINED;
        return value;
    }

    /**
     * The offset after the closing quote of a quoted value on this line, without escapes; a doubled
     * `''` ends it too early, and what follows then is not read.
     */
    private int quotedEnd(int at, int end) {
        char quote = text.charAt(at);
        int close = text.indexOf(quote, at + 1);
        if (close < 0 || close >= end) throw DECLINED;
        if (quote == '"' && text.lastIndexOf('\\', close) > at) throw DECLINED;
        return close + 1;
    }

    private Node.Scalar quoted(int at, int stop) {
        return scalar(text.substring(at + 1, stop - 1), Node.Style.QUOTED, line, at, stop);
    }

    /** The collection the last flow method read; it returns where it ends. */
    private Node lastFlow;

    /** A `[…]` list of plain or quoted values (and, at the top, `{…}` mappings) on this line. */
    private int flowSequenceEnd(int open, int end, boolean outer) {
        List<Node> items = new ArrayList<>();
        int i = blanks(open + 1, end);
        if (i < end && text.charAt(i) == ']') return flowDone(new Node.Sequence(items, lineSpan(open, i + 1)), i + 1);
        while (true) {
            if (i >= end) throw DECLINED;
            char c = text.charAt(i);
            int stop;
            if (c == '"' || c == '\'') {
                stop = quotedEnd(i, end);
                items.add(quoted(i, stop));
            } else if (c == '{' && outer) {
                stop = flowMappingEnd(i, end, false);
                items.add(lastFlow);
            } else {
                stop = flowPlainEnd(i, end);
                items.add(lastFlow);
            }
            i = blanks(stop, end);
            if (i < end && text.charAt(i) == ',') {
                i = blanks(i + 1, end);
                if (i < end && text.charAt(i) == ']') throw DECLINED;
            } else if (i < end && text.charAt(i) == ']') {
                return flowDone(new Node.Sequence(items, lineSpan(open, i + 1)), i + 1);
            } else {
                throw DECLINED;
            }
        }
    }

    /** A `{key: value, …}` mapping of plain or quoted values (and, at the top, `[…]` lists) on this line. */
    private int flowMappingEnd(int open, int end, boolean outer) {
        List<Node.Pair> pairs = new ArrayList<>();
        int i = blanks(open + 1, end);
        if (i < end && text.charAt(i) == '}') return flowDone(new Node.Mapping(pairs, lineSpan(open, i + 1)), i + 1);
        while (true) {
            int k = keyEnd(i, end);
            if (k == i || k + 1 >= end || text.charAt(k) != ':' || text.charAt(k + 1) != ' ') throw DECLINED;
            String key = text.substring(i, k);
            for (Node.Pair p : pairs) if (p.key().value().equals(key)) throw DECLINED;
            Node.Scalar keyNode = scalar(key, Node.Style.PLAIN, line, i, k);
            int v = blanks(k + 1, end);
            if (v >= end) throw DECLINED;
            char c = text.charAt(v);
            int stop;
            Node value;
            if (c == '"' || c == '\'') {
                stop = quotedEnd(v, end);
                value = quoted(v, stop);
            } else if (c == '[' && outer) {
                stop = flowSequenceEnd(v, end, false);
                value = lastFlow;
            } else {
                stop = flowPlainEnd(v, end);
                value = lastFlow;
            }
            pairs.add(new Node.Pair(keyNode, value));
            i = blanks(stop, end);
            if (i < end && text.charAt(i) == ',') {
                i = blanks(i + 1, end);
                if (i < end && text.charAt(i) == '}') throw DECLINED;
            } else if (i < end && text.charAt(i) == '}') {
                return flowDone(new Node.Mapping(pairs, lineSpan(open, i + 1)), i + 1);
            } else {
                throw DECLINED;
            }
        }
    }

    /**
     * A plain value inside `[…]` or `{…}`: it ends before `,`, `]` or `}`. A `:` in it is read only
     * before a character that cannot end it (`09:30`); a `?`, `[`, `{` or a comment is left to SnakeYAML.
     */
    private int flowPlainEnd(int at, int end) {
        if (at >= end || INDICATORS.indexOf(text.charAt(at)) >= 0) throw DECLINED;
        int i = at;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ',' || c == ']' || c == '}') break;
            if (c == '?' || c == '[' || c == '{' || c == '#' && text.charAt(i - 1) == ' ') throw DECLINED;
            if (c == ':' && (i + 1 == end || " ,[]{}".indexOf(text.charAt(i + 1)) >= 0)) throw DECLINED;
            i++;
        }
        int stop = i;
        while (text.charAt(stop - 1) == ' ') stop--;
        lastFlow = scalar(text.substring(at, stop), Node.Style.PLAIN, line, at, stop);
        return stop;
    }

    private int flowDone(Node collection, int stop) {
        count();
        lastFlow = collection;
        return stop;
    }

    private Node.Scalar scalar(String value, Node.Style style, int l, int from, int to) {
        count();
        return new Node.Scalar(value, style, new SourceSpan(path, l + 1 + lineOffset, from - starts[l] + 1, to - from));
    }

    /** A span on the current line from offset {@code from} to {@code to}. */
    private SourceSpan lineSpan(int from, int to) {
        return new SourceSpan(path, line + 1 + lineOffset, from - starts[line] + 1, to - from);
    }

    private void count() {
        if (++nodes > SourceParser.MAX_NODES) throw DECLINED;
    }
}
