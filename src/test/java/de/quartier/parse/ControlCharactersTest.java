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

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invisible control characters pasted into a record: each reported where it stands, the rest of the file still read. */
class ControlCharactersTest {
    private static final String PATH = "content/offerings/x.md";
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ParsedRecord> md(String text) {
        return new SourceParser(diagnostics).parse(new SourceFile(PATH, Collection.OFFERINGS, "x", SourceFile.Format.MARKDOWN, text));
    }

    private List<Diagnostic> of(Code code) {
        return diagnostics.sorted().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void aRawControlCharacterIsReportedAtItsLineAndColumnAndTheFileIsStillRead() {
        // YAML itself refuses it with "special characters are not allowed" at no line at all
        Optional<ParsedRecord> r = md("---\ntitle: Frühstück\nsummary: Kaffee \u0007und Brötchen\ncost: frei\ncost: 2 Euro\n---\nText mit\u000C Seitenvorschub.\n");
        List<Diagnostic> found = of(Code.CONTROL_CHARACTER);
        assertEquals(2, found.size(), found.toString());
        assertEquals(new SourceSpan(PATH, 3, "summary: Kaffee ".length() + 1, 1), found.get(0).at());
        assertTrue(found.get(0).message().contains("an invisible control character, U+0007 (bel), is in the text"), found.get(0).message());
        assertEquals(new SourceSpan(PATH, 7, "Text mit".length() + 1, 1), found.get(1).at(), "in the Markdown body");
        assertTrue(found.get(1).message().contains(", U+000C (form feed), is"), "its short name (FF) left out: " + found.get(1).message());
        // the same file's other mistake is found in the same run
        assertEquals(1, of(Code.DUPLICATE_KEY).size(), diagnostics.sorted().toString());
        assertTrue(of(Code.YAML_LIMIT).isEmpty() && of(Code.YAML_SYNTAX).isEmpty(), diagnostics.sorted().toString());
        Node.Scalar summary = (Node.Scalar) r.orElseThrow().fields().pair("summary").orElseThrow().value();
        assertEquals("Kaffee und Brötchen", summary.value(), "removed, never passed on");
    }

    @Test
    void anotherMistakeLaterOnTheSameLineIsReportedAtTheFilesColumn() {
        // the bells are removed before YAML reads the line: its columns are of the line without them
        String line = "geo: {lat: 5\u00071.5, lon: 6.9\u0007, lat: 6}";
        md("---\ntitle: Treff\n" + line + "\n---\n");
        List<Diagnostic> duplicate = of(Code.DUPLICATE_KEY);
        assertEquals(1, duplicate.size(), diagnostics.sorted().toString());
        assertEquals(3, duplicate.get(0).at().line());
        assertEquals(line.indexOf("lat: 6") + 1, duplicate.get(0).at().column(), "where the editor sees the second `lat`");
        assertEquals(List.of(line.indexOf('\u0007') + 1, line.lastIndexOf('\u0007') + 1),
                of(Code.CONTROL_CHARACTER).stream().map(d -> d.at().column()).toList(), "the characters themselves stay where they are");
        // an escape later on such a line is named at its value, in the file's columns
        Diagnostics escaped = new Diagnostics();
        String withEscape = "topics: [a\u0007b, \"c\\x07d\"]";
        new SourceParser(escaped).parse(new SourceFile(PATH, Collection.OFFERINGS, "x", SourceFile.Format.MARKDOWN, "---\ntitle: T\n" + withEscape + "\n---\n"));
        assertEquals(List.of(withEscape.indexOf('\u0007') + 1, withEscape.indexOf('"') + 1),
                escaped.sorted().stream().map(d -> d.at().column()).toList(), escaped.sorted().toString());
        // another file's line 3 is not moved
        Diagnostics other = new Diagnostics();
        other.characterRemoved(new Diagnostics.Removal("a.md", 3, 1));
        other.error(Code.BAD_VALUE, new SourceSpan("b.md", 3, 5, 1), "x");
        other.error(Code.BAD_VALUE, new SourceSpan("a.md", 4, 5, 1), "x");
        assertEquals(List.of(5, 5), other.sorted().stream().map(d -> d.at().column()).toList());
    }

    @Test
    void oneAtTheStartOfALineOrBeforeTheFenceCausesNoOtherError() {
        // a blank in its place would indent the line, or hide the opening fence
        Optional<ParsedRecord> r = md("\u0007---\r\ntitle: Treff\r\n\u000Bsummary: kurz\r\n---\r\nText\r\n");
        assertEquals(List.of(new SourceSpan(PATH, 1, 1, 1), new SourceSpan(PATH, 3, 1, 1)),
                diagnostics.sorted().stream().map(Diagnostic::at).toList(), diagnostics.sorted().toString());
        assertEquals("kurz", ((Node.Scalar) r.orElseThrow().fields().pair("summary").orElseThrow().value()).value());
    }

    @Test
    void aQuotedKeyWithAnEscapeAndSiteConfigAreCheckedToo() {
        md("---\ntitle: Treff\n\"ti\\etle\": x\n---\n");
        assertEquals(1, of(Code.CONTROL_CHARACTER).size(), diagnostics.sorted().toString());
        assertEquals(3, of(Code.CONTROL_CHARACTER).get(0).at().line());
        Diagnostics config = new Diagnostics();
        new SourceParser(config).parseYaml(new SourceFile("site-config.yml", null, "site-config", SourceFile.Format.YAML, "title: Quartiere\u0008 in X\n"));
        assertEquals(List.of(new SourceSpan("site-config.yml", 1, "title: Quartiere".length() + 1, 1)),
                config.sorted().stream().map(Diagnostic::at).toList());
    }

    @Test
    void aC1CharacterIsNamedAsTheWindowsCharacterItProbablyWas() {
        md("---\ntitle: Sprechstunde \u0096 Altstadt\n---\n");
        Diagnostic d = of(Code.CONTROL_CHARACTER).get(0);
        assertEquals(new SourceSpan(PATH, 2, "title: Sprechstunde ".length() + 1, 1), d.at());
        assertTrue(d.hint().contains("`–`"), d.hint());
    }

    @Test
    void anEscapeInADoubleQuotedValueIsReportedAtTheValue() {
        md("---\ntitle: \"Treff\\x07 am Markt\"\nsummary: 'kein \\x07 Escape hier'\n---\n");
        List<Diagnostic> found = of(Code.CONTROL_CHARACTER);
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).at().line());
        assertEquals("title: ".length() + 1, found.get(0).at().column());
        assertTrue(found.get(0).message().contains("escape"), found.get(0).message());
    }

    /** Half a surrogate pair from an escape was published as "?"; a whole pair from escapes is a character like any other. */
    @Test
    void aLoneSurrogateFromAnEscapeIsReportedAtTheValue() {
        md("---\ntitle: \"Advents\\uD800café\"\nsummary: \"Fest \\uD83C\\uDF84 im Advent\"\n---\n");
        List<Diagnostic> found = of(Code.CONTROL_CHARACTER);
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).at().line());
        assertTrue(found.get(0).message().startsWith("this value contains half of a character (a lone surrogate), U+D800"), found.get(0).message());
    }

    @Test
    void aNoncharacterBeyondTheFirstPlaneIsReportedAsOneAndLaterColumnsStayTheFiles() {
        // U+1FFFE is two chars (a surrogate pair); both are removed, and the duplicate key after it keeps its column
        String line = "geo: {lat: 51.5\uD83F\uDFFE, lon: 6.9, lat: 6}";
        md("---\ntitle: Treff\n" + line + "\n---\n");
        List<Diagnostic> found = of(Code.CONTROL_CHARACTER);
        assertEquals(List.of(new SourceSpan(PATH, 3, line.indexOf('\uD83F') + 1, 2)), found.stream().map(Diagnostic::at).toList());
        assertTrue(found.get(0).message().contains("a code that Unicode keeps free of any character, U+1FFFE, is in the text"), found.get(0).message());
        assertEquals(line.indexOf("lat: 6") + 1, of(Code.DUPLICATE_KEY).get(0).at().column());
    }

    @Test
    void tabsLineBreaksAndOrdinaryTextAreFine() {
        md("---\r\ntitle: \"Café\tam Eck\"\r\nsummary: Ümläute, „Anführung“ – und 🎉\r\n---\r\nText\tmit Tab.\r\n");
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void aFileFullOfThemGetsTenPlacesAndACount() {
        md("---\ntitle: Treff\n---\n" + "a\u0001b\n".repeat(25));
        List<Diagnostic> found = of(Code.CONTROL_CHARACTER);
        assertEquals(11, found.size());
        assertTrue(found.stream().anyMatch(d -> d.message().startsWith("15 more")), found.toString());
    }

    @Test
    void aDirectionOverrideIsAWarningWhereItStandsAndMarksForArabicStay() {
        // "Anmeldung" would show as "gnudlemnA" up to the end of the paragraph
        Optional<ParsedRecord> r = md("---\ntitle: Treff \u202EAnmeldung\nsummary: \u0645\u0631\u062d\u0628\u0627\u200F Hallo\n---\nText\n\u202D.\n");
        List<Diagnostic> found = of(Code.BIDI_OVERRIDE);
        assertEquals(List.of(new SourceSpan(PATH, 2, "title: Treff ".length() + 1, 1), new SourceSpan(PATH, 6, 1, 1)),
                found.stream().map(Diagnostic::at).toList(), found.toString());
        assertEquals("an invisible right-to-left override (U+202E) turns the text after it round on the page", found.get(0).message());
        assertEquals(de.quartier.diag.Severity.WARNING, found.get(0).severity());
        assertTrue(r.isPresent(), "the record is still read and published as written");
    }
}
