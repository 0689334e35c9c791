package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.parse.SourceParser;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A numeric character reference in a body that stands for what a page cannot hold is reported at
 * its line and column, in Markdown and in raw HTML; one in code, or one for a character a page can
 * hold, is not.
 */
class CharacterReferencesTest {
    private static final String PATH = "content/pages/x.md";

    /** "line:column+length message" of each problem in a page whose body starts on line 4. */
    private static List<Diagnostic> problems(String body) {
        Diagnostics d = new Diagnostics();
        ParsedRecord r = new SourceParser(d).parse(new SourceFile(PATH, Collection.PAGES, "x", SourceFile.Format.MARKDOWN,
                "---\ntitle: X\n---\n" + body)).orElseThrow();
        CharacterReferences.report(BodyLinks.of(r.body(), PATH, r.bodyLine()).references(), d);
        return d.sorted();
    }

    private static List<String> places(String body) {
        return problems(body).stream().map(p -> p.at().line() + ":" + p.at().column() + "+" + p.at().length()).toList();
    }

    @Test
    void aControlCharacterInTextIsNamedWhereItIsWritten() {
        List<Diagnostic> found = problems("Eine Zeile.\n\nHier &#7; klingelt es.\n");
        assertEquals(1, found.size());
        Diagnostic p = found.get(0);
        assertEquals(Code.CONTROL_CHARACTER, p.code());
        assertEquals("6:6+4", p.at().line() + ":" + p.at().column() + "+" + p.at().length());
        assertTrue(p.message().startsWith("`&#7;` stands for an invisible control character, U+0007 ("), p.message());
        assertEquals("delete it; to show the code itself on the page, write `&amp;#7;`", p.hint());
    }

    @Test
    void everyKindThatAPageCannotHold() {
        assertEquals(List.of("4:1+6", "4:8+8", "4:17+4", "4:22+8", "4:31+10"),
                places("&#x1F; &#xFFFF; &#0; &#xD800; &#1114112; ok\n"));
        // carriage return and form feed: HTML or XML refuses them as references
        assertEquals(List.of("4:1+5", "4:7+5"), places("&#13; &#12;\n"));
    }

    @Test
    void zeroSaysWhatTheReaderWouldSee() {
        assertTrue(problems("Null: &#0;\n").get(0).message().endsWith("the page would show � in its place"));
    }

    @Test
    void aNumberFromAWindowsCodePageIsTakenForWhatItMeant() {
        Diagnostic p = problems("Preis: 5 &#128;\n").get(0);
        assertTrue(p.message().contains("U+0080"), p.message());
        assertTrue(p.hint().contains("probably `€`"), p.hint());
    }

    @Test
    void rawHtmlIsReadAsABrowserReadsIt() {
        // no semicolon needed there, and a later line keeps its own column
        assertEquals(List.of("5:9+3"), places("<div>\n<p>Text &#7 mehr</p>\n</div>\n"));
        assertEquals(List.of("4:11+5"), places("Ein <b x=\"&#x7;\">Wort</b>.\n"));
    }

    @Test
    void codeShowsItAsWrittenAndIsLeftAlone() {
        assertEquals(List.of(), places("So schreibt man es: `&#7;`\n\n```\n&#7;\n```\n\n    &#7;\n\n<!-- &#7; -->\n"));
    }

    @Test
    void commentsScriptsAndStylesInRawHtmlAreDroppedWithWhatTheyHold() {
        assertEquals(List.of(), places("<div>\n<!-- &#128; -->\n<script>x = \"&#7;\"</script>\n</div>\n"));
        // after a comment on the same line, the HTML is read again
        assertEquals(List.of("4:18+4"), places("<!-- Hinweis --> &#7; <b>x</b>\n"));
    }

    @Test
    void charactersAPageCanHoldAreFine() {
        assertEquals(List.of(), places("&#9; &#10; &#32; &#228; &#x2013; &#x1F600; &amp;#7; &nbsp; \\&#7;\n"));
    }

    @Test
    void codePoints() {
        assertEquals(7, CharacterReferences.codePoint("&#7;"));
        assertEquals(31, CharacterReferences.codePoint("&#x1f;"));
        assertEquals(0x110000, CharacterReferences.codePoint("&#99999999999999999999;"));
        assertEquals(-1, CharacterReferences.codePoint("&auml;"));
        assertFalse(CharacterReferences.allowed(0x1FFFE));
        assertTrue(CharacterReferences.allowed(0x1F600));
    }
}
