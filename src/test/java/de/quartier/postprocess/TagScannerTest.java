package de.quartier.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scanner finds what a DOM would: ids and link targets, entities decoded, comments and script text left alone. */
class TagScannerTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="de"><head>
            <link rel="stylesheet" href="/q/assets/style.css">
            <script src='/q/assets/hours.js' defer data-x="<a href=&quot;/nope/&quot;>"></script>
            <script type="application/ld+json">{"url": "<a href=\\"/not-a-link/\\">"}</script>
            <style>a[href="/in-css/"] { color: red }</style>
            </head><body>
            <!-- <a href="/commented/"> -->
            <A HREF="/q/angebote/?zielgruppe=kinder&amp;tag=mittwoch" ID=top>Angebote</A>
            <a id="x-1" href = "#inhalt" class=plain>Inhalt</a>
            <div id="inhalt" data-map="{&quot;a&quot;:1}"><img src="/q/media/a.jpg" alt="A > B"></div>
            <a href=/q/bare/>bare</a><a name="no-href">anchor</a>
            <p>1 < 2 and <br/> self-closing</p>
            </body></html>
            """;

    @Test
    void findsWhatTheDomFinds() {
        TagScanner.Page scanned = TagScanner.scan(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(PAGE);
        List<String> ids = new ArrayList<>();
        for (Element e : doc.select("[id]")) ids.add(e.id());
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("a[href], link[href], img[src], script[src]")) links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        assertEquals(ids, scanned.ids());
        assertEquals(links, scanned.links());
        assertEquals(List.of("/q/assets/style.css", "/q/assets/hours.js", "/q/angebote/?zielgruppe=kinder&tag=mittwoch", "#inhalt",
                "/q/media/a.jpg", "/q/bare/"), scanned.links());
        assertEquals(Set.of("top", "x-1", "inhalt"), Set.copyOf(scanned.ids()));
    }

    @Test
    void valuesOutsideAsciiAreDecodedFromTheBytes() {
        String page = "<h2 id=\"grüße-2\">Grüße – „hier“</h2><a href=\"/q/straße/#grüße-2\" title=\"ä > ö\">Straße</a>"
                + "<SCRIPT>var a = '<a href=\"/nein/\">';</SCRIPT><img src=\"/q/media/b&uuml;ro.jpg\" alt=\"\">";
        TagScanner.Page scanned = TagScanner.scan(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("grüße-2"), scanned.ids());
        assertEquals(List.of("/q/straße/#grüße-2", "/q/media/büro.jpg"), scanned.links());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPartIsClosedWhenAllItOpensEndsInIt() {
        assertEquals(true, TagScanner.scan(utf8("<li><a href=\"/q/a/\">a</a></li> <!-- x --> 1 < 2")).closed());
        for (String open : List.of("<a href=\"/q/a/", "<a href=/q/a/", "<!-- x", "<script>var x", "<li", "text <", "<style>a{}</STYL", "a <!", "a <!-"))
            assertEquals(false, TagScanner.scan(utf8(open)).closed(), open);
    }

    /**
     * Parts copied into a page give what reading the page through gives, wherever they start and end:
     * between tags, inside a tag or a value, a comment or a script.
     */
    @Test
    void partsReadOnceGiveWhatThePageGives() {
        StringBuilder b = new StringBuilder(PAGE);
        for (int k = 0; k < 12; k++)
            b.append("<article class=\"card\" id=\"c").append(k).append("\"><h3><a href=\"/q/angebote/a-").append(k)
                    .append("/\">Angebot ").append(k).append("</a></h3><img src=\"/q/media/").append(k).append(".jpg\" alt=\"\"></article>\n");
        byte[] page = utf8(b.toString());
        TagScanner.Page whole = TagScanner.scan(page);
        java.util.Random random = new java.util.Random(7);
        int skipped = 0;
        int numbers = 0;
        TagScanner.PartsRead read = new TagScanner.PartsRead();
        for (int trial = 0; trial < 3000; trial++) {
            List<Integer> cuts = new ArrayList<>();
            for (int k = random.nextInt(9); k > 0; k--) cuts.add(random.nextInt(page.length + 1));
            cuts = cuts.stream().distinct().sorted().toList();
            List<Integer> offsets = new ArrayList<>();
            List<de.quartier.model.RenderedPart> parts = new ArrayList<>();
            for (int k = 0; k + 1 < cuts.size(); k += 2) {
                offsets.add(cuts.get(k));
                parts.add(new de.quartier.model.RenderedPart(numbers++, java.util.Arrays.copyOfRange(page, cuts.get(k), cuts.get(k + 1))));
            }
            TagScanner.Page withParts = TagScanner.scan(page, new TagScanner.Parts(offsets.stream().mapToInt(Integer::intValue).toArray(),
                    parts.toArray(new de.quartier.model.RenderedPart[0]), read));
            assertEquals(whole.ids(), withParts.ids(), "cuts " + cuts);
            assertEquals(whole.links(), withParts.links(), "cuts " + cuts);
            skipped += (int) parts.stream().filter(p -> read.get(p.number()) != null && read.get(p.number()).closed()).count();
        }
        assertEquals(true, skipped > 200, "parts read alone and closed: " + skipped);
    }

    /** Cards copied whole: each is read once, and the page gives its ids and links where the cards stand. */
    @Test
    void cardsCopiedWholeAreReadOnce() {
        byte[] card = utf8("<article class=\"card\" id=\"c\"><a href=\"/q/a/\">A</a></article>");
        byte[] page = utf8("<main id=\"m\"><a href=\"/q/x/\">x</a>" + new String(card, java.nio.charset.StandardCharsets.UTF_8)
                + "<p>" + new String(card, java.nio.charset.StandardCharsets.UTF_8) + "</p><a href=\"/q/y/\">y</a></main>");
        int first = "<main id=\"m\"><a href=\"/q/x/\">x</a>".length();
        de.quartier.model.RenderedPart part = new de.quartier.model.RenderedPart(300, card);
        TagScanner.PartsRead read = new TagScanner.PartsRead();
        TagScanner.Page withParts = TagScanner.scan(page, new TagScanner.Parts(new int[]{first, first + card.length + 3},
                new de.quartier.model.RenderedPart[]{part, part}, read));
        assertEquals(List.of("m", "c", "c"), withParts.ids());
        assertEquals(List.of("/q/x/", "/q/a/", "/q/a/", "/q/y/"), withParts.links());
        assertEquals(TagScanner.scan(page), withParts);
        assertEquals(true, read.get(300) != null && read.get(300).closed(), "read once (into a grown array), and closed");
    }
}
