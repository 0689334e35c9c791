package de.quartier.render;

import de.quartier.model.Collection;
import de.quartier.model.InfoPage;
import de.quartier.model.SiteConfig;
import de.quartier.model.Slug;
import de.quartier.render.Views.Chrome;
import de.quartier.render.Views.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * The frame around every page: head, menu, breadcrumbs, footer. What is the same on every page
 * (the menu's and footer's entries, the owner, the locale) is worked out once per build; a page
 * only marks where the reader is.
 */
public final class Frame {
    /** What a page's head says about it: meta description, OpenGraph image and type, feeds. */
    public record Meta(String description, Views.Image image, String type, List<Link> feeds) {
        public static final Meta NONE = new Meta(null, null, "website", List.of());
    }

    /** A menu or footer entry: its label and page path. */
    private record Entry(String label, String path) {
    }

    private final SiteView view;
    private final List<Entry> menu = new ArrayList<>();
    private final List<Entry> footer = new ArrayList<>();
    private final String ownerName;
    private final String easyLanguageHref;
    private final String ownerUrl;
    private final String locale;
    private final Link siteFeed;
    /** The published addresses of the style sheets and scripts, for the templates' links (page.assets["style.css"]). */
    private final Map<String, String> assetHrefs;

    public Frame(SiteView view) {
        this.assetHrefs = view.urls().assetHrefs();
        this.view = view;
        SiteConfig config = view.site().config();
        menu.add(new Entry(view.t("nav.quarters"), "quartiere/"));
        menu.add(new Entry(view.t("nav.contactPoints"), "anlaufstellen/"));
        menu.add(new Entry(view.t("nav.offerings"), "angebote/"));
        menu.add(new Entry(view.t("nav.news"), "aktuelles/"));
        view.site().pages().stream().filter(p -> p.menuWeight() != null)
                .sorted(Comparator.comparing(InfoPage::menuWeight).thenComparing(InfoPage::slug))
                .forEach(p -> menu.add(new Entry(p.menuTitle() != null ? p.menuTitle() : p.title(), Urls.pathOf(p))));
        for (String slug : List.of("impressum", "datenschutz", "barrierefreiheit"))
            view.site().find(Collection.PAGES, new Slug(slug)).ifPresent(p -> footer.add(new Entry(p.title(), Urls.pathOf(p))));
        footer.add(new Entry(view.t("openData.title"), Urls.OPEN_DATA));
        this.ownerName = config.owner() == null ? "" : config.owner().name();
        this.easyLanguageHref = view.site().pages().stream().filter(InfoPage::easyLanguage).findFirst()
                .map(p -> view.urls().href(p)).orElse("");
        this.ownerUrl = config.owner() == null || config.owner().website() == null ? "" : config.owner().website();
        this.locale = openGraphLocale(config.language());
        this.siteFeed = new Link(view.t("feed.news").replace("{site}", config.title()), view.urls().href(Urls.feedPath("aktuelles/")));
    }

    /** The site's news feed, announced on the home and news pages. */
    public Link siteFeed() {
        return siteFeed;
    }

    public Chrome chrome(String title, String path, List<Link> crumbs, Meta meta) {
        SiteConfig config = view.site().config();
        String full = path.equals("404.html") ? "" : config.baseUrl() + path;
        String pageTitle = path.isEmpty() ? config.title() : title + " – " + config.title();
        String description = meta.description() != null ? meta.description() : Objects.requireNonNullElse(config.description(), "");
        List<Link> feeds = meta.feeds().isEmpty() && (path.isEmpty() || path.equals("aktuelles/")) ? List.of(siteFeed) : meta.feeds();
        List<Link> menuHere = here(menu, path);
        List<Link> footerHere = here(footer, path);
        return new Chrome(config.language(), config.title(), pageTitle, title, description, full, view.urls().basePath(),
                ownerName, ownerUrl, menuHere, crumbs, footerHere, meta.type(),
                meta.image() == null ? "" : view.absolute(meta.image().src()), meta.image() == null ? "" : meta.image().alt(),
                feeds, locale, view.partKey("m" + current(menuHere) + "-f" + current(footerHere)), assetHrefs,
                Objects.requireNonNullElse(config.notice(), ""), easyLanguageHref);
    }

    private List<Link> here(List<Entry> entries, String current) {
        List<Link> out = new ArrayList<>(entries.size());
        for (Entry e : entries) out.add(new Link(e.label(), view.urls().href(e.path()), !e.path().isEmpty() && current.startsWith(e.path())));
        return out;
    }

    private static int current(List<Link> links) {
        for (int i = 0; i < links.size(); i++) if (links.get(i).current()) return i;
        return -1;
    }

    /** "de" → "de_DE", as OpenGraph writes a locale. */
    private static String openGraphLocale(String lang) {
        Locale l = Locale.forLanguageTag(lang);
        String country = l.getCountry().isEmpty() ? lang.toUpperCase(Locale.ROOT) : l.getCountry();
        return l.getLanguage() + "_" + country;
    }
}
