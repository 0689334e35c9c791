package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.source.InvisibleCharacters;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error as an editor can act on it: at the place of the mistake (where a quote
 * opened, the line that lacks its `key: `), not only where SnakeYAML noticed it, with a message
 * and a hint for the common slips in front matter.
 */
final class YamlProblems {
    /** A line that starts `key:value`, the blank after the colon forgotten (not `https://`, which has `//`). */
    private static final Pattern NO_BLANK_AFTER_KEY = Pattern.compile("(\\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):([^\\s/])");

    private YamlProblems() {
    }

    /** The start of a line up to a key's colon: {@code email}, {@code   - role}. */
    private static final Pattern KEY_BEFORE = Pattern.compile("[ \\t]*(?:- )?([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * {@code email:<U+00A0>…}: after a key's colon a character that looks like a blank and is none
     * (a no-break space from a web page, Option+Space on a Mac), which YAML does not take for one:
     * it would read the line as one word and fail on a later line ("mapping values are not allowed
     * here"). Each is reported where it is, and the text returned with a blank in its place, so that
     * the file's other mistakes are still found. Before YAML reads the text; positions stay.
     */
    static String blankLikeAfterKeys(String path, String yaml, int lineOffset, Diagnostics diagnostics) {
        char[] out = null;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i + 1 < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (c != ':' || !InvisibleCharacters.blankLike(yaml.charAt(i + 1))) continue;
            Matcher key = KEY_BEFORE.matcher(yaml.subSequence(lineStart, i));
            if (!key.matches()) continue;
            int end = yaml.indexOf('\n', i);
            String value = InvisibleCharacters.asSeen(yaml.substring(i + 2, end < 0 ? yaml.length() : end)).strip();
            if (value.length() > 40) value = value.substring(0, 40) + "…";
            diagnostics.error(Code.INVISIBLE_CHARACTER, new SourceSpan(path, line + 1 + lineOffset, i - lineStart + 2, 1),
                    "after `" + key.group(1) + ":` stands a character that looks like a blank: " + InvisibleCharacters.described(yaml.charAt(i + 1))
                            + ", which YAML does not take for one, so it would read the line as one word, not as a field",
                    "replace it with a normal blank: `" + key.group(1) + ": " + value + "`");
            if (out == null) out = yaml.toCharArray();
            out[i + 1] = ' ';
        }
        return out == null ? yaml : new String(out);
    }


    /** A line that starts a field of the record: `key:` at the line's start. */
    private static final Pattern NEXT_KEY = Pattern.compile("[a-z_][a-z0-9_]*:(\\s|$)");

    /**
     * @param yaml       the YAML text (front matter or the whole file)
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    static void report(String path, String yaml, int lineOffset, MarkedYAMLException e, Diagnostics diagnostics) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        boolean openQuote = problem.contains("end of stream") && e.getContext() != null && e.getContext().contains("quoted scalar");
        // a line without `key: ` is noticed only on the next line: name the line where it starts
        boolean noKey = problem.contains("could not find expected ':'") && e.getContextMark() != null;
        List<int[]> bounds = SourceParser.lineBounds(yaml);
        // a `[` or `{` never closed: YAML notices at the next key or the end, the editor looks at its own line
        boolean openFlow = (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) && e.getContextMark() != null
                && (problem.contains("<stream end>") || e.getProblemMark() != null && e.getProblemMark().getLine() != e.getContextMark().getLine()
                && NEXT_KEY.matcher(SourceParser.line(yaml, bounds, e.getProblemMark().getLine())).lookingAt());
        // a quote never closed: where it opened, not the end of the file
        Mark mark = (openQuote || noKey || openFlow) && e.getContextMark() != null ? e.getContextMark()
                : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // {line, column} in our lines and UTF-16 units (SnakeYAML's own differ after an emoji or a U+2028)
        int[] place = mark == null ? null
                : MarkPlaces.needed(yaml) ? new MarkPlaces(yaml, bounds).of(mark) : new int[]{mark.getLine(), mark.getColumn()};
        SourceSpan at = place == null ? SourceSpan.startOf(path) : new SourceSpan(path, place[0] + 1 + lineOffset, place[1] + 1, 1);
        if (openQuote) {
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: this quote is never closed", "end the value with the same quote mark on its line");
            return;
        }
        if (openFlow) {
            char open = problem.contains("'}'") ? '{' : '[';
            char close = open == '{' ? '}' : ']';
            String line = place == null ? null : SourceParser.line(yaml, bounds, place[0]).stripTrailing();
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: this `" + open + "` is never closed",
                    line == null || line.indexOf(open) < 0 || line.indexOf(close) >= 0 ? "close it with `" + close + "` on the same line"
                            : "close it with `" + close + "` on the same line: `" + line.strip() + close + "`");
            return;
        }
        if (noKey && place != null) {
            String text = SourceParser.line(yaml, bounds, place[0]);
            Matcher glued = NO_BLANK_AFTER_KEY.matcher(text);
            if (glued.lookingAt()) {
                // `cost:frei`: YAML takes it for one word, not a key and its value
                String key = glued.group(2);
                String value = text.substring(glued.start(3)).strip();
                if (value.length() > 40) value = value.substring(0, 40) + "…";
                SourceSpan after = new SourceSpan(path, at.line(), glued.end(2) + 2, 1);
                diagnostics.error(Code.YAML_SYNTAX, after, "YAML: no blank after `" + key + ":`, so YAML reads `" + key + ":" + value + "` as one word, not as a field",
                        "put a blank after the colon: `" + key + ": " + value + "`");
            } else {
                diagnostics.error(Code.YAML_SYNTAX, at, "YAML: this line has no `:` after its first word, so it is no field",
                        "each field is written `key: value`");
            }
            return;
        }
        if (problem.toLowerCase(Locale.ROOT).contains("(tab)")) {
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: a tab character here; YAML is indented with spaces only", "replace the tab with spaces");
            return;
        }
        String line = place == null ? null : SourceParser.line(yaml, bounds, place[0]);
        if (problem.contains("mapping values are not allowed")) {
            // the parser's words for a `key: ` where no key may stand: name which of two mistakes it is
            if (keyOutOfStep(line, mark)) {
                // the key itself, where its indentation is wrong, not the colon the parser stopped at
                int indent = line.length() - line.stripLeading().length();
                SourceSpan key = new SourceSpan(at.path(), at.line(), indent + 1, line.strip().indexOf(':'));
                diagnostics.error(Code.YAML_SYNTAX, key, "YAML: this key is not indented like the keys it belongs to",
                        "this key is indented unlike the keys above it: give keys of the same level the same number of spaces");
            } else
                diagnostics.error(Code.YAML_SYNTAX, at, "YAML: a colon followed by a blank starts a new field, and none can start here, inside a value",
                        "put text that contains `: ` in quotes: \"…\"");
            return;
        }
        Matcher reserved = RESERVED_START.matcher(problem);
        if (reserved.find()) {
            // "found character '%' that cannot start any token": `unit: %`, `kontakt: @stadt`
            String c = reserved.group(1);
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: a value cannot start with `" + c + "` (YAML keeps it for its own use)",
                    "put the value in quotes: \"" + c + "…\"");
            return;
        }
        if (outOfStep(problem) && !endsAtAQuote(problem, line)) {
            // "expected <block end>, but found '<block mapping start>'" is the parser's word for a line out of step
            diagnostics.error(Code.YAML_SYNTAX, at, "YAML: this line is not indented like the lines it belongs to",
                    indentationHint(line, place == null ? null : lineAbove(yaml, bounds, place[0])));
            return;
        }
        diagnostics.error(Code.YAML_SYNTAX, at, "YAML: " + problem, hintFor(problem, line, mark, e.getContextMark(), at.path()));
    }

    private static boolean outOfStep(String problem) {
        return problem.contains("expected <block end>") || problem.contains("expected <block mapping start>");
    }

    /** `title: "Café" am Markt`: the value ended at its closing quote, and YAML found more text. */
    private static boolean endsAtAQuote(String problem, String line) {
        return problem.contains("but found '<scalar>'") && line != null && (line.contains("\"") || line.contains("'"));
    }

    /** The mistake may be this line's or the one above's: both are named. */
    private static String indentationHint(String line, String above) {
        String general = "keys of the same level need the same number of spaces, list entries the same `- ` column";
        if (line != null && above != null && indent(line) != indent(above) && indent(above) > 0)
            return "this line is indented by " + indent(line) + (indent(line) == 1 ? " space" : " spaces") + ", the line above (`"
                    + above.strip() + "`) by " + indent(above) + ": " + general;
        return "check the indentation: " + general;
    }

    /** The nearest line above line {@code index} with a value or key (not blank, not a comment); null if none. */
    private static String lineAbove(String text, List<int[]> bounds, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String l = SourceParser.line(text, bounds, i);
            if (!l.isBlank() && !l.strip().startsWith("#")) return l;
        }
        return null;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }

