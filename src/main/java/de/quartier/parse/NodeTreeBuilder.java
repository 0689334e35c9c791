package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one file's SnakeYAML node tree into our {@link Node} tree with each value's position in the file,
 * reporting repeated keys and list entries that YAML silently joins to the value above.
 */
final class NodeTreeBuilder {
    /** Thrown out of the whole tree when a file expands to too many values; reported once by the parser. */
    static final class TooBig extends RuntimeException {
        TooBig() {
            super(null, null, false, false);
        }
    }

    private final Diagnostics diagnostics;
    private final String path;
    private final int lineOffset;
    private final String yaml;
    /** The YAML text's lines: worked out when a value runs over several lines or marks need mapping. */
    private List<int[]> lines;
    private int count;
    /** Where marks are in our lines and columns, for a text where SnakeYAML counts otherwise; else null. */
    private final MarkPlaces places;

    NodeTreeBuilder(Diagnostics diagnostics, String path, int lineOffset, String yaml) {
        this.diagnostics = diagnostics;
        this.path = path;
        this.lineOffset = lineOffset;
        this.yaml = yaml;
        this.places = MarkPlaces.needed(yaml) ? new MarkPlaces(yaml, lines()) : null;
    }

    /** The YAML text's line bounds, worked out once when first needed. */
    private List<int[]> lines() {
        if (lines == null) lines = SourceParser.lineBounds(yaml);
        return lines;
    }

    /** Line {@code index} (0-based) of the YAML text. */
    private String lineAt(int index) {
        return SourceParser.line(yaml, lines(), index);
    }

    /**
     * A plain value that runs on into a line starting with "- ": a list entry indented deeper
     * than the ones before it, which YAML joins to the line above ("Alle - Familien"), so that
     * a wrong value would be published without a word.
     */
    private void checkRunOnEntry(ScalarNode s, boolean listEntry) {
        Mark start = s.getStartMark();
        Mark end = s.getEndMark();
        if (end == null || end.getLine() == start.getLine()) return;
        for (int i = start.getLine() + 1; i <= end.getLine(); i++) {
            String text = lineAt(i);
            String rest = text.stripLeading();
            if (rest.startsWith("- ") || rest.equals("-")) {
                SourceSpan at = new SourceSpan(path, i + 1 + lineOffset, text.length() - rest.length() + 1, 1);
                String message = "this line starts with `- ` but is indented so that it continues the value above: YAML reads both as one value, `"
                        + s.getValue() + "`";
                // in a list it is a mistake for sure; elsewhere the dash may belong to a wrapped text
                if (listEntry) diagnostics.error(Code.YAML_SYNTAX, at, message, "start every entry of a list in the same column");
                else diagnostics.warning(Code.YAML_SYNTAX, at, message,
                        "a list: each entry on a line of its own after the key, every `- ` in the same column; text with a dash: put it in quotes");
                return;
            }
        }
    }

    Node convert(org.yaml.snakeyaml.nodes.Node n, int depth) {
        return convert(n, depth, false);
    }

    /** @param listEntry the node is an entry of a list */
    Node convert(org.yaml.snakeyaml.nodes.Node n, int depth, boolean listEntry) {
        if (++count > SourceParser.MAX_NODES || depth > SourceParser.MAX_DEPTH * 2) throw new TooBig();
        SourceSpan at = span(n);
        if (n instanceof ScalarNode s) {
            Node.Style style = switch (s.getScalarStyle()) {
                case SINGLE_QUOTED, DOUBLE_QUOTED -> Node.Style.QUOTED;
                case LITERAL, FOLDED -> Node.Style.BLOCK;
                default -> Node.Style.PLAIN;
            };
            if (style == Node.Style.PLAIN) checkRunOnEntry(s, listEntry);
            // raw ones are reported and removed before YAML reads the text; these come from escapes
            if (s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED) ControlCharacters.reportEscaped(s.getValue(), at, diagnostics);
            return new Node.Scalar(s.getValue(), style, at);
        }
        if (n instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) items.add(convert(item, depth + 1, true));
            return new Node.Sequence(items, at);
        }
        MappingNode map = (MappingNode) n;
        List<Node.Pair> pairs = new ArrayList<>();
        Map<String, SourceSpan> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node key = convert(t.getKeyNode(), depth + 1);
            if (!(key instanceof Node.Scalar k)) {
                diagnostics.error(Code.YAML_SYNTAX, key.at(), "a key must be a plain word, not " + key.kindName());
                continue;
            }
            SourceSpan first = seen.putIfAbsent(k.value(), k.at());
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_KEY, k.at(), "`" + k.value() + "` is given twice; the first is at line " + first.line(),
                        "remove one of them");
                continue;
            }
            pairs.add(new Node.Pair(k, convert(t.getValueNode(), depth + 1)));
        }
        return new Node.Mapping(pairs, at);
    }

    private SourceSpan span(org.yaml.snakeyaml.nodes.Node n) {
        Mark s = n.getStartMark();
        Mark e = n.getEndMark();
        if (places == null) {
            int length = e != null && e.getLine() == s.getLine() ? e.getColumn() - s.getColumn() : 1;
            return new SourceSpan(path, s.getLine() + 1 + lineOffset, s.getColumn() + 1, length);
        }
        int[] start = places.of(s);
        int[] end = e == null ? null : places.of(e);
        int length = end != null && end[0] == start[0] ? end[1] - start[1] : 1;
        return new SourceSpan(path, start[0] + 1 + lineOffset, start[1] + 1, length);
    }
}
