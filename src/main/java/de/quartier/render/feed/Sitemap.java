package de.quartier.render.feed;

import java.time.LocalDate;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9) and the {@code robots.txt} that points to it. */
public final class Sitemap {
    public static final String PATH = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A page's absolute URL and the date it last changed (null: unknown, left out). */
    public record Url(String loc, LocalDate lastmod) {
    }

    private Sitemap() {
    }

    /** The most URLs one sitemap file may list (sitemaps.org); a site with more gets a sitemap index. */
    static final int MAX_URLS = 50_000;

    /** The part files of a site with more URLs than one sitemap may list: "sitemap-1.xml", … */
    static String partPath(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** {@code sitemap.xml} as an index of the part files (sitemaps.org 0.9). */
    static String index(String baseUrl, int parts) {
        return XmlDocument.write("sitemapindex", NS, x -> {
            for (int n = 1; n <= parts; n++) {
                x.writeCharacters("\n  ");
                x.writeStartElement("sitemap");
                x.writeStartElement("loc");
                x.writeCharacters(baseUrl + partPath(n));
                x.writeEndElement();
                x.writeEndElement();
            }
        });
    }

    /** The URLs in the order given (the caller sorts them). */
    public static String xml(List<Url> urls) {
        return XmlDocument.write("urlset", NS, x -> {
            for (Url u : urls) {
                x.writeCharacters("\n  ");
                x.writeStartElement("url");
                x.writeStartElement("loc");
                x.writeCharacters(u.loc());
                x.writeEndElement();
                if (u.lastmod() != null) {
                    x.writeStartElement("lastmod");
                    x.writeCharacters(u.lastmod().toString());
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
        });
    }

    /**
     * Allows everything and names the sitemap. Crawlers read robots.txt only at a host's root: a
     * site under a path (/quartiersentwicklung/) hands this file to whoever runs the root.
     */
    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + PATH + "\n";
    }
}
