package de.quartier.render.finder;

import de.quartier.model.ContactPoint;
import de.quartier.model.GeoPoint;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.Slug;
import de.quartier.render.Cards;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.Pagination;
import de.quartier.render.Facts;
import de.quartier.render.FinderViews;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;
import de.quartier.render.finder.OfferingFinder.Facet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static de.quartier.render.Facts.geo;
import static de.quartier.render.Facts.section;

/**
 * The offerings listing and the finder's pages: one page per filter value
 * ({@code angebote/finden/zielgruppe/kinder/}), never one per combination. Every list that fits on
 * one page carries the finder's form for the other filters; it works without JavaScript (a
 * generated stylesheet hides the cards a choice rules out, see {@link FilterStyle}) and with it
 * (the script keeps the choice in the URL and announces the count). A longer list is split into
 * pages and points to the lists of single quarters, where the form works again.
 */
public final class FinderPages {
    /** At most this many offerings on one page of a list (about 300 KB of HTML). */
    static final int PAGE_SIZE = 300;

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final OfferingFinder finder;
    private final Map<Slug, OfferingFinder.Profile> profiles;
    private final List<FinderViews.NearbyOption> nearby;

    public FinderPages(SiteView view, Pages pages, Cards cards) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        // the finder keeps this order in every selection: regular offerings, then dated ones, soonest first
        List<Offering> listed = view.relations().listedOfferings();
        List<Offering> ordered = new ArrayList<>(listed.stream().filter(o -> !o.isDated()).toList());
        ordered.addAll(listed.stream().filter(Offering::isDated).sorted(Cards.bySoonest(cards)).toList());
        this.finder = new OfferingFinder(view.site(), ordered, view.holidays(), view.strings());
        this.profiles = finder.profiles().stream().collect(Collectors.toMap(p -> p.offering().slug(), p -> p));
        this.nearby = nearbyOptions();
    }

    /** The quarters "near me" can measure from (on the offerings and contact-point listings). */
    public List<FinderViews.NearbyOption> nearby() {
        return nearby;
    }

    public void plan(List<Output> out) {
        plan(Map.of(), out);
        List<Link> crumbs = List.of(view.homeLink(), new Link(view.t("nav.offerings"), view.urls().href("angebote/")));
        out.add(pages.page(Urls.FINDER, "offerings", view.t("finder.title"), crumbs,
                () -> Map.of("listing", new Listing(view.t("finder.title"), "", List.of(), browse()))));
        for (Facet f : Facet.values())
            for (String v : finder.values(f).keySet()) plan(with(f, v), out);
        out.add(Output.File.text(FilterStyle.PATH, () -> new FilterStyle(finder, view.strings()).css()));
    }

    private static Map<Facet, String> with(Facet f, String value) {
        Map<Facet, String> m = new EnumMap<>(Facet.class);
        m.put(f, value);
        return m;
    }

    private String path(Map<Facet, String> sel) {
        return sel.isEmpty() ? "angebote/" : Urls.FINDER + OfferingFinder.path(sel);
    }

    /** "Angebote: Kinder" */
    private String title(Map<Facet, String> sel) {
        if (sel.isEmpty()) return view.t("nav.offerings");
        return view.t("nav.offerings") + ": " + sel.entrySet().stream().map(e -> label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** The pages of one selection (none: the offerings listing), split when the list is long. */
    private void plan(Map<Facet, String> sel, List<Output> out) {
        BitSet found = finder.find(sel);
        List<Link> crumbs = sel.isEmpty() ? view.homeCrumbs()
                : List.of(view.homeLink(), new Link(view.t("nav.offerings"), view.urls().href("angebote/")));
        for (Pagination.Slice<Offering> slice : Pagination.split(path(sel), finder.offerings(found), PAGE_SIZE, view.urls(), view::t))
            out.add(slice.indexed(pages.page(slice.path(), "offerings", slice.title(title(sel)), crumbs,
                    () -> Map.of("listing", listing(sel, slice, found.cardinality())))));
    }

    private Listing listing(Map<Facet, String> sel, Pagination.Slice<Offering> slice, int total) {
        boolean whole = slice.whole();
        // one page: the cards carry what the form filters by; a part of a long list is rows of what a reader scans (when, where)
        List<Card> regular = slice.items().stream().filter(o -> !o.isDated()).map(o -> whole ? finderCard(o) : cards.compactOffering(o)).toList();
        List<Card> dated = slice.items().stream().filter(Offering::isDated).map(o -> whole ? finderCard(o) : cards.compactOffering(o)).toList();
        List<Group> groups = new ArrayList<>();
        if (whole || !regular.isEmpty()) groups.add(new Group(view.t("offerings.regular"), "regelmaessig", regular, List.of(), !whole));
        if (whole || !dated.isEmpty()) groups.add(new Group(view.t("offerings.dated"), "termine", dated, List.of(), !whole));
        String count = count(total);
        FinderViews.Finder form = whole ? form(sel, slice.items()) : null;
        String note = !whole && slice.first() ? view.t("finder.paged").replace("{pages}", Integer.toString(slice.pages())) : null;
        if (sel.isEmpty()) {
            List<Views.Download> downloads = slice.first()
                    ? List.of(view.download(view.t("download.allCalendar"), Urls.calendarPath("angebote/"), "angebote.ics")) : List.of();
            return new Listing(view.t("nav.offerings"), "", groups, slice.first() ? browse() : List.of(), downloads, null, form,
                    List.of(), count, note, slice.pager());
        }
        List<FinderViews.Chosen> chosen = new ArrayList<>();
        sel.forEach((f, v) -> chosen.add(new FinderViews.Chosen(view.t("finder.facet." + f.key), label(f, v), view.urls().href("angebote/"),
                f == Facet.TARGET_GROUP ? openToAll(v) : List.of())));
        List<Section> narrow = !whole && slice.first() && !sel.containsKey(Facet.QUARTER) ? List.of(byQuarter(sel)) : List.of();
        Listing listing = new Listing(title(sel), "", groups, narrow, List.of(), null, form, chosen, count, note, slice.pager());
        // a language's page: its name in itself too ("Angebote: Türkisch · Türkçe")
        return sel.size() == 1 && sel.containsKey(Facet.LANGUAGE) ? listing.withLanguageName(sel.get(Facet.LANGUAGE)) : listing;
    }

    /**
     * A group's page lists what names that group; offerings for everyone ("Alle") are open to it too,
     * so the page links to their list (its count is that page's).
     */
    private List<Link> openToAll(String group) {
        int all = finder.count(Facet.TARGET_GROUP, OfferingFinder.ALL);
        if (group.equals(OfferingFinder.ALL) || all == 0) return List.of();
        String label = (all == 1 ? view.t("finder.openToAll.one") : view.t("finder.openToAll.many")).replace("{n}", Integer.toString(all));
        return List.of(new Link(label, view.urls().href(path(with(Facet.TARGET_GROUP, OfferingFinder.ALL)))));
    }

    private String count(int n) {
        return (n == 0 ? view.t("finder.count.none") : n == 1 ? view.t("finder.count.one") : view.t("finder.count.many")).replace("{n}", Integer.toString(n));
    }

    /**
     * Groups and topics shown in the page's language (site-config.yml's terms) in its alphabetical
     * order, the value for everyone first; the German order read as none in English. Other facets
     * and the original's pages keep the finder's order.
     */
    private <T> void inPagesOrder(Facet f, List<T> items, java.util.function.Function<T, String> value, java.util.function.Function<T, String> label) {
        if (!view.translated() || f != Facet.TARGET_GROUP && f != Facet.TOPIC) return;
        items.sort(java.util.Comparator.comparing((T t) -> !value.apply(t).equals(OfferingFinder.ALL)).thenComparing(label, view.wording().alphabetical()));
    }

    /** For each facet: links to the page of every value, with how many offerings have it. */
    private List<Section> browse() {
        List<Section> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            List<Map.Entry<String, Link>> bySlug = new ArrayList<>();
            finder.values(f).forEach((slug, written) -> {
                int n = finder.count(f, slug);
                if (n > 0) bySlug.add(Map.entry(slug, new Link(label(f, slug) + " (" + n + ")", view.urls().href(path(with(f, slug))), false, lang(f, slug), "")));
            });
            inPagesOrder(f, bySlug, Map.Entry::getKey, e -> e.getValue().label());
            List<Link> links = bySlug.stream().map(Map.Entry::getValue).toList();
            if (!links.isEmpty()) out.add(section(view.t("finder.facet." + f.key), "nach-" + f.key, List.of(), List.of(), links));
        }
        return out;
    }

    /**
     * A long list's way to the form: the quarters that have offerings of this choice, each leading
     * to its quarter's list with the choice in the address (the script applies it; without the
     * script the reader chooses it again there).
     */
    private Section byQuarter(Map<Facet, String> sel) {
        List<Link> links = new ArrayList<>();
        Map.Entry<Facet, String> choice = sel.entrySet().iterator().next();
        finder.values(Facet.QUARTER).forEach((slug, label) -> {
            Map<Facet, String> both = new EnumMap<>(sel);
            both.put(Facet.QUARTER, slug);
            int n = finder.find(both).cardinality();
            if (n > 0) links.add(new Link(label + " (" + n + ")",
                    view.urls().href(path(with(Facet.QUARTER, slug))) + "?" + choice.getKey().key + "=" + choice.getValue()));
        });
        return section(view.t("finder.byQuarter"), "nach-quartier", List.of(), List.of(), links);
    }

    /**
     * A value as residents read it: as the editors wrote it ("Familien", "Beratung"), but the one
     * value for everyone ("Alle") in the page's language, since a translated page has its own
     * "all" beside it.
     */
    private String label(Facet f, String slug) {
        if (f == Facet.TARGET_GROUP && slug.equals(OfferingFinder.ALL) && view.translated()) return view.t("finder.everyone");
        String written = finder.label(f, slug);
        // a group or topic in the page's language where site-config.yml's terms give it
        if (view.translated() && (f == Facet.TARGET_GROUP || f == Facet.TOPIC)) {
            String term = view.marks().term(written);
            if (term != null) return term;
        }
        return written;
    }

    /**
     * The language of a value's label where it is not the page's: target groups and topics are the
     * editors' words, unless the site gives them a term in the page's language.
     */
    private String lang(Facet f, String slug) {
        // a quarter's name is German on every page
        if (f == Facet.QUARTER) return view.marks().original();
        if (f != Facet.TARGET_GROUP && f != Facet.TOPIC || f == Facet.TARGET_GROUP && slug.equals(OfferingFinder.ALL)) return "";
        if (view.translated() && view.marks().term(finder.label(f, slug)) != null) return "";
        return view.marks().original();
    }

    /** The form for the facets not chosen yet, offering the values the listed offerings have. */
    private FinderViews.Finder form(Map<Facet, String> sel, List<Offering> listed) {
        List<FinderViews.FinderFacet> facets = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (sel.containsKey(f)) continue;
            Set<String> present = new java.util.HashSet<>();
            for (Offering o : listed) present.addAll(profiles.get(o.slug()).values().get(f));
            List<Views.Option> options = new ArrayList<>();
            finder.values(f).forEach((slug, written) -> {
                // the checkbox reads "nur kostenlose"; lists and headings name the value ("Kostenlos")
                if (present.contains(slug)) options.add(new Views.Option(slug, f == Facet.COST ? view.t("finder.free.only") : label(f, slug), lang(f, slug)));
            });
            if (options.isEmpty()) continue;
            inPagesOrder(f, options, Views.Option::value, Views.Option::label);
            boolean toggle = f == Facet.COST || f == Facet.SOON;
            // a group's filter finds what names the group: said beside the choice, with where the offerings for everyone are
            boolean everyone = f == Facet.TARGET_GROUP && options.size() > 1 && options.stream().anyMatch(o -> o.value().equals(OfferingFinder.ALL));
            facets.add(new FinderViews.FinderFacet(f.key, view.t("finder.facet." + f.key), options, toggle, everyone ? view.t("finder.hint.everyone").replace("{label}", label(f, OfferingFinder.ALL)) : null));
        }
        // a value's page measures from the quarters it lists, not from every quarter of the site (1,333 of them: 113 KB a page)
        List<FinderViews.NearbyOption> from = nearby;
        if (!sel.isEmpty()) {
            Set<String> quarters = new java.util.HashSet<>();
            for (Offering o : listed) quarters.addAll(profiles.get(o.slug()).values().get(Facet.QUARTER));
            from = nearby.stream().filter(n -> quarters.contains(n.value())).toList();
        }
        return new FinderViews.Finder("angebote", facets, from, view.urls().href(FilterStyle.PATH), view.wording().comma());
    }

    /** Quarters a reader can measure from: their centre (or, lacking one, their first office). */
    private List<FinderViews.NearbyOption> nearbyOptions() {
        List<FinderViews.NearbyOption> out = new ArrayList<>();
        for (Quarter q : view.site().quarters()) {
            GeoPoint c = q.center();
            if (c == null) c = view.site().contactPointsIn(q).stream().map(ContactPoint::geo).findFirst().orElse(null);
            // an untranslated quarter's name marked as the German it is
            if (c != null) out.add(new FinderViews.NearbyOption(q.slug().value(), q.title(), geo(c), view.marks().of(q).title()));
        }
        // quarters in the order of every other list of them
        out.sort(Comparator.comparing(FinderViews.NearbyOption::label, view.relations().titles().names()));
        return out;
    }

    /** Where an offering happens, for "near me": its office, its venue, or its quarters' centres when mobile. */
    private String geoOf(Offering o) {
        GeoPoint at = view.site().placeOf(o).map(de.quartier.model.Venue::geo).orElse(null);
        if (at != null) return geo(at);
        return o.quarters().stream().map(view.site()::quarter).map(Quarter::center).filter(Objects::nonNull).map(Facts::geo)
                .collect(Collectors.joining(";"));
    }

    private Card finderCard(Offering o) {
        OfferingFinder.Profile p = profiles.get(o.slug());
        List<Views.DataAttr> data = new ArrayList<>();
        for (Facet f : Facet.values()) data.add(new Views.DataAttr(f.key, String.join(" ", p.values().get(f))));
        data.add(new Views.DataAttr("slots", String.join(" ", p.slots())));
        data.add(new Views.DataAttr("geo", geoOf(o)));
        return cards.offering(o).withData("finder", data);
    }
}
