package de.quartier.render;

import de.quartier.model.ActivePeriod;
import de.quartier.model.Collection;
import de.quartier.model.Common;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.Offering;
import de.quartier.model.Program;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Ref;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.render.calendar.CalendarFiles;
import de.quartier.render.Views.Link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as every part of the output sees it: the model, its links, the theme's words, German
 * formatting, the wording of hours, and who points at whom. Made once per build and shared by
 * all workers, so what it computes (an office's "open now" data, a record's date) is computed once.
 */
public final class SiteView {
    private final Site site;
    private final Editions editions;
    private final Urls urls;
    private final Markdown markdown;
    private final Map<String, String> strings;
    private final Wording wording;
    private final HoursText hoursText;
    private final PublicHolidays holidays;
    private final Relations relations;
    private final Map<String, LocalDate> fileDates;
    private final CalendarFiles calendarFiles;
    /** Tells this view's cached page parts apart from an earlier view's (the preview makes one per save; see partKey). */
    private static final java.util.concurrent.atomic.AtomicLong VIEWS = new java.util.concurrent.atomic.AtomicLong();
    private final String partPrefix = Long.toString(VIEWS.incrementAndGet(), 36) + ":";
    /**
     * "Open now" data by the hours' text (which fixes their rules): made once, for every office with
     * the same hours (many share "Mo-Fr 09:00-12:00"). Not by the hours record: its hashCode would
     * spin method-handle classes at run time.
     */
    private final Map<String, String> hoursData;
    private final HoursData.Span hoursSpan;
    private final SiteView original;
    private final LanguageMarks marks = new LanguageMarks(this);
    private final Map<Collection, List<Entry>> byTitle = new ConcurrentHashMap<>();

    /**
     * The view of the site's pages in its own language.
     *
     * @param fileDates  site-relative source path → date of its last commit (the sitemap's fallback for {@code updated})
     * @param assetNames the published names of the assets that carry a hash ({@link AssetNames#all()})
     */
    public SiteView(Site site, Map<String, String> strings, Markdown markdown, PublicHolidays holidays, Map<String, LocalDate> fileDates,
                    Map<String, String> assetNames) {
        this(site, strings, markdown, holidays, fileDates, assetNames, new Editions(site), null);
    }

    /**
     * The view of the pages in another language: {@code site} is the site in that language ({@link
     * Site#inLanguage}), {@code strings} the theme's words in it; it shares the editions and the work
     * that needs no words (an office's "open now" data) with {@code original}, the own language's view.
     */
    static SiteView inLanguage(Site site, Map<String, String> strings, Markdown markdown, PublicHolidays holidays,
                               Map<String, LocalDate> fileDates, Map<String, String> assetNames, SiteView original) {
        return new SiteView(site, strings, markdown, holidays, fileDates, assetNames, original.editions(), original);
    }

    private SiteView(Site site, Map<String, String> strings, Markdown markdown, PublicHolidays holidays, Map<String, LocalDate> fileDates,
                     Map<String, String> assetNames, Editions editions, SiteView original) {
        this.site = site;
        this.editions = editions;
        this.urls = new Urls(site.config().basePath(), assetNames, site.language(), editions);
        this.markdown = markdown;
        this.strings = strings;
        this.wording = new Wording(site.language(), strings);
        this.hoursText = new HoursText(wording, strings);
        this.holidays = holidays;
        this.relations = new Relations(site);
        this.fileDates = Map.copyOf(fileDates);
        // a calendar's events carry the offering's title: a view in another language asks the
        // original's calendars about the original offering (see hasCalendar) and makes none itself
        this.calendarFiles = original != null ? null : new CalendarFiles(site, holidays, strings);
        this.original = original;
        this.hoursData = original != null ? original.hoursData : new ConcurrentHashMap<>();
        this.hoursSpan = original != null ? original.hoursSpan : HoursData.Span.of(holidays, site.today());
    }

    /** Whether an offering's calendar has events, so that its page offers it for download. */
    public boolean hasCalendar(Offering o) {
        if (original == null) return calendarFiles.hasEvents(o);
        return original.site.find(Collection.OFFERINGS, o.slug()).map(x -> original.calendarFiles.hasEvents((Offering) x)).orElse(false);
    }

    /** The offerings' calendars: their events are made once and asked for by pages, calendars and open data. */
    public CalendarFiles calendarFiles() {
        if (calendarFiles == null) throw new IllegalStateException("the calendars are the original language's");
        return calendarFiles;
    }

    /**
     * The key of a part the templates render once ({@code {% cache %}}: cards, header, footer). It
     * names this view, so a page still rendering from before a preview's refresh cannot put an old
     * part back where the new pages would find it.
     */
    public String partKey(String key) {
        return partPrefix + key;
    }

    public Site site() {
        return site;
    }

    public Urls urls() {
        return urls;
    }

    /** Which pages exist in which language. */
    public Editions editions() {
        return editions;
    }

    /** The language of this view's pages. */
    public String language() {
        return site.language();
    }

    /** Whether this view's pages are in a language other than the site's own. */
    public boolean translated() {
        return !site.language().equals(site.config().language());
    }

