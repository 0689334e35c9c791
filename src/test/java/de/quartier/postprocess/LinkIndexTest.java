package de.quartier.postprocess;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkIndexTest {
    private static final String BASE = "https://example.org/quartiere/";

    private static String page(String body) {
        return "<!DOCTYPE html><html><body>" + body + "</body></html>";
    }

    /** Pages by file, each recorded as a worker would right after rendering it; then checked. */
    private static List<Diagnostic> check(Map<String, String> pages, Set<String> otherFiles, List<LinkIndex.SourcedLink> bodyLinks,
                                          Map<String, Set<String>> bodyHrefs) {
        LinkIndex index = new LinkIndex(BASE);
        pages.forEach((file, html) -> index.page(file, html.getBytes(java.nio.charset.StandardCharsets.UTF_8), new int[0], new de.quartier.model.RenderedPart[0], file.equals("a/index.html") ? "content/pages/a.md" : null,
                bodyHrefs.getOrDefault(file, Set.of())));
        Set<String> written = new java.util.HashSet<>(pages.keySet());
        written.addAll(otherFiles);
        Diagnostics d = new Diagnostics();
        index.check(written, bodyLinks, List.of("content/pages/a.md"), Map.of(), d);
        return d.sorted();
    }

    @Test
    void anAnchorIsFoundAmongAPagesIdsWhateverTheirPlace() {
        // the ids are kept joined by '\n': an empty id first, and one that holds a line break (no HTML id), change nothing
        Map<String, String> pages = new TreeMap<>();
        pages.put("a/index.html", page("<p id=\"\"></p><p id=\"x\ny\"></p><h2 id=\"eins\">1</h2><h2 id=\"zwei\">2</h2>"));
        pages.put("b/index.html", page("<a href=\"/quartiere/a/#zwei\">2</a> <a href=\"/quartiere/a/#eins\">1</a>"
                + " <a href=\"/quartiere/a/#drei\">3</a> <a href=\"/quartiere/a/#y\">y</a>"));
        List<String> messages = check(pages, Set.of(), List.of(), Map.of()).stream().map(Diagnostic::message).toList();
        assertEquals(List.of("the page b/index.html links to /quartiere/a/#drei, but there is no #drei on that page",
                "the page b/index.html links to /quartiere/a/#y, but there is no #y on that page"), messages);
    }

    @Test
    void goodLinksPass() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", page("<a href=\"/quartiere/a/\">a</a> <a href=\"a/#teil\">teil</a> <a href=\"https://other.example/x\">x</a>"
                + " <a href=\"https://example.org/\">Stadt</a> <a href=\"mailto:x@example.org\">m</a> <img src=\"/quartiere/media/b.png\" alt=\"\">"
                + " <a href=\"/quartiere/angebote/?tag=mittwoch&amp;zeit=abend#treffer\">Abend</a>"));
        pages.put("a/index.html", page("<h2 id=\"teil\">Teil</h2><a href=\"../\">zurück</a> <a href=\"https://example.org/quartiere/a/\">selbst</a>"));
        pages.put("angebote/index.html", page("<div id=\"treffer\"></div>"));
        assertEquals(List.of(), check(pages, Set.of("media/b.png"), List.of(), Map.of()));
    }

    @Test
    void eachBrokenTargetIsOneErrorAtTheFirstPageThatMakesIt() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", page("<a href=\"/quartiere/a/\">a</a> <a href=\"/quartiere/fehlt/\">x</a>"));
        pages.put("a/index.html", page("<a href=\"/quartiere/fehlt/\">x</a> <a href=\"/quartiere/#nirgends\">y</a> <a href=\"javascript:x()\">z</a>"));
        pages.put("b/index.html", page("<a href=\"/quartiere/fehlt/\">x</a> <a href=\"/quartiere/b/#weg\">w</a>"));
        List<Diagnostic> d = check(pages, Set.of(), List.of(), Map.of());
        // "a/index.html" comes first in path order: its record is where the shared target is reported
        assertEquals(List.of("error broken-link content/pages/a.md:1:1", "error broken-link content/pages/a.md:1:1",
                "error broken-link content/pages/a.md:1:1", "error broken-link themes/ (page b/index.html):1:1"),
                d.stream().map(TestSites::line).toList());
        assertTrue(d.stream().anyMatch(x -> x.message().equals(
                "the page a/index.html links to /quartiere/fehlt/, which does not exist (as do 2 other pages)")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.message().equals(
                "the page b/index.html links to /quartiere/b/#weg, but there is no #weg on that page")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.message().contains("no #nirgends on that page")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.message().contains("scheme javascript is not allowed")), d.toString());
    }

    @Test
    void anAbsoluteLinkIsCheckedWhateverPageItStandsOn() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("a/index.html", page("ok"));
        pages.put("x/y/index.html", page("<a href=\"https://EXAMPLE.org/quartiere/fehlt/\">gross</a> <a href=\"https://example.org/quartiere/a/\">a</a>"
                + " <a href=\"https://other.example/a|b\">kaputt</a> <a href=\"https://example.org:8443/quartiere/fehlt/\">Port</a>"
                + " <a href=\"http://example.org/quartiere/a/#nirgends\">http</a>"));
        assertEquals(List.of("the page x/y/index.html links to http://example.org/quartiere/a/#nirgends, but there is no #nirgends on that page",
                        "the page x/y/index.html links to https://EXAMPLE.org/quartiere/fehlt/, which does not exist",
                        "the page x/y/index.html links to https://other.example/a|b, which is not a valid address"),
                check(pages, Set.of(), List.of(), Map.of()).stream().map(Diagnostic::message).sorted().toList());
    }

    @Test
    void theAnchorsHintLeavesOutTheFrameThatEveryPageHas() {
        String frame = "<input id=\"kopf-suche\"><main id=\"inhalt\">";
        Map<String, String> pages = new TreeMap<>();
        pages.put("404.html", page(frame + "</main>"));
        pages.put("a/index.html", page(frame + "<h2 id=\"karte\">Karte</h2><h2 id=\"angebote\">Angebote</h2></main>"));
        pages.put("b/index.html", page(frame + "</main>"));
        pages.put("c/index.html", page(frame + "<a href=\"/quartiere/a/#wegbeschreibung\">1</a><a href=\"/quartiere/b/#wegbeschreibung\">2</a></main>"));
        SourceSpan at = new SourceSpan("content/pages/c.md", 3, 1, 10);
        List<LinkIndex.SourcedLink> body = List.of(new LinkIndex.SourcedLink("c/index.html", "/quartiere/a/#wegbeschreibung", "a/#wegbeschreibung", at),
                new LinkIndex.SourcedLink("c/index.html", "/quartiere/b/#wegbeschreibung", "b/#wegbeschreibung", at));
        List<String> hints = check(pages, Set.of(), body, Map.of("c/index.html", Set.of("/quartiere/a/#wegbeschreibung", "/quartiere/b/#wegbeschreibung")))
                .stream().map(Diagnostic::hint).toList();
        assertEquals(List.of("that page has the anchors #angebote, #karte", "that page has no anchors to link to"), hints);
    }

    @Test
    void anchorsOnThePageItselfAreCheckedAndAPageCountsOnce() {
        Map<String, String> pages = new TreeMap<>();
        // "#oben" is on the page; "#fehlt" is not; the broken target is made twice by one page, once by another
        pages.put("a/index.html", page("<h2 id=\"oben\">Oben</h2><a href=\"#oben\">o</a> <a href=\"#\">leer</a> <a href=\"#fehlt\">f</a>"
                + " <a href=\"/quartiere/weg/\">1</a> <a href=\"/quartiere/weg/\">2</a>"));
        pages.put("b/index.html", page("<a href=\"/quartiere/weg/\">3</a> <a href=\"/quartiere/a/#oben\">da</a> <a href=\"/quartiere/a/#unten\">nicht da</a>"));
        List<String> messages = check(pages, Set.of(), List.of(), Map.of()).stream().map(Diagnostic::message).toList();
        assertEquals(List.of("the page a/index.html links to #fehlt, but there is no #fehlt on that page",
                "the page a/index.html links to /quartiere/weg/, which does not exist (as do 1 other pages)",
                "the page b/index.html links to /quartiere/a/#unten, but there is no #unten on that page"), messages);
    }

    @Test
    void bodyLinksAreReportedWhereTheyWereWrittenAndNotAgainForThePage() {
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", page("<h2 id=\"da\">Da</h2>"));
        pages.put("a/index.html", page("<a href=\"/quartiere/fehlt/\">x</a> <a href=\"/quartiere/#weg\">y</a> <img src=\"/quartiere/bild.png\" alt=\"\">"));
        SourceSpan line7 = new SourceSpan("content/pages/a.md", 7, 3, 6);
        SourceSpan line9 = new SourceSpan("content/pages/a.md", 9, 12, 8);
        SourceSpan line11 = new SourceSpan("content/pages/a.md", 11, 10, 8);
        List<LinkIndex.SourcedLink> body = List.of(new LinkIndex.SourcedLink("a/index.html", "/quartiere/fehlt/", "fehlt/", line7),
                new LinkIndex.SourcedLink("a/index.html", "/quartiere/#weg", "/quartiere/#weg", line9),
                new LinkIndex.SourcedLink("a/index.html", "/quartiere/bild.png", "bild.png", line11));
        List<Diagnostic> d = check(pages, Set.of(), body,
                Map.of("a/index.html", Set.of("/quartiere/fehlt/", "/quartiere/#weg", "/quartiere/bild.png")));
        assertEquals(List.of("error broken-link content/pages/a.md:7:3", "error broken-link content/pages/a.md:9:12",
                "error broken-link content/pages/a.md:11:10"), d.stream().map(TestSites::line).toList());
        // named as written, with the address it became; once only where the two are the same
        assertEquals("link: `fehlt/` (/quartiere/fehlt/) does not exist", d.get(0).message());
        assertEquals("link: /quartiere/#weg, but there is no #weg on that page", d.get(1).message());
        assertEquals("link: `bild.png` (/quartiere/bild.png) does not exist", d.get(2).message());
        assertEquals("images and other files belong in content/media/ and are linked as media/bild.png", d.get(2).hint());
        assertTrue(d.get(0).hint().contains("relative to content/"), d.get(0).hint());
        assertTrue(d.get(1).hint().contains("#da"), d.get(1).hint());
    }
}
