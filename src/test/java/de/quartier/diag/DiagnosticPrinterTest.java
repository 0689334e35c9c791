package de.quartier.diag;

import de.quartier.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticPrinterTest {
    private final DiagnosticPrinter printer = new DiagnosticPrinter(
            path -> path.equals("x.md") ? Optional.of("---\ngeo:\n  lat: 6.95\n  lon: 51.5\n") : Optional.empty());

    @Test
    void printsLikeACompiler() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.GEO_OUT_OF_BOUNDS, new SourceSpan("x.md", 3, 8, 4),
                "geo lies outside the map bounds of site-config.yml", "lat and lon look swapped");
        assertEquals("""
                x.md:3:8: error: geo lies outside the map bounds of site-config.yml [geo-out-of-bounds]
                  3 |   lat: 6.95
                    |        ^^^^
                  hint: lat and lon look swapped
                """, printer.format(d));
    }

    @Test
    void controlCharactersOfTheLineAreShownAsSymbolsNeverSentToTheTerminal() {
        // a bell, an escape sequence, a lone carriage return and a C1 control in a pasted summary
        String line = "summary: a\u0007b\u001B[2Jc\rd\u0085e\tf";
        DiagnosticPrinter p = new DiagnosticPrinter(path -> Optional.of("---\n" + line + "\n"));
        int column = line.indexOf('e') + 1;
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.CONTROL_CHARACTER, new SourceSpan("x.md", 2, column, 1), "here", null);
        assertEquals("x.md:2:" + column + ": error: here [control-character]\n"
                        + "  2 | summary: a\u2407b\u241B[2Jc\u240Dd\uFFFDe\tf\n"
                        + "    | " + " ".repeat(column - 1) + "^\n",
                p.format(d), "one symbol per character, so that the caret stays under its place");
        // a message or hint that quotes the editor's text (a key with an escape) shows its controls alike, lines kept
        Diagnostic quoted = new Diagnostic(Severity.WARNING, Code.UNKNOWN_KEY, new SourceSpan("y.md", 1, 1, 1), "`k\u001By`: unknown key", "write\n---\nk\u0007\n");
        String printed = new DiagnosticPrinter(path -> Optional.empty()).format(quoted);
        assertEquals("a\uFFFDb\u21B5c", DiagnosticPrinter.visible("a\u202Eb\u2028c"), "a direction override and a line separator");
        assertEquals("02041\uFFFD 70-3000", DiagnosticPrinter.visible("02041\u200B 70-3000"), "a zero width space is the mistake it points at");
        assertEquals("y.md:1:1: warning: `k\u241By`: unknown key [unknown-key]\n  hint: write\n---\nk\u2407\n\n", printed);
    }

    @Test
    void aSiteInAFolderBelowTheWorkingDirectoryHasItsPathsLeadFromThere() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.GEO_OUT_OF_BOUNDS, new SourceSpan("x.md", 3, 8, 4), "geo lies outside", null);
        String printed = new DiagnosticPrinter(path -> path.equals("x.md") ? Optional.of("---\ngeo:\n  lat: 6.95\n") : Optional.empty(),
                "examples/aachen/").format(d);
        assertEquals("""
                examples/aachen/x.md:3:8: error: geo lies outside [geo-out-of-bounds]
                  3 |   lat: 6.95
                    |        ^^^^
                """, printed, "the source line is still found by its site-relative path");
    }

    @Test
    void ofALongLineThePartAroundTheValueIsShownWithItsCaret() {
        String paragraph = "Wir treffen uns jeden Mittwoch im Stadtteilbüro. ".repeat(4) + "Mehr dazu [hier](angebote/gibts-nicht/) und sonst nirgends.";
        DiagnosticPrinter p = new DiagnosticPrinter(path -> Optional.of("---\ntitle: X\n---\n" + paragraph + "\n"));
        int col = paragraph.indexOf("angebote/") + 1;
        String printed = p.format(new Diagnostic(Severity.ERROR, Code.BROKEN_LINK, new SourceSpan("x.md", 4, col, 20), "broken", null));
        String[] lines = printed.split("\n");
        assertEquals(3, lines.length, printed);
        assertEquals(lines[1].indexOf("angebote/gibts-nicht/"), lines[2].indexOf('^'), printed);
        assertEquals("^".repeat(20), lines[2].substring(lines[2].indexOf('^')).strip(), printed);
        assertTrue(lines[1].startsWith("  4 | …"), "the line's start is left out: " + printed);
        // a value near the start of a long line: the line from its start, cut at the end
        String near = p.format(new Diagnostic(Severity.ERROR, Code.BROKEN_LINK, new SourceSpan("x.md", 4, 5, 7), "x", null));
        assertTrue(near.split("\n")[1].startsWith("  4 | Wir treffen") && near.split("\n")[1].endsWith("…"), near);
        assertEquals("    ^^^^^^^", near.split("\n")[2].substring(6), near);
    }

    @Test
    void withoutSourceOnlyTheHeadline() {
        Diagnostic d = new Diagnostic(Severity.WARNING, Code.UNKNOWN_FOLDER, SourceSpan.startOf("content/x/"), "not read", null);
        assertEquals("content/x/:1:1: warning: not read [unknown-folder]\n", printer.format(d));
    }

    @Test
    void collectorSortsByPlace() {
        Diagnostics all = new Diagnostics();
        all.warning(Code.UNKNOWN_KEY, new SourceSpan("b.md", 1, 1, 1), "b");
        all.error(Code.MISSING_FIELD, new SourceSpan("a.md", 9, 1, 1), "a9");
        all.error(Code.MISSING_FIELD, new SourceSpan("a.md", 2, 5, 1), "a2");
        assertEquals("a2 a9 b", String.join(" ", all.sorted().stream().map(Diagnostic::message).toList()));
        assertEquals(2, all.count(Severity.ERROR));
    }
}
