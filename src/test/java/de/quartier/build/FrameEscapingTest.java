package de.quartier.build;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What editors write reaches the header and the footer (rendered once and reused) escaped like
 * everywhere else: the site's title, a menu title, a legal page's title, the site's own words.
 */
class FrameEscapingTest {
    @TempDir
    Path temp;

    @Test
    void headerAndFooterEscapeWhatEditorsWrite() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        String config = Files.readString(site.resolve("site-config.yml"))
                .replaceFirst("(?m)^title: .*$", "title: \"Quartiere </title><script>alert(1)</script>\"");
        Files.writeString(site.resolve("site-config.yml"), config + """
                strings:
                  menu.label: 'a" onfocus="alert(2)'
                  menu.button: "<b>Menü</b>"
                """);
        Path impressum = site.resolve("content/pages/impressum.md");
        Files.writeString(impressum, Files.readString(impressum)
                .replace("title: Impressum", "title: \"Impressum<script>alert(3)</script>\"")
                .replace("menu: {weight: 90}", "menu: {weight: 90, title: \"<b onmouseover=alert(4)>Fonds</b>\"}"));
        Map<String, byte[]> files = TestSites.buildInMemory(site);
        for (String path : List.of("index.html", "404.html", "impressum/index.html", "quartiere/altstadt/index.html")) {
            String html = new String(files.get(path), StandardCharsets.UTF_8);
            String body = html.substring(html.indexOf("<body>"));
            assertFalse(body.contains("<script>alert"), path + ": a script from a title");
            assertFalse(body.contains("<b onmouseover"), path + ": markup from a menu title");
            assertFalse(body.contains("<b>Menü</b>"), path + ": markup from the site's words");
            assertFalse(body.contains("onfocus=\"alert(2)\""), path + ": an attribute broken out of");
            assertTrue(body.contains("&lt;b onmouseover=alert(4)&gt;Fonds&lt;/b&gt;"), path + ": the menu title, escaped");
            assertTrue(body.contains("Impressum&lt;script&gt;alert(3)&lt;/script&gt;"), path + ": the footer link, escaped");
        }
    }
}
