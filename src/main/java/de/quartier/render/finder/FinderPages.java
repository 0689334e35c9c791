package de.quartier.render.finder;

import de.quartier.model.ContactPoint;
import de.quartier.model.GeoPoint;
import de.quartier.model.Offering;
import de.quartier.model.Place;
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
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;
import de.quartier.render.finder.OfferingFinder.Facet;

import java.text.Collator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.quartier.render.SiteView.geo;
import static de.quartier.render.SiteView.section;

/**
 * The offerings listing with the finder's form, and the finder's pages for readers without
 * JavaScript: one per filter value, and pages that narrow a long one by a second value.
 */
public final class FinderPages {
    /** How many values a finder page combines; deeper combinations are the script's. */
    static final int FINDER_DEPTH = 2;
    /** A finder page offers to narrow further only above this many results: a shorter list is read at a glance. */
    static final int FINDER_GLANCE = 12;

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final OfferingFinder finder;
    private final Map<Slug, OfferingFinder.Profile> profiles;
    private final List<Views.NearbyOption> nearby;

    public FinderPages(SiteView view, Pages pages, Cards cards) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.finder = new OfferingFinder(view.site(), view.relations().listedOfferings(), view.holidays(), view.strings());
        this.profiles = finder.profiles().stream().collect(Collectors.toMap(p -> p.offering().slug(), p -> p));
        this.nearby = nearbyOptions();
    }

    /** The quarters "near me" can measure from (on the offerings and contact-point listings). */
    public List<Views.NearbyOption> nearby() {
        return nearby;
    }

    public void plan(List<Output> out) {
        out.add(pages.listing("angebote/", "offerings", view.t("nav.offerings"), () -> listing(Map.of())));
        List<Link> crumbs = List.of(view.homeLink(), new Link(view.t("nav.offerings"), view.urls().href("angebote/")));
        out.add(pages.page(Urls.FINDER, "offerings", view.t("finder.title"), crumbs,
                () -> Map.of("listing", new Listing(view.t("finder.title"), "", List.of(), browse(Map.of(), finder.profiles().size())))));
        for (Facet f : Facet.values()) {
            for (String v : finder.values(f).keySet()) {
                int oneCount = finder.count(f, v);
                out.add(page(with(Map.of(), f, v), crumbs, true));
                for (Facet g : Facet.values()) {
                    if (g.ordinal() <= f.ordinal()) continue;
                    for (String w : finder.values(g).keySet()) {
                        Map<Facet, String> two = with(with(Map.of(), f, v), g, w);
                        int n = finder.find(two).cardinality();
                        // a page only where the pair narrows one of its halves: it is linked from there
                        if (narrows(n, oneCount) || narrows(n, finder.count(g, w))) out.add(page(two, crumbs, false));
                    }
                }
            }
        }
    }

    private static boolean narrows(int n, int of) {
        return n > 0 && n < of && of > FINDER_GLANCE;
    }

    /**
     * Selections are EnumMaps, so they iterate in the finder's canonical order (quartier, zielgruppe,
     * …): the order of paths, titles and "Ihre Auswahl".
     */
    private static Map<Facet, String> with(Map<Facet, String> sel, Facet f, String value) {
        Map<Facet, String> m = new EnumMap<>(Facet.class);
        m.putAll(sel);
        m.put(f, value);
        return m;
    }

    private static Map<Facet, String> without(Map<Facet, String> sel, Facet f) {
        Map<Facet, String> m = new EnumMap<>(Facet.class);
        m.putAll(sel);
        m.remove(f);
        return m;
    }

    /** "Angebote: Kinder · Mittwoch" */
    private String title(Map<Facet, String> sel) {
        return view.t("nav.offerings") + ": " + sel.entrySet().stream().map(e -> finder.label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private Output.Page page(Map<Facet, String> sel, List<Link> crumbs, boolean indexed) {
        Output.Page p = pages.page(Urls.FINDER + OfferingFinder.path(sel), "offerings", title(sel), crumbs,
                () -> Map.of("listing", listing(sel)));
        return indexed ? p : p.unindexed();
    }

    private String href(Map<Facet, String> sel) {
        return view.urls().href(sel.isEmpty() ? "angebote/" : Urls.FINDER + OfferingFinder.path(sel));
    }

    /** The offerings a selection finds; for the empty selection, the offerings listing with the script's form. */
    private Listing listing(Map<Facet, String> sel) {
        BitSet found = finder.find(sel);
        List<Offering> offerings = finder.offerings(found);
        // the listing carries what the script filters by; the finder's own pages (there are many) only what a reader scans
        Function<Offering, Card> card = sel.isEmpty() ? this::finderCard : cards::compactOffering;
        List<Card> regular = offerings.stream().filter(o -> !o.isDated()).map(card).toList();
        List<Card> dated = offerings.stream().filter(Offering::isDated).sorted(Cards.bySoonest(cards)).map(card).toList();
        List<Group> groups = List.of(new Group(view.t("offerings.regular"), "regelmaessig", regular, List.of()),
                new Group(view.t("offerings.dated"), "termine", dated, List.of()));
        String count = count(found.cardinality());
        List<Section> browse = sel.size() < FINDER_DEPTH ? browse(sel, found.cardinality()) : List.of();
        if (sel.isEmpty())
            return new Listing(view.t("nav.offerings"), "", groups, browse,
                    List.of(view.download(view.t("download.allCalendar"), Urls.calendarPath("angebote/"), "angebote.ics")), null,
                    form(), List.of(), count, null);
        List<Views.Chosen> chosen = new ArrayList<>();
        sel.forEach((f, v) -> chosen.add(new Views.Chosen(view.t("finder.facet." + f.key), finder.label(f, v), href(without(sel, f)))));
        return new Listing(title(sel), "", groups, browse, List.of(), null, null, chosen, count, null);
    }

    private String count(int n) {
        return (n == 1 ? view.t("finder.count.one") : view.t("finder.count.many")).replace("{n}", Integer.toString(n));
    }

    /** For each facet not chosen yet: links to the values that narrow the selection, with their counts. */
    private List<Section> browse(Map<Facet, String> sel, int total) {
        List<Section> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (sel.containsKey(f)) continue;
            List<Link> links = new ArrayList<>();
            finder.values(f).forEach((slug, label) -> {
                Map<Facet, String> more = with(sel, f, slug);
                int n = sel.isEmpty() ? finder.count(f, slug) : finder.find(more).cardinality();
                if (sel.isEmpty() ? n > 0 : narrows(n, total)) links.add(new Link(label + " (" + n + ")", href(more)));
            });
            if (!links.isEmpty()) out.add(section(view.t("finder.facet." + f.key), "nach-" + f.key, List.of(), List.of(), links));
        }
        return out;
    }

    private Views.Finder form() {
        List<Views.FinderFacet> facets = new ArrayList<>();
        for (Facet f : Facet.values()) {
            List<Views.Option> options = new ArrayList<>();
            finder.values(f).forEach((slug, label) -> options.add(new Views.Option(slug, label)));
            if (options.isEmpty()) continue;
            boolean toggle = f == Facet.COST || f == Facet.SOON;
            facets.add(new Views.FinderFacet(f.key, view.t("finder.facet." + f.key), options, toggle));
        }
        return new Views.Finder("angebote", facets, nearby);
    }

    /** Quarters a reader can measure from: their centre (or, lacking one, their first office). */
    private List<Views.NearbyOption> nearbyOptions() {
        List<Views.NearbyOption> out = new ArrayList<>();
        for (Quarter q : view.site().quarters()) {
            GeoPoint c = q.center();
            if (c == null) c = view.site().contactPointsIn(q).stream().map(ContactPoint::geo).findFirst().orElse(null);
            if (c != null) out.add(new Views.NearbyOption(q.slug().value(), q.title(), geo(c)));
        }
        out.sort(Comparator.comparing(Views.NearbyOption::label, Collator.getInstance(Locale.GERMAN)));
        return out;
    }

    /** Where an offering happens, for "near me": its office, its venue, or its quarters' centres when mobile. */
    private String geoOf(Offering o) {
        if (o.place() instanceof Place.AtContactPoint at) return geo(view.site().contactPoint(at.contactPoint()).geo());
        if (o.place() instanceof Place.AtVenue v && v.venue().geo() != null) return geo(v.venue().geo());
        return o.quarters().stream().map(view.site()::quarter).map(Quarter::center).filter(Objects::nonNull).map(SiteView::geo)
                .collect(Collectors.joining(";"));
    }

    private Card finderCard(Offering o) {
        OfferingFinder.Profile p = profiles.get(o.slug());
        List<Views.DataAttr> data = new ArrayList<>();
        for (Facet f : Facet.values()) data.add(new Views.DataAttr(f.key, String.join(" ", p.values().get(f))));
        data.add(new Views.DataAttr("slots", String.join(" ", p.slots())));
        data.add(new Views.DataAttr("geo", geoOf(o)));
        return cards.offering(o).withData(data);
    }
}
