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
}
