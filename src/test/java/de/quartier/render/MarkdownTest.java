package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {
    private final Markdown markdown = new Markdown();
    private final Urls urls = new Urls("/quartiersentwicklung/");

    private String html(String md) {
        return markdown.toHtml(md, urls);
    }

    @Test
    void aTableScrollsInANamedBoxOfItsOwn() {
        // a wide table widened a phone's whole page (719 px on 375); in its box it scrolls by itself
        String h = new Markdown("(externe Seite)", "Tabelle").toHtml("| Topf | für wen |\n| --- | --- |\n| Fonds | alle |\n", urls).strip();
        assertTrue(h.startsWith("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabelle\"><table>"), h);
        assertTrue(h.endsWith("</table></div>"), h);
    }

    @Test
    void commonMarkTablesAutolinksAndHeadingIds() {
        String h = html("## Öffnungszeiten\n\n| Tag | Zeit |\n|---|---|\n| Mo | 9–13 |\n\nMehr auf https://www.bottrop.de/ …\n");
        assertTrue(h.contains("<h2 id=\"öffnungszeiten\">Öffnungszeiten</h2>"), h);
        assertTrue(h.contains("<table>") && h.contains("<td>Mo</td>"), h);
        assertTrue(h.contains("<a href=\"https://www.bottrop.de/\" rel=\"external noopener\" class=\"external\">"), h);
    }

    @Test
    void scriptsHandlersIframesAndJavascriptUrlsAreRemoved() {
        String h = html("""
                Hallo <script>alert(1)</script>
                <img src="media/x.png" alt="x" onerror="alert(2)">
                <a href="javascript:alert(3)">klick</a>
                <iframe src="https://evil.example/"></iframe>
                <a href="data:text/html,hi">d</a> <span style="color:red" onclick="x()">s</span>
                """);
        for (String bad : new String[]{"<script", "alert(1)", "onerror", "javascript:", "<iframe", "data:", "onclick", "style="})
            assertFalse(h.contains(bad), bad + " in " + h);
        assertTrue(h.contains("klick"), "the text of a removed link stays");
    }

    @Test
    void onlyWebMailAndPhoneLinksKeepTheirTargets() {
        String h = html("[Datei](ftp://files.example/x.exe) ftp://files.example/y.exe file:///etc/passwd irc://irc.example/kanal");
        for (String bad : new String[]{"ftp:", "file:", "irc:"}) assertFalse(h.contains("href=\"" + bad), bad + " in " + h);
        assertTrue(h.contains("Datei") && h.contains("ftp://files.example/y.exe"), "the texts stay: " + h);
    }

    @Test
    void mailtoAndTelStay() {
        String h = html("[Mail](mailto:a@example.org) [Anruf](tel:+492041700)");
        assertTrue(h.contains("href=\"mailto:a@example.org\""), h);
        assertTrue(h.contains("href=\"tel:+492041700\""), h);
    }

    @Test
    void pathsRelativeToContentBecomeSiteLinks() {
        String h = html("[Flyer](media/flyer.pdf) [Frühstück](offerings/fruehstueck.md#anmeldung) [Liste](anlaufstellen/) ![Bild](media/a.png)");
        assertTrue(h.contains("href=\"/quartiersentwicklung/media/flyer.pdf\""), h);
        assertTrue(h.contains("href=\"/quartiersentwicklung/angebote/fruehstueck/#anmeldung\""), h);
        assertTrue(h.contains("href=\"/quartiersentwicklung/anlaufstellen/\""), h);
        assertTrue(h.contains("src=\"/quartiersentwicklung/media/a.png\""), h);
    }

    @Test
    void bodyH1IsDemotedBelowThePageTitle() {
        String h = html("# Groß\n\n## Kleiner\n");
        assertFalse(h.contains("<h1"), h);
        assertTrue(h.contains("<h2 id=\"groß\">") && h.contains("<h3 id=\"kleiner\">"), h);
    }

    @Test
    void headingIdsStayClearOfThePagesOwnIds() {
        String h = markdown.toHtml("## Angebote\n\n[unten](#angebote)\n", urls, Set.of("angebote", "inhalt"));
        assertTrue(h.contains("<h2 id=\"angebote-2\">"), h);
        assertTrue(h.contains("href=\"#angebote-2\""), h);
    }

    @Test
    void externalLinksAreNamedAsSuchForScreenReaders() {
        String h = new Markdown("(externe Seite)").toHtml("[Stadt](https://www.bottrop.de/) [intern](angebote/)", urls);
        assertTrue(h.contains("Stadt<span class=\"visually-hidden\"> (externe Seite)</span></a>"), h);
        assertFalse(h.contains("intern<span"), h);
    }

    @Test
    void forAFeedEverySiteLinkIsAbsoluteAndExternalLinksStayAsTheyAre() {
        String body = "Mehr [im Quartier](quarters/eigen.md), [Übersicht](/angebote/), [Stadt](https://www.bottrop.de/), "
                + "[oben](#start), <a href=\"/anlaufstellen/\">roh</a> ![Plan](media/plan.png)";
        String h = new Markdown("(externe Seite)").toHtml(body, urls, java.util.Set.of(), path -> "https://www.bottrop.de" + path);
        assertTrue(h.contains("<a href=\"https://www.bottrop.de/quartiersentwicklung/quartiere/eigen/\">im Quartier</a>"), h);
        assertTrue(h.contains("<a href=\"https://www.bottrop.de/quartiersentwicklung/angebote/\">Übersicht</a>"), h);
        assertTrue(h.contains("<a href=\"https://www.bottrop.de/quartiersentwicklung/anlaufstellen/\">roh</a>"), h);
        assertTrue(h.contains("src=\"https://www.bottrop.de/quartiersentwicklung/media/plan.png\""), h);
        assertTrue(h.contains("<a href=\"#start\">oben</a>"), h);
        assertTrue(h.contains("<a href=\"https://www.bottrop.de/\" rel=\"external noopener\" class=\"external\">Stadt<span"), h);
        assertEquals(1, h.split("visually-hidden", -1).length - 1, "only the link to another site is named external: " + h);
        assertFalse(new Markdown().toHtml(body, urls).contains("https://www.bottrop.de/quartiersentwicklung"), "pages keep root-relative links");
    }

    @Test
    void aLinkToAnotherSiteIsMarkedWhateverTheCaseOfItsScheme() {
        String h = new Markdown("(externe Seite)").toHtml("[Stadt](HTTPS://www.bottrop.de/)", urls);
        assertTrue(h.contains("rel=\"external noopener\" class=\"external\">Stadt<span class=\"visually-hidden\"> (externe Seite)</span>"), h);
    }

    @Test
    void emptyBodyIsEmpty() {
        assertEquals("", html("  \n"));
    }
}
