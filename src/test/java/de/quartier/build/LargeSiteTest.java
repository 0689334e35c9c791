package de.quartier.build;

import de.quartier.LargeSite;
import de.quartier.TestSites;
import de.quartier.model.ContactPoint;
import de.quartier.model.Offering;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.write.MemorySink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site far larger than a city's (1,200 offerings, 300 offices, 80 quarters) stays usable: no
 * page grows with the site (every listing and long section is split into pages that lead to each
 * other), every record is listed exactly once, maps of many offices fetch their markers, and the
 * output grows linearly with the records. The build's own link check proves every pager link.
 */
class LargeSiteTest {
    static final int OFFERINGS = 1200;
    /** The limit for one HTML page (issue: "no HTML page over 512 KB"). */
    static final int PAGE_LIMIT = 512 * 1024;

    @TempDir
    static Path temp;
    static Map<String, byte[]> files;
    static Site site;

    @BeforeAll
    static void build() throws Exception {
        files = build(LargeSite.write(temp.resolve("large"), OFFERINGS));
    }

    private static Map<String, byte[]> build(Path dir) throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(dir, TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).stream().limit(20).toList().toString());
        site = r.site().orElseThrow();
        return sink.files();
    }

    private static String base() {
        return site.config().basePath();
    }

    private static Document html(String file) {
        byte[] b = files.get(file);
        assertNotNull(b, file);
        return Jsoup.parse(new String(b, StandardCharsets.UTF_8));
    }

    /** The files of a split list: its first page and every "seite/N/" below it, in order. */
    private static List<String> pagesOf(String path) {
        List<String> out = new ArrayList<>(List.of(path + "index.html"));
        for (int n = 2; files.containsKey(path + "seite/" + n + "/index.html"); n++) out.add(path + "seite/" + n + "/index.html");
        return out;
    }

    /** The record links of the cards (or rows) on these pages, in order. */
    private static List<String> cardLinks(List<String> pages, String container) {
        List<String> out = new ArrayList<>();
        // a card's title link, or a row's (the parts of a long offering list are rows: title, then when and where)
        for (String p : pages)
            html(p).select(container + " article.card .card-title a, " + container + " ul.rows > li > a:first-child").forEach(a -> out.add(a.attr("href")));
        return out;
    }

    @Test
    void noHtmlPageGrowsWithTheSite() {
        Map<String, Integer> large = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html") && bytes.length > PAGE_LIMIT) large.put(path, bytes.length);
        });
        assertEquals(Map.of(), large, "pages over 512 KB");
        int biggest = files.entrySet().stream().filter(e -> e.getKey().endsWith(".html")).mapToInt(e -> e.getValue().length).max().orElse(0);
        assertTrue(biggest < 400 * 1024, "the largest page: " + biggest + " bytes");
    }

    @Test
    void everyListedOfferingIsOnExactlyOnePageOfTheListing() {
        List<String> pages = pagesOf("angebote/");
        assertTrue(pages.size() >= 4, "the offerings listing is split: " + pages);
        List<String> listed = cardLinks(pages, "#treffer");
        List<String> expected = site.offerings().stream().filter(o -> site.status(o) != Status.ENDED)
                .map(o -> base() + "angebote/" + o.slug() + "/").sorted().toList();
        assertEquals(expected, listed.stream().sorted().toList());
        for (String p : pages) {
            Document d = html(p);
            assertTrue(d.select("form#finder").isEmpty(), "a part of a long list has no filter form (it would filter only its part): " + p);
            assertEquals(1, d.select("nav.pager").size(), p);
            // rows, not cards: a title link, then when and where on one line
            assertTrue(d.select("#treffer article.card").isEmpty(), p);
            for (var row : d.select("#treffer ul.rows > li"))
                assertTrue(row.select("> a").size() == 1 && row.text().contains(" · ") && row.text().contains("Uhr"), row.outerHtml());
        }
        assertFalse(html("angebote/index.html").select("#eingrenzen ~ * a[href*=/finden/quartier/], .finder-browse a[href*=/finden/quartier/]")
                .isEmpty(), "the first page leads to the lists of single quarters");
    }

    @Test
    void everyListedContactPointIsOnExactlyOnePageOfTheListing() {
        List<String> pages = pagesOf("anlaufstellen/");
        assertTrue(pages.size() >= 2, pages.toString());
        List<String> listed = cardLinks(pages, "#orte");
        List<String> expected = site.contactPoints().stream().filter(c -> site.status(c) != Status.ENDED)
                .map(c -> base() + "anlaufstellen/" + c.slug() + "/").sorted().toList();
        assertEquals(expected, listed.stream().sorted().toList());
        assertTrue(html("anlaufstellen/seite/2/index.html").select("form#finder, #bezirk-filter").isEmpty(),
                "no 'near me' and no district filter on a part of the list");
    }

    @Test
    void aLongSectionOfARecordLinksToItsWholeList() {
        Document stadt = html("traeger/stadt/index.html");
        List<ContactPoint> own = site.contactPoints().stream().filter(c -> c.operators().stream().anyMatch(r -> r.slug().value().equals("stadt")))
                .filter(c -> site.status(c) != Status.ENDED).toList();
        assertTrue(own.size() > 50, "the city runs many offices: " + own.size());
        assertEquals(50, stadt.select("#anlaufstellen ~ .cards article.card, section[aria-labelledby=anlaufstellen] article.card").size());
        assertEquals("Alle " + own.size() + " anzeigen", stadt.select("section[aria-labelledby=anlaufstellen] ul.links a").text());
        List<String> all = cardLinks(pagesOf("traeger/stadt/anlaufstellen/"), "main");
        assertEquals(own.stream().map(c -> base() + "anlaufstellen/" + c.slug() + "/").sorted().toList(), all.stream().sorted().toList());
    }

    @Test
    void aFinderValueWithManyOfferingsIsSplitAndAQuarterKeepsTheForm() {
        List<String> pages = pagesOf("angebote/finden/zielgruppe/alle/");
        List<Offering> alle = site.offerings().stream().filter(o -> site.status(o) != Status.ENDED && o.targetGroups().contains("Alle")).toList();
        assertEquals(alle.size(), cardLinks(pages, "#treffer").size());
        assertTrue(pages.size() > 1 || alle.size() <= 300, pages.toString());
        Document quarter = html("angebote/finden/quartier/viertel-1/index.html");
        assertEquals(1, quarter.select("form#finder").size(), "a quarter's offerings fit one page: the form is there");
    }

    @Test
    void aSplitGroupListCountsEachQuartersOfferingsOfTheGroup() {
        int checked = 0;
        for (String group : List.of("Kinder", "Jugendliche", "Familien", "Eltern", "Seniorinnen und Senioren", "Frauen", "Zugewanderte")) {
            String page = "angebote/finden/zielgruppe/" + de.quartier.render.Urls.valueSlug(group) + "/index.html";
            if (!files.containsKey(page)) continue;
            for (Element a : html(page).select("section[aria-labelledby=nach-quartier] a")) {
                String quarter = a.attr("href").replaceFirst(".*/finden/quartier/([^/]+)/.*", "$1");
                long expected = site.offerings().stream().filter(o -> site.status(o) != Status.ENDED)
                        .filter(o -> o.quarters().stream().anyMatch(r -> r.slug().value().equals(quarter)))
                        .filter(o -> o.targetGroups().contains(group)).count();
                assertTrue(a.text().endsWith("(" + expected + ")"), page + ": " + a.text() + ", expected " + expected);
                checked++;
            }
        }
        assertTrue(checked > 0, "a group's list is long enough to be split and to lead to the quarters");
    }

    @Test
    void mapsOfManyOfficesFetchTheirMarkers() {
        assertTrue(files.containsKey("daten/karte-anlaufstellen.json"));
        String map = html("index.html").select("div.map[data-map]").attr("data-map");
        assertTrue(map.contains("\"markersUrl\":\"" + base() + "daten/karte-anlaufstellen.json\""), map);
        assertTrue(map.contains("\"markers\":[]"), "no markers in the page");
        assertTrue(html("index.html").select("ul.places").isEmpty(), "the home page points to the listing instead of listing 300 offices");
    }

    @Test
    void theOutputGrowsLinearlyWithTheRecords() throws Exception {
        Map<String, byte[]> full = files;
        Site fullSite = site;
        Map<String, byte[]> half = build(LargeSite.write(temp.resolve("half"), OFFERINGS / 2));
        site = fullSite;
        double fileRatio = (double) full.size() / half.size();
        long halfBytes = half.values().stream().mapToLong(b -> b.length).sum();
        long fullBytes = full.values().stream().mapToLong(b -> b.length).sum();
        double byteRatio = (double) fullBytes / halfBytes;
        assertTrue(fileRatio > 1.6 && fileRatio < 2.2, "files: " + half.size() + " → " + full.size());
        assertTrue(byteRatio > 1.6 && byteRatio < 2.2, "bytes: " + halfBytes + " → " + fullBytes);
        TreeSet<String> folders = full.keySet().stream().map(k -> k.contains("/") ? k.substring(0, k.indexOf('/')) : "")
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(folders.contains("angebote") && folders.contains("anlaufstellen"), folders.toString());
    }
}
