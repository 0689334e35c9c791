package de.quartier.render;

import de.quartier.model.BodyLink;
import de.quartier.model.Collection;
import de.quartier.model.Slug;
import de.quartier.model.ContactPoint;
import de.quartier.model.ContentLink;
import de.quartier.model.Entry;
import de.quartier.model.SourceSpan;
import de.quartier.model.WebAddress;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Site;
import de.quartier.render.calendar.Calendars;
import de.quartier.render.feed.Feeds;
import de.quartier.render.finder.FinderPages;
import de.quartier.render.map.MapData;
import de.quartier.render.map.MapViews;
import de.quartier.render.opendata.OpenData;
import de.quartier.render.page.FacetPages;
import de.quartier.render.page.Listings;
import de.quartier.render.page.RecordPages;
import de.quartier.render.search.SearchPages;
import de.quartier.render.vcard.ContactCards;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;

/**
 * The render stage: plans every file of the site (pages, calendars, contact cards, feeds and
 * sitemap, open data, search, finder, assets and media) and makes each one on demand. Nothing is
 * rendered while planning; a worker renders a page and writes it at once.
 */
public final class SiteRenderer {
    private final Site site;
    /** The site's base URL: a body's absolute link below it is a link to one of the site's pages. */
    private final java.net.URI baseUri;
    private final Theme theme;
    private final PublishedAssets assets;
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final MapViews maps;
    /** The site's other languages' pages, by language. */
    private final Map<String, LanguageEdition> editions = new java.util.LinkedHashMap<>();

    /** @param fileDates site-relative source path → date of its last commit (the sitemap's fallback for {@code updated}) */
    public SiteRenderer(Site site, Theme theme, Markdown markdown, PublicHolidays holidays, Map<String, LocalDate> fileDates) {
        this.site = site;
        this.baseUri = java.net.URI.create(site.config().baseUrl());
        this.theme = theme;
        String hoursDays = HoursData.daysScript(HoursData.Span.of(holidays, site.today()), site.config().timezone());
        PublishedAssets themeAssets = withHoursDays(theme.published(), hoursDays);
        Urls themeUrls = new Urls(site.config().basePath(), themeAssets.names().all());
        this.assets = LanguageEdition.withScripts(themeAssets.with(MapData.SETTINGS, MapData.settingsScript(site.config(), themeUrls, theme.strings(),
                        new Wording(site.config().language(), theme.strings()).comma())),
                theme, site, themeUrls, hoursDays);
        this.view = new SiteView(site, theme.strings(), markdown, holidays, fileDates, assets.names().all());
        for (String lang : site.config().otherLanguages())
            editions.put(lang, new LanguageEdition(lang, site, theme, holidays, fileDates, assets, view));
        this.pages = new Pages(view, new Frame(view));
        this.cards = new Cards(view);
        this.maps = new MapViews(view);
    }