    private static final Pattern RESERVED_START = Pattern.compile("found character '(.)' that cannot start any token");

    /** Whether the parser stopped at the first `key:` of its line: a key indented unlike its neighbours (else a `: ` inside a value). */
    private static boolean keyOutOfStep(String line, Mark mark) {
        int colon = line == null ? -1 : line.indexOf(": ");
        if (colon < 0 && line != null && line.endsWith(":")) colon = line.length() - 1;
        return mark != null && colon == mark.getColumn() && line.strip().matches("[a-z_][a-z0-9_]*:.*");
    }

    private static String hintFor(String problem, String line, Mark mark, Mark context, String path) {
        if (endsAtAQuote(problem, line))
            return "a value that starts with a quote ends there: quote the whole value, or none of it";
        if (problem.contains("could not find expected ':'")) return "each field is written `key: value`";
        // {required: true, note: Achtung: bitte anmelden}: in braces or brackets, `: ` and `,` end a value
        if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            // not closed on its line (the next key or the file's end came first): say that, not quoting
            if (problem.contains("<stream end>") || mark != null && context != null && mark.getLine() != context.getLine())
                return "close the `" + (problem.contains("'}'") ? "{" : "[") + "` with `" + (problem.contains("'}'") ? "}" : "]") + "` on the same line";
            return "inside `{…}` or `[…]` put a value that contains `: ` or `,` in quotes: note: \"Hinweis: bitte anmelden\"";
        }
        if (problem.contains("found duplicate anchor") || problem.contains("undefined alias")) return "a `*` or `&` at the start of a value must be quoted";
        // a .yml record written like a .md one: its fields between two `---` lines, perhaps text after them
        if (path.startsWith("content/") && (problem.contains("but found another document") || problem.contains("expected a single document")))
            return "a .yml record has no `---` lines: delete them (its text goes under `body: |`), or rename the file to .md for the `---` form";
        return null;
    }

}
