package de.quartier.parse;

import de.quartier.model.SourceSpan;
import de.quartier.source.Node;

import java.util.ArrayList;
import java.util.List;

/** The values {@link PlainYaml} reads after a key or a dash: plain and quoted texts, `[…]` lists and `{…}` mappings. */
abstract class PlainYamlFlow extends PlainYamlText {
    /** `[…]` and `{…}` inside each other; records need two. */
    private static final int MAX_FLOW_DEPTH = 4;

    /** The least indentation of a line that a `[…]` or `{…}` goes on to: deeper than its key or dash. */
    private int flowIndent;

    /**
     * The value from {@code at} to the line's end, where nothing but blanks and a comment may
     * follow it; a `[…]` or `{…}` may go on over the next lines, which are then read too.
     *
     * @param blockIndent the column of the value's key or dash
     */
    Node inline(int at, int blockIndent) {
        int end = end(line);
        char c = text.charAt(at);
        Node value;
        if (c == '"' || c == '\'') {
            value = quoted(at);
        } else if (c == '[' || c == '{') {
            flowIndent = blockIndent + 1;
            value = c == '[' ? flowSequence(at, 0) : flowMapping(at, 0);
        } else {
            if (INDICATORS.indexOf(c) >= 0) throw DECLINED;
            int stop = end;
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
            pos = stop;
        }
        if (!restIsBlank(pos, end(line))) throw DECLINED;
        return value;
    }

    /**
     * A quoted value on this line, without escapes; a doubled `''` ends it too early, and what
     * follows then is not read.
     */
    private Node.Scalar quoted(int at) {
        char quote = text.charAt(at);
        int end = end(line);
        int close = text.indexOf(quote, at + 1);
        if (close < 0 || close >= end) throw DECLINED;
        if (quote == '"' && text.lastIndexOf('\\', close) > at) throw DECLINED;
        pos = close + 1;
        return scalar(text.substring(at + 1, close), Node.Style.QUOTED, line, at, close + 1);
    }

    /** A value inside `[…]` or `{…}`. */
    private Node flowValue(int at, int depth) {
        char c = text.charAt(at);
        if (c == '"' || c == '\'') return quoted(at);
        if (c == '[') return flowSequence(at, depth + 1);
        if (c == '{') return flowMapping(at, depth + 1);
        return flowPlain(at);
    }

    /** A `[…]` list: its values, each after a `,`, may stand on the following lines. */
    private Node.Sequence flowSequence(int open, int depth) {
        if (depth > MAX_FLOW_DEPTH) throw DECLINED;
        int openLine = line;
        List<Node> items = new ArrayList<>();
        int i = onward(open + 1);
        if (text.charAt(i) == ']') pos = i + 1;
        else for (; i >= 0; i = next(']')) items.add(flowValue(i, depth));
        return new Node.Sequence(items, flowSpan(openLine, open));
    }

    /** A `{key: value, …}` mapping: its pairs, each after a `,`, may stand on the following lines. */
    private Node.Mapping flowMapping(int open, int depth) {
        if (depth > MAX_FLOW_DEPTH) throw DECLINED;
        int openLine = line;
        List<Node.Pair> pairs = new ArrayList<>();
        int i = onward(open + 1);
        if (text.charAt(i) == '}') pos = i + 1;
        else for (; i >= 0; i = next('}')) {
            int end = end(line);
            int k = keyEnd(i, end);
            if (k == i || k + 1 >= end || text.charAt(k) != ':' || text.charAt(k + 1) != ' ') throw DECLINED;
            Node.Scalar keyNode = key(pairs, i, k);
            int v = blanks(k + 1, end);
            if (v >= end) throw DECLINED;
            pairs.add(new Node.Pair(keyNode, flowValue(v, depth)));
        }
        return new Node.Mapping(pairs, flowSpan(openLine, open));
    }

    /**
     * After a value in `[…]` or `{…}`: where the next one starts, after a `,`; or -1 where
     * {@code close} ends the collection, {@link #pos} then after it. A `]` or `}` right after a `,`
     * is read as a value, which declines it: left to SnakeYAML.
     */
    private int next(char close) {
        int i = blanks(pos, end(line));
        if (i < end(line) && text.charAt(i) == ',') return onward(i + 1);
        if (i < end(line) && text.charAt(i) == close) {
            pos = i + 1;
            return -1;
        }
        throw DECLINED;
    }

    /**
     * The next character after blanks from {@code at}, where a line may end (after `[`, `{` or `,`):
     * then the first character of the next line, which must be indented deeper than the key or dash
     * and hold more than a comment.
     */
    private int onward(int at) {
        int i = blanks(at, end(line));
        if (i < end(line)) return i;
        if (line + 1 >= lines) throw DECLINED;
        line++;
        int indent = indent(line);
        i = starts[line] + indent;
        if (indent < flowIndent || i == end(line) || text.charAt(i) == '#') throw DECLINED;
        return i;
    }

    /**
     * A plain value inside `[…]` or `{…}`: it ends before `,`, `]` or `}` on its line. A `:` in it is
     * read only before a character that cannot end it (`09:30`); a `?`, `[`, `{` or a comment is
     * left to SnakeYAML, and so is a value that goes on on the next line.
     */
    private Node.Scalar flowPlain(int at) {
        int end = end(line);
        if (INDICATORS.indexOf(text.charAt(at)) >= 0) throw DECLINED;
        int i = at;
        while (true) {
            if (i == end) throw DECLINED;
            char c = text.charAt(i);
            if (c == ',' || c == ']' || c == '}') break;
            if (c == '?' || c == '[' || c == '{' || c == '#' && text.charAt(i - 1) == ' ') throw DECLINED;
            if (c == ':' && (i + 1 == end || " ,[]{}".indexOf(text.charAt(i + 1)) >= 0)) throw DECLINED;
            i++;
        }
        int stop = i;
        while (text.charAt(stop - 1) == ' ') stop--;
        pos = stop;
        return scalar(text.substring(at, stop), Node.Style.PLAIN, line, at, stop);
    }

    /** The span of a `[…]` or `{…}` from {@code open} on line {@code openLine} to {@code pos} on the current line. */
    private SourceSpan flowSpan(int openLine, int open) {
        count();
        int length = line == openLine ? pos - open : 1;
        return new SourceSpan(path, openLine + 1 + lineOffset, open - starts[openLine] + 1, length);
    }

    PlainYamlFlow(String path, String text, int lineOffset, int[] starts) {
        super(path, text, lineOffset, starts);
    }
}