    /** The theme's hours.js with this build's dates in front of it (see {@link HoursData#daysScript}). */
    private static PublishedAssets withHoursDays(PublishedAssets assets, String hoursDays) {
        byte[] hours = assets.files().get(HOURS_SCRIPT);
        if (hours == null) return assets;
        return assets.with(HOURS_SCRIPT, (hoursDays + new String(hours, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String HOURS_SCRIPT = "assets/hours.js";

    public SiteRenderer(Site site, Theme theme, Markdown markdown, PublicHolidays holidays) {
        this(site, theme, markdown, holidays, Map.of());
    }

    /** Every file of the site, in path order; {@code media} are the site's media files, copied as they are. */
    public List<Output> plan(Map<String, byte[]> media) {
        List<Output> out = new ArrayList<>();
        // the calendars' events take longest to plan: on the common pool, beside the files below
        // (much of whose planning runs on this thread alone); join() rethrows what it threw as it was
        List<Output> calendarFiles = new ArrayList<>();
        ForkJoinTask<?> calendars = ForkJoinTask.adapt(() -> new Calendars(view).plan(calendarFiles)).fork();
        FacetPages facets = new FacetPages(view, pages, cards);
        FinderPages finder = new FinderPages(view, pages, cards);
        new Listings(view, pages, cards, maps, facets, finder.nearby()).plan(out);
        finder.plan(out);
        Map<String, Cards> editionCards = new java.util.TreeMap<>();
        editions.forEach((lang, edition) -> editionCards.put(lang, edition.cards()));
        new SearchPages(view, pages, cards).plan(out, theme.synonyms(), editionCards);
        new OpenData(view, pages).plan(out);
        recordPages().plan(out);
        facets.plan(out);
        out.add(pages.notFound());
        for (LanguageEdition edition : editions.values()) out.addAll(edition.plan());
        out.addAll(de.quartier.render.editor.WebEditor.plan(site.config(), view::collectionTitle, view.urls().asset("assets/favicon.svg")));
        List<Output.Page> htmlPages = out.stream().filter(o -> o instanceof Output.Page).map(o -> (Output.Page) o).toList();
        new Feeds(view).plan(out, htmlPages);
        calendars.join();
        out.addAll(calendarFiles);
        ContactCards contactCards = new ContactCards(site);
        for (ContactPoint cp : site.contactPoints())
            out.add(Output.File.text(Urls.cardPath(cp), () -> contactCards.card(cp,
                    cp.openingHours() == null ? null : view.hoursText().summary(cp.openingHours(), false))));
        assets.files().forEach((path, bytes) -> out.add(Output.File.bytes(assets.names().published(path), bytes)));
        media.forEach((path, bytes) -> out.add(Output.File.bytes(path, bytes)));
        out.sort(Comparator.comparing(Output::path));
        return List.copyOf(out);
    }

    /**
     * A file that is the same whatever the records say (the map's vendor files, the theme's assets,
     * the media files), without planning the rest: a page reloaded in the preview needs them at once.
     */
    public Optional<Output.File> fixedFile(String path, Map<String, byte[]> media) {
        byte[] bytes = media.get(path);
        if (bytes == null) bytes = assets.byPublishedName(path);
        return bytes == null ? Optional.empty() : Optional.of(Output.File.bytes(path, bytes));
    }

    /** A link a record's body makes: the record's page, the link as rendered there, as written, and where the editor wrote it. */
    public record BodyHref(String page, String href, String written, SourceSpan at) {
    }

    /** The links to this site that a record's body makes (links to other hosts, mail and phone are not the site's). */
    public List<BodyHref> bodyLinks(Entry e) {
        return bodyLinks(e, view, "");
    }

    /** The same on the record's page in a language ({@link #languageOf} a page's path); the original's for the site's own. */
    public List<BodyHref> bodyLinks(Entry e, String lang) {
        LanguageEdition edition = editions.get(lang);
        return edition == null ? bodyLinks(e) : bodyLinks(e, edition.view(), lang + "/");
    }

    /** The language of a page by its path: "tr" for "tr/anlaufstellen/x/index.html", else the site's own. */
    public String languageOf(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && editions.containsKey(path.substring(0, slash)) ? path.substring(0, slash) : site.config().language();
    }

    /** The links the translated texts make, on their pages in their languages (each checked where the translation wrote it). */
    public List<BodyHref> translatedBodyLinks() {
        List<BodyHref> out = new ArrayList<>();
        editions.forEach((lang, edition) -> {
            for (Collection c : de.quartier.model.Translation.TRANSLATED)
                for (Entry e : edition.view().site().all(c))
                    if (site.translation(e, lang).filter(t -> !t.body().isBlank()).isPresent()
                            && edition.view().editions().has(lang, Urls.pathOf(e)))
                        out.addAll(bodyLinks(e, edition.view(), lang + "/"));
        });
        return out;
    }

    private List<BodyHref> bodyLinks(Entry e, SiteView view, String prefix) {
        List<BodyHref> out = new ArrayList<>();
        for (BodyLink l : e.common().bodyLinks()) {
            String target = l.target();
            String href;
            if (target.startsWith("#")) href = target;
            else if (ContentLink.parse(target).isPresent()) href = Markdown.siteLink(target, view.urls());
            else if (WebAddress.belowBase(target, baseUri)) href = target; // the full address of one of the site's pages: checked where it is written, too
            else continue;
            out.add(new BodyHref(prefix + Urls.file(Urls.pathOf(e)), href, target, l.at()));
        }
        return out;
    }

    private RecordPages records;

    private synchronized RecordPages recordPages() {
        if (records == null) records = new RecordPages(view, pages, cards, maps);
        return records;
    }

    /**
     * The page of one record at its path ("anlaufstellen/x/index.html"), as the plan has it, without
     * planning the rest: the preview shows the page an editor works on right after each save.
     */
    public Optional<Output.Page> recordPage(String path) {
        if (!path.endsWith("/index.html")) return Optional.empty();
        String[] parts = path.substring(0, path.length() - "/index.html".length()).split("/");
        Optional<Collection> collection = parts.length == 1 ? Optional.of(Collection.PAGES)
                : parts.length == 2 ? java.util.Arrays.stream(Collection.values()).filter(c -> c.urlSegment().equals(parts[0])).findFirst()
                : Optional.empty();
        String slug = parts[parts.length - 1];
        if (collection.isEmpty() || !Slug.isValid(slug)) return Optional.empty();
        return site.find(collection.get(), new Slug(slug)).map(e -> recordPages().page(e));
    }

    /** Renders one page into {@code out}. */
    public void render(Output.Page page, Writer out) throws IOException {
        Map<String, Object> context = page.context().get();
        context.put("indexed", page.indexed());
        theme.render(page.template(), context, out);
    }
}
