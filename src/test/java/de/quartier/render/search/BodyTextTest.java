package de.quartier.render.search;

import de.quartier.LargeSite;
import de.quartier.render.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search reads a body's words without a Markdown tree: the same words as Flexmark's text of
 * the body, for every body of the example and test sites and for the tricky cases below. (One
 * difference on purpose: Flexmark runs a table's cells together, "ZelleWert"; the search keeps
 * them apart, so table rows are left out of the comparison.)
 */
class BodyTextTest {
    private static final Markdown MARKDOWN = new Markdown();
    private static final List<String> SAMPLES = List.of(
            "Text mit [Link](offerings/x.md \"Titel\") und ![Bild](media/a.png) und <https://example.org/pfad>.",
            "Ein &amp; Zeichen, \\*Stern\\*, `code x` und <b>fett</b> oder <span class=\"x\">inline</span>.",
            "<div>\nBlock HTML mit Wort\n</div>\n\nNach dem Block.",
            "[ref]: https://example.org/ref \"T\"\n\nSiehe [hier][ref] und www.example.org auto.",
            "# Überschrift\n\n- Punkt eins\n- Punkt zwei\n\n1. erster Schritt\n2) zweiter Schritt\n\n> Zitat mit 3 Wörtern\n\n```\nfenced code 42\n```",
            "Klammern [im Text](https://example.org/a_(b)_c) und (in Klammern) bleiben, E-Mail <info@example.org>, 2027 zählt.",
            "<!-- ein Kommentar mit Wörtern -->\nDanach Text.\n\n<p>\nAbsatz in HTML\n</p>",
            "Zeile mit Umbruch\\\nund weiter; Unterstrich_im_Wort und **fett** _kursiv_.");

    private static void assertSameWords(String body, String where) {
        String comparable = String.join("\n", body.lines().filter(l -> !l.contains("|")).toList());
        assertEquals(SearchText.words(MARKDOWN.plainText(comparable)), SearchText.words(BodyText.of(comparable)), where + ":\n" + body);
    }

    @Test
    void trickyBodiesGiveFlexmarksWords() {
        for (String s : SAMPLES) assertSameWords(s, "sample");
    }

    @Test
    void everyBodyOfTheSitesGivesFlexmarksWords(@TempDir Path temp) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"), LargeSite.write(temp.resolve("large"), 60)))
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
            }
        assertTrue(files.size() > 150, "bodies: " + files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            assertSameWords(end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1), f.toString());
        }
    }
}
