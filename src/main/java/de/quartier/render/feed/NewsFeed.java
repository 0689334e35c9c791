package de.quartier.render.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An Atom feed (RFC 4287) of news: the site's, or one quarter's. Times are the start of the day
 * in the site's time zone; nothing comes from the build clock, so an unchanged site gives the
 * same feed.
 */
public final class NewsFeed {
    private static final String NS = "http://www.w3.org/2005/Atom";

    /**
     * @param id       the feed's id and the page it belongs to (absolute URL)
     * @param self     the feed's own absolute URL
     * @param updated  when the feed last changed: its newest entry, or (with no entries) the caller's date
     * @param entries  newest first
     */
    public record Feed(String title, String subtitle, String id, String self, String author, LocalDate updated, List<Item> entries) {
    }

    /**
     * @param url         the news page (absolute; also the entry's id)
     * @param contentHtml the body with absolute links, or ""
     * @param categories  the quarters' names
     */
    public record Item(String title, String url, LocalDate published, LocalDate updated, String summary, String contentHtml,
                List<String> categories) {
    }

    private NewsFeed() {
    }

    public static String xml(Feed feed, ZoneId zone) {
        return XmlDocument.write("feed", NS, x -> {
            element(x, "title", feed.title());
            if (feed.subtitle() != null && !feed.subtitle().isEmpty()) element(x, "subtitle", feed.subtitle());
            element(x, "id", feed.id());
            link(x, "self", feed.self(), "application/atom+xml");
            link(x, "alternate", feed.id(), "text/html");
            element(x, "updated", time(feed.updated(), zone));
            x.writeCharacters("\n  ");
            x.writeStartElement("author");
            x.writeStartElement("name");
            x.writeCharacters(feed.author());
            x.writeEndElement();
            x.writeEndElement();
            element(x, "generator", "Quartier");
            for (Item i : feed.entries()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("entry");
                element(x, "title", i.title());
                element(x, "id", i.url());
                link(x, "alternate", i.url(), "text/html");
                element(x, "published", time(i.published(), zone));
                element(x, "updated", time(i.updated(), zone));
                for (String c : i.categories()) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("category");
                    x.writeAttribute("term", c);
                }
                if (i.summary() != null && !i.summary().isEmpty()) element(x, "summary", i.summary());
                if (!i.contentHtml().isEmpty()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("content");
                    x.writeAttribute("type", "html");
                    x.writeCharacters(i.contentHtml());
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
        });
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        XmlDocument.element(x, "  ", name, text);
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** The start of a day in the site's zone, with its offset: "2026-11-02T00:00:00+01:00". */
    public static String time(LocalDate d, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.atStartOfDay(zone).toOffsetDateTime());
    }
}
