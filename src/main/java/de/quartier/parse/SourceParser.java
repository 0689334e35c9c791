package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;

import java.util.ArrayList;
import java.util.List;
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
        file = withoutControlCharacters(file);
        return file.format() == SourceFile.Format.MARKDOWN ? parseMarkdown(file) : parseYamlRecord(file);
    }

    /** A plain YAML file such as site-config.yml: its top-level mapping. */
    public Optional<Node.Mapping> parseYaml(SourceFile file) {
        file = withoutControlCharacters(file);
        return compose(file.path(), file.text(), 0);
    }

    /** The file with each control character reported and removed, so that its other mistakes are still found. */
    private SourceFile withoutControlCharacters(SourceFile file) {
        String text = file.text();
        String checked = text == null ? null : ControlCharacters.report(file.path(), text, diagnostics);
        if (text != null) BidiOverrides.report(file.path(), text, diagnostics);
        return checked == text ? file : new SourceFile(file.path(), file.collection(), file.slug(), file.format(), checked, file.language());
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
        int close = closingFence(text, lines);
        if (close < 0) {
            diagnostics.error(Code.UNCLOSED_FRONT_MATTER, SourceSpan.startOf(file.path()),
                    "the front matter opened here is never closed",
                    "add a line with only `---` after the last field, before the text");
            return Optional.empty();
        }
        String yaml = between(text, lines, close);
        int bodyStart = next(text, lines.get(close));
        String body = bodyStart >= text.length() ? "" : text.substring(bodyStart);
        int bodyLine = close + 2;
        return compose(file.path(), yaml, 1)
                .map(fields -> new ParsedRecord(file, fields, body, bodyLine));
    }

    /**
     * The YAML of a record file without reading it: its front matter, or the whole file; empty
     * where a Markdown file has no front matter that is closed. For a file whose YAML cannot be
     * read, to look for a line in it (RecordCheck: `draft: true`).
     */
    public static Optional<String> yamlOf(SourceFile file) {
        String text = file.text();
        if (text == null) return Optional.empty();
        if (file.format() != SourceFile.Format.MARKDOWN) return Optional.of(text);
        List<int[]> lines = lineBounds(text);
        if (!isFence(text, lines.get(0), "---")) return Optional.empty();
        int close = closingFence(text, lines);
        return close < 0 ? Optional.empty() : Optional.of(between(text, lines, close));
    }

    /** The line that closes the front matter opened on the first line (`---` or `...`), or -1. */
    private static int closingFence(String text, List<int[]> lines) {
        for (int i = 1; i < lines.size(); i++)
            if (isFence(text, lines.get(i), "---") || isFence(text, lines.get(i), "...")) return i;
        return -1;
    }

    /** The text between the first line and line {@code close}. */
    private static String between(String text, List<int[]> lines, int close) {
        int yamlStart = lines.get(0)[1] + 1 > text.length() ? text.length() : next(text, lines.get(0));
        int yamlEnd = lines.get(close)[0];
        return text.substring(Math.min(yamlStart, yamlEnd), yamlEnd);
    }

    private Optional<ParsedRecord> parseYamlRecord(SourceFile file) {
        return compose(file.path(), file.text(), 0).map(m -> {
            String body = "";
            int bodyLine = 1;
            int bodyIndent = 0;
            List<Node.Pair> rest = new ArrayList<>();
            for (Node.Pair p : m.pairs()) {
                if (!p.key().value().equals("body")) {
                    rest.add(p);
                } else if (p.value() instanceof Node.Scalar s) {
                    body = s.value();
                    bodyLine = s.style() == Node.Style.BLOCK ? s.at().line() + 1 : s.at().line();
                    if (s.style() == Node.Style.BLOCK) bodyIndent = blockIndent(file.text(), bodyLine);
                } else {
                    diagnostics.error(Code.WRONG_KIND, p.value().at(), "`body` must be text (Markdown), not " + p.value().kindName(),
                            "write the text under `body: |`, indented");
                }
            }
            return new ParsedRecord(file, new Node.Mapping(rest, m.at()), body, bodyLine, bodyIndent);
        });
    }

    /** The spaces before the first line with text from line {@code from} on: a block's indentation, which YAML takes off its lines. */
    static int blockIndent(String text, int from) {
        int line = 1;
        int i = 0;
        while (line < from && i < text.length()) if (text.charAt(i++) == '\n') line++;
        while (i < text.length()) {
            int spaces = 0;
            while (i + spaces < text.length() && text.charAt(i + spaces) == ' ') spaces++;
            int end = i + spaces;
            if (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') return spaces;
            int next = text.indexOf('\n', end);
            if (next < 0) return 0;
            i = next + 1;
        }
        return 0;
    }

    private static boolean isFence(String text, int[] line, String fence) {
        return text.substring(line[0], line[1]).stripTrailing().equals(fence);
    }

    private static int next(String text, int[] line) {
        return Math.min(text.length(), line[1] + 1);
    }

    /** [start, end) of each line, end excluding the '\n' (a trailing '\r' is part of the line). */
    static List<int[]> lineBounds(String text) {
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
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    private Optional<Node.Mapping> compose(String path, String yaml, int lineOffset) {
        yaml = YamlProblems.blankLikeAfterKeys(path, unseenBreaksAsBlanks(yaml), lineOffset, diagnostics);
        Node.Mapping plain = PlainYaml.read(path, yaml, lineOffset);
        return plain != null ? Optional.of(plain) : SnakeYamlTree.compose(path, yaml, lineOffset, diagnostics);
    }

    /**
     * The text with each line break an editor does not show as one (U+2028, U+2029, a lone '\r',
     * pasted from a PDF or a word processor) as a blank: YAML would break the line there, so that
     * `topics: [Kinder,␤ Eltern]` or a value that goes on after it no longer read as the editor sees
     * them. A blank is what YAML makes of a line break inside a value, too; positions stay.
     */
    static String unseenBreaksAsBlanks(String yaml) {
        char[] out = null;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 == yaml.length() || yaml.charAt(i + 1) != '\n')) {
                if (out == null) out = yaml.toCharArray();
                out[i] = ' ';
            }
        }
        return out == null ? yaml : new String(out);
    }

    /** Line {@code index} (0-based) of a text by its {@link #lineBounds}, without '\r'; "" past its end. */
    static String line(String text, List<int[]> bounds, int index) {
        if (index < 0 || index >= bounds.size()) return "";
        int[] b = bounds.get(index);
        return text.substring(b[0], b[1]).replace("\r", "");
    }
}
