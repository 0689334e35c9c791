package de.quartier.render.page;

import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.render.Cards;
import de.quartier.render.Wording;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.Pagination;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static de.quartier.render.Facts.section;

/** One page per value people browse by (district, kind, target group, topic, language) and an index per facet. */
public final class FacetPages {
    /**
     * One facet's browse values, by URL slug: the label shown (the first spelling met) and the
     * listed records that carry the value.
     */
    private record FacetIndex(Map<String, String> labels, Map<String, List<Quarter>> quarters,
                              Map<String, List<ContactPoint>> contactPoints, Map<String, List<Offering>> offerings) {
    }

    /** The finder's filter for a browse facet (offerings by target group, topic, language). */
    private static final Map<Urls.Facet, String> FINDER_KEYS = Map.of(Urls.Facet.TARGET_GROUP, "zielgruppe",
            Urls.Facet.TOPIC, "thema", Urls.Facet.LANGUAGE, "sprache");

    /** At most this many quarters and contact points on one page of a value. */
    static final int PER_PAGE = 200;

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final Map<Urls.Facet, FacetIndex> facets = new EnumMap<>(Urls.Facet.class);

    public FacetPages(SiteView view, Pages pages, Cards cards) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        for (Urls.Facet f : Urls.Facet.values())
            facets.put(f, index(f, view.relations().listedContactPoints(), view.relations().listedOfferings()));
    }

    public void plan(List<Output> out) {
        for (Urls.Facet f : Urls.Facet.values()) {
            String facetTitle = view.t("facet." + f.segment());
            // the languages' list says what it lists: not the languages this site is in
            String intro = f == Urls.Facet.LANGUAGE ? "<p>" + de.quartier.render.HtmlText.escape(view.t("facet.sprachen.intro")) + "</p>" : "";
            out.add(pages.page(f.segment() + "/", "facet-index", facetTitle, view.homeCrumbs(),
                    () -> Map.of("listing", new Listing(facetTitle, intro, List.of(), List.of(browse(f, view.t("facet.az")))))));
            facets.get(f).labels().forEach((slug, label) -> plan(out, f, slug, facetTitle, facetTitle + ": " + label));
        }
    }

    /** One value's pages: its quarters (for a district) and contact points, split when there are many. */
    private void plan(List<Output> out, Urls.Facet f, String slug, String facetTitle, String title) {
        FacetIndex index = facets.get(f);
        List<Entry> listed = new ArrayList<>(index.quarters().getOrDefault(slug, List.of()));
        listed.addAll(index.contactPoints().getOrDefault(slug, List.of()));
        List<Link> crumbs = List.of(view.homeLink(), new Link(facetTitle, view.urls().href(f.segment() + "/")));
        for (Pagination.Slice<Entry> slice : Pagination.split(f.segment() + "/" + slug + "/", listed, PER_PAGE, view.urls(), view::t))
            out.add(slice.indexed(pages.page(slice.path(), "facet", slice.title(title), crumbs, () -> Map.of("listing", listing(f, slug, title, slice)))));
    }

    /** The links to every value of a facet, as a section of a listing. */
    public Section browse(Urls.Facet f) {
        return browse(f, view.t("facet." + f.segment()));
    }

    /** The same under another heading: on the facet's own page the page's title would stand twice ("Sprachen", "Sprachen"). */
    private Section browse(Urls.Facet f, String heading) {
        List<Link> links = new ArrayList<>();
        boolean editorsWords = f == Urls.Facet.KIND || f == Urls.Facet.TARGET_GROUP || f == Urls.Facet.TOPIC;
        facets.get(f).labels().forEach((slug, written) -> {
            // on a page in another language: the site's term, else the editor's word, marked
            String term = editorsWords && view.translated() ? view.marks().term(written) : null;
            // a language by its name in the page's language ("Arabic"), as the finder names it
            if (f == Urls.Facet.LANGUAGE && view.translated()) term = view.wording().language(slug);
            String label = term != null ? term : written;
            String lang = (editorsWords || f == Urls.Facet.DISTRICT) && term == null ? view.marks().original() : "";
            Link link = new Link(label, view.urls().href(f.segment() + "/" + slug + "/"), false, lang, "");
            // a language also in its own name, which its speakers know where they may not know the German one
            String own = f == Urls.Facet.LANGUAGE ? Wording.ownName(slug) : "";
            links.add(own.isEmpty() || own.equals(slug) || own.equals(label) ? link : link.alsoCalled(own, slug));
        });
        // by name as residents read them ("Arabisch, Deutsch, Englisch, Kurdisch, Persisch"), not by code (ar, de, en, fa, ku)
        links.sort(java.util.Comparator.comparing(Link::label, view.translated() && editorsWords ? view.wording().alphabetical()
                : view.relations().titles().names()));
        return section(heading, "nach-" + f.segment(), List.of(), List.of(), links);
    }

    private FacetIndex index(Urls.Facet f, List<ContactPoint> contactPoints, List<Offering> offerings) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<Quarter>> quarters = new HashMap<>();
        Map<String, List<ContactPoint>> cps = new HashMap<>();
        Map<String, List<Offering>> offers = new HashMap<>();
        Function<ContactPoint, List<String>> cpValues = switch (f) {
            case DISTRICT -> c -> c.quarters().stream().map(r -> view.site().quarter(r).district()).toList();
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
            for (Quarter q : view.site().quarters()) quarters.computeIfAbsent(slug(f, q.district(), labels), k -> new ArrayList<>()).add(q);
        for (ContactPoint c : contactPoints)
            for (String slug : new LinkedHashSet<>(cpValues.apply(c).stream().map(v -> slug(f, v, labels)).toList()))
                cps.computeIfAbsent(slug, k -> new ArrayList<>()).add(c);
        for (Offering o : offerings)
            for (String slug : new LinkedHashSet<>(offeringValues.apply(o).stream().map(v -> slug(f, v, labels)).toList()))
                offers.computeIfAbsent(slug, k -> new ArrayList<>()).add(o);
        return new FacetIndex(labels, quarters, cps, offers);
    }

    /** The URL slug of a value, noting its label the first time it is met. */
    private static String slug(Urls.Facet f, String value, Map<String, String> labels) {
        if (f == Urls.Facet.TARGET_GROUP) {
            // as the finder: every spelling of "everyone" is one value, whose page this links to
            String slug = de.quartier.render.finder.OfferingFinder.groupSlug(value);
            de.quartier.render.finder.OfferingFinder.noteGroupLabel(labels, slug, value);
            return slug;
        }
        String slug = Urls.valueSlug(value);
        labels.putIfAbsent(slug, f == Urls.Facet.LANGUAGE ? Wording.GERMAN.language(value) : value);
        return slug;
    }

    private Listing listing(Urls.Facet f, String slug, String title, Pagination.Slice<Entry> slice) {
        FacetIndex index = facets.get(f);
        List<Card> quarters = slice.items().stream().filter(e -> e instanceof Quarter).map(e -> cards.quarter((Quarter) e)).toList();
        List<Card> cps = slice.items().stream().filter(e -> e instanceof ContactPoint).map(e -> cards.contactPoint((ContactPoint) e)).toList();
        int offerings = index.offerings().getOrDefault(slug, List.of()).size();
        List<Group> groups = new ArrayList<>();
        List<Section> more = new ArrayList<>();
        if (f == Urls.Facet.DISTRICT) {
            if (slice.whole() || !quarters.isEmpty()) groups.add(new Group(view.t("nav.quarters"), "quartiere", quarters, List.of()));
            if (slice.whole() || !cps.isEmpty()) groups.add(new Group(view.t("nav.contactPoints"), "anlaufstellen", cps, List.of()));
        } else {
            if (!cps.isEmpty()) groups.add(new Group(view.t("nav.contactPoints"), "anlaufstellen", cps, List.of()));
            // the offerings with this value are the finder's page for it, where they can be narrowed further
            if (offerings > 0 && slice.first()) more.add(section(view.t("nav.offerings"), "angebote", List.of(), List.of(),
                    List.of(new Link(view.count("facet.offerings", offerings),
                            view.urls().href(Urls.FINDER + FINDER_KEYS.get(f) + "/" + slug + "/")))));
        }
        Listing listing = new Listing(title, "", groups, more).withPager(slice.pager());
        return f == Urls.Facet.LANGUAGE ? listing.withLanguageName(slug) : listing;
    }
}
