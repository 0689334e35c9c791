package de.quartier.build;

import de.quartier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page in Leichte Sprache (leichte_sprache: true): laid out for it and linked from every page's header. */
class EasyLanguagePageTest {
    private static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        files = TestSites.example();
    }

    private static Document html(String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void theExamplesPageIsSetForLeichteSprache() {
        Document page = html("leichte-sprache/index.html");
        assertEquals(1, page.select("article.detail.leichte-sprache").size());
        assertTrue(page.select("article.leichte-sprache .body p").size() > 20, "one statement per paragraph");
        String css = files.entrySet().stream().filter(e -> e.getKey().matches("assets/style\\.[0-9a-f]{10}\\.css"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(css.contains(".leichte-sprache { font-size: 1.25rem; line-height: 1.7; hyphens: none;"), "large type, space, no hyphenation");
    }

    @Test
    void everyPagesHeaderLinksIt() {
        for (String path : List.of("index.html", "404.html", "anlaufstellen/index.html", "impressum/index.html")) {
            var link = html(path).select("header .site-easy a");
            assertEquals(1, link.size(), path);
            assertEquals("Leichte Sprache", link.text(), path);
            assertTrue(link.attr("href").endsWith("/leichte-sprache/"), path);
        }
        assertFalse(html("impressum/index.html").select("article.leichte-sprache").size() > 0, "other pages keep their layout");
        // on a site in several languages it ends the language bar (a row less on a phone), not a line of its own
        assertEquals(1, html("index.html").select("nav.site-languages li.site-easy a[hreflang=de]").size());
        assertEquals(0, html("index.html").select("header p.site-easy").size());
    }

    /** A site in one language has no language bar: its header links the page in a line of its own. */
    @Test
    void aSiteInOneLanguageLinksItInTheHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path site = TestSites.copyBase(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("content/pages/leichte-sprache.md"),
                "---\ntitle: Das Quartiers-Büro in Leichter Sprache\nleichte_sprache: true\n---\nEin Quartier ist ein Teil der Stadt.\n");
        Document home = Jsoup.parse(new String(TestSites.buildInMemory(site).get("index.html"), StandardCharsets.UTF_8));
        assertEquals(0, home.select("nav.site-languages").size(), "one language: no language bar");
        assertEquals(1, home.select("header p.site-easy a[href$=/leichte-sprache/]").size(), home.select("header").outerHtml());
    }
}
