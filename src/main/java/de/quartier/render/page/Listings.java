package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Quarter;
import de.quartier.model.Slug;
import de.quartier.render.Cards;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Listing;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The home page and the listings of quarters, contact points, operators, programmes and news. */
public final class Listings {
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final MapViews maps;
    private final FacetPages facets;
    private final List<Views.NearbyOption> nearby;

    /** @param nearby the quarters "near me" can measure from */
    public Listings(SiteView view, Pages pages, Cards cards, MapViews maps, FacetPages facets, List<Views.NearbyOption> nearby) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.maps = maps;
        this.facets = facets;
        this.nearby = nearby;
    }

    public void plan(List<Output> out) {
        out.add(pages.page("", "home", view.t("home.title"), List.of(), () -> Map.of("home", home())));
        out.add(pages.listing("quartiere/", "quarters", view.t("nav.quarters"),
                () -> new Listing(view.t("nav.quarters"), "", quarterGroups(), List.of(facets.browse(Urls.Facet.DISTRICT)))));
        out.add(pages.listing("anlaufstellen/", "contact-points", view.t("nav.contactPoints"), this::contactPoints));
        out.add(pages.listing("traeger/", "operators", view.t("nav.operators"), () -> simple(view.t("nav.operators"), view.site().operators())));
        out.add(pages.listing("programme/", "programs", view.t("nav.programs"), () -> simple(view.t("nav.programs"), view.site().programs())));
        out.add(pages.listing("aktuelles/", "news-index", view.t("nav.news"), this::news));
    }

    private Views.Home home() {
        String intro = view.site().find(Collection.PAGES, new Slug("quartiersarbeit"))
                .map(p -> view.markdown().toHtml(p.common().summary() == null ? "" : p.common().summary(), view.urls())).orElse("");
        List<Card> upcoming = view.relations().listedOfferings().stream().filter(o -> o.isDated())
                .sorted(Cards.bySoonest(cards)).limit(6).map(cards::offering).toList();
        List<Card> news = newestFirst().stream().limit(3).map(cards::news).toList();
        List<ContactPoint> all = view.site().contactPoints().stream().filter(view::onMap).toList();
        return new Views.Home(view.site().config().title(), intro, quarterGroups(), upcoming, news,
                view.relations().listedContactPoints().size(), view.urls().href("anlaufstellen/"), view.urls().href("angebote/"),
                maps.map(view.t("map.label.home"), maps.markers(all), view.site().quarters(), true, true, List.of()));
    }

    private List<Group> quarterGroups() {
        Map<String, List<Card>> byDistrict = new TreeMap<>();
        for (Quarter q : view.site().quarters())
            byDistrict.computeIfAbsent(q.district(), k -> new ArrayList<>()).add(cards.simple(q));
        List<Group> groups = new ArrayList<>();
        byDistrict.forEach((d, list) -> groups.add(new Group(d, "bezirk-" + Urls.valueSlug(d), list, List.of())));
        return groups;
    }

    private Listing contactPoints() {
        Map<String, Map<String, List<Card>>> tree = new TreeMap<>();
        Map<String, String> quarterTitles = new HashMap<>();
        for (ContactPoint cp : view.relations().listedContactPoints()) {
            Quarter q = view.site().quarter(cp.quarters().get(0));
            quarterTitles.put(q.slug().value(), q.title());
            tree.computeIfAbsent(q.district(), k -> new TreeMap<>())
                    .computeIfAbsent(q.slug().value(), k -> new ArrayList<>())
                    .add(cards.contactPoint(cp).withData(List.of(new Views.DataAttr("geo", SiteView.geo(cp.geo())))));
        }
        List<Group> groups = new ArrayList<>();
        tree.forEach((district, quarters) -> {
            List<Group> sub = new ArrayList<>();
            quarters.forEach((slug, list) -> sub.add(new Group(quarterTitles.get(slug), "quartier-" + slug, list, List.of())));
            sub.sort(Comparator.comparing(Group::heading));
            groups.add(new Group(district, "bezirk-" + Urls.valueSlug(district), List.of(), sub));
        });
        List<Views.Option> districts = new ArrayList<>();
        districts.add(new Views.Option("", view.t("map.filter.all")));
        tree.keySet().forEach(d -> districts.add(new Views.Option(Urls.valueSlug(d), d)));
        List<ContactPoint> all = view.site().contactPoints().stream().filter(view::onMap).toList();
        return new Listing(view.t("nav.contactPoints"), "", groups, List.of(facets.browse(Urls.Facet.KIND), facets.browse(Urls.Facet.LANGUAGE)),
                List.of(), maps.map(view.t("map.label.contactPoints"), maps.markers(all), List.of(), true, false, districts),
                new Views.Finder("anlaufstellen", List.of(), nearby), List.of(), null, null);
    }

    private Listing simple(String title, List<? extends Entry> entries) {
        List<Card> list = entries.stream().filter(view::listed).map(cards::simple).toList();
        return new Listing(title, "", List.of(new Group("", "alle", list, List.of())), List.of());
    }

    private Listing news() {
        List<Card> list = newestFirst().stream().map(cards::news).toList();
        return new Listing(view.t("nav.news"), "", List.of(new Group("", "alle", list, List.of())), List.of());
    }

    private List<NewsItem> newestFirst() {
        return view.site().news().stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug)).toList();
    }
}
