package de.quartier.render;

import java.util.Map;

import de.quartier.model.Entry;
import de.quartier.model.Slug;

/**
 * Where every page lives. Links are root-relative and carry the base URL's path
 * ("/quartiersentwicklung/anlaufstellen/x/"), so a site works under a sub-path.
 */
public final class Urls {
    /** The browse-by pages: one page per value of a list field. */
    public enum Facet {
        DISTRICT("bezirke"), KIND("arten"), TARGET_GROUP("zielgruppen"), TOPIC("themen"), LANGUAGE("sprachen");

        private final String segment;

        Facet(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }
    }

    /** The site search's page. */
    public static final String SEARCH = "suche/";
    /** The offering finder's pages for readers without JavaScript, below the offerings listing. */
    public static final String FINDER = "angebote/finden/";
    /** The open data files and their page. */
    public static final String OPEN_DATA = "daten/";

    private final String basePath;
    private final Map<String, String> assetNames;
    /** The language of the pages these links are made for, and which pages exist in it; null: the original's. */
    private final String lang;
    private final Editions editions;

    /** @param basePath the path of the base URL, starting and ending with '/' */
    public Urls(String basePath) {
        this(basePath, Map.of());
    }

    /** @param assetNames site-relative path → published name of the assets that carry a hash ({@link AssetNames}) */
    public Urls(String basePath, Map<String, String> assetNames) {
        this(basePath, assetNames, null, null);
    }

    /**
     * Links made for the pages in a language: to a page's version in that language where it has
     * one, else to the original.
     */
    public Urls(String basePath, Map<String, String> assetNames, String lang, Editions editions) {
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.assetNames = Map.copyOf(assetNames);
        this.lang = editions == null || lang == null || lang.equals(editions.original()) ? null : lang;
        this.editions = editions;
    }

    /** The address of an asset by its site-relative path ("assets/style.css"), under its published name. */
    public String asset(String path) {
        return basePath + assetNames.getOrDefault(path, path);
    }

    /** The addresses of the assets that carry a hash, by their path below assets/ ("style.css"): for templates. */
    public Map<String, String> assetHrefs() {
        Map<String, String> out = new java.util.TreeMap<>();
        assetNames.forEach((path, published) -> {
            if (path.startsWith("assets/")) out.put(path.substring("assets/".length()), basePath + published);
        });
        return out;
    }

    public String basePath() {
        return basePath;
    }

    /** The output file of a page path: "anlaufstellen/x/" → "anlaufstellen/x/index.html". */
    public static String file(String pagePath) {
        return pagePath.isEmpty() ? "index.html" : pagePath + "index.html";
    }

    /** The page path of a record, relative to the base: "anlaufstellen/x/". */
    public static String pathOf(Entry e) {
        return pathOf(e.collection(), e.slug().value());
    }

    /** The same for a record that may not be valid yet (a new skeleton, a draft with errors): by its collection and slug. */
    public static String pathOf(de.quartier.model.Collection c, String slug) {
        String segment = c.urlSegment();
        return (segment.isEmpty() ? "" : segment + "/") + slug + "/";
    }

    public static String pathOf(Facet facet, String value) {
        return facet.segment() + "/" + valueSlug(value) + "/";
    }

    /** A browse value as a URL segment: "Seniorinnen und Senioren" → "seniorinnen-und-senioren". */
    public static String valueSlug(String value) {
        return VALUE_SLUGS.computeIfAbsent(value, Slug::suggest);
    }

    /** The same few values (target groups, topics) are met on every record: each is made a slug once. */
    private static final java.util.Map<String, String> VALUE_SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A page's calendar: "angebote/x/kalender.ics". */
    public static String calendarPath(String pagePath) {
        return pagePath + "kalender.ics";
    }

    /** A contact point's vCard: "anlaufstellen/x/kontakt.vcf". */
    public static String cardPath(Entry contactPoint) {
        return pathOf(contactPoint) + "kontakt.vcf";
    }

    /** A page's Atom feed: "quartiere/x/feed.xml". */
    public static String feedPath(String pagePath) {
        return pagePath + "feed.xml";
    }

    /** A quarter's printable sheet: "quartiere/x/druck/". */
    public static String printPath(Entry quarter) {
        return pathOf(quarter) + "druck/";
    }

    /** The link to a page path (given as in the original: "anlaufstellen/x/"), in these links' language where the page has it. */
    public String href(String pagePath) {
        return lang == null ? basePath + pagePath : basePath + editions.path(lang, pagePath);
    }

    /** The link to a page in the original language, whatever the language of these links. */
    public String original(String pagePath) {
        return basePath + pagePath;
    }

    /** The link to a page in a given language (the original's where it lacks one). */
    public String in(String language, String pagePath) {
        return basePath + (editions == null ? pagePath : editions.path(language, pagePath));
    }

    public String href(Entry e) {
        return href(pathOf(e));
    }
}
