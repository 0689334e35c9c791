package de.quartier.render;

import de.quartier.model.Address;
import de.quartier.model.Collection;
import de.quartier.model.Common;
import de.quartier.model.Contact;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.EventDate;
import de.quartier.model.InfoPage;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Operator;
import de.quartier.model.Place;
import de.quartier.model.Program;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.RenderedFile;
import de.quartier.model.Site;
import de.quartier.model.Slug;
import de.quartier.model.Status;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Chrome;
import de.quartier.render.Views.Detail;
import de.quartier.render.Views.Fact;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the {@link Site} into every file of the output: one page per record, the listings, one
 * page per browse value, the 404 page, the theme's assets and the media files.
 */
public final class PageRenderer {
    private final Site site;
    private final Theme theme;
    private final Urls urls;
    private final Markdown markdown;
    private final Map<String, String> t;
    private final German german;
    /** Browse values and the listed records under each, built once: every listing links to them. */
    private final Map<Urls.Facet, FacetIndex> facets = new java.util.EnumMap<>(Urls.Facet.class);
    // who points at whom, built once so record pages need not scan every record
    private final Map<Slug, List<Offering>> offeringsByQuarter;
    private final Map<Slug, List<NewsItem>> newsByQuarter;
    private final Map<Slug, List<ContactPoint>> contactPointsByOperator;
    private final Map<Slug, List<Offering>> offeringsByOperator;
    private final Map<Slug, List<Quarter>> quartersByProgram;
    private final Map<Slug, List<ContactPoint>> contactPointsByProgram;
    private final de.quartier.model.PublicHolidays holidays;
    private final HoursText hoursText;
    private final CalendarFiles calendars;
    private final ContactCards contactCards;
    private final StructuredData structuredData;
    private final MapData mapData;
    private final OpenDataFiles openData;
    private final OfferingFinder finder;
    private final Map<String, java.time.LocalDate> fileDates;

    public PageRenderer(Site site, Theme theme, Markdown markdown, de.quartier.model.PublicHolidays holidays) {
        this(site, theme, markdown, holidays, Map.of());
    }

    /** @param fileDates site-relative source path → date of its last commit (the sitemap's fallback for {@code updated}) */
    public PageRenderer(Site site, Theme theme, Markdown markdown, de.quartier.model.PublicHolidays holidays,
                        Map<String, java.time.LocalDate> fileDates) {
        this.fileDates = Map.copyOf(fileDates);
        this.site = site;
        this.theme = theme;
        this.urls = new Urls(site.config().basePath());
        this.markdown = markdown;
        this.t = theme.strings();
        this.german = new German(t);
        this.holidays = holidays;
        this.hoursText = new HoursText(german, t);
        this.calendars = new CalendarFiles(site, holidays);
        this.contactCards = new ContactCards(site);
        this.structuredData = new StructuredData(site);
        this.mapData = new MapData(site.config(), urls, t);
        this.openData = new OpenDataFiles(site, hoursText);
        List<ContactPoint> listedContactPoints = site.contactPoints().stream().filter(this::listed).toList();
        List<Offering> listedOfferings = site.offerings().stream().filter(this::listed).toList();
        this.offeringsByQuarter = indexBy(listedOfferings, Offering::quarters);
        this.newsByQuarter = indexBy(site.news(), NewsItem::quarters);
        this.contactPointsByOperator = indexBy(listedContactPoints, ContactPoint::operators);
        this.offeringsByOperator = indexBy(listedOfferings, o -> o.operator() == null ? List.of() : List.of(o.operator()));
        this.quartersByProgram = indexBy(site.quarters(), Quarter::programs);
        this.contactPointsByProgram = indexBy(listedContactPoints, ContactPoint::programs);
        for (Urls.Facet f : Urls.Facet.values()) facets.put(f, facetIndex(f, listedContactPoints, listedOfferings));
        this.finder = new OfferingFinder(site, listedOfferings, holidays, t);
        this.nearby = nearbyOptions();
        this.newest = newest();
        this.finderProfiles = finder.profiles().stream().collect(Collectors.toMap(p -> p.offering().slug(), p -> p));
    }

    private final Map<Slug, OfferingFinder.Profile> finderProfiles;
    /** Dates for the sitemap's listings and for feeds without entries, found once. */
    private final Newest newest;
    /** The quarters "near me" can measure from (on two listings). */
    private final List<Views.NearbyOption> nearby;

    /** Records by each slug they point at, in the records' order. */
    private static <E> Map<Slug, List<E>> indexBy(List<E> entries, Function<E, List<Ref>> refs) {
        Map<Slug, List<E>> index = new HashMap<>();
        for (E e : entries)
            for (Ref r : refs.apply(e)) index.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(e);
        return index;
    }

    /** The rendered site and, for each HTML file, the source record it was made from (if any). */
    public record Output(List<RenderedFile> files, Map<String, String> sourceOf) {
    }

    public Output render(Map<String, byte[]> media) {
        List<Page> pages = pages();
        List<RenderedFile> files = pages.parallelStream().map(this::renderPage).collect(Collectors.toList());
        files.addAll(calendarsAndCards());
        files.addAll(VendorAssets.files(MapData.VENDOR));
        files.add(text(OpenDataFiles.CONTACT_POINTS_GEOJSON, openData.contactPointsGeoJson()));
        files.add(text(OpenDataFiles.CONTACT_POINTS_CSV, openData.contactPointsCsv()));
        files.add(text(OpenDataFiles.QUARTERS_GEOJSON, openData.quartersGeoJson()));
        files.add(text(OpenDataFiles.OFFERINGS_JSON, openData.offeringsJson()));
        files.add(text(SearchIndex.PATH, searchIndex().json()));
        files.add(text(Sitemap.PATH, sitemap(pages)));
        files.add(text(Sitemap.ROBOTS, Sitemap.robots(site.config().baseUrl())));
        files.add(text(feedPath("aktuelles/"), NewsFeed.xml(feed(site.config().title() + ": " + t("nav.news"), "aktuelles/",
                site.news(), null), site.config().timezone())));
        for (Quarter q : site.quarters())
            files.add(text(feedPath(Urls.pathOf(q)), NewsFeed.xml(feed(q.title() + ": " + t("nav.news"), Urls.pathOf(q),
                    newsByQuarter.getOrDefault(q.slug(), List.of()), lastmod(q)), site.config().timezone())));
        theme.assets().forEach((path, bytes) -> files.add(new RenderedFile(path, bytes)));
        media.forEach((path, bytes) -> files.add(new RenderedFile(path, bytes)));
        files.sort(Comparator.comparing(RenderedFile::path));
        Map<String, String> sourceOf = new TreeMap<>();
        for (Page p : pages) if (p.source != null) sourceOf.put(p.file, p.source);
        return new Output(List.copyOf(files), sourceOf);
    }

    // ---- sitemap and feeds -------------------------------------------------------------------

    /**
     * Every page a search engine should know: not the 404 page, not ended records, not deep finder
     * combinations. Pages made from records carry their date; listings the newest date of what they
     * list; the rest none (never the build clock).
     */
    private String sitemap(List<Page> pages) {
        List<Sitemap.Url> out = new ArrayList<>();
        for (Page p : pages) {
            if (!p.indexed() || p.file().equals("404.html")) continue;
            java.time.LocalDate d = p.lastmod() != null ? p.lastmod() : p.path().isEmpty() ? newest.overall() : newest.byListing().get(p.path());
            out.add(new Sitemap.Url(site.config().baseUrl() + p.path(), d));
        }
        out.sort(Comparator.comparing(Sitemap.Url::loc));
        return Sitemap.xml(out);
    }

    /** The newest date of the records that are not ended: of all, and of each collection's listing ("angebote/"). */
    private record Newest(java.time.LocalDate overall, Map<String, java.time.LocalDate> byListing) {
    }

    private Newest newest() {
        java.time.LocalDate all = null;
        Map<String, java.time.LocalDate> byListing = new HashMap<>();
        for (Collection c : Collection.values())
            for (Entry e : site.all(c)) {
                java.time.LocalDate d = lastmod(e);
                if (d == null || site.status(e) == Status.ENDED) continue;
                if (all == null || d.isAfter(all)) all = d;
                byListing.merge(c.urlSegment() + "/", d, (x, y) -> x.isAfter(y) ? x : y);
            }
        return new Newest(all, byListing);
    }

