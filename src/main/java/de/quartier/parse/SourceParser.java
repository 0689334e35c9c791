package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Splits front matter from body and turns YAML text into a {@link Node} tree with positions. */
public final class SourceParser {
    /** More aliases than any editor writes by hand; an alias bomb needs far more. */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 20;
    /** Nodes one file may expand to, aliases counted each time they are used. */
    static final int MAX_NODES = 50_000;

    private final Diagnostics diagnostics;

    public SourceParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A record file: front matter + Markdown, or plain YAML with the body under {@code body:}. */
    public Optional<ParsedRecord> parse(SourceFile file) {
        return file.format() == SourceFile.Format.MARKDOWN ? parseMarkdown(file) : parseYamlRecord(file);
    }

    /** A plain YAML file such as site-config.yml: its top-level mapping. */
    public Optional<Node.Mapping> parseYaml(SourceFile file) {
        return compose(file.path(), file.text(), 0);
    }

    private Optional<ParsedRecord> parseMarkdown(SourceFile file) {
        String text = file.text();
        List<int[]> lines = lineBounds(text);
        if (lines.isEmpty() || !isFence(text, lines.get(0), "---")) {
            diagnostics.error(Code.MISSING_FRONT_MATTER, SourceSpan.startOf(file.path()),
                    "a record must start with a front matter block: a line `---`, the fields, and a closing `---`",
                    "start the file with\n---\ntitle: …\n---");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(text, lines.get(i), "---") || isFence(text, lines.get(i), "...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error(Code.UNCLOSED_FRONT_MATTER, SourceSpan.startOf(file.path()),
                    "the front matter opened here is never closed",
                    "add a line with only `---` after the last field, before the text");
            return Optional.empty();
        }
        int yamlStart = lines.get(0)[1] + 1 > text.length() ? text.length() : next(text, lines.get(0));
        int yamlEnd = lines.get(close)[0];
        String yaml = text.substring(Math.min(yamlStart, yamlEnd), yamlEnd);
        int bodyStart = next(text, lines.get(close));
        String body = bodyStart >= text.length() ? "" : text.substring(bodyStart);
        int bodyLine = close + 2;
        return compose(file.path(), yaml, 1)
                .map(fields -> new ParsedRecord(file, fields, body, bodyLine));
    }

    private Optional<ParsedRecord> parseYamlRecord(SourceFile file) {
        return compose(file.path(), file.text(), 0).map(m -> {
            String body = "";
            int bodyLine = 1;
            List<Node.Pair> rest = new ArrayList<>();
            for (Node.Pair p : m.pairs()) {
                if (!p.key().value().equals("body")) {
                    rest.add(p);
                } else if (p.value() instanceof Node.Scalar s) {
                    body = s.value();
                    bodyLine = s.style() == Node.Style.BLOCK ? s.at().line() + 1 : s.at().line();
                } else {
                    diagnostics.error(Code.WRONG_KIND, p.value().at(), "`body` must be text (Markdown), not " + p.value().kindName(),
                            "write the text under `body: |`, indented");
                }
            }
            return new ParsedRecord(file, new Node.Mapping(rest, m.at()), body, bodyLine);
        });
    }

    private static boolean isFence(String text, int[] line, String fence) {
        return text.substring(line[0], line[1]).stripTrailing().equals(fence);
    }

    private static int next(String text, int[] line) {
        return Math.min(text.length(), line[1] + 1);
    }

