package de.quartier.render;

import de.quartier.LargeSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain paragraphs written directly give exactly the HTML of the whole way (Flexmark and the sanitizer). */
class PlainParagraphsTest {
    private static final Markdown MARKDOWN = new Markdown("(externe Seite)");
    private static final Urls URLS = new Urls("/q/");

    private static void assertSame(String body) {
        String fast = PlainParagraphs.html(body, Set.of("inhalt"));
        if (fast != null) assertEquals(MARKDOWN.fullHtml(body, URLS, Set.of("inhalt")), fast, body);
    }

    @Test
    void plainBodiesComeOutAsTheWholeWayWritesThem() {
        for (String body : List.of("Ein Absatz.", "Zwei Zeilen\nin einem Absatz.", "Erster Absatz.\n\nZweiter „Absatz“ mit \"Zitat\" und 'Apostroph'.",
                "  Eingerückt\n   und weiter.\n\n\n\nNach Leerzeilen.\n", "Umlaute: Grüße aus Bottrop, 12,50 Euro; 09:00 Uhr.\r\nZeile mit CRLF.",
                "Ende mit Leerzeichen \nund Semikolon; Fragezeichen? Klammer (ja)."))
            assertEquals(MARKDOWN.fullHtml(body, URLS, Set.of()), PlainParagraphs.html(body), body);
    }

    @Test
    void headingsOfWordsComeOutAsTheWholeWayWritesThem() {
        for (String body : List.of("## Willkommen\n\nText.", "## Öffnungszeiten und Anfahrt\n\nText.", "Text davor\n## Mitte\nText danach",
                "### Drei\n\n#### Vier\n\nx", "## Was  wir bieten\n\nx", "## Straße - Weg\n\n## Über uns\n\nx", "###### Sechs\n\nx",
                "## Ende -\n\nx", "## ÄÖÜ äöü ß\n\nx", "## Café Élan\n\nx")) {
            assertTrue(PlainParagraphs.html(body, Set.of("inhalt")) != null, body);
            assertSame(body);
        }
        // the whole way for what it renames or moves, and for headings of anything else
        for (String body : List.of("## Inhalt\n\nx", "## Gleich\n\n## Gleich\n\nx", "# Eins\n\n## Zwei", "## Fragen?\n\nx", "## A_b",
                "## 2027\n\nx", "####### Sieben", "##Ohne Leerzeichen", "## Mit Schluss ##", "## İstanbul", "## Geviert\u2003\n\nx",
                "Absatz mit Geviert\u2003\n\nx", "\u2003\n\nx", "## \u2003Geviert vorn\n\nx"))
            assertNull(PlainParagraphs.html(body, Set.of("inhalt")), body);
    }

    @Test
    void anythingThatCouldBeSyntaxTakesTheWholeWay() {
        for (String body : List.of("# Titel", "- Punkt", "1. Schritt", "> Zitat", "Text mit *Betonung*", "[Link](x.md)", "<b>fett</b>",
                "a & b", "Siehe https://example.org", "Mail an info@example.org", "Zeile mit Umbruch  \nweiter", "    Code", "Text\n===",
                "Tabelle | mit | Strichen", "Fußnote\\*"))
            assertNull(PlainParagraphs.html(body), body);
    }

    @Test
    void everyBodyOfTheSitesComesOutTheSame(@TempDir Path temp) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"), LargeSite.write(temp.resolve("large"), 60)))
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
            }
        int plain = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            String body = end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
            if (body.isBlank()) continue;
            if (PlainParagraphs.html(body) != null) plain++;
            assertSame(body);
        }
        assertTrue(plain > 100, "plain bodies: " + plain + " of " + files.size());
    }
}
