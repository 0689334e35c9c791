package de.quartier.render.feed;

import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Quarter;
import de.quartier.model.Slug;
import de.quartier.model.Status;
import de.quartier.render.Output;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What feed readers and search engines read: the Atom feeds of the site's and each quarter's
 * news, {@code sitemap.xml} and {@code robots.txt}.
 */
public final class Feeds {
    /** The newest date of the records that are not ended: of all, and of each collection's listing ("angebote/"). */
    private record Newest(LocalDate overall, Map<String, LocalDate> byListing) {
    }

    private final SiteView view;
    private final Newest newest;
    private final Map<Slug, NewsFeed.Item> items = new ConcurrentHashMap<>();

    public Feeds(SiteView view) {
        this.view = view;
        this.newest = newest();
    }

    /** @param pages every page of the site, for the sitemap */
    public void plan(List<Output> out, List<Output.Page> pages) {
        List<Output.Page> indexed = pages.stream().filter(p -> p.indexed() && !p.path().equals("404.html")).toList();
        if (indexed.size() <= Sitemap.MAX_URLS) {
            out.add(Output.File.text(Sitemap.PATH, () -> sitemap(indexed)).ofWholeSite());
        } else {
            // sorted by address, as the one file would be, then cut into files of at most MAX_URLS
            List<Output.Page> sorted = indexed.stream().sorted(java.util.Comparator.comparing(Output.Page::pagePath)).toList();
            int parts = (sorted.size() + Sitemap.MAX_URLS - 1) / Sitemap.MAX_URLS;
            out.add(Output.File.text(Sitemap.PATH, () -> Sitemap.index(view.site().config().baseUrl(), parts)));
            for (int n = 1; n <= parts; n++) {
                List<Output.Page> part = sorted.subList((n - 1) * Sitemap.MAX_URLS, Math.min(sorted.size(), n * Sitemap.MAX_URLS));
                out.add(Output.File.text(Sitemap.partPath(n), () -> sitemap(part)).ofWholeSite());
            }
        }
        out.add(Output.File.text(Sitemap.ROBOTS, () -> Sitemap.robots(view.site().config().baseUrl())));
        String news = view.t("nav.news");
        out.add(Output.File.text(Urls.feedPath("aktuelles/"),
                () -> NewsFeed.xml(feed(view.site().config().title() + ": " + news, "aktuelles/", view.site().news(), null), zone())));
        for (Quarter q : view.site().quarters())
            out.add(Output.File.text(Urls.feedPath(Urls.pathOf(q)), () -> NewsFeed.xml(feed(q.title() + ": " + news, Urls.pathOf(q),
                    view.relations().newsOf(q), view.lastmod(q)), zone())));
    }

    private java.time.ZoneId zone() {
        return view.site().config().timezone();
    }

    /**
     * Every page a search engine should know: not the 404 page, not ended records, not deep finder
     * combinations. Pages made from records carry their date; listings the newest date of what they
     * list; the rest none (never the build clock).
     */
    private String sitemap(List<Output.Page> pages) {
        List<Sitemap.Url> out = new ArrayList<>();
        for (Output.Page p : pages) {
            LocalDate d = p.lastmod() != null ? p.lastmod() : p.pagePath().isEmpty() ? newest.overall() : newest.byListing().get(p.pagePath());
            out.add(new Sitemap.Url(view.site().config().baseUrl() + p.pagePath(), d));
        }
        out.sort(Comparator.comparing(Sitemap.Url::loc));
        return Sitemap.xml(out);
    }

    private Newest newest() {
        LocalDate all = null;
        Map<String, LocalDate> byListing = new HashMap<>();
        for (Collection c : Collection.values())
            for (Entry e : view.site().all(c)) {
                LocalDate d = view.lastmod(e);
                if (d == null || view.site().status(e) == Status.ENDED) continue;
                if (all == null || d.isAfter(all)) all = d;
                byListing.merge(c.urlSegment() + "/", d, (x, y) -> x.isAfter(y) ? x : y);
            }
        return new Newest(all, byListing);
    }

    /**
     * @param emptyDate the feed's date while it has no entries (the quarter's own date); lacking one,
     *                  the newest date of any record, and only for a site with no dates at all the build date
     */
    private NewsFeed.Feed feed(String title, String pagePath, List<NewsItem> news, LocalDate emptyDate) {
        List<NewsFeed.Item> entries = news.stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug))
                .map(this::item).toList();
        LocalDate updated = entries.stream().map(NewsFeed.Item::updated).max(Comparator.naturalOrder())
                .orElse(emptyDate != null ? emptyDate : newest.overall() != null ? newest.overall() : view.site().today());
        var config = view.site().config();
        String author = config.owner() != null ? config.owner().name() : config.title();
        return new NewsFeed.Feed(title, config.title(), config.baseUrl() + pagePath, config.baseUrl() + Urls.feedPath(pagePath), author,
                updated, entries);
    }

    /** A news item as a feed entry, made once: it stands in the site's feed and in each of its quarters' feeds. */
    private NewsFeed.Item item(NewsItem n) {
        return items.computeIfAbsent(n.slug(), k -> {
            LocalDate changed = n.common().updated() != null && n.common().updated().isAfter(n.date()) ? n.common().updated() : n.date();
            return new NewsFeed.Item(n.title(), view.site().config().baseUrl() + Urls.pathOf(n), n.date(), changed, n.common().summary(),
                    view.markdown().toHtml(n.common().body(), view.urls(), java.util.Set.of(), view::absolute), view.names(n.quarters(), Collection.QUARTERS));
        });
    }
}
