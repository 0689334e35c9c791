package de.quartier.render.search;

import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.RenderedFile;
import java.nio.charset.StandardCharsets;
import de.quartier.render.Cards;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static de.quartier.render.Facts.section;

/**
 * The site search: its index of every record (cut into files, {@link SearchShards}), and its page
 * with an A–Z directory for readers without JavaScript. A directory of more than
 * {@value #DIRECTORY_PAGE} pages is split: one page per kind, and a kind with more than that one
 * page per initial letter (per first two letters where a letter is still too many, and so on).
 */
public final class SearchPages {
    private static final List<Collection> ORDER = List.of(Collection.QUARTERS, Collection.CONTACT_POINTS,
            Collection.OFFERINGS, Collection.NEWS, Collection.OPERATORS, Collection.PROGRAMS, Collection.PAGES);
    /** The most links one directory page lists (about 100 KB of HTML). */
    static final int DIRECTORY_PAGE = 1000;
    /** The directory's pages when it is split: "suche/verzeichnis/angebote/k/". */
    static final String DIRECTORY = Urls.SEARCH + "verzeichnis/";

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;

    public SearchPages(SiteView view, Pages pages, Cards cards) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
    }

    /**
     * The search page, the directory's pages, and the index's files. The index is made here (its
     * files are known only once its words are), its files' JSON when they are written.
     */
    /** @param editions the cards of each other language the site is published in, for the lines the index shows in it */
    public void plan(List<Output> out, SearchSynonyms synonyms, Map<String, Cards> editions) {
        // the index is made by a worker, beside the pages: its parts' names depend on its words
        out.add(new Output.Bundle(SearchShards.DIR, () -> {
            List<RenderedFile> files = new ArrayList<>();
            index(synonyms, editions).shards(SearchShards.Cut.DEFAULT).files()
                    .forEach((path, json) -> files.add(new RenderedFile(path, json.get().getBytes(StandardCharsets.UTF_8))));
            return files;
        }));
        planPage(out);
    }

    /** The search page and the directory's pages, without the index (the pages in another language use the original's). */
    public void planPage(List<Output> out) {
        List<KindDirectory> directory = directory();
        boolean split = directory.stream().mapToInt(k -> k.links().size()).sum() > DIRECTORY_PAGE;
        out.add(pages.page(Urls.SEARCH, "search", view.t("search.title"), view.homeCrumbs(), () -> Map.of("search", searchPage(directory, split))));
        if (!split) return;
        Link searchCrumb = new Link(view.t("search.title"), view.urls().href(Urls.SEARCH));
        for (KindDirectory k : directory) {
            String title = view.t("search.directory.kind").replace("{kind}", k.title());
            List<Link> crumbs = List.of(view.homeLink(), searchCrumb);
            List<Link> links = k.groups().isEmpty() ? k.links() : groupLinks(k);
            out.add(pages.page(k.path(), "search", title, crumbs, () -> Map.of("search", directoryPage(title, links))));
            for (Group g : k.groups()) {
                String groupTitle = view.t("search.directory.group").replace("{kind}", k.title()).replace("{group}", g.label());
                List<Link> groupCrumbs = List.of(view.homeLink(), searchCrumb, new Link(k.title(), view.urls().href(k.path())));
                out.add(pages.page(g.path(), "search", groupTitle, groupCrumbs, () -> Map.of("search", directoryPage(groupTitle, g.links()))));
            }
        }
    }

    private String kindTitle(Collection c) {
        return c == Collection.PAGES ? view.t("search.kind.pages") : view.collectionTitle(c);
    }

    /**
     * Every record, kind by kind and within a kind by title (the order the script shows equal
     * results in): titles, aliases, addresses, facets, summaries and bodies.
     */
    SearchIndex index(SearchSynonyms synonyms, Map<String, Cards> editions) {
        SearchIndex index = new SearchIndex(ORDER.stream().map(this::kindTitle).toList(), view.urls().basePath());
        List<Map.Entry<Integer, Entry>> all = new ArrayList<>();
        for (int k = 0; k < ORDER.size(); k++) {
            int kind = k;
            view.byTitle(ORDER.get(k)).forEach(e -> all.add(Map.entry(kind, e)));
        }
        // the words of the records are found in parallel, added in order
        SearchDocs docs = new SearchDocs(view, cards, synonyms, editions);
        all.parallelStream().map(ke -> docs.doc(ke.getKey(), ke.getValue())).toList().forEach(index::add);
        return index;
    }

    // ---- the directory for readers without JavaScript ------------------------------------------

    /** A kind's current pages from A to Z, its directory page, and its pages by initial letters when it has too many for one. */
    record KindDirectory(String title, String id, String path, List<Link> links, List<Group> groups) {
    }

    /** The pages of a kind whose titles begin alike: "ki" (label "Ki"), on its own directory page. */
    record Group(String segment, String label, String path, List<Link> links) {
    }

    private List<KindDirectory> directory() {
        List<KindDirectory> out = new ArrayList<>();
        for (Collection c : ORDER) {
            List<Entry> listed = view.byTitle(c).stream().filter(view::listed).toList();
            if (listed.isEmpty()) continue;
            String path = DIRECTORY + (c.urlSegment().isEmpty() ? "seiten" : c.urlSegment()) + "/";
            List<Group> groups = new ArrayList<>();
            if (listed.size() > DIRECTORY_PAGE) split(listed, path, groups);
            out.add(new KindDirectory(kindTitle(c), "verzeichnis-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'), path,
                    links(listed), groups));
        }
        return out;
    }

    private List<Link> links(List<Entry> entries) {
        // a title not translated is marked as the German it is, on a page in another language
        return entries.stream().map(e -> new Link(e.title(), view.urls().href(e), false, view.marks().of(e).title(), "")).toList();
    }

    private void split(List<Entry> entries, String path, List<Group> out) {
        for (Part<Entry> p : split(entries, Entry::title, DIRECTORY_PAGE)) {
            String label = p.key().isEmpty() ? view.t("search.directory.other")
                    : p.key().substring(0, 1).toUpperCase(Locale.ROOT) + p.key().substring(1);
            if (p.part() > 0) label = view.t("search.directory.part").replace("{group}", label).replace("{n}", String.valueOf(p.part()));
            out.add(new Group(p.segment(), label, path + p.segment() + "/", links(p.items())));
        }
    }

    /**
     * Items whose titles begin alike ({@code key}: "ki"; empty for titles that begin with none of
     * a–z and 0–9), on one page at {@code segment}; {@code part} counts the pages of a key whose
     * items are alike to the end (0 where one page holds them).
     */
    record Part<T>(String key, String segment, int part, List<T> items) {
    }

    /**
     * Cuts items (sorted by title) into parts of at most {@code page} items by the first letter of
     * their titles, a part still too large by the first two letters, and so on; items alike to
     * the end fill numbered parts. The parts follow each other in key order.
     */
    static <T> List<Part<T>> split(List<T> items, Function<T, String> title, int page) {
        List<Part<T>> out = new ArrayList<>();
        split(items, title, page, 1, out);
        return out;
    }

    private static <T> void split(List<T> items, Function<T, String> title, int page, int letters, List<Part<T>> out) {
        TreeMap<String, List<T>> byKey = new TreeMap<>(Comparator.comparing((String k) -> k.isEmpty() ? "\uffff" : k));
        for (T item : items) byKey.computeIfAbsent(key(title.apply(item), letters), k -> new ArrayList<>()).add(item);
        byKey.forEach((key, group) -> {
            boolean longer = group.stream().anyMatch(t -> key(title.apply(t), letters + 1).length() > key.length());
            if (group.size() > page && longer && !key.isEmpty()) {
                split(group, title, page, letters + 1, out);
                return;
            }
            String segment = key.isEmpty() ? "andere-zeichen" : key;
            for (int part = 0; part * page < group.size(); part++)
                out.add(new Part<>(key, segment + (part == 0 ? "" : "-" + (part + 1)), group.size() > page ? part + 1 : 0,
                        group.subList(part * page, Math.min(group.size(), (part + 1) * page))));
        });
    }

    /** The first {@code letters} letters or digits of a title, in a–z and 0–9 ("Ärztehaus" → "ar"); empty if it has none of those. */
    static String key(String title, int letters) {
        String folded = Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length() && sb.length() < letters; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.append(c);
            else if (Character.isLetterOrDigit(c)) break;
        }
        return sb.toString();
    }

    private List<Link> groupLinks(KindDirectory k) {
        return k.groups().stream().map(g -> new Link(g.label() + " (" + g.links().size() + ")", view.urls().href(g.path()))).toList();
    }

    /** The search page: the script's results, and for readers without it every current page from A to Z, or the ways there. */
    private Map<String, Object> searchPage(List<KindDirectory> directory, boolean split) {
        List<Section> sections = new ArrayList<>();
        for (KindDirectory k : directory) {
            List<Link> links = !split ? k.links() : !k.groups().isEmpty() ? groupLinks(k)
                    : List.of(new Link(view.t("search.directory.kind").replace("{kind}", k.title()) + " (" + k.links().size() + ")",
                    view.urls().href(k.path())));
            sections.add(section(k.title(), k.id(), List.of(), List.of(), links));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("form", true);
        m.put("title", view.t("search.title"));
        m.put("indexHref", view.urls().href(SearchShards.META));
        // the index is the original's: on a page in another language the script leads its hits to that language's pages
        m.put("languageHome", view.translated() ? view.urls().href("") : "");
        m.put("originalHome", view.urls().original(""));
        // the index names its groups in the original language: the page's own names, in the index's order
        m.put("kindNames", view.translated() ? String.join("|", ORDER.stream().map(this::kindTitle).toList()) : "");
        // and to its info pages that an editor translated ("ueber-diese-seite")
        m.put("languagePages", view.translated() ? String.join("|", view.editions().translatedPages(view.language())) : "");
        m.put("directory", sections);
        m.put("links", List.of());
        return m;
    }

    /** A page of the split directory: no form, no script, a list of links. */
    private static Map<String, Object> directoryPage(String title, List<Link> links) {
        Map<String, Object> m = new HashMap<>();
        m.put("form", false);
        m.put("title", title);
        m.put("indexHref", "");
        m.put("languageHome", "");
        m.put("originalHome", "");
        m.put("kindNames", "");
        m.put("languagePages", "");
        m.put("directory", List.of());
        m.put("links", links);
        return m;
    }
}
