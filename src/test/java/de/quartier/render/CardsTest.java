package de.quartier.render;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardsTest {
    @TempDir
    Path temp;

    /** A square named like its street ("Mühlenplatz"): a card names it once, not "Mühlenplatz, Mühlenplatz 1, …". */
    @Test
    void aPlaceNamedLikeItsStreetIsNamedOnce() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "title: Quartiersbüro Altstadt", "title: Hansastraße");
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site);
        String listing = new String(files.get("angebote/index.html"), StandardCharsets.UTF_8);
        assertTrue(listing.contains("Hansastraße 1"), listing);
        assertFalse(listing.contains("Hansastraße, Hansastraße"), listing);
        String calendar = new String(files.get("angebote/sprechstunde/kalender.ics"), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("LOCATION:Hansastraße 1\\, 46236 Bottrop"), calendar);
        // a name that only begins like the street stays
        TestSites.replace(office, "title: Hansastraße", "title: Hansa");
        assertTrue(new String(TestSites.buildInMemory(site).get("angebote/index.html"), StandardCharsets.UTF_8).contains("Hansa, Hansastraße 1"));
    }

    /** Whether to sign up stands on the card where it is needed; "not needed" would only lengthen every list. */
    @Test
    void aCardSaysWhereSigningUpIsNeeded() throws Exception {
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(TestSites.copyBase(temp.resolve("site")));
        String listing = new String(files.get("angebote/index.html"), StandardCharsets.UTF_8);
        String lesefest = card(listing, "angebote/lesefest/");
        assertTrue(lesefest.contains("<div><dt>Anmeldung</dt><dd>erforderlich</dd></div>"), lesefest);
        String sprechstunde = card(listing, "angebote/sprechstunde/");
        assertFalse(sprechstunde.contains("Anmeldung"), sprechstunde);
    }

    /** "Burtscheid – Stadtteil: Burtscheid": a quarter named like its Stadtteil is not told twice, on its card or its page. */
    @Test
    void aQuarterNamedLikeItsAreaIsNamedOnce() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path quarter = site.resolve("content/quarters/altstadt.md");
        TestSites.replace(quarter, "title: Altstadt", "title: Altstadt\narea: Altstadt");
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site);
        String card = card(new String(files.get("quartiere/index.html"), StandardCharsets.UTF_8), "quartiere/altstadt/");
        assertFalse(card.contains("Stadtteil"), card);
        assertFalse(new String(files.get("quartiere/altstadt/index.html"), StandardCharsets.UTF_8).contains("<dt>Stadtteil</dt>"));
        TestSites.replace(quarter, "area: Altstadt", "area: Innenstadt");
        files = TestSites.buildInMemory(site);
        assertTrue(card(new String(files.get("quartiere/index.html"), StandardCharsets.UTF_8), "quartiere/altstadt/").contains("Innenstadt"));
        assertTrue(new String(files.get("quartiere/altstadt/index.html"), StandardCharsets.UTF_8).contains("<dt>Stadtteil</dt>"));
    }

    private static String card(String page, String href) {
        int at = page.indexOf(href + "\"");
        assertTrue(at > 0, href + " in " + page);
        return page.substring(page.lastIndexOf("<article", at), page.indexOf("</article>", at));
    }
    /**
     * Every office's card in a list, and every place in a map's list, links "Route planen": a screen
     * reader's list of a page's links tells them apart by the name read with each (WCAG 2.4.9).
     */
    @Test
    void routeLinksInAListNameTheirPlaceForScreenReaders() throws Exception {
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(Path.of("").toAbsolutePath());
        int pagesWithSeveral = 0;
        int marked = 0;
        for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) continue;
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
            for (String list : new String[] {"article.card", ".map-section li"}) {
                java.util.Set<String> names = new java.util.HashSet<>();
                int links = 0;
                for (org.jsoup.nodes.Element item : page.select(list)) {
                    org.jsoup.select.Elements route = item.select("a[href^=https://www.openstreetmap.org/directions]");
                    if (route.isEmpty()) continue;
                    links++;
                    String place = item.selectFirst(list.equals("article.card") ? ".card-title" : "a, strong").text();
                    String said = route.first().text();
                    String shown = route.first().ownText().trim();
                    assertTrue(!shown.isEmpty() && said.startsWith(shown + ": " + place + " "), file.getKey() + ": " + said);
                    assertTrue(names.add(said), file.getKey() + ": two route links in one list say " + said);
                    // on a page in another language a German name is marked German, in the title and the route link alike
                    org.jsoup.nodes.Element title = item.selectFirst(".card-title a");
                    if (title != null && title.hasAttr("lang")) {
                        assertEquals(place, route.first().select(".visually-hidden span[lang=" + title.attr("lang") + "]").text(), file.getKey());
                        marked++;
                    }
                }
                if (links > 1) pagesWithSeveral++;
            }
        }
        assertTrue(pagesWithSeveral > 20, "pages whose lists link several routes: " + pagesWithSeveral);
        assertTrue(marked > 20, "route links with a German name on pages in other languages: " + marked);
    }
}
