package de.quartier.render.feed;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sitemap and, for a site with more than 50,000 pages, the sitemap index of its parts. */
class SitemapTest {
    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIndexListsEveryPartUnderTheSiteAddress() throws Exception {
        org.w3c.dom.Document doc = parse(Sitemap.index("https://example.org/q/", 3));
        assertEquals("sitemapindex", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", doc.getDocumentElement().getNamespaceURI());
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            assertEquals("sitemap", ((Element) locs.item(i).getParentNode()).getLocalName());
            out.add(locs.item(i).getTextContent());
        }
        assertEquals(List.of("https://example.org/q/sitemap-1.xml", "https://example.org/q/sitemap-2.xml",
                "https://example.org/q/sitemap-3.xml"), out);
    }

    @Test
    void aSitemapListsItsUrlsWithTheirDatesWhereKnown() throws Exception {
        org.w3c.dom.Document doc = parse(Sitemap.xml(List.of(new Sitemap.Url("https://example.org/q/a/", LocalDate.of(2026, 11, 1)),
                new Sitemap.Url("https://example.org/q/b/", null))));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(2, doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url").getLength());
        assertEquals(1, doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod").getLength());
        assertEquals(50_000, Sitemap.MAX_URLS, "the sitemaps.org limit");
    }
}
