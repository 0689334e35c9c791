package de.quartier.render;

import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Quarter;
import de.quartier.model.Status;
import de.quartier.render.Frame.Meta;
import de.quartier.render.Views.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans HTML pages: a page is its file, its template, and a context made only when a worker
 * renders it (the frame, the breadcrumbs and what the page shows).
 */
public final class Pages {
    private final SiteView view;
    private final Frame frame;

    public Pages(SiteView view, Frame frame) {
        this.view = view;
        this.frame = frame;
    }

    public Output.Page page(String path, String template, String title, List<Link> crumbs, Supplier<Map<String, Object>> body) {
        return page(path, template, null, title, crumbs, Meta.NONE, body);
    }

    public Output.Page page(String path, String template, Entry source, String title, List<Link> crumbs, Meta meta,
                            Supplier<Map<String, Object>> body) {
        return new Output.Page(Urls.file(path), template, source, () -> context(title, path, crumbs, meta, body.get()), true, null);
    }

    /** A listing below the home page: {@code listing} is what the template calls it. */
    public Output.Page listing(String path, String template, String title, Supplier<Views.Listing> listing) {
        return page(path, template, title, view.homeCrumbs(), () -> Map.of("listing", listing.get()));
    }

    /** A record's own page: below its collection's listing, kept out of search engines once it has ended. */
    public Output.Page detail(Entry e, String template, Supplier<Views.Detail> detail) {
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(view.homeLink());
        String segment = e.collection().urlSegment();
        if (!segment.isEmpty()) crumbs.add(new Link(view.collectionTitle(e.collection()), view.urls().href(segment + "/")));
        List<Link> feeds = new ArrayList<>();
        if (e instanceof Quarter q)
            feeds.add(new Link(view.t("feed.quarter").replace("{name}", q.title()), view.urls().href(Urls.feedPath(Urls.pathOf(q)))));
        if (e instanceof NewsItem) feeds.add(frame.siteFeed());
        Meta meta = new Meta(e.common().summary(), view.image(e.common()), e instanceof NewsItem ? "article" : "website", feeds);
        Output.Page p = page(Urls.pathOf(e), template, e, e.title(), crumbs, meta, () -> Map.of("detail", detail.get()))
                .lastmod(view.lastmod(e));
        return view.site().status(e) == Status.ENDED ? p.unindexed() : p;
    }

    /** The page for addresses that lead nowhere; it lives at every URL, so it has no canonical one. */
    public Output.Page notFound() {
        return new Output.Page("404.html", "not-found", null,
                () -> context(view.t("notFound.title"), "404.html", List.of(), Meta.NONE, Map.of()), false, null);
    }

    private Map<String, Object> context(String title, String path, List<Link> crumbs, Meta meta, Map<String, Object> body) {
        Map<String, Object> m = new HashMap<>(body);
        m.put("page", frame.chrome(title, path, crumbs, meta));
        m.put("t", view.strings());
        return m;
    }
}