    /** [start, end) of each line, end excluding the '\n' (a trailing '\r' is part of the line). */
    private static List<int[]> lineBounds(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.add(new int[]{start, end});
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    // ---- YAML ------------------------------------------------------------------------------

    /**
     * Tags every scalar as text: the records' fields are read by their own rules, never by YAML's
     * implicit types (which would test each scalar against six patterns). Read-only once made.
     */
    private static final Resolver UNTYPED = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
        }
    };

    /**
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    private Optional<Node.Mapping> compose(String path, String yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(yaml.length() + 16, 1024));
        options.setProcessComments(false);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            // SnakeYAML's composer alone, as Yaml.compose does, without making a Yaml (its constructor
            // and representer) per file and with no implicit tags: only values, styles and positions are used
            root = new Composer(new ParserImpl(new StreamReader(yaml), options), UNTYPED, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            boolean openQuote = problem.contains("end of stream") && e.getContext() != null && e.getContext().contains("quoted scalar");
            // a quote never closed: where it opened, not the end of the file
            Mark mark = openQuote && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceSpan at = mark == null ? SourceSpan.startOf(path)
                    : new SourceSpan(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1, 1);
            if (openQuote) {
                diagnostics.error(Code.YAML_SYNTAX, at, "YAML: this quote is never closed", "end the value with the same quote mark on its line");
                return Optional.empty();
            }
            if (problem.toLowerCase(java.util.Locale.ROOT).contains("(tab)")) {
                diagnostics.error(Code.YAML_SYNTAX, at, "YAML: a tab character here; YAML is indented with spaces only", "replace the tab with spaces");
                return Optional.empty();
            }
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: " + problem,
                    hintFor(problem, mark == null ? null : line(yaml, lineBounds(yaml), mark.getLine()), mark));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path), "YAML: " + firstLine(e.getMessage()),
                    "records need no anchors, aliases or deep nesting; write the values out");
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path), "YAML is nested too deeply");
            return Optional.empty();
        }
        if (root == null) return Optional.of(new Node.Mapping(List.of(), SourceSpan.startOf(path)));
        Converter converter = new Converter(path, lineOffset, yaml);
        try {
            Node node = converter.convert(root, 0);
            if (node instanceof Node.Mapping m) return Optional.of(m);
            diagnostics.error(Code.WRONG_KIND, node.at(), "the fields must be keys and values (`title: …`), not " + node.kindName());
            return Optional.empty();
        } catch (TooBig e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path),
                    "YAML expands to more than " + MAX_NODES + " values (aliases used over and over?)",
                    "records need no anchors and aliases; write the values out");
            return Optional.empty();
        }
    }

    /** Line {@code index} (0-based) of a text by its {@link #lineBounds}, without '\r'; "" past its end. */
    private static String line(String text, List<int[]> bounds, int index) {
        if (index < 0 || index >= bounds.size()) return "";
        int[] b = bounds.get(index);
        return text.substring(b[0], b[1]).replace("\r", "");
    }

    private static String hintFor(String problem, String line, Mark mark) {
        if (problem.contains("mapping values are not allowed")) {
            // the first `key:` of its line: the line is a key indented unlike its neighbours; else a `: ` inside a value
            int colon = line == null ? -1 : line.indexOf(": ");
            if (colon < 0 && line != null && line.endsWith(":")) colon = line.length() - 1;
            if (mark != null && colon == mark.getColumn() && line.strip().matches("[a-z_][a-z0-9_]*:.*"))
                return "this key is indented unlike the keys above it: give keys of the same level the same number of spaces";
            return "put text that contains `: ` in quotes: \"…\"";
        }
        if (problem.contains("but found '<scalar>'") && line != null && (line.contains("\"") || line.contains("'")))
            return "a value that starts with a quote ends there: quote the whole value, or none of it";
        if (problem.contains("expected <block end>") || problem.contains("expected <block mapping start>"))
            return "check the indentation: keys of the same level need the same number of spaces, list entries the same `- ` column";
        if (problem.contains("could not find expected ':'")) return "each field is written `key: value`";
        if (problem.contains("found duplicate anchor") || problem.contains("undefined alias")) return "a `*` or `&` at the start of a value must be quoted";
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final class TooBig extends RuntimeException {
        TooBig() {
            super(null, null, false, false);
        }
    }

    private final class Converter {
        private final String path;
        private final int lineOffset;
        private final String yaml;
        /** The YAML text's lines, worked out when a value first runs over several lines. */
        private List<int[]> lines;
        private int count;

        Converter(String path, int lineOffset, String yaml) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.yaml = yaml;
        }

        /** Line {@code index} (0-based) of the YAML text. */
        private String lineAt(int index) {
            if (lines == null) lines = lineBounds(yaml);
            return line(yaml, lines, index);
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
            if (++count > MAX_NODES || depth > MAX_DEPTH * 2) throw new TooBig();
            SourceSpan at = span(n);
            if (n instanceof ScalarNode s) {
                Node.Style style = switch (s.getScalarStyle()) {
                    case SINGLE_QUOTED, DOUBLE_QUOTED -> Node.Style.QUOTED;
                    case LITERAL, FOLDED -> Node.Style.BLOCK;
                    default -> Node.Style.PLAIN;
                };
                if (style == Node.Style.PLAIN) checkRunOnEntry(s, listEntry);
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
            int length = e != null && e.getLine() == s.getLine() ? e.getColumn() - s.getColumn() : 1;
            return new SourceSpan(path, s.getLine() + 1 + lineOffset, s.getColumn() + 1, length);
        }
    }
}
