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

    /** A menu or footer entry: its label, page path, and whether the label is a page's title in the editors' words. */
    private record Entry(String label, String path, boolean title) {
        Entry(String label, String path) {
            this(label, path, false);
        }
    }

    private final SiteView view;
    private final List<Entry> menu = new ArrayList<>();
    private final List<Entry> footer = new ArrayList<>();
    private final String ownerName;
    private final String easyLanguageHref;
    private final String ownerUrl;
    private final String locale;
    private final Link siteFeed;
    private final LanguageMarks.SiteWords siteTitle;
    private final LanguageMarks.SiteWords notice;
    private final String siteDescription;
    /** The published addresses of the style sheets and scripts, for the templates' links (page.assets["style.css"]). */
    private final Map<String, String> assetHrefs;

    public Frame(SiteView view) {
        Map<String, String> hrefs = new java.util.TreeMap<>(view.urls().assetHrefs());
        hrefs.putIfAbsent("favicon.svg", view.urls().asset("assets/favicon.svg"));
        this.assetHrefs = Map.copyOf(hrefs);
        this.view = view;
        SiteConfig config = view.site().config();
        menu.add(new Entry(view.t("nav.quarters"), "quartiere/"));
        menu.add(new Entry(view.t("nav.contactPoints"), "anlaufstellen/"));
        menu.add(new Entry(view.t("nav.offerings"), "angebote/"));
        menu.add(new Entry(view.t("nav.news"), "aktuelles/"));
        view.site().pages().stream().filter(p -> p.menuWeight() != null)
                .sorted(Comparator.comparing(InfoPage::menuWeight).thenComparing(InfoPage::slug))
                .forEach(p -> menu.add(new Entry(menuTitle(view, p), Urls.pathOf(p), !translatedTitle(view, p))));
        for (String slug : List.of("impressum", "datenschutz", "barrierefreiheit"))
            view.site().find(Collection.PAGES, new Slug(slug)).ifPresent(p -> footer.add(new Entry(p.title(), Urls.pathOf(p), !translatedTitle(view, (InfoPage) p))));
        footer.add(new Entry(view.t("openData.title"), Urls.OPEN_DATA));
        this.ownerName = config.owner() == null ? "" : config.owner().name();
        this.easyLanguageHref = view.site().pages().stream().filter(InfoPage::easyLanguage).findFirst()
                .map(p -> view.urls().href(p)).orElse("");
        this.ownerUrl = config.owner() == null || config.owner().website() == null ? "" : config.owner().website();
        this.locale = openGraphLocale(view.language());
        this.siteTitle = view.marks().siteTitle();
        this.notice = view.marks().siteWords(SiteConfig.SiteTexts::notice, Objects.requireNonNullElse(config.notice(), ""));
        this.siteDescription = view.marks().siteWords(SiteConfig.SiteTexts::description, Objects.requireNonNullElse(config.description(), "")).text();
        this.siteFeed = new Link(view.t("feed.news").replace("{site}", siteTitle.text()), view.urls().href(Urls.feedPath("aktuelles/")));
    }

    /** A page's menu title; on a page in another language the title of the page's translation, where it has one. */
    private static String menuTitle(SiteView view, InfoPage p) {
        return p.menuTitle() != null && !translatedTitle(view, p) ? p.menuTitle() : p.title();
    }

    private static boolean translatedTitle(SiteView view, InfoPage p) {
        return view.translated() && view.site().translation(p, view.language()).map(t -> t.title() != null).orElse(false);
    }

    /** The site's news feed, announced on the home and news pages. */
    public Link siteFeed() {
        return siteFeed;
    }

    public Chrome chrome(String title, String path, List<Link> crumbs, Meta meta) {
        SiteConfig config = view.site().config();
        Editions editions = view.editions();
        String lang = view.language();
        String full = path.equals("404.html") ? "" : config.baseUrl() + editions.path(lang, path);
        // a page named like the site ("Quartiersmanagement in Aachen" for the work's own page) is not named twice in the tab
        String pageTitle = path.isEmpty() || title.equals(siteTitle.text()) ? siteTitle.text() : title + " – " + siteTitle.text();
        String description = meta.description() != null ? meta.description() : siteDescription;
        List<Link> feeds = meta.feeds().isEmpty() && (path.isEmpty() || path.equals("aktuelles/")) ? List.of(siteFeed) : meta.feeds();
        List<Link> menuHere = here(menu, path);
        List<Link> footerHere = here(footer, path);
        // the home page is shared as the site, not as "Start"
        return new Chrome(lang, siteTitle.text(), siteTitle.lang(), pageTitle, path.isEmpty() ? siteTitle.text() : title, description, full, view.urls().href(""),
                ownerName, ownerUrl, menuHere, crumbs, footerHere, meta.type(),
                meta.image() == null ? "" : view.absolute(meta.image().src()), meta.image() == null ? "" : meta.image().alt(),
                feeds, locale, view.partKey("m" + current(menuHere) + "-f" + current(footerHere)), assetHrefs,
                notice.text(), notice.lang(), easyLanguageHref, Editions.rightToLeft(lang) ? "rtl" : "ltr",
                switcher(path), path.equals("404.html") ? List.of() : alternates(path), view.marks().original());
    }

    /** Every language of the site: this page in it, or that language's home where the page has no version in it. */
    private List<Views.LanguageLink> switcher(String path) {
        Editions editions = view.editions();
        if (editions.languages().size() < 2) return List.of();
        List<Views.LanguageLink> out = new ArrayList<>();
        for (String l : editions.languages())
            // the 404 page leads to each language's home, not to another "not found"
            out.add(new Views.LanguageLink(l, Wording.ownName(l), view.urls().in(l, editions.has(l, path) && !path.equals("404.html") ? path : ""),
                    l.equals(view.language()), Editions.rightToLeft(l) ? "rtl" : "ltr"));
        return out;
    }

    /** The page's versions for search engines ({@code hreflang}), the original as x-default; none when it has only one. */
    private List<Views.LanguageLink> alternates(String path) {
        Editions editions = view.editions();
        List<String> langs = editions.of(path);
        if (langs.size() < 2) return List.of();
        String base = view.site().config().baseUrl();
        List<Views.LanguageLink> out = new ArrayList<>();
        for (String l : langs) out.add(new Views.LanguageLink(l, Wording.ownName(l), base + editions.path(l, path), l.equals(view.language()), ""));
        out.add(new Views.LanguageLink("x-default", "", base + path, false, ""));
        return out;
    }

    private List<Link> here(List<Entry> entries, String current) {
        List<Link> out = new ArrayList<>(entries.size());
        String original = view.site().config().language();
        for (Entry e : entries) {
            // on a page in another language: an entry that leads to a page in the original says so
            boolean elsewhere = view.translated() && !view.editions().has(view.language(), e.path());
            boolean in = !e.path().isEmpty() && current.startsWith(e.path());
            out.add(new Link(e.label(), view.urls().href(e.path()), in,
                    view.translated() && e.title() ? original : "", elsewhere ? original : "", in && !current.equals(e.path())));
        }
        return out;
    }

    private static int current(List<Link> links) {
        // a page itself and a page below it differ in how the link says so
        for (int i = 0; i < links.size(); i++) if (links.get(i).current()) return links.get(i).section() ? -2 - i : i;
        return -1;
    }

    /** "de" → "de_DE", as OpenGraph writes a locale (with the country where the language is mostly spoken). */
    private static String openGraphLocale(String lang) {
        String country = switch (lang) {
            case "en" -> "GB";
            case "uk" -> "UA";
            case "ar" -> "AR"; // OpenGraph's own code for Arabic, not a country
            case "fa" -> "IR";
            case "sq" -> "AL";
            default -> {
                Locale l = Locale.forLanguageTag(lang);
                yield l.getCountry().isEmpty() ? lang.toUpperCase(Locale.ROOT) : l.getCountry();
            }
        };
        return lang + "_" + country;
    }
}
