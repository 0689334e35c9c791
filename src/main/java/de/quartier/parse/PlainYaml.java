package de.quartier.parse;

import de.quartier.model.SourceSpan;
import de.quartier.source.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain form of YAML that records are written in, without SnakeYAML: block mappings
 * of `key: value` lines, block lists of `- ` lines (also in their key's column), comments, and as a
 * value a plain or quoted text on its line, or `[…]` lists and `{…}` mappings inside each other,
 * which may go on over several lines after a `[`, `{` or `,`. It gives the tree SnakeYAML's composer
 * and {@link NodeTreeBuilder} give, positions included, or null: anything else (block texts, plain
 * texts over several lines, empty values, anchors, tags, escapes, repeated keys, tabs, an emoji,
 * every mistake) is left to SnakeYAML, which reports each mistake as before.
 *
 * <p>Why: SnakeYAML's scanner and parser, run cold, cost a build of 250 offerings about 55 ms of
 * processor time, and C1 as much again compiling them; this reader is a few small loops.
 */
final class PlainYaml extends PlainYamlFlow {
    /** Block collections inside each other; records need three. */
    private static final int MAX_BLOCK_DEPTH = 8;

    private PlainYaml(String path, String text, int lineOffset, int[] starts) {
        super(path, text, lineOffset, starts);
    }

    /**
     * The text's top-level mapping, or null where the text is not in the plain form.
     *
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    static Node.Mapping read(String path, String text, int lineOffset) {
        int[] starts = lineStarts(text);
        if (starts == null) return null;
        try {
            PlainYaml reader = new PlainYaml(path, text, lineOffset, starts);
            int first = reader.nextContent(0);
            if (first < 0 || reader.indent(first) != 0) return null;
            reader.line = first;
            Node.Mapping root = reader.mapping(0, reader.starts[first], 0);
            return reader.nextContent(reader.line) < 0 ? root : null;
        } catch (Declined d) {
            return null;
        }
    }

    private boolean dashAt(int at, int end) {
        return text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    /** Whether a block key (`key:` and a blank or the line's end) starts at {@code at}. */
    private boolean keyAt(int at, int end) {
        int k = keyEnd(at, end);
        return k > at && k < end && text.charAt(k) == ':' && (k + 1 == end || text.charAt(k + 1) == ' ');
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
            if (!keyAt(at, end)) throw DECLINED;
            int k = keyEnd(at, end);
            Node.Scalar keyNode = key(pairs, at, k);
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
                value = inline(v, indent);
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
                items.add(inline(v, indent));
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
}