    /**
     * @param emptyDate the feed's date while it has no entries (the quarter's own date); lacking one,
     *                  the newest date of any record, and only for a site with no dates at all the build date
     */
    private NewsFeed.Feed feed(String title, String pagePath, List<NewsItem> news, java.time.LocalDate emptyDate) {
        List<NewsFeed.Item> items = news.stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug))
                .map(this::feedItem).toList();
        java.time.LocalDate updated = items.stream().map(NewsFeed.Item::updated).max(Comparator.naturalOrder())
                .orElse(emptyDate != null ? emptyDate : newest.overall() != null ? newest.overall() : site.today());
        String author = site.config().owner() != null ? site.config().owner().name() : site.config().title();
        return new NewsFeed.Feed(title, site.config().title(), site.config().baseUrl() + pagePath,
                site.config().baseUrl() + feedPath(pagePath), author, updated, items);
    }

    /** A news item as a feed entry, made once: it stands in the site's feed and in each of its quarters' feeds. */
    private NewsFeed.Item feedItem(NewsItem n) {
        return feedItems.computeIfAbsent(n.slug(), k -> {
            java.time.LocalDate changed = n.common().updated() != null && n.common().updated().isAfter(n.date()) ? n.common().updated() : n.date();
            return new NewsFeed.Item(n.title(), site.config().baseUrl() + Urls.pathOf(n), n.date(), changed, n.common().summary(),
                    absoluteLinks(markdown.toHtml(n.common().body(), urls)), names(n.quarters(), Collection.QUARTERS));
        });
    }

    private final Map<Slug, NewsFeed.Item> feedItems = new java.util.concurrent.ConcurrentHashMap<>();

    /** Feed readers do not know the page a body came from: its site links become absolute. */
    private String absoluteLinks(String html) {
        if (html.isEmpty()) return html;
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element a : doc.select("a[href^=/]")) a.attr("href", absolute(a.attr("href")));
        for (org.jsoup.nodes.Element img : doc.select("img[src^=/]")) img.attr("src", absolute(img.attr("src")));
        return doc.body().html();
    }

    // ---- calendars and contact cards ---------------------------------------------------------

    static String calendarPath(String pagePath) {
        return pagePath + "kalender.ics";
    }

    static String cardPath(ContactPoint cp) {
        return Urls.pathOf(cp) + "kontakt.vcf";
    }

    private List<RenderedFile> calendarsAndCards() {
        List<Supplier<RenderedFile>> jobs = new ArrayList<>();
        List<Offering> listedOfferings = site.offerings().stream().filter(this::listed).toList();
        jobs.add(() -> text(calendarPath("angebote/"), calendars.calendar(site.config().title() + ": " + t("nav.offerings"), listedOfferings)));
        for (Offering o : site.offerings())
            jobs.add(() -> text(calendarPath(Urls.pathOf(o)), calendars.calendar(o.title(), List.of(o))));
        for (Quarter q : site.quarters())
            jobs.add(() -> text(calendarPath(Urls.pathOf(q)), calendars.calendar(q.title() + ": " + t("nav.offerings"),
                    offeringsByQuarter.getOrDefault(q.slug(), List.of()))));
        for (ContactPoint cp : site.contactPoints())
            jobs.add(() -> text(cardPath(cp), contactCards.card(cp, cp.openingHours() == null ? null : hoursText.summary(cp.openingHours(), false))));
        return jobs.parallelStream().map(Supplier::get).collect(Collectors.toList());
    }

    private static RenderedFile text(String path, String content) {
        return new RenderedFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private Views.Download download(String label, String path, String filename) {
        return new Views.Download(label, urls.href(path), filename);
    }

    // ---- maps and open data ------------------------------------------------------------------

    /** On the map: current offices only (not ended, not yet opened). */
    private boolean onMap(ContactPoint cp) {
        return site.status(cp) == Status.CURRENT;
    }

    private List<MapData.Marker> markers(List<ContactPoint> cps) {
        List<MapData.Marker> out = new ArrayList<>();
        for (ContactPoint cp : cps) {
            MapData.KindStyle style = mapData.style(cp.kind());
            out.add(new MapData.Marker(cp.geo(), cp.title(), Objects.requireNonNullElse(cp.kind(), ""), style.color(), style.symbol(),
                    address(cp.address()), urls.href(cp), directions(cp.address()),
                    Urls.valueSlug(site.quarter(cp.quarters().get(0)).district()), hoursData(cp)));
        }
        return out;
    }

    private Views.MapView offeringMap(Offering o) {
        if (site.status(o) == Status.ENDED) return null;
        String label = t("map.label.offering").replace("{name}", o.title());
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = site.contactPoint(at.contactPoint());
            return map(label, markers(List.of(cp)), List.of(), false, true, List.of());
        }
        if (o.place() instanceof Place.AtVenue v && v.venue().geo() != null) {
            MapData.KindStyle style = mapData.style(t("map.venue"));
            MapData.Marker m = new MapData.Marker(v.venue().geo(), v.venue().name(), t("map.venue"), style.color(), style.symbol(),
                    address(v.venue().address()), null, directions(v.venue().address()), null, null);
            return map(label, List.of(m), List.of(), false, true, List.of());
        }
        List<Quarter> quarters = o.quarters().stream().map(site::quarter).filter(q -> q.boundary() != null).toList();
        return quarters.isEmpty() ? null : map(label, List.of(), quarters, false, true, List.of());
    }

    /** The id of the list of places every map's placeholder links to (a map's own list, or the listing). */
    private static final String PLACES_ID = "orte";

    private Views.MapView map(String label, List<MapData.Marker> markers, List<Quarter> boundaries, boolean cluster,
                              boolean listPlaces, List<Views.Option> filter) {
        java.util.Map<String, Views.LegendItem> legend = new TreeMap<>();
        for (MapData.Marker m : markers) legend.putIfAbsent(m.kind(), new Views.LegendItem(m.kind(), m.color(), m.symbol()));
        List<Views.MapPlace> places = new ArrayList<>();
        if (listPlaces) {
            for (MapData.Marker m : markers) places.add(new Views.MapPlace(m.name(), m.href(), m.kind(), m.address(), m.route()));
            for (Quarter q : boundaries) if (markers.isEmpty()) places.add(new Views.MapPlace(q.title(), urls.href(q), t("map.quarter"), "", null));
        }
        return new Views.MapView(label, mapData.json(markers, boundaries, cluster), mapData.tileHost(),
                site.config().map().tiles().attribution(), List.copyOf(legend.values()), PLACES_ID, places, filter);
    }

    private Map<String, Object> openDataPage() {
        Map<String, Object> m = new HashMap<>();
        var d = site.config().openData();
        m.put("licence", d == null ? "" : d.licence());
        m.put("licenceUrl", d == null || d.licenceUrl() == null ? "" : d.licenceUrl());
        m.put("attribution", d == null || d.attribution() == null ? "" : d.attribution());
        m.put("files", List.of(
                new Views.Download(t("openData.contactPointsGeojson").replace("{n}", Integer.toString(openData.contactPoints().size())),
                        urls.href(OpenDataFiles.CONTACT_POINTS_GEOJSON), "anlaufstellen.geojson"),
                new Views.Download(t("openData.contactPointsCsv").replace("{n}", Integer.toString(openData.contactPoints().size())),
                        urls.href(OpenDataFiles.CONTACT_POINTS_CSV), "anlaufstellen.csv"),
                new Views.Download(t("openData.quartersGeojson").replace("{n}", Integer.toString(site.quarters().size())),
                        urls.href(OpenDataFiles.QUARTERS_GEOJSON), "quartiere.geojson"),
                new Views.Download(t("openData.offeringsJson").replace("{n}", Integer.toString(openData.offerings().size())),
                        urls.href(OpenDataFiles.OFFERINGS_JSON), "angebote.json"),
                new Views.Download(t("download.allCalendar"), urls.href(calendarPath("angebote/")), "angebote.ics")));
        return m;
    }

    // ---- the page list ---------------------------------------------------------------------

    /**
     * A page to render. {@code indexed} false keeps it out of the sitemap and search engines (deep
     * finder combinations, ended records, the 404 page); {@code lastmod} is the sitemap's date (or null).
     */
    private record Page(String file, String template, String source, Supplier<Map<String, Object>> context, boolean indexed,
                        java.time.LocalDate lastmod) {
        Page unindexed() {
            return new Page(file, template, source, context, false, lastmod);
        }

        Page lastmod(java.time.LocalDate date) {
            return new Page(file, template, source, context, indexed, date);
        }

        /** The page's URL path relative to the base ("angebote/x/"). */
        String path() {
            return file.equals("index.html") ? "" : file.substring(0, file.length() - "index.html".length());
        }
    }

    /** What a page's head says about it: meta description, OpenGraph image and type, feeds. */
    private record Meta(String description, Views.Image image, String type, List<Link> feeds) {
        static final Meta NONE = new Meta(null, null, "website", List.of());
    }

    private List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(page("", "home", null, t("home.title"), List.of(), () -> Map.of("home", home())));
        pages.add(listing("quartiere/", "quarters", t("nav.quarters"), this::quartersListing));
        pages.add(listing("anlaufstellen/", "contact-points", t("nav.contactPoints"), this::contactPointListing));
        pages.add(listing("angebote/", "offerings", t("nav.offerings"), this::offeringsListing));
        pages.add(listing("traeger/", "operators", t("nav.operators"), () -> simpleListing(t("nav.operators"), site.operators())));
        pages.add(listing("programme/", "programs", t("nav.programs"), () -> simpleListing(t("nav.programs"), site.programs())));
        pages.add(listing("aktuelles/", "news-index", t("nav.news"), this::newsListing));
        pages.add(page(SEARCH, "search", null, t("search.title"), homeCrumbs(), () -> Map.of("search", searchPage())));
        pages.add(page(OpenDataFiles.FOLDER, "open-data", null, t("openData.title"), homeCrumbs(), () -> Map.of("data", openDataPage())));
        for (Quarter q : site.quarters()) {
            pages.add(detail(q, "quarter", () -> quarter(q)));
            pages.add(printSheetPage(q));
        }
        for (ContactPoint cp : site.contactPoints()) pages.add(detail(cp, "contact-point", () -> contactPoint(cp)));
        for (Offering o : site.offerings()) pages.add(detail(o, "offering", () -> offering(o)));
        for (Operator op : site.operators()) pages.add(detail(op, "operator", () -> operator(op)));
        for (Program p : site.programs()) pages.add(detail(p, "program", () -> program(p)));
        for (InfoPage p : site.pages()) pages.add(detail(p, "info-page", () -> infoPage(p)));
        for (NewsItem n : site.news()) pages.add(detail(n, "news", () -> news(n)));
        for (Urls.Facet f : Urls.Facet.values()) facetPages(f, pages);
        finderPages(pages);
        pages.add(new Page("404.html", "not-found", null, () -> context(t("notFound.title"), "404.html", List.of(), Meta.NONE, Map.of()),
                false, null));
        return pages;
    }

    private Page page(String path, String template, String source, String title, List<Link> crumbs, Supplier<Map<String, Object>> body) {
        return page(path, template, source, title, crumbs, Meta.NONE, body);
    }

    private Page page(String path, String template, String source, String title, List<Link> crumbs, Meta meta,
                      Supplier<Map<String, Object>> body) {
        return new Page(Urls.file(path), template, source, () -> context(title, path, crumbs, meta, body.get()), true, null);
    }

    private Page listing(String path, String template, String title, Supplier<Listing> listing) {
        return page(path, template, null, title, homeCrumbs(), () -> Map.of("listing", listing.get()));
    }

    private Page detail(Entry e, String template, Supplier<Detail> detail) {
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(homeLink());
        String segment = e.collection().urlSegment();
        if (!segment.isEmpty()) crumbs.add(new Link(collectionTitle(e.collection()), urls.href(segment + "/")));
        List<Link> feeds = new ArrayList<>();
        if (e instanceof Quarter q) feeds.add(new Link(t("feed.quarter").replace("{name}", q.title()), urls.href(feedPath(Urls.pathOf(q)))));
        if (e instanceof NewsItem) feeds.add(siteFeed());
        Meta meta = new Meta(e.common().summary(), image(e.common()), e instanceof NewsItem ? "article" : "website", feeds);
        Page p = page(Urls.pathOf(e), template, e.common().sourcePath(), e.title(), crumbs, meta, () -> Map.of("detail", detail.get()))
                .lastmod(lastmod(e));
        return site.status(e) == Status.ENDED ? p.unindexed() : p;
    }

    private Map<String, Object> context(String title, String path, List<Link> crumbs, Meta meta, Map<String, Object> body) {
        Map<String, Object> m = new HashMap<>(body);
        m.put("page", chrome(title, path, crumbs, meta));
        m.put("t", t);
        return m;
    }

    private RenderedFile renderPage(Page p) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Map<String, Object> context = p.context.get();
            context.put("indexed", p.indexed);
            theme.render(p.template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedFile(p.file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ---- the frame -------------------------------------------------------------------------

    private Chrome chrome(String title, String path, List<Link> crumbs, Meta meta) {
        List<Link> menu = new ArrayList<>();
        menu.add(nav(t("nav.quarters"), "quartiere/", path));
        menu.add(nav(t("nav.contactPoints"), "anlaufstellen/", path));
        menu.add(nav(t("nav.offerings"), "angebote/", path));
        menu.add(nav(t("nav.news"), "aktuelles/", path));
        site.pages().stream().filter(p -> p.menuWeight() != null)
                .sorted(Comparator.comparing(InfoPage::menuWeight).thenComparing(InfoPage::slug))
                .forEach(p -> menu.add(nav(p.menuTitle() != null ? p.menuTitle() : p.title(), Urls.pathOf(p), path)));
        List<Link> footer = new ArrayList<>();
        for (String slug : List.of("impressum", "datenschutz", "barrierefreiheit"))
            site.find(Collection.PAGES, new Slug(slug)).ifPresent(p -> footer.add(nav(p.title(), Urls.pathOf(p), path)));
        footer.add(nav(t("openData.title"), OpenDataFiles.FOLDER, path));
        String full = path.equals("404.html") ? "" : site.config().baseUrl() + path;
        String pageTitle = path.isEmpty() ? site.config().title() : title + " – " + site.config().title();
        String description = meta.description() != null ? meta.description() : Objects.requireNonNullElse(site.config().description(), "");
        List<Link> feeds = meta.feeds().isEmpty() && (path.isEmpty() || path.equals("aktuelles/")) ? List.of(siteFeed()) : meta.feeds();
        return new Chrome(site.config().language(), site.config().title(), pageTitle, title, description, full, urls.basePath(),
                site.config().owner() == null ? "" : site.config().owner().name(),
                site.config().owner() == null || site.config().owner().website() == null ? "" : site.config().owner().website(),
                menu, crumbs, footer, meta.type(), meta.image() == null ? "" : absolute(meta.image().src()),
                meta.image() == null ? "" : meta.image().alt(), feeds, openGraphLocale());
    }

    /** "de" → "de_DE", as OpenGraph writes a locale. */
    private String openGraphLocale() {
        String lang = site.config().language();
        java.util.Locale l = java.util.Locale.forLanguageTag(lang);
        String country = l.getCountry().isEmpty() ? lang.toUpperCase(java.util.Locale.ROOT) : l.getCountry();
        return l.getLanguage() + "_" + country;
    }

    /** A root-relative link ("/quartiersentwicklung/x/") as an absolute URL on the site's host. */
    String absolute(String rootRelative) {
        String base = site.config().baseUrl();
        String origin = base.substring(0, base.length() - urls.basePath().length());
        return origin + rootRelative;
    }

    private Link siteFeed() {
        return new Link(t("feed.news").replace("{site}", site.config().title()), urls.href(feedPath("aktuelles/")));
    }

    static String feedPath(String pagePath) {
        return pagePath + "feed.xml";
    }

    /** The sitemap's date of a record: its {@code updated}, else the date of its file's last commit. */
    private java.time.LocalDate lastmod(Entry e) {
        if (e.common().updated() != null) return e.common().updated();
        return fileDates.get(e.common().sourcePath());
    }

    private Link nav(String label, String path, String current) {
        boolean here = !path.isEmpty() && current.startsWith(path);
        return new Link(label, urls.href(path), here);
    }

    private Link homeLink() {
        return new Link(t("home.crumb"), urls.href(""));
    }

    private List<Link> homeCrumbs() {
        return List.of(homeLink());
    }

    private String t(String key) {
        String s = t.get(key);
        if (s == null) throw new IllegalStateException("the theme's strings.properties has no " + key);
        return s;
    }

    private String collectionTitle(Collection c) {
        return switch (c) {
            case QUARTERS -> t("nav.quarters");
            case CONTACT_POINTS -> t("nav.contactPoints");
            case OFFERINGS -> t("nav.offerings");
            case OPERATORS -> t("nav.operators");
            case PROGRAMS -> t("nav.programs");
            case NEWS -> t("nav.news");
            case PAGES -> "";
        };
    }

    // ---- shared bits -----------------------------------------------------------------------

    private boolean listed(Entry e) {
        return site.status(e) != Status.ENDED;
    }

    private String statusText(Entry e) {
        return switch (site.status(e)) {
            case ENDED -> t("status.ended");
            case UPCOMING -> t("status.upcoming").replace("{date}", German.date(startOf(e)));
            case CURRENT -> "";
        };
    }

    private static java.time.LocalDate startOf(Entry e) {
        if (e instanceof ContactPoint cp) return cp.active().from();
        if (e instanceof Offering o) return o.active().from();
        if (e instanceof Program p) return p.period().from();
        return null;
    }

    private Views.Image image(Common c) {
        if (c.image() == null) return null;
        return new Views.Image(urls.href(c.image().src()), c.image().alt(), c.image().credit());
    }

    private List<String> names(List<Ref> refs, Collection c) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) site.find(c, r.slug()).ifPresent(e -> out.add(e.title()));
        return out;
    }

    private List<Link> links(List<Ref> refs, Collection c) {
        List<Link> out = new ArrayList<>();
        for (Ref r : refs) site.find(c, r.slug()).ifPresent(e -> out.add(new Link(e.title(), urls.href(e))));
        return out;
    }

    private static Fact fact(String label, String value) {
        return new Fact(label, value, null);
    }

    private static String address(Address a) {
        return a.oneLine();
    }

    private static String directions(Address a) {
        return "https://www.openstreetmap.org/directions?to=" + java.net.URLEncoder.encode(a.oneLine(), StandardCharsets.UTF_8);
    }

    private static String tel(String phone) {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private Section section(String heading, String id, List<Fact> facts, List<Card> cards, List<Link> links) {
        return new Section(heading, id, facts, cards, List.of(), List.of(), List.of(), links);
    }

    // ---- cards -----------------------------------------------------------------------------

    private Card contactPointCard(ContactPoint cp) {
        List<Fact> facts = new ArrayList<>();
        if (cp.kind() != null) facts.add(fact(t("field.kind"), cp.kind()));
        facts.add(fact(t("field.operator"), String.join(", ", names(cp.operators(), Collection.OPERATORS))));
        facts.add(fact(t("field.address"), address(cp.address())));
        if (cp.openingHours() != null) facts.add(fact(t("field.openingHours"), hoursText.summary(cp.openingHours(), false)));
        if (cp.openingHoursNote() != null) facts.add(fact(t("field.openingHoursNote"), cp.openingHoursNote()));
        if (cp.phone() != null) facts.add(new Fact(t("field.phone"), cp.phone(), tel(cp.phone())));
        if (cp.email() != null) facts.add(new Fact(t("field.email"), cp.email(), "mailto:" + cp.email()));
        facts.add(new Fact(t("field.directions"), t("action.directions"), directions(cp.address())));
        return new Card(cp.title(), urls.href(cp), cp.common().summary(), cp.kind(), statusText(cp), facts, hoursData(cp));
    }

    private Card offeringCard(Offering o) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(t("field.when"), when(o)));
        facts.add(fact(t("field.where"), where(o)));
        if (!o.targetGroups().isEmpty()) facts.add(fact(t("field.targetGroups"), String.join(", ", o.targetGroups())));
        if (o.cost() != null) facts.add(fact(t("field.cost"), o.cost()));
        return new Card(o.title(), urls.href(o), o.common().summary(), null, statusText(o), facts);
    }

    /** An offering in a list of many: when and where. */
    private Card compactOfferingCard(Offering o) {
        return new Card(o.title(), urls.href(o), null, null, statusText(o),
                List.of(fact(t("field.when"), when(o)), fact(t("field.where"), where(o))));
    }

    private Card simpleCard(Entry e) {
        return new Card(e.title(), urls.href(e), e.common().summary(), null, statusText(e), List.of());
    }

    private Card newsCard(NewsItem n) {
        return new Card(n.title(), urls.href(n), n.common().summary(), null, "", List.of(fact(t("field.date"), German.date(n.date()))));
    }

    private String when(Offering o) {
        if (o.isDated()) {
            List<EventDate> next = upcomingDates(o);
            List<EventDate> shown = next.isEmpty() ? o.dates() : next;
            String first = german.event(shown.get(0));
            return shown.size() > 1 ? first + " " + t("when.more").replace("{n}", Integer.toString(shown.size() - 1)) : first;
        }
        if (o.schedule() != null) return hoursText.summary(o.schedule(), true);
        return Objects.requireNonNullElse(o.scheduleNote(), "");
    }

    /** When a dated offering next happens (its first date, if all are past): the order of "Termine". */
    private java.time.ZonedDateTime nextStart(Offering o) {
        List<EventDate> next = upcomingDates(o);
        return (next.isEmpty() ? o.dates().get(0) : next.get(0)).start();
    }

    private List<EventDate> upcomingDates(Offering o) {
        return o.dates().stream().filter(d -> !d.over().toLocalDate().isBefore(site.today()))
                .sorted(Comparator.comparing(EventDate::start)).toList();
    }

    private String where(Offering o) {
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = site.contactPoint(at.contactPoint());
            return cp.title() + ", " + address(cp.address());
        }
        if (o.place() instanceof Place.AtVenue v) return v.venue().name() + ", " + address(v.venue().address());
        return t("where.mobile") + " " + String.join(", ", names(o.quarters(), Collection.QUARTERS));
    }

    // ---- home and listings -----------------------------------------------------------------

    private Views.Home home() {
        String intro = site.find(Collection.PAGES, new Slug("quartiersarbeit"))
                .map(p -> markdown.toHtml(p.common().summary() == null ? "" : p.common().summary(), urls)).orElse("");
        List<Card> upcoming = site.offerings().stream().filter(o -> o.isDated() && listed(o))
                .sorted(Comparator.comparing(this::nextStart)
                        .thenComparing(Offering::slug))
                .limit(6).map(this::offeringCard).toList();
        List<Card> news = site.news().stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug))
                .limit(3).map(this::newsCard).toList();
        long current = site.contactPoints().stream().filter(this::listed).count();
        List<ContactPoint> all = site.contactPoints().stream().filter(this::onMap).toList();
        return new Views.Home(site.config().title(), intro, quarterGroups(), upcoming, news, (int) current,
                urls.href("anlaufstellen/"), urls.href("angebote/"),
                map(t("map.label.home"), markers(all), site.quarters(), true, true, List.of()));
    }

    private List<Group> quarterGroups() {
        Map<String, List<Card>> byDistrict = new TreeMap<>();
        for (Quarter q : site.quarters())
            byDistrict.computeIfAbsent(q.district(), k -> new ArrayList<>()).add(simpleCard(q));
        List<Group> groups = new ArrayList<>();
        byDistrict.forEach((d, cards) -> groups.add(new Group(d, "bezirk-" + Urls.valueSlug(d), cards, List.of())));
        return groups;
    }

    private Listing quartersListing() {
        return new Listing(t("nav.quarters"), "", quarterGroups(), List.of(browse(Urls.Facet.DISTRICT)));
    }

    private Listing contactPointListing() {
        Map<String, Map<String, List<Card>>> tree = new TreeMap<>();
        Map<String, String> quarterTitles = new HashMap<>();
        for (ContactPoint cp : site.contactPoints()) {
            if (!listed(cp)) continue;
            Quarter q = site.quarter(cp.quarters().get(0));
            quarterTitles.put(q.slug().value(), q.title());
            tree.computeIfAbsent(q.district(), k -> new TreeMap<>())
                    .computeIfAbsent(q.slug().value(), k -> new ArrayList<>())
                    .add(contactPointCard(cp).withData(List.of(new Views.DataAttr("geo", geo(cp.geo())))));
        }
        List<Group> groups = new ArrayList<>();
        tree.forEach((district, quarters) -> {
            List<Group> sub = new ArrayList<>();
            quarters.forEach((slug, cards) -> sub.add(new Group(quarterTitles.get(slug), "quartier-" + slug, cards, List.of())));
            sub.sort(Comparator.comparing(Group::heading));
            groups.add(new Group(district, "bezirk-" + Urls.valueSlug(district), List.of(), sub));
        });
        List<Views.Option> districts = new ArrayList<>();
        districts.add(new Views.Option("", t("map.filter.all")));
        tree.keySet().forEach(d -> districts.add(new Views.Option(Urls.valueSlug(d), d)));
        List<ContactPoint> all = site.contactPoints().stream().filter(this::onMap).toList();
        return new Listing(t("nav.contactPoints"), "", groups, List.of(browse(Urls.Facet.KIND), browse(Urls.Facet.LANGUAGE)), List.of(),
                map(t("map.label.contactPoints"), markers(all), List.of(), true, false, districts),
                new Views.Finder("anlaufstellen", List.of(), nearby), List.of(), null, null);
    }

    private Listing offeringsListing() {
        return finderListing(Map.of());
    }

    // ---- site search -------------------------------------------------------------------------

    static final String SEARCH = "suche/";
    private static final List<Collection> SEARCH_ORDER = List.of(Collection.QUARTERS, Collection.CONTACT_POINTS,
            Collection.OFFERINGS, Collection.NEWS, Collection.OPERATORS, Collection.PROGRAMS, Collection.PAGES);

    private String kindTitle(Collection c) {
        return c == Collection.PAGES ? t("search.kind.pages") : collectionTitle(c);
    }

    /** Every record, current ones first in rank: titles, aliases, addresses, facets, summaries and bodies. */
    private SearchIndex searchIndex() {
        SearchIndex index = new SearchIndex(SEARCH_ORDER.stream().map(this::kindTitle).toList());
        for (int k = 0; k < SEARCH_ORDER.size(); k++) {
            for (Entry e : site.all(SEARCH_ORDER.get(k))) {
                List<SearchIndex.Field> fields = new ArrayList<>();
                fields.add(new SearchIndex.Field(e.title(), SearchIndex.Weight.TITLE));
                fields.add(new SearchIndex.Field(e.common().summary(), SearchIndex.Weight.SUMMARY));
                fields.add(new SearchIndex.Field(markdown.plainText(e.common().body()), SearchIndex.Weight.BODY));
                String line = Objects.requireNonNullElse(e.common().summary(), "");
                if (e instanceof Quarter q) {
                    fields.add(new SearchIndex.Field(String.join(" ", q.aliases()), SearchIndex.Weight.ALIAS));
                    fields.add(new SearchIndex.Field(q.district(), SearchIndex.Weight.FACET));
                    line = q.district() + (line.isEmpty() ? "" : " · " + line);
                } else if (e instanceof ContactPoint cp) {
                    fields.add(new SearchIndex.Field(address(cp.address()), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(facetWords(cp.kind(), cp.targetGroups(), cp.topics(), cp.languages())
                            + " " + String.join(" ", names(cp.operators(), Collection.OPERATORS)), SearchIndex.Weight.FACET));
                    fields.add(new SearchIndex.Field(quarterWords(cp.quarters()), SearchIndex.Weight.PLACE));
                    line = address(cp.address()) + (cp.kind() == null ? "" : " · " + cp.kind());
                } else if (e instanceof Offering o) {
                    fields.add(new SearchIndex.Field(where(o), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(facetWords(null, o.targetGroups(), o.topics(), o.languages())
                            + (o.operator() == null ? "" : " " + site.operator(o.operator()).title()), SearchIndex.Weight.FACET));
                    fields.add(new SearchIndex.Field(quarterWords(o.quarters()), SearchIndex.Weight.PLACE));
                    line = when(o) + " · " + where(o);
                } else if (e instanceof Operator op) {
                    if (op.address() != null) fields.add(new SearchIndex.Field(address(op.address()), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(op.kind(), SearchIndex.Weight.FACET));
                } else if (e instanceof Program p) {
                    fields.add(new SearchIndex.Field(Objects.toString(p.funder(), "") + " " + Objects.toString(p.reference(), ""), SearchIndex.Weight.FACET));
                } else if (e instanceof NewsItem n) {
                    fields.add(new SearchIndex.Field(quarterWords(n.quarters()), SearchIndex.Weight.PLACE));
                    line = German.date(n.date()) + (line.isEmpty() ? "" : " · " + line);
                }
                boolean ended = site.status(e) == Status.ENDED;
                if (ended) line = t("status.ended") + " · " + line;
                index.add(k, e.title(), urls.href(e), line, fields, ended ? 1 : 2);
            }
        }
        return index;
    }

    private static String facetWords(String kind, List<String> targetGroups, List<String> topics, List<String> languages) {
        List<String> words = new ArrayList<>();
        if (kind != null) words.add(kind);
        words.addAll(targetGroups);
        words.addAll(topics);
        languages.forEach(l -> words.add(German.language(l)));
        return String.join(" ", words);
    }

    /** The names of the quarters a record is in, and their aliases: "Welheim" finds what happens there. */
    private String quarterWords(List<Ref> quarters) {
        List<String> words = new ArrayList<>();
        for (Ref r : quarters) {
            Quarter q = site.quarter(r);
            words.add(q.title());
            words.addAll(q.aliases());
        }
        return String.join(" ", words);
    }

    /** The search page: the script's results, and for readers without it every current page from A to Z. */
    private Map<String, Object> searchPage() {
        List<Views.Section> directory = new ArrayList<>();
        java.text.Collator german = java.text.Collator.getInstance(java.util.Locale.GERMAN);
        for (Collection c : SEARCH_ORDER) {
            List<Link> links = site.all(c).stream().filter(this::listed)
                    .sorted(Comparator.comparing(Entry::title, german)).map(e -> new Link(e.title(), urls.href(e))).toList();
            if (!links.isEmpty()) directory.add(section(kindTitle(c), "verzeichnis-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    List.of(), List.of(), links));
        }
        return Map.of("indexHref", urls.href(SearchIndex.PATH), "directory", directory);
    }

    // ---- the offering finder ---------------------------------------------------------------

    /** Where the finder's pages for readers without JavaScript live, below the offerings listing. */
    static final String FINDER = "angebote/finden/";
    /** How many values a finder page combines; deeper combinations are the script's. */
    static final int FINDER_DEPTH = 2;
    /** A finder page offers to narrow further only above this many results: a shorter list is read at a glance. */
    static final int FINDER_GLANCE = 12;

    private static boolean narrows(int n, int of) {
        return n > 0 && n < of && of > FINDER_GLANCE;
    }

    private void finderPages(List<Page> pages) {
        List<Link> crumbs = List.of(homeLink(), new Link(t("nav.offerings"), urls.href("angebote/")));
        pages.add(page(FINDER, "offerings", null, t("finder.title"), crumbs, () -> Map.of("listing", finderOverview())));
        for (OfferingFinder.Facet f : OfferingFinder.Facet.values()) {
            for (String v : finder.values(f).keySet()) {
                int oneCount = finder.count(f, v);
                pages.add(finderPage(with(Map.of(), f, v), crumbs, true));
                for (OfferingFinder.Facet g : OfferingFinder.Facet.values()) {
                    if (g.ordinal() <= f.ordinal()) continue;
                    for (String w : finder.values(g).keySet()) {
                        Map<OfferingFinder.Facet, String> two = with(with(Map.of(), f, v), g, w);
                        int n = finder.find(two).cardinality();
                        // a page only where the pair narrows one of its halves: it is linked from there
                        if (narrows(n, oneCount) || narrows(n, finder.count(g, w)))
                            pages.add(finderPage(two, crumbs, false));
                    }
                }
            }
        }
    }

    /**
     * Selections are EnumMaps, so they iterate in the finder's canonical order (quartier, zielgruppe,
     * …): the order of paths, titles and "Ihre Auswahl".
     */
    private static Map<OfferingFinder.Facet, String> with(Map<OfferingFinder.Facet, String> sel, OfferingFinder.Facet f, String value) {
        Map<OfferingFinder.Facet, String> m = new java.util.EnumMap<>(OfferingFinder.Facet.class);
        m.putAll(sel);
        m.put(f, value);
        return m;
    }

    private static Map<OfferingFinder.Facet, String> without(Map<OfferingFinder.Facet, String> sel, OfferingFinder.Facet f) {
        Map<OfferingFinder.Facet, String> m = new java.util.EnumMap<>(OfferingFinder.Facet.class);
        m.putAll(sel);
        m.remove(f);
        return m;
    }

    /** "Angebote: Kinder · Mittwoch" */
    private String finderTitle(Map<OfferingFinder.Facet, String> sel) {
        return t("nav.offerings") + ": " + sel.entrySet().stream().map(e -> finder.label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private Page finderPage(Map<OfferingFinder.Facet, String> sel, List<Link> crumbs, boolean indexed) {
        String title = finderTitle(sel);
        String path = FINDER + OfferingFinder.path(sel);
        Page p = page(path, "offerings", null, title, crumbs, () -> Map.of("listing", finderListing(sel)));
        return indexed ? p : p.unindexed();
    }

    private String finderHref(Map<OfferingFinder.Facet, String> sel) {
        return urls.href(sel.isEmpty() ? "angebote/" : FINDER + OfferingFinder.path(sel));
    }

    /** The facet links of the finder's start page (also under the listing). */
    private Listing finderOverview() {
        return new Listing(t("finder.title"), "", List.of(), finderBrowse(Map.of(), finder.profiles().size()));
    }

    /** The offerings a selection finds; for the empty selection, the offerings listing with the script's form. */
    private Listing finderListing(Map<OfferingFinder.Facet, String> sel) {
        java.util.BitSet found = finder.find(sel);
        List<Offering> offerings = finder.offerings(found);
        // the listing carries what the script filters by; the finder's own pages (there are many) only what a reader scans
        Function<Offering, Card> card = sel.isEmpty() ? this::finderCard : this::compactOfferingCard;
        List<Card> regular = offerings.stream().filter(o -> !o.isDated()).map(card).toList();
        List<Card> dated = offerings.stream().filter(Offering::isDated)
                .sorted(Comparator.comparing(this::nextStart).thenComparing(Offering::slug))
                .map(card).toList();
        List<Group> groups = List.of(new Group(t("offerings.regular"), "regelmaessig", regular, List.of()),
                new Group(t("offerings.dated"), "termine", dated, List.of()));
        String count = count(found.cardinality());
        List<Section> browse = sel.size() < FINDER_DEPTH ? finderBrowse(sel, found.cardinality()) : List.of();
        if (sel.isEmpty())
            return new Listing(t("nav.offerings"), "", groups, browse,
                    List.of(download(t("download.allCalendar"), calendarPath("angebote/"), "angebote.ics")), null,
                    finderForm(), List.of(), count, null);
        List<Views.Chosen> chosen = new ArrayList<>();
        sel.forEach((f, v) -> chosen.add(new Views.Chosen(t("finder.facet." + f.key), finder.label(f, v), finderHref(without(sel, f)))));
        return new Listing(finderTitle(sel), "", groups, browse, List.of(), null, null, chosen, count, null);
    }

    private String count(int n) {
        return (n == 1 ? t("finder.count.one") : t("finder.count.many")).replace("{n}", Integer.toString(n));
    }

    /** For each facet not chosen yet: links to the values that narrow the selection, with their counts. */
    private List<Section> finderBrowse(Map<OfferingFinder.Facet, String> sel, int total) {
        List<Section> out = new ArrayList<>();
        for (OfferingFinder.Facet f : OfferingFinder.Facet.values()) {
            if (sel.containsKey(f)) continue;
            List<Link> links = new ArrayList<>();
            finder.values(f).forEach((slug, label) -> {
                Map<OfferingFinder.Facet, String> more = with(sel, f, slug);
                int n = sel.isEmpty() ? finder.count(f, slug) : finder.find(more).cardinality();
                if (sel.isEmpty() ? n > 0 : narrows(n, total)) links.add(new Link(label + " (" + n + ")", finderHref(more)));
            });
            if (!links.isEmpty()) out.add(section(t("finder.facet." + f.key), "nach-" + f.key, List.of(), List.of(), links));
        }
        return out;
    }

    private Views.Finder finderForm() {
        List<Views.FinderFacet> facets = new ArrayList<>();
        for (OfferingFinder.Facet f : OfferingFinder.Facet.values()) {
            List<Views.Option> options = new ArrayList<>();
            finder.values(f).forEach((slug, label) -> options.add(new Views.Option(slug, label)));
            if (options.isEmpty()) continue;
            boolean toggle = f == OfferingFinder.Facet.COST || f == OfferingFinder.Facet.SOON;
            facets.add(new Views.FinderFacet(f.key, t("finder.facet." + f.key), options, toggle));
        }
        return new Views.Finder("angebote", facets, nearby);
    }

    /** Quarters a reader can measure from: their centre (or, lacking one, their first office). */
    private List<Views.NearbyOption> nearbyOptions() {
        List<Views.NearbyOption> out = new ArrayList<>();
        for (Quarter q : site.quarters()) {
            de.quartier.model.GeoPoint c = q.center();
            if (c == null) c = site.contactPointsIn(q).stream().map(ContactPoint::geo).findFirst().orElse(null);
            if (c != null) out.add(new Views.NearbyOption(q.slug().value(), q.title(), geo(c)));
        }
        out.sort(Comparator.comparing(Views.NearbyOption::label, java.text.Collator.getInstance(java.util.Locale.GERMAN)));
        return out;
    }

    private static String geo(de.quartier.model.GeoPoint p) {
        return p.lat() + "," + p.lon();
    }

    /** Where an offering happens, for "near me": its office, its venue, or its quarters' centres when mobile. */
    private String geoOf(Offering o) {
        if (o.place() instanceof Place.AtContactPoint at) return geo(site.contactPoint(at.contactPoint()).geo());
        if (o.place() instanceof Place.AtVenue v && v.venue().geo() != null) return geo(v.venue().geo());
        return o.quarters().stream().map(site::quarter).map(Quarter::center).filter(Objects::nonNull).map(PageRenderer::geo)
                .collect(Collectors.joining(";"));
    }

    private Card finderCard(Offering o) {
        OfferingFinder.Profile p = finderProfiles.get(o.slug());
        List<Views.DataAttr> data = new ArrayList<>();
        for (OfferingFinder.Facet f : OfferingFinder.Facet.values())
            data.add(new Views.DataAttr(f.key, String.join(" ", p.values().get(f))));
        data.add(new Views.DataAttr("slots", String.join(" ", p.slots())));
        data.add(new Views.DataAttr("geo", geoOf(o)));
        return offeringCard(o).withData(data);
    }

    private Listing simpleListing(String title, List<? extends Entry> entries) {
        List<Card> cards = entries.stream().filter(this::listed).map(this::simpleCard).toList();
        return new Listing(title, "", List.of(new Group("", "alle", cards, List.of())), List.of());
    }

    private Listing newsListing() {
        List<Card> cards = site.news().stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug))
                .map(this::newsCard).toList();
        return new Listing(t("nav.news"), "", List.of(new Group("", "alle", cards, List.of())), List.of());
    }

    // ---- browse-by pages -------------------------------------------------------------------

    /**
     * One facet's browse values, by URL slug: the label shown (the first spelling met) and the
     * listed records that carry the value.
     */
    private record FacetIndex(Map<String, String> labels, Map<String, List<Quarter>> quarters,
                              Map<String, List<ContactPoint>> contactPoints, Map<String, List<Offering>> offerings) {
    }

    private FacetIndex facetIndex(Urls.Facet f, List<ContactPoint> contactPoints, List<Offering> offerings) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<Quarter>> quarters = new HashMap<>();
        Map<String, List<ContactPoint>> cps = new HashMap<>();
        Map<String, List<Offering>> offers = new HashMap<>();
        Function<ContactPoint, List<String>> cpValues = switch (f) {
            case DISTRICT -> c -> c.quarters().stream().map(r -> site.quarter(r).district()).toList();
            case KIND -> c -> c.kind() == null ? List.of() : List.of(c.kind());
            case TARGET_GROUP -> ContactPoint::targetGroups;
            case TOPIC -> ContactPoint::topics;
            case LANGUAGE -> ContactPoint::languages;
        };
        Function<Offering, List<String>> offeringValues = switch (f) {
            case DISTRICT, KIND -> o -> List.of();
            case TARGET_GROUP -> Offering::targetGroups;
            case TOPIC -> Offering::topics;
            case LANGUAGE -> Offering::languages;
        };
        if (f == Urls.Facet.DISTRICT)
            for (Quarter q : site.quarters()) quarters.computeIfAbsent(facetSlug(f, q.district(), labels), k -> new ArrayList<>()).add(q);
        for (ContactPoint c : contactPoints)
            for (String slug : new java.util.LinkedHashSet<>(cpValues.apply(c).stream().map(v -> facetSlug(f, v, labels)).toList()))
                cps.computeIfAbsent(slug, k -> new ArrayList<>()).add(c);
        for (Offering o : offerings)
            for (String slug : new java.util.LinkedHashSet<>(offeringValues.apply(o).stream().map(v -> facetSlug(f, v, labels)).toList()))
                offers.computeIfAbsent(slug, k -> new ArrayList<>()).add(o);
        return new FacetIndex(labels, quarters, cps, offers);
    }

    /** The URL slug of a value, noting its label the first time it is met. */
    private static String facetSlug(Urls.Facet f, String value, Map<String, String> labels) {
        String slug = Urls.valueSlug(value);
        labels.putIfAbsent(slug, f == Urls.Facet.LANGUAGE ? German.language(value) : value);
        return slug;
    }

    private Section browse(Urls.Facet f) {
        List<Link> links = new ArrayList<>();
        facets.get(f).labels().forEach((slug, label) -> links.add(new Link(label, urls.href(f.segment() + "/" + slug + "/"))));
        return section(t("facet." + f.segment()), "nach-" + f.segment(), List.of(), List.of(), links);
    }

    private void facetPages(Urls.Facet f, List<Page> pages) {
        String facetTitle = t("facet." + f.segment());
        pages.add(page(f.segment() + "/", "facet-index", null, facetTitle, homeCrumbs(),
                () -> Map.of("listing", new Listing(facetTitle, "", List.of(), List.of(browse(f))))));
        facets.get(f).labels().forEach((slug, label) -> {
            List<Link> crumbs = List.of(homeLink(), new Link(facetTitle, urls.href(f.segment() + "/")));
            String title = facetTitle + ": " + label;
            pages.add(page(f.segment() + "/" + slug + "/", "facet", null, title, crumbs, () -> Map.of("listing", facetListing(f, slug, title))));
        });
    }

    private Listing facetListing(Urls.Facet f, String slug, String title) {
        FacetIndex index = facets.get(f);
        List<Card> quarters = index.quarters().getOrDefault(slug, List.of()).stream().map(this::simpleCard).toList();
        List<Card> cps = index.contactPoints().getOrDefault(slug, List.of()).stream().map(this::contactPointCard).toList();
        List<Card> offerings = index.offerings().getOrDefault(slug, List.of()).stream().map(this::offeringCard).toList();
        List<Group> groups = new ArrayList<>();
        if (f == Urls.Facet.DISTRICT) {
            groups.add(new Group(t("nav.quarters"), "quartiere", quarters, List.of()));
            groups.add(new Group(t("nav.contactPoints"), "anlaufstellen", cps, List.of()));
        } else {
            if (!cps.isEmpty()) groups.add(new Group(t("nav.contactPoints"), "anlaufstellen", cps, List.of()));
            if (!offerings.isEmpty()) groups.add(new Group(t("nav.offerings"), "angebote", offerings, List.of()));
        }
        return new Listing(title, "", groups, List.of());
    }

    // ---- record pages ----------------------------------------------------------------------

    /** Ids the frame of every page uses; a body heading must not take them. */
    private static final java.util.Set<String> FRAME_IDS = java.util.Set.of("inhalt");

    private Detail detail(Entry e, List<Fact> facts, List<Section> sections) {
        return detail(e, facts, sections, List.of(), null, null);
    }

    private Detail detail(Entry e, List<Fact> facts, List<Section> sections, List<Views.Download> downloads, String jsonLd,
                          Views.MapView map) {
        String status = statusText(e);
        String note = site.status(e) == Status.ENDED ? t("status.endedNote") : "";
        java.util.Set<String> taken = new java.util.HashSet<>(FRAME_IDS);
        sections.forEach(s -> taken.add(s.id()));
        String body = markdown.toHtml(e.common().body(), urls, taken);
        return new Detail(e.title(), e.common().summary(), status, note, image(e.common()), body, facts, sections, downloads, jsonLd, map);
    }

    private Detail quarter(Quarter q) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t("field.district"), q.district(), urls.href(Urls.pathOf(Urls.Facet.DISTRICT, q.district()))));
        if (!q.aliases().isEmpty()) facts.add(fact(t("field.aliases"), String.join(", ", q.aliases())));
        facts.add(new Fact(t("print.fact"), t("print.link"), urls.href(printPath(q))));
        List<Section> sections = new ArrayList<>();
        if (!q.profile().isEmpty()) {
            List<Views.ProfileRow> rows = q.profile().stream().map(p -> new Views.ProfileRow(p.label(), German.number(p.value()),
                    Objects.requireNonNullElse(p.unit(), ""), p.year() == null ? "" : p.year().toString(),
                    Objects.requireNonNullElse(p.source(), ""))).toList();
            sections.add(new Section(t("quarter.profile"), "kennzahlen", List.of(), List.of(), rows, List.of(), List.of(), List.of()));
        }
        sections.add(section(t("nav.contactPoints"), "anlaufstellen", List.of(),
                site.contactPointsIn(q).stream().filter(this::listed).map(this::contactPointCard).toList(), List.of()));
        sections.add(section(t("nav.offerings"), "angebote", List.of(),
                offeringsByQuarter.getOrDefault(q.slug(), List.of()).stream().map(this::offeringCard).toList(), List.of()));
        Section plan = weeklyPlan(t("quarter.weeklyPlan"), offeringsByQuarter.getOrDefault(q.slug(), List.of()));
        if (plan != null) sections.add(plan);
        List<Card> news = newsByQuarter.getOrDefault(q.slug(), List.of()).stream()
                .sorted(Comparator.comparing(NewsItem::date).reversed()).map(this::newsCard).toList();
        if (!news.isEmpty()) sections.add(section(t("nav.news"), "aktuelles", List.of(), news, List.of()));
        if (!q.programs().isEmpty()) sections.add(section(t("nav.programs"), "programme", List.of(), List.of(), links(q.programs(), Collection.PROGRAMS)));
        List<ContactPoint> here = site.contactPointsIn(q).stream().filter(this::onMap).toList();
        return detail(q, facts, sections, List.of(download(t("download.quarterCalendar"), calendarPath(Urls.pathOf(q)), q.slug() + ".ics")), null,
                here.isEmpty() && q.boundary() == null ? null
                        : map(t("map.label.quarter").replace("{name}", q.title()), markers(here), List.of(q), false, true, List.of()));
    }

    static String printPath(Quarter q) {
        return Urls.pathOf(q) + "druck/";
    }

    /** The paper "Sozialraumkarte": kept out of search engines, the quarter's page is the one to find. */
    private Page printSheetPage(Quarter q) {
        List<Link> crumbs = List.of(homeLink(), new Link(t("nav.quarters"), urls.href("quartiere/")), new Link(q.title(), urls.href(q)));
        String title = t("print.title").replace("{name}", q.title());
        return page(printPath(q), "quarter-print", null, title, crumbs, () -> Map.of("sheet", printSheet(q))).unindexed();
    }

    private Views.PrintSheet printSheet(Quarter q) {
        List<Views.PrintOffice> offices = new ArrayList<>();
        for (ContactPoint cp : site.contactPointsIn(q)) {
            if (!listed(cp)) continue;
            List<String> notes = new ArrayList<>();
            String hours = "";
            if (cp.openingHours() != null) {
                hours = hoursText.summary(cp.openingHours(), false);
                // the one-line summary already says some notes ("An Feiertagen geschlossen"): not twice on paper
                for (String n : hoursText.notes(cp.openingHours(), false)) if (!hours.contains(n)) notes.add(n);
            }
            if (cp.openingHoursNote() != null) notes.add(cp.openingHoursNote());
            String status = statusText(cp);
            offices.add(new Views.PrintOffice(cp.title() + (status.isEmpty() ? "" : " (" + status + ")"),
                    Objects.requireNonNullElse(cp.kind(), ""), address(cp.address()),
                    Objects.requireNonNullElse(cp.phone(), ""), Objects.requireNonNullElse(cp.email(), ""), hours, notes,
                    String.join(", ", names(cp.operators(), Collection.OPERATORS))));
        }
        Section plan = weeklyPlan(t("quarter.weeklyPlan"), offeringsByQuarter.getOrDefault(q.slug(), List.of()));
        return new Views.PrintSheet(q.title(), q.district(), q.common().summary(), offices, plan,
                site.config().baseUrl() + Urls.pathOf(q), German.date(site.today()), urls.href(q));
    }

    private Detail contactPoint(ContactPoint cp) {
        List<Fact> facts = new ArrayList<>();
        if (cp.kind() != null) facts.add(new Fact(t("field.kind"), cp.kind(), listed(cp) ? urls.href(Urls.pathOf(Urls.Facet.KIND, cp.kind())) : null));
        facts.add(fact(t("field.address"), address(cp.address())));
        facts.add(new Fact(t("field.directions"), t("action.directions"), directions(cp.address())));
        if (cp.phone() != null) facts.add(new Fact(t("field.phone"), cp.phone(), tel(cp.phone())));
        if (cp.email() != null) facts.add(new Fact(t("field.email"), cp.email(), "mailto:" + cp.email()));
        if (cp.website() != null) facts.add(new Fact(t("field.website"), cp.website(), cp.website()));
        if (!cp.languages().isEmpty())
            facts.add(fact(t("field.languages"), cp.languages().stream().map(German::language).collect(Collectors.joining(", "))));
        if (!cp.targetGroups().isEmpty()) facts.add(fact(t("field.targetGroups"), String.join(", ", cp.targetGroups())));
        if (!cp.topics().isEmpty()) facts.add(fact(t("field.topics"), String.join(", ", cp.topics())));
        if (cp.active().from() != null || cp.active().until() != null) facts.add(fact(t("field.active"), period(cp.active())));
        List<Section> sections = new ArrayList<>();
        sections.add(openingHoursSection(cp));
        Section plan = weeklyPlan(t("contactPoint.weeklyPlan"), site.offeringsAt(cp).stream().filter(this::listed).toList());
        if (plan != null) sections.add(plan);
        if (!cp.contacts().isEmpty()) {
            List<Fact> people = new ArrayList<>();
            for (Contact c : cp.contacts()) {
                String who = c.name() == null ? c.role() : c.role() == null ? c.name() : c.name() + " (" + c.role() + ")";
                people.add(fact(t("field.contact"), who));
                if (c.phone() != null) people.add(new Fact(t("field.phone"), c.phone(), tel(c.phone())));
                if (c.email() != null) people.add(new Fact(t("field.email"), c.email(), "mailto:" + c.email()));
            }
            sections.add(section(t("contactPoint.contacts"), "ansprechpersonen", people, List.of(), List.of()));
        }
        if (cp.accessibility() != null) sections.add(section(t("field.accessibility"), "barrierefreiheit", accessibility(cp.accessibility()), List.of(), List.of()));
        sections.add(section(t("contactPoint.offerings"), "angebote", List.of(),
                site.offeringsAt(cp).stream().filter(this::listed).map(this::offeringCard).toList(), List.of()));
        sections.add(section(t("field.quarters"), "quartiere", List.of(), List.of(), links(cp.quarters(), Collection.QUARTERS)));
        sections.add(section(t("field.operators"), "traeger", List.of(), List.of(), links(cp.operators(), Collection.OPERATORS)));
        if (!cp.programs().isEmpty()) sections.add(section(t("nav.programs"), "programme", programFacts(cp.programs()), List.of(), List.of()));
        return detail(cp, facts, sections, List.of(download(t("download.vcard"), cardPath(cp), cp.slug() + ".vcf")),
                structuredData.contactPoint(cp), onMap(cp) ? map(t("map.label.contactPoint").replace("{name}", cp.title()),
                        markers(List.of(cp)), List.of(), false, true, List.of()) : null);
    }

    /** Whether the office is open now, for the script: only for offices that are open at all. */
    private String hoursData(ContactPoint cp) {
        if (cp.openingHours() == null || !listed(cp)) return null;
        // the same office appears on its page, in listings and on several maps: evaluate its year once
        return hoursDataCache.computeIfAbsent(cp.slug(),
                k -> HoursData.of(cp.openingHours(), holidays, site.today(), site.config().timezone()));
    }

    private final Map<Slug, String> hoursDataCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Opening hours as a table Montag … Sonntag, the rules for holidays and seasons below, then the note. */
    private Section openingHoursSection(ContactPoint cp) {
        List<Fact> notes = new ArrayList<>();
        List<Views.WeekRow> week = new ArrayList<>();
        if (cp.openingHours() != null) {
            week.addAll(hoursText.table(cp.openingHours()));
            hoursText.notes(cp.openingHours(), false).forEach(n -> notes.add(fact("", n)));
        }
        if (cp.openingHoursNote() != null) notes.add(fact("", cp.openingHoursNote()));
        if (cp.openingHours() == null && cp.openingHoursNote() == null) notes.add(fact("", t("hours.unknown")));
        return new Section(t("field.openingHours"), "oeffnungszeiten", notes, List.of(), List.of(), week, List.of(), List.of(),
                hoursData(cp), null);
    }

    /** How many days of dated offerings a weekly plan shows, from the build date. */
    private static final int PLAN_DAYS = 28;

    /**
     * What happens on which weekday: regular offerings by their ordinary week, nth-weekday and
     * seasonal rules with their note, and the dated offerings of the next four weeks with their date.
     */
    private Section weeklyPlan(String heading, List<Offering> offerings) {
        record Item(java.time.DayOfWeek day, int start, String time, Offering offering, String note) {
        }
        List<Item> items = new ArrayList<>();
        java.time.LocalDate today = site.today();
        for (Offering o : offerings) {
            if (o.schedule() != null) {
                Map<de.quartier.model.HoursRule, String> notes = new HashMap<>();
                for (de.quartier.model.OpeningHours.WeeklyTime w : o.schedule().weeklyTimes())
                    items.add(new Item(w.day(), w.range().start(), german.clock(HoursText.range(w.range())), o,
                            w.rule() == null ? "" : notes.computeIfAbsent(w.rule(), r -> hoursText.rule(r, true))));
            }
            for (EventDate d : o.dates()) {
                java.time.LocalDate day = d.start().toLocalDate();
                if (day.isBefore(today) || !day.isBefore(today.plusDays(PLAN_DAYS))) continue;
                de.quartier.model.TimeRange range = d.onStartDay();
                String time = german.clock(d.endsOnStartDay() ? HoursText.range(range) : HoursText.hhmm(range.start()));
                items.add(new Item(day.getDayOfWeek(), range.start(), time, o,
                        t("plan.on").replace("{date}", German.date(day))));
            }
        }
        List<Views.PlanDay> plan = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            List<Views.PlanItem> day = items.stream().filter(i -> i.day() == d)
                    .sorted(Comparator.comparingInt(Item::start).thenComparing(i -> i.offering().slug()).thenComparing(Item::note))
                    .map(i -> new Views.PlanItem(i.time(), i.offering().title(), urls.href(i.offering()), i.note())).toList();
            if (!day.isEmpty()) plan.add(new Views.PlanDay(HoursText.fullName(d), day));
        }
        if (plan.isEmpty()) return null;
        return new Section(heading, "wochenplan", List.of(), List.of(), List.of(), List.of(), plan, List.of(), null,
                t("plan.caption").replace("{date}", German.date(today)));
    }

    private List<Fact> programFacts(List<Ref> refs) {
        List<Fact> out = new ArrayList<>();
        for (Ref r : refs) {
            Program p = site.program(r);
            out.add(new Fact(t("field.program"), p.title(), urls.href(p)));
            if (p.period().from() != null || p.period().until() != null) out.add(fact(t("field.period"), period(p.period())));
            if (p.reference() != null) out.add(fact(t("field.reference"), p.reference()));
        }
        return out;
    }

    private String period(de.quartier.model.ActivePeriod p) {
        if (p.from() != null && p.until() != null) return German.date(p.from()) + " – " + German.date(p.until());
        if (p.from() != null) return t("period.since") + " " + German.date(p.from());
        return t("period.until") + " " + German.date(p.until());
    }

    private List<Fact> accessibility(de.quartier.model.Accessibility a) {
        List<Fact> out = new ArrayList<>();
        if (a.wheelchair() != null) out.add(fact(t("field.wheelchair"), t("wheelchair." + a.wheelchair().name().toLowerCase(java.util.Locale.ROOT))));
        if (a.toilet() != null) out.add(fact(t("field.toilet"), a.toilet() ? t("yes") : t("no")));
        if (a.note() != null) out.add(fact(t("field.note"), a.note()));
        return out;
    }

    private Detail offering(Offering o) {
        List<Fact> facts = new ArrayList<>();
        if (o.isDated()) {
            for (EventDate d : o.dates().stream().sorted(Comparator.comparing(EventDate::start)).toList())
                facts.add(fact(t("field.date"), german.event(d)));
        } else if (o.schedule() != null) {
            facts.add(fact(t("field.when"), hoursText.summary(o.schedule(), true)));
        }
        if (o.scheduleNote() != null) facts.add(fact(t("field.scheduleNote"), o.scheduleNote()));
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = site.contactPoint(at.contactPoint());
            facts.add(new Fact(t("field.where"), cp.title(), urls.href(cp)));
            facts.add(fact(t("field.address"), address(cp.address())));
            facts.add(new Fact(t("field.directions"), t("action.directions"), directions(cp.address())));
        } else if (o.place() instanceof Place.AtVenue v) {
            facts.add(fact(t("field.where"), v.venue().name()));
            facts.add(fact(t("field.address"), address(v.venue().address())));
            facts.add(new Fact(t("field.directions"), t("action.directions"), directions(v.venue().address())));
        } else {
            facts.add(fact(t("field.where"), where(o)));
        }
        if (!o.targetGroups().isEmpty()) facts.add(fact(t("field.targetGroups"), String.join(", ", o.targetGroups())));
        if (!o.topics().isEmpty()) facts.add(fact(t("field.topics"), String.join(", ", o.topics())));
        if (!o.languages().isEmpty()) facts.add(fact(t("field.languages"), o.languages().stream().map(German::language).collect(Collectors.joining(", "))));
        if (o.cost() != null) facts.add(fact(t("field.cost"), o.cost()));
        if (o.registration() != null) {
            var r = o.registration();
            facts.add(fact(t("field.registration"), r.required() ? t("registration.required") : t("registration.notRequired")));
            if (r.note() != null) facts.add(fact(t("field.note"), r.note()));
            if (r.url() != null) facts.add(new Fact(t("field.website"), r.url(), r.url()));
            if (r.phone() != null) facts.add(new Fact(t("field.phone"), r.phone(), tel(r.phone())));
            if (r.email() != null) facts.add(new Fact(t("field.email"), r.email(), "mailto:" + r.email()));
        }
        if (o.operator() != null) {
            Operator op = site.operator(o.operator());
            facts.add(new Fact(t("field.operator"), op.title(), urls.href(op)));
        }
        List<Section> sections = new ArrayList<>();
        if (o.accessibility() != null) sections.add(section(t("field.accessibility"), "barrierefreiheit", accessibility(o.accessibility()), List.of(), List.of()));
        sections.add(section(t("field.quarters"), "quartiere", List.of(), List.of(), links(o.quarters(), Collection.QUARTERS)));
        return detail(o, facts, sections, List.of(download(t("download.offeringCalendar"), calendarPath(Urls.pathOf(o)), o.slug() + ".ics")),
                structuredData.offering(o), offeringMap(o));
    }

    private Detail operator(Operator op) {
        List<Fact> facts = new ArrayList<>();
        if (op.kind() != null) facts.add(fact(t("field.kind"), op.kind()));
        if (op.address() != null) facts.add(fact(t("field.address"), address(op.address())));
        if (op.phone() != null) facts.add(new Fact(t("field.phone"), op.phone(), tel(op.phone())));
        if (op.email() != null) facts.add(new Fact(t("field.email"), op.email(), "mailto:" + op.email()));
        if (op.website() != null) facts.add(new Fact(t("field.website"), op.website(), op.website()));
        List<Section> sections = new ArrayList<>();
        sections.add(section(t("nav.contactPoints"), "anlaufstellen", List.of(),
                contactPointsByOperator.getOrDefault(op.slug(), List.of()).stream().map(this::contactPointCard).toList(), List.of()));
        sections.add(section(t("nav.offerings"), "angebote", List.of(),
                offeringsByOperator.getOrDefault(op.slug(), List.of()).stream().map(this::offeringCard).toList(), List.of()));
        return detail(op, facts, sections);
    }

    private Detail program(Program p) {
        List<Fact> facts = new ArrayList<>();
        if (p.funder() != null) facts.add(fact(t("field.funder"), p.funder()));
        if (p.period().from() != null || p.period().until() != null) facts.add(fact(t("field.period"), period(p.period())));
        if (p.reference() != null) facts.add(fact(t("field.reference"), p.reference()));
        if (p.website() != null) facts.add(new Fact(t("field.website"), p.website(), p.website()));
        List<Link> quarters = quartersByProgram.getOrDefault(p.slug(), List.of()).stream()
                .map(q -> new Link(q.title(), urls.href(q))).toList();
        List<Card> cps = contactPointsByProgram.getOrDefault(p.slug(), List.of()).stream().map(this::contactPointCard).toList();
        List<Section> sections = new ArrayList<>();
        if (!quarters.isEmpty()) sections.add(section(t("nav.quarters"), "quartiere", List.of(), List.of(), quarters));
        if (!cps.isEmpty()) sections.add(section(t("nav.contactPoints"), "anlaufstellen", List.of(), cps, List.of()));
        return detail(p, facts, sections);
    }

    private Detail infoPage(InfoPage p) {
        return detail(p, List.of(), List.of());
    }

    private Detail news(NewsItem n) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(t("field.date"), German.date(n.date())));
        List<Section> sections = new ArrayList<>();
        if (!n.quarters().isEmpty()) sections.add(section(t("field.quarters"), "quartiere", List.of(), List.of(), links(n.quarters(), Collection.QUARTERS)));
        return detail(n, facts, sections);
    }
}
