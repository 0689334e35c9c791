package de.quartier.render.page;

import de.quartier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FacetPagesTest {
    @TempDir
    Path temp;

    /** The list of languages names each also in itself, marked as such, which its speakers know where they may not know the German name. */
    @Test
    void theLanguagesAreNamedAlsoInThemselves() throws Exception {
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(TestSites.copyBase(temp.resolve("site")));
        Document page = Jsoup.parse(new String(files.get("sprachen/index.html"), StandardCharsets.UTF_8));
        List<String> links = page.select("main ul.links a").stream().map(a -> a.html()).toList();
        assertEquals(List.of("Deutsch", "Türkisch <span aria-hidden=\"true\">·</span> <bdi lang=\"tr\">Türkçe</bdi>"), links);
        // it says what it lists: not the languages the site is in
        assertEquals("Anlaufstellen, in denen man auch Ihre Sprache spricht. Wählen Sie eine Sprache; die Seite nennt die Anlaufstellen "
                + "und führt zu den Angeboten in dieser Sprache.", page.select("main .intro p").text());
        // a language's own page says its name in itself in its heading too (the finder's: FindOutputTest); German's once
        assertEquals("Sprachen: Türkisch <span aria-hidden=\"true\">·</span> <bdi lang=\"tr\">Türkçe</bdi>",
                h1(files, "sprachen/tr/index.html").html());
        assertEquals("Sprachen: Deutsch", h1(files, "sprachen/de/index.html").html());
    }

    private static org.jsoup.nodes.Element h1(java.util.Map<String, byte[]> files, String file) {
        return Jsoup.parse(new String(files.get(file), StandardCharsets.UTF_8)).selectFirst("h1");
    }
}
