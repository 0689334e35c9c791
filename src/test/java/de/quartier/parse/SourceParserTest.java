package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceParserTest {
    private final Diagnostics diagnostics = new Diagnostics();
    private final SourceParser parser = new SourceParser(diagnostics);

    private Optional<ParsedRecord> md(String text) {
        return parser.parse(new SourceFile("content/pages/x.md", Collection.PAGES, "x", SourceFile.Format.MARKDOWN, text));
    }

    private Diagnostic only() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void frontMatterPositionsAreFileLines() {
        ParsedRecord r = md("---\ntitle: Hallo\nsummary: Welt\n---\n# Text\n").orElseThrow();
        Node.Scalar title = (Node.Scalar) r.fields().pair("title").orElseThrow().value();
        assertEquals("Hallo", title.value());
        assertEquals(new SourceSpan("content/pages/x.md", 2, 8, 5), title.at());
        assertEquals("# Text\n", r.body());
        assertEquals(5, r.bodyLine());
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void columnsAfterAnEmojiCountAsJavaAndEditorsDo() {
        // SnakeYAML counts the emoji as one character; the line's text (and the caret under it) as two UTF-16 units
        ParsedRecord r = md("---\ntitle: Fest\ntarget_groups: [\"🎉 Alle\", Kinder]\n---\n").orElseThrow();
        Node.Sequence groups = (Node.Sequence) r.fields().pair("target_groups").orElseThrow().value();
        String line = "target_groups: [\"🎉 Alle\", Kinder]";
        assertEquals(new SourceSpan("content/pages/x.md", 3, line.indexOf("\"🎉") + 1, "\"🎉 Alle\"".length()), groups.items().get(0).at());
        assertEquals(new SourceSpan("content/pages/x.md", 3, line.indexOf("Kinder") + 1, 6), groups.items().get(1).at());
        assertTrue(md("---\ntarget_groups: [🎉🎉, \"Kinder]\n---\n").isEmpty());
        assertEquals("target_groups: [🎉🎉, \"Kinder]".indexOf('"') + 1, only().at().column(), "a quote never closed, after two emoji");
    }

    @Test
    void aLineSeparatorInsideAValueMovesNoLaterPosition() {
        // U+2028 (pasted from a word processor) ends a line for SnakeYAML, not for the file's editor or our excerpt
        ParsedRecord r = md("---\ntitle: \"a\u2028b\"\nsummary: Text\ntopics: [😀, Kinder]\n---\n").orElseThrow();
        assertEquals(new SourceSpan("content/pages/x.md", 3, 10, 4), r.fields().pair("summary").orElseThrow().value().at());
        Node.Sequence topics = (Node.Sequence) r.fields().pair("topics").orElseThrow().value();
        assertEquals(new SourceSpan("content/pages/x.md", 4, "topics: [😀, ".length() + 1, 6), topics.items().get(1).at());
        assertEquals("a b", ((Node.Scalar) r.fields().pair("title").orElseThrow().value()).value());
    }

    @Test
    void aLineBreakTheEditorDoesNotSeeBreaksNoList() {
        // in a list or after a key YAML took U+2028 or a lone CR for a new line: "expected <block end>, but found ','"
        ParsedRecord r = md("---\ntitle: Treff\u2028am Markt\ntopics: [Kinder,\u2028 Eltern]\nsummary: kurz\r und gut\n---\n").orElseThrow();
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        assertEquals("Treff am Markt", ((Node.Scalar) r.fields().pair("title").orElseThrow().value()).value());
        assertEquals(2, ((Node.Sequence) r.fields().pair("topics").orElseThrow().value()).items().size());
        assertEquals("kurz  und gut", ((Node.Scalar) r.fields().pair("summary").orElseThrow().value()).value());
    }

    @Test
    void windowsLineEndingsAndEmptyBody() {
        ParsedRecord r = md("---\r\ntitle: A\r\n---\r\n").orElseThrow();
        assertEquals("A", ((Node.Scalar) r.fields().pair("title").orElseThrow().value()).value());
        assertEquals("", r.body());
    }

    @Test
    void unclosedFrontMatter() {
        assertTrue(md("---\ntitle: A\n\nText ohne Ende\n").isEmpty());
        Diagnostic d = only();
        assertEquals(Code.UNCLOSED_FRONT_MATTER, d.code());
        assertEquals(1, d.at().line());
    }

    @Test
    void missingFrontMatter() {
        assertTrue(md("# Nur Text\n").isEmpty());
        assertEquals(Code.MISSING_FRONT_MATTER, only().code());
    }

    @Test
    void yamlSyntaxErrorAtItsLine() {
        assertTrue(md("---\ntitle: A\nschedule_note: Hinweis: bitte anmelden\n---\n").isEmpty());
        Diagnostic d = only();
        assertEquals(Code.YAML_SYNTAX, d.code());
        assertEquals(3, d.at().line());
        assertEquals(23, d.at().column());
    }

    @Test
    void aValueStartingWithACharacterYamlKeepsIsSaidInWords() {
        // the parser's "found character '%' that cannot start any token. (Do not use % for indentation)"
        md("---\ntitle: A\nprofile:\n- label: Anteil\n  value: 21,4\n  unit: %\n---\n");
        Diagnostic d = only();
        assertEquals("YAML: a value cannot start with `%` (YAML keeps it for its own use)", d.message());
        assertEquals("put the value in quotes: \"%…\"", d.hint());
        assertEquals(6, d.at().line());
        assertEquals(9, d.at().column());
    }

    @Test
    void aColonInAValueAndAKeyIndentedWronglyGetTheirOwnHints() {
        md("---\ntitle: A\nschedule_note: Hinweis: bitte anmelden\n---\n");
        assertEquals("put text that contains `: ` in quotes: \"…\"", only().hint());
        // in words, not the parser's "mapping values are not allowed here"
        assertEquals("YAML: a colon followed by a blank starts a new field, and none can start here, inside a value", only().message());
        Diagnostics other = new Diagnostics();
        new SourceParser(other).parse(new SourceFile("content/pages/x.md", Collection.PAGES, "x", SourceFile.Format.MARKDOWN,
                "---\ntitle: A\nregistration:\n  required: true\n   note: bitte anrufen\n---\n"));
        Diagnostic d = other.sorted().get(0);
        // the key whose indentation is wrong ("   note"), not the colon where the parser stopped (5:8)
        assertEquals(new SourceSpan("content/pages/x.md", 5, 4, 4), d.at());
        assertTrue(d.hint().startsWith("this key is indented unlike the keys above it"), d.hint());
        assertEquals("YAML: this key is not indented like the keys it belongs to", d.message());
        Diagnostics fewer = new Diagnostics();
        new SourceParser(fewer).parse(new SourceFile("content/pages/x.md", Collection.PAGES, "x", SourceFile.Format.MARKDOWN,
                "---\ntitle: A\nregistration:\n  required: true\n note: bitte anrufen\n---\n"));
        assertEquals("this line is indented by 1 space, the line above (`required: true`) by 2: keys of the same level need the same "
                + "number of spaces, list entries the same `- ` column", fewer.sorted().get(0).hint());
        // the line above is the wrong one: the error is found at the next, so both are named
        Diagnostics above = new Diagnostics();
        new SourceParser(above).parse(new SourceFile("content/pages/x.md", Collection.PAGES, "x", SourceFile.Format.MARKDOWN,
                "---\ntitle: A\nregistration:\n required: true\n\n  # Hinweis\n  note: bitte anrufen\n---\n"));
        Diagnostic d2 = above.sorted().get(0);
        assertEquals(7, d2.at().line());
        assertEquals("this line is indented by 2 spaces, the line above (`required: true`) by 1: keys of the same level need the same "
                + "number of spaces, list entries the same `- ` column", d2.hint());
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpens() {
        assertTrue(md("---\ntitle: A\nsummary: \"Treff am Montag\nschedule_note: offen\n---\nText\n").isEmpty());
        Diagnostic d = only();
        assertEquals("YAML: this quote is never closed", d.message());
        assertEquals(new SourceSpan("content/pages/x.md", 3, 10, 1), d.at());
    }

    @Test
    void aTabIsNamedAsSuch() {
        assertTrue(md("---\ntitle: A\nregistration:\n\trequired: true\n---\n").isEmpty());
        Diagnostic d = only();
        assertEquals("YAML: a tab character here; YAML is indented with spaces only", d.message());
        assertEquals(4, d.at().line());
    }

    @Test
    void aListEntryIndentedDeeperThanTheOneAboveIsAnErrorNotAJoinedValue() {
        md("---\ntitle: A\ntarget_groups:\n- Alle\n  - Familien\ntopics: Sport\n - Kultur\nlanguages:\n- de\n- tr\n---\n");
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(List.of(new SourceSpan("content/pages/x.md", 5, 3, 1), new SourceSpan("content/pages/x.md", 7, 2, 1)),
                all.stream().map(Diagnostic::at).toList(), all.toString());
        assertEquals("this line starts with `- ` but is indented so that it continues the value above: YAML reads both as one value, `Alle - Familien`",
                all.get(0).message());
        assertEquals(List.of(de.quartier.diag.Severity.ERROR, de.quartier.diag.Severity.WARNING), all.stream().map(Diagnostic::severity).toList(),
                "an error in a list; a warning for a value that may be text with a dash");
    }

    @Test
    @Timeout(30)
    void aValueOverVeryManyLinesIsCheckedInLinearTime() {
        String lines = " a\n".repeat(200_000);
        ParsedRecord r = md("---\ntitle: A\nsummary: a\n" + lines + "---\n").orElseThrow();
        assertEquals(200_001 * 2 - 1, ((Node.Scalar) r.fields().pair("summary").orElseThrow().value()).value().length());
    }

    @Test
    void aLineOutOfStepIsSaidToBeIndentedWronglyNotInTheParsersWords() {
        md("---\ntitle: Kurs\nregistration:\n  required: true\n note: bitte anrufen\n---\n");
        assertEquals("YAML: this line is not indented like the lines it belongs to", only().message());
        assertEquals(5, only().at().line());
        assertTrue(only().hint().startsWith("this line is indented by 1 space, the line above (`required: true`) by 2"), only().hint());
    }

    @Test
    void aColonInsideBracesGetsTheQuotingHint() {
        md("---\ntitle: Kurs\nregistration: {required: true, note: Hinweis: bitte anmelden}\n---\n");
        assertTrue(only().hint().startsWith("inside `{…}` or `[…]` put a value that contains `: ` or `,` in quotes"), only().hint());
        assertEquals(3, only().at().line());
    }

    @Test
    void braceOrBracketNotClosedOnItsLineGetsTheClosingHint() {
        md("---\ntitle: Kurs\nregistration: {required: true, phone: 0209 1234\ntopics: [Kochen]\n---\n");
        // named where it opened, not on the next line where YAML noticed
        assertEquals("YAML: this `{` is never closed", only().message());
        assertEquals(3, only().at().line());
        assertEquals("registration: {".length(), only().at().column());
        assertEquals("close it with `}` on the same line: `registration: {required: true, phone: 0209 1234}`", only().hint());
    }

    @Test
    void aBracketNotClosedBeforeTheFrontMattersEndIsNamedOnItsLine() {
        md("---\ntitle: Kurs\ntopics: [Nachbarschaft, Kultur\n---\n");
        assertEquals("YAML: this `[` is never closed", only().message());
        assertEquals(3, only().at().line());
        assertEquals("topics: [".length(), only().at().column());
        assertEquals("close it with `]` on the same line: `topics: [Nachbarschaft, Kultur]`", only().hint());
    }

    @Test
    void aBracketClosedOnTheNextLineIsFine() {
        md("---\ntitle: Kurs\ntopics: [Nachbarschaft,\n  Kultur]\n---\n");
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void textAfterAClosingQuoteGetsTheQuotingHint() {
        md("---\ntitle: \"Lesefest\" in der Bücherei\n---\n");
        assertEquals("a value that starts with a quote ends there: quote the whole value, or none of it", only().hint());
    }

    @Test
    void textOverSeveralLinesIsStillOneValue() {
        ParsedRecord r = md("---\ntitle: A\nsummary: Ein Treff\n  für alle - auch Kinder\n---\n").orElseThrow();
        assertEquals("Ein Treff für alle - auch Kinder", ((Node.Scalar) r.fields().pair("summary").orElseThrow().value()).value());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        ParsedRecord dash = md("---\ntitle: A\nsummary: Offener Treff für alle\n  - auch mit Kindern\n---\n").orElseThrow();
        assertEquals("Offener Treff für alle - auch mit Kindern", ((Node.Scalar) dash.fields().pair("summary").orElseThrow().value()).value());
        assertEquals(List.of(de.quartier.diag.Severity.WARNING), diagnostics.sorted().stream().map(Diagnostic::severity).toList(),
                "text that wraps onto a dash builds, with a warning");
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecond() {
        ParsedRecord r = md("---\ntitle: A\ntitle: B\n---\n").orElseThrow();
        assertEquals("A", ((Node.Scalar) r.fields().pair("title").orElseThrow().value()).value());
        Diagnostic d = only();
        assertEquals(Code.DUPLICATE_KEY, d.code());
        assertEquals(new SourceSpan("content/pages/x.md", 3, 1, 5), d.at());
    }

    @Test
    void yamlRecordTakesItsBodyFromTheBodyKey() {
        ParsedRecord r = parser.parse(new SourceFile("content/pages/y.yml", Collection.PAGES, "y", SourceFile.Format.YAML,
                "title: A\nbody: |\n  Zeile eins\n  Zeile zwei\n")).orElseThrow();
        assertEquals("Zeile eins\nZeile zwei\n", r.body());
        assertEquals(3, r.bodyLine());
        assertTrue(r.fields().pair("body").isEmpty());
    }

    @Test
    void aYamlRecordWrittenWithFrontMatterLinesIsToldHowToWriteIt() {
        parser.parse(new SourceFile("content/pages/y.yaml", Collection.PAGES, "y", SourceFile.Format.YAML,
                "---\ntitle: A\n---\nText\n"));
        Diagnostic d = only();
        assertEquals(Code.YAML_SYNTAX, d.code());
        assertEquals("a .yml record has no `---` lines: delete them (its text goes under `body: |`), or rename the file to .md for the `---` form",
                d.hint());
    }

    @Test
    void scalarStylesAreKept() {
        ParsedRecord r = md("---\na: plain\nb: \"quoted\"\nc: |\n  block\n---\n").orElseThrow();
        assertEquals(Node.Style.PLAIN, ((Node.Scalar) r.fields().pair("a").orElseThrow().value()).style());
        assertEquals(Node.Style.QUOTED, ((Node.Scalar) r.fields().pair("b").orElseThrow().value()).style());
        assertEquals(Node.Style.BLOCK, ((Node.Scalar) r.fields().pair("c").orElseThrow().value()).style());
    }

    @Test
    @Timeout(10)
    void aliasBombEndsInOneDiagnostic() {
        assertTrue(md(de.quartier.TestSites.aliasBomb()).isEmpty());
        assertEquals(Code.YAML_LIMIT, only().code());
    }

    @Test
    @Timeout(10)
    void deepNestingEndsInOneDiagnostic() {
        String deep = "---\na: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        assertTrue(md(deep).isEmpty());
        assertEquals(Code.YAML_LIMIT, only().code());
    }

    @Test
    void topLevelListIsNotARecord() {
        assertTrue(md("---\n- a\n- b\n---\n").isEmpty());
        assertInstanceOf(Diagnostic.class, only());
        assertEquals(Code.WRONG_KIND, only().code());
    }

    @Test
    void aKeyWithoutABlankAfterItsColonIsNamedOnItsOwnLine() {
        // YAML notices it only on the next line (or at the closing fence), as "could not find expected ':'"
        assertTrue(md("---\ntitle: Treff\ncost:frei\nsummary: kurz\n---\n").isEmpty());
        Diagnostic d = only();
        assertEquals(new SourceSpan("content/pages/x.md", 3, "cost:".length() + 1, 1), d.at());
        assertTrue(d.message().contains("no blank after `cost:`"), d.message());
        assertEquals("put a blank after the colon: `cost: frei`", d.hint());
    }

    @Test
    void aNoBreakSpaceAfterTheColonIsNamedForWhatItIs() {
        // the editor sees a blank there (Option+Space on a Mac, or pasted from a web page)
        // named before YAML reads the text, with a blank in its place: the record is still read, its other mistakes found
        Optional<ParsedRecord> r = md("---\ntitle: Treff\nemail:\u00A0buero@example.org\nsummary: kurz\n---\n");
        assertEquals("buero@example.org", ((Node.Scalar) r.orElseThrow().fields().pair("email").orElseThrow().value()).value());
        Diagnostic d = only();
        assertEquals(Code.INVISIBLE_CHARACTER, d.code());
        assertEquals(new SourceSpan("content/pages/x.md", 3, "email:".length() + 1, 1), d.at());
        assertTrue(d.message().startsWith("after `email:` stands a character that looks like a blank: U+00A0 (no-break space)"), d.message());
        assertEquals("replace it with a normal blank: `email: buero@example.org`", d.hint());
        // also on the first line, where YAML failed on the next one ("mapping values are not allowed here")
        Diagnostics first = new Diagnostics();
        new SourceParser(first).parse(new SourceFile("content/pages/y.md", Collection.PAGES, "y", SourceFile.Format.MARKDOWN,
                "---\ntitle:\u00A0Treff\nsummary: kurz\n---\n"));
        assertEquals(List.of(new SourceSpan("content/pages/y.md", 2, "title:".length() + 1, 1)), first.sorted().stream().map(Diagnostic::at).toList(),
                first.sorted().toString());
    }

    @Test
    void aLastKeyWithoutABlankAndALineWithoutAColonAreNamedWhereTheyAre() {
        assertTrue(md("---\ntitle: Treff\nwebsite:https://example.org/x\n---\n").isEmpty());
        assertEquals(3, only().at().line(), "the closing fence is where YAML noticed it");
        assertTrue(only().hint().contains("`website: https://example.org/x`"), only().hint());
        Diagnostics other = new Diagnostics();
        new SourceParser(other).parse(new SourceFile("content/pages/y.md", Collection.PAGES, "y", SourceFile.Format.MARKDOWN,
                "---\ntitle: Treff\ncost frei\nsummary: kurz\n---\n"));
        assertEquals(1, other.sorted().size(), other.sorted().toString());
        Diagnostic d = other.sorted().get(0);
        assertEquals(new SourceSpan("content/pages/y.md", 3, 1, 1), d.at());
        assertTrue(d.message().contains("no `:`"), d.message());
    }
}