    /** What a page in this view's language shows in the original language, and how it is marked. */
    public LanguageMarks marks() {
        return marks;
    }

    public Markdown markdown() {
        return markdown;
    }

    /** The theme's UI strings, for templates. */
    public Map<String, String> strings() {
        return strings;
    }

    /** Dates, numbers and names in the language of this view's pages. */
    public Wording wording() {
        return wording;
    }

    public HoursText hoursText() {
        return hoursText;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    public Relations relations() {
        return relations;
    }

    /** A text with a number in it ({n}): the key's ".one" form for 1 ("und 1 weiterer Termin"), else the key's. */
    public String count(String key, int n) {
        String one = key + ".one";
        return t(n == 1 && strings.containsKey(one) ? one : key).replace("{n}", Integer.toString(n));
    }

    /** A UI string of the theme; a missing one is a theme bug. */
    public String t(String key) {
        String s = strings.get(key);
        if (s == null) throw new IllegalStateException("the theme's strings.properties has no " + key);
        return s;
    }

    public String collectionTitle(Collection c) {
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

    // ---- status and dates --------------------------------------------------------------------

    /** Shown in listings: not ended. */
    public boolean listed(Entry e) {
        return site.status(e) != Status.ENDED;
    }

    /** On a map: current offices only (not ended, not yet opened). */
    public boolean onMap(ContactPoint cp) {
        return site.status(cp) == Status.CURRENT;
    }

    public String statusText(Entry e) {
        return switch (site.status(e)) {
            case ENDED -> t("status.ended");
            case UPCOMING -> {
                ActivePeriod p = periodOf(e);
                // a start written as a month ("2027-03") names no day
                // an office opens; an offering or a programme starts
                String key = e instanceof ContactPoint ? "status.upcoming" : "status.starts";
                yield p != null && p.fromMonth() ? t(key + "Month").replace("{month}", wording.month(p.from()))
                        : t(key).replace("{date}", wording.date(p == null ? null : p.from()));
            }
            case CURRENT -> "";
        };
    }

    private static ActivePeriod periodOf(Entry e) {
        if (e instanceof ContactPoint cp) return cp.active();
        if (e instanceof Offering o) return o.active();
        if (e instanceof Program p) return p.period();
        return null;
    }

    /** The sitemap's date of a record: its {@code updated}, else the date of its file's last commit. */
    public LocalDate lastmod(Entry e) {
        if (e.common().updated() != null) return e.common().updated();
        return fileDates.get(e.common().sourcePath());
    }

    public String period(ActivePeriod p) {
        String from = p.from() == null ? null : p.fromMonth() ? wording.month(p.from()) : wording.date(p.from());
        String until = p.until() == null ? null : p.untilMonth() ? wording.month(p.until()) : wording.date(p.until());
        if (from != null && until != null) return from + " – " + until;
        // "seit" once it has begun, "ab" while it is to come
        if (from != null) return t(p.from().isAfter(site.today()) ? "period.from" : "period.since") + " " + from;
        return t("period.until") + " " + until;
    }

    /**
     * A collection's records by title in German order, then by file name ({@link TitleOrder#byTitle}): sorted once per build
     * (the search index and its directory both need it), on collation keys made once per title.
     */
    public List<Entry> byTitle(Collection c) {
        return byTitle.computeIfAbsent(c, k -> relations.titles().byTitle(site.all(k)));
    }

    /**
     * Whether the office is open now, for the script: only for offices open at the build date (one
     * that opens later would be said to open on its next weekday) with hours; evaluated once per office.
     */
    public String hoursData(ContactPoint cp) {
        if (cp.openingHours() == null || site.status(cp) != Status.CURRENT) return null;
        de.quartier.model.OpeningHours hours = cp.openingHours();
        return hoursData.computeIfAbsent(hours.expression(), text -> HoursData.of(hours, holidays, hoursSpan));
    }

    // ---- links and small facts ---------------------------------------------------------------

    public Link homeLink() {
        return new Link(t("home.crumb"), urls.href(""));
    }

    public List<Link> homeCrumbs() {
        return List.of(homeLink());
    }

    /** A root-relative link ("/quartiersentwicklung/x/") as an absolute URL on the site's host. */
    public String absolute(String rootRelative) {
        String base = site.config().baseUrl();
        String origin = base.substring(0, base.length() - urls.basePath().length());
        return origin + rootRelative;
    }

    public Views.Image image(Common c) {
        if (c.image() == null) return null;
        return new Views.Image(urls.href(c.image().src()), c.image().alt(), c.image().credit());
    }

    public List<String> names(List<Ref> refs, Collection c) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) site.find(c, r.slug()).ifPresent(e -> out.add(e.title()));
        return out;
    }

    public List<Link> links(List<Ref> refs, Collection c) {
        List<Link> out = new ArrayList<>();
        // an untranslated title is marked as the original's (a right-to-left page shows it left to right)
        for (Ref r : refs) site.find(c, r.slug()).ifPresent(e -> out.add(new Link(e.title(), urls.href(e), false, marks.of(e).title(), "")));
        return out;
    }

    public Views.Download download(String label, String path, String filename) {
        return new Views.Download(label, urls.href(path), filename, marks.original());
    }
}
