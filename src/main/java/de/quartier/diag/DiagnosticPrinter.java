package de.quartier.diag;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints diagnostics like a compiler: the headline, the source line with its number, a caret
 * under the written value, and the hint.
 *
 * <pre>
 * content/contact-points/x.md:9:8: error: geo lies outside the map bounds of site-config.yml [geo-out-of-bounds]
 *     9 |   lat: 6.95
 *       |        ^^^^
 *   hint: lat and lon look swapped
 * </pre>
 */
public final class DiagnosticPrinter {
    private static final int MAX_SHOWN_LINE = 160;
    /** How much of a long line is shown before the value it points at. */
    private static final int CONTEXT_BEFORE = 60;
    private final Function<String, Optional<String>> sourceText;
    /** Put before each site-relative path in a headline ("examples/aachen/"), or "". */
    private final String pathPrefix;

    /** @param sourceText the text of a site file by its relative path, where it could be read */
    public DiagnosticPrinter(Function<String, Optional<String>> sourceText) {
        this(sourceText, "");
    }

    /** @param pathPrefix put before each site-relative path in a headline, so that it leads from where the command runs */
    public DiagnosticPrinter(Function<String, Optional<String>> sourceText, String pathPrefix) {
        this.sourceText = sourceText;
        this.pathPrefix = pathPrefix;
    }

    public void print(Diagnostics diagnostics, PrintStream out) {
        for (Diagnostic d : diagnostics.sorted()) out.print(format(d));
    }

    public String format(Diagnostic d) {
        // a message quotes what the editor wrote (a key, a value), which may hold a control character too
        StringBuilder sb = new StringBuilder(pathPrefix).append(visibleLines(d.headline())).append('\n').append(excerpt(d));
        if (d.hint() != null) sb.append("  hint: ").append(visibleLines(d.hint())).append('\n');
        return sb.toString();
    }

    /**
     * The source line with its number and the caret line under the written value, or "" where the
     * line cannot be read. Of a long line (a Markdown paragraph) a part around the value is shown.
     */
    public String excerpt(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sourceLine(d).ifPresent(line -> {
            String number = Integer.toString(d.at().line());
            String gutter = " ".repeat(number.length());
            int col = d.at().column();
            // the part shown: from the start, or, when the value lies further right, from a little before it
            int from = col - 1 + Math.max(1, d.at().length()) <= MAX_SHOWN_LINE || col - 1 > line.length() ? 0 : Math.max(0, col - 1 - CONTEXT_BEFORE);
            int to = Math.min(line.length(), from + MAX_SHOWN_LINE);
            String before = from > 0 ? "…" : "";
            String shown = before + visible(line.substring(from, to)) + (to < line.length() ? "…" : "");
            sb.append("  ").append(number).append(" | ").append(shown).append('\n');
            if (col - 1 <= to) {
                StringBuilder pad = new StringBuilder(before.isEmpty() ? "" : " ");
                // keep tabs so the caret lines up under tab-indented text
                for (int i = from; i < col - 1 && i < line.length(); i++) pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
                int len = Math.max(1, Math.min(d.at().length(), Math.max(1, to - (col - 1))));
                sb.append("  ").append(gutter).append(" | ").append(pad).append("^".repeat(len)).append('\n');
            }
        });
        return sb.toString();
    }

    /**
     * The line with each control character but the tab shown as a symbol of one character (␇, ␍,
     * ␛; other controls, noncharacters and Unicode's format characters (direction overrides, zero width
     * spaces) �; a line separator ↵), so that the
     * caret still lines up and a character in a file never rings the terminal's bell, moves its
     * cursor, starts an escape sequence or reorders the line.
     */
    static String visible(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char shown = c < 0x20 && c != '\t' ? (char) (0x2400 + c)
                    : c == 0x7F ? '\u2421'
                    : c >= 0x80 && c <= 0x9F || c >= '\uFDD0' && c <= '\uFDEF' || c >= '\uFFFE' || Character.getType(c) == Character.FORMAT ? '\uFFFD'
                    : c == '\u2028' || c == '\u2029' ? '\u21B5'
                    : c;
            if (shown != c && out == null) out = new StringBuilder(line.substring(0, i));
            if (out != null) out.append(shown);
        }
        return out == null ? line : out.toString();
    }

    /** As {@link #visible}, each line of a text of several (a hint may show lines to write) on its own. */
    static String visibleLines(String text) {
        if (text.indexOf('\n') < 0) return visible(text);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = visible(lines[i]);
        return String.join("\n", lines);
    }

    private Optional<String> sourceLine(Diagnostic d) {
        return sourceText.apply(d.at().path()).flatMap(text -> {
            int line = 1;
            int start = 0;
            while (line < d.at().line()) {
                int nl = text.indexOf('\n', start);
                if (nl < 0) return Optional.empty();
                start = nl + 1;
                line++;
            }
            int end = text.indexOf('\n', start);
            String s = text.substring(start, end < 0 ? text.length() : end);
            if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
            return s.isBlank() && d.at().line() == 1 && text.isEmpty() ? Optional.empty() : Optional.of(s);
        });
    }
}
