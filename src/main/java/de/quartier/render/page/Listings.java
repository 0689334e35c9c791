package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Quarter;
import de.quartier.model.Slug;
import de.quartier.render.FinderViews;
import de.quartier.render.Cards;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.Pagination;
import de.quartier.render.Facts;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The home page and the listings of quarters, contact points, operators, programmes and news. A
 * listing longer than one page allows is split into pages (at district boundaries where it is
 * grouped by district, within a district only where one district alone is too long).
 */
public final class Listings {
    /** At most this many records on one page of a listing (about 300 KB of HTML for contact points). */
    static final int CONTACT_POINTS_PER_PAGE = 200;
    static final int RECORDS_PER_PAGE = 500;
    /** Up to this many quarters the home page shows as cards; a larger site lists its districts instead. */
    static final int HOME_QUARTERS = 60;

    /** A listed record with the group it stands under, and the subgroup (its id and heading; null: none). */
    private record Placed<E>(String group, String subgroupId, String subgroup, String subgroupLang, E entry) {
        Placed(String group, E entry) {
            this(group, null, null, "", entry);
        }
    }

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final MapViews maps;
    private final FacetPages facets;
    private final List<FinderViews.NearbyOption> nearby;

    /** @param nearby the quarters "near me" can measure from */
    public Listings(SiteView view, Pages pages, Cards cards, MapViews maps, FacetPages facets, List<FinderViews.NearbyOption> nearby) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.maps = maps;
        this.facets = facets;
        this.nearby = nearby;
    }

    public void plan(List<Output> out) {
        out.add(pages.page("", "home", view.t("home.title"), List.of(), () -> Map.of("home", home())));
        List<Placed<Quarter>> quarters = new ArrayList<>();
        byDistrict().forEach((d, list) -> list.forEach(q -> quarters.add(new Placed<>(d, q))));
        paged(out, "quartiere/", "quarters", view.t("nav.quarters"), quarters, RECORDS_PER_PAGE,
                slice -> new Listing(view.t("nav.quarters"), "", groups(slice.items(), cards::quarter),
                        slice.first() ? List.of(facets.browse(Urls.Facet.DISTRICT)) : List.of()));
        paged(out, "anlaufstellen/", "contact-points", view.t("nav.contactPoints"), placedContactPoints(), CONTACT_POINTS_PER_PAGE,
                this::contactPoints);
        simple(out, "traeger/", "operators", view.t("nav.operators"), view.site().operators());
        simple(out, "programme/", "programs", view.t("nav.programs"), view.site().programs());
        List<Placed<NewsItem>> news = newestFirst().stream().map(n -> new Placed<>("", n)).toList();
        paged(out, "aktuelles/", "news-index", view.t("nav.news"), news, RECORDS_PER_PAGE,
                slice -> new Listing(view.t("nav.news"), "", List.of(new Group("", "alle",
                        slice.items().stream().map(p -> cards.news(p.entry())).toList(), List.of())), List.of()));
        maps.plan(out);
    }

    /** A listing's pages: the first at {@code path}, further ones below it, each titled with its number. */
    private <E> void paged(List<Output> out, String path, String template, String title, List<Placed<E>> items, int size,
                           Function<Pagination.Slice<Placed<E>>, Listing> page) {
        for (Pagination.Slice<Placed<E>> slice : Pagination.split(path, items, size, view.urls(), view::t))
            out.add(slice.indexed(pages.listing(slice.path(), template, slice.title(title), () -> page.apply(slice).withPager(slice.pager()))));
    }

    private void simple(List<Output> out, String path, String template, String title, List<? extends Entry> entries) {
        List<Placed<Entry>> listed = entries.stream().filter(view::listed).map(e -> new Placed<>("", (Entry) e)).toList();
        paged(out, path, template, title, listed, RECORDS_PER_PAGE,
                slice -> new Listing(title, "", List.of(new Group("", "alle",
                        slice.items().stream().map(p -> cards.simple(p.entry())).toList(), List.of())), List.of()));
    }

    /** Groups (and subgroups) in the order the records come, each once per page. */
    private <E> List<Group> groups(List<Placed<E>> items, Function<E, Card> card) {
        Map<String, Map<String, List<Card>>> tree = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, String> headingLangs = new java.util.HashMap<>();
        for (Placed<E> p : items) {
            String sub = p.subgroupId() == null ? "" : p.subgroupId();
            tree.computeIfAbsent(p.group(), k -> new LinkedHashMap<>()).computeIfAbsent(sub, k -> new ArrayList<>()).add(card.apply(p.entry()));
            if (p.subgroupId() != null) {
                headings.put(sub, p.subgroup());
                headingLangs.put(sub, p.subgroupLang());
            }
        }
        // a district's name is the editor's German on every page
        String districtLang = view.marks().original();
        List<Group> groups = new ArrayList<>();
        tree.forEach((group, subgroups) -> {
            String id = "bezirk-" + Urls.valueSlug(group);
            if (subgroups.size() == 1 && subgroups.containsKey("")) {
                groups.add(new Group(group, group.isEmpty() ? "alle" : id, subgroups.get(""), List.of(), false, group.isEmpty() ? "" : districtLang));
            } else {
                List<Group> sub = new ArrayList<>();
                subgroups.forEach((subId, list) -> sub.add(new Group(headings.get(subId), subId, list, List.of(), false, headingLangs.get(subId))));
                groups.add(new Group(group, id, List.of(), sub, false, districtLang));
            }
        });
        return groups;
    }

    private Map<String, List<Quarter>> byDistrict() {
        Map<String, List<Quarter>> byDistrict = new TreeMap<>(view.relations().titles().names());
        for (Quarter q : view.relations().titles().byTitle(view.site().quarters())) byDistrict.computeIfAbsent(q.district(), k -> new ArrayList<>()).add(q);
        return byDistrict;
    }

    private Views.Home home() {
        String intro = view.site().find(Collection.PAGES, new Slug("quartiersarbeit"))
                .map(p -> view.markdown().toHtml(p.common().summary() == null ? "" : p.common().summary(), view.urls())).orElse("");
        // the intro is a page's summary: on a page in another language it is German unless that page is translated
        String introLang = view.site().find(Collection.PAGES, new Slug("quartiersarbeit")).map(p -> view.marks().of(p).summary()).orElse("");
        List<Card> upcoming = view.relations().listedOfferings().stream().filter(o -> o.isDated())
                .sorted(Cards.bySoonest(cards)).limit(6).map(cards::offering).toList();
        List<Card> news = newestFirst().stream().limit(3).map(cards::news).toList();
        List<Group> quarters = new ArrayList<>();
        List<Link> districts = new ArrayList<>();
        if (view.site().quarters().size() <= HOME_QUARTERS)
            byDistrict().forEach((d, list) -> quarters.add(new Group(d, "bezirk-" + Urls.valueSlug(d), list.stream().map(cards::quarter).toList(),
                    List.of())));
        else
            byDistrict().forEach((d, list) -> districts.add(new Link(d + " (" + list.size() + ")",
                    view.urls().href(Urls.pathOf(Urls.Facet.DISTRICT, d)))));
        return new Views.Home(view.marks().siteTitle().text(), intro, introLang, quarters, districts, upcoming, news,
                view.relations().listedContactPoints().size(), view.urls().href("anlaufstellen/"), view.urls().href("angebote/"),
                maps.officesListedAt(view.t("map.label.home"), view.site().quarters(), view.urls().href("anlaufstellen/")));
    }

    /** Listed contact points by district, then by quarter (by name), each quarter's by title. */
    private List<Placed<ContactPoint>> placedContactPoints() {
        Map<String, Map<String, List<ContactPoint>>> tree = new TreeMap<>(view.relations().titles().names());
        Map<String, String> quarterTitles = new java.util.HashMap<>();
        Map<String, String> quarterLangs = new java.util.HashMap<>();
        for (ContactPoint cp : view.relations().listedContactPoints()) {
            Quarter q = view.site().quarter(cp.quarters().get(0));
            quarterTitles.put(q.slug().value(), q.title());
            quarterLangs.put(q.slug().value(), view.marks().of(q).title());
            tree.computeIfAbsent(q.district(), k -> new TreeMap<>()).computeIfAbsent(q.slug().value(), k -> new ArrayList<>()).add(cp);
        }
        List<Placed<ContactPoint>> out = new ArrayList<>();
        tree.forEach((district, quarters) -> quarters.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<ContactPoint>> e) -> quarterTitles.get(e.getKey()), view.relations().titles().names()))
                .forEach(e -> e.getValue().forEach(cp -> out.add(new Placed<>(district, "quartier-" + e.getKey(), quarterTitles.get(e.getKey()),
                        quarterLangs.get(e.getKey()), cp)))));
        return out;
    }

    /**
     * The contact points: with a map of every office and, while the list fits on one page, the
     * district filter and "near me" (both work on the list in the page).
     */
    private Listing contactPoints(Pagination.Slice<Placed<ContactPoint>> slice) {
        boolean whole = slice.whole();
        List<Group> groups = groups(slice.items(),
                cp -> cards.contactPointOnMap(cp).withData("geo", List.of(new Views.DataAttr("geo", Facts.geo(cp.geo())))));
        List<Views.Option> districts = new ArrayList<>();
        if (whole) {
            districts.add(new Views.Option("", view.t("map.filter.all")));
            groups.forEach(g -> districts.add(new Views.Option(Urls.valueSlug(g.heading()), g.heading())));
        }
        List<Section> browse = slice.first() ? List.of(facets.browse(Urls.Facet.KIND), facets.browse(Urls.Facet.LANGUAGE)) : List.of();
        return new Listing(view.t("nav.contactPoints"), "", groups, browse, List.of(),
                slice.first() ? maps.offices(view.t("map.label.contactPoints"), districts) : null,
                whole ? new FinderViews.Finder("anlaufstellen", List.of(), nearby, null, view.wording().comma()) : null, List.of(), null,
                whole || !slice.first() ? null : view.t("contactPoints.paged").replace("{pages}", Integer.toString(slice.pages())), null);
    }

    private List<NewsItem> newestFirst() {
        return view.site().news().stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug)).toList();
    }
}
