package de.quartier.render.map;

import de.quartier.model.ContactPoint;
import de.quartier.model.Offering;
import de.quartier.model.Place;
import de.quartier.model.Quarter;
import de.quartier.model.Status;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static de.quartier.render.Facts.address;
import static de.quartier.render.Facts.directions;

/**
 * The maps of pages: the places and outlines a page shows, the legend, and always the same places
 * as a plain list (the map is an enhancement, never the only way to a fact).
 */
public final class MapViews {
    /** The id of the list of places every map's placeholder links to (a map's own list, or the listing). */
    public static final String PLACES_ID = "orte";
    /** Up to this many offices a map carries in its page; a map of more fetches them from {@link #OFFICES}. */
    public static final int IN_PAGE = 150;
    /** The markers of every current office, for the maps of all offices when there are many. */
    public static final String OFFICES = Urls.OPEN_DATA + "karte-anlaufstellen.json";

    private final SiteView view;
    private final MapData data;

    public MapViews(SiteView view) {
        this.view = view;
        this.data = new MapData(view.site().config(), view.urls(), view.strings());
    }

    /** The current offices, each on the map. */
    private List<ContactPoint> offices() {
        return view.site().contactPoints().stream().filter(view::onMap).toList();
    }

    /** Whether the maps of all offices fetch their markers (many offices) instead of carrying them. */
    public boolean officesFetched() {
        return offices().size() > IN_PAGE;
    }

    public void plan(List<de.quartier.render.Output> out) {
        if (officesFetched()) out.add(de.quartier.render.Output.File.of(OFFICES, () -> data.markersJson(markers(offices()))).ofWholeSite());
    }

    /** A map of every current office, as the contact-point listing shows it: the page itself lists them (#orte). */
    public MapView offices(String label, List<Views.Option> filter) {
        if (!officesFetched()) return map(label, markers(offices()), List.of(), true, false, filter);
        List<MapData.Marker> all = markers(offices());
        return new MapView(label, officesJson(all, List.of()), view.site().config().map().tiles().attribution(), legend(all),
                PLACES_ID, "#" + PLACES_ID, List.of(), filter, view.marks().original());
    }

    /** Every current office as map data: in the page, or fetched from {@link #OFFICES} when there are too many for it. */
    private String officesJson(List<MapData.Marker> all, List<Quarter> boundaries) {
        return officesFetched() ? data.json(List.of(), view.urls().href(OFFICES), boundaries, true) : data.json(all, boundaries, true);
    }

    /**
     * The home page's map of every current office. Its places are not listed again below it: the
     * contact points' page ({@code listingHref}) lists them with their addresses, and the map's
     * text for readers without JavaScript links there. (On a phone, a list of every office pushed
     * the quarters and what is on soon two and four screens down.)
     */
    public MapView officesListedAt(String label, List<Quarter> boundaries, String listingHref) {
        List<MapData.Marker> all = markers(offices());
        return new MapView(label, officesJson(all, boundaries), view.site().config().map().tiles().attribution(), legend(all),
                PLACES_ID, listingHref, List.of(), List.of(), view.marks().original());
    }

    /** The kinds of place on a map, each once (two kinds with one term keep their own symbols), in the page's alphabetical order. */
    private List<LegendItem> legend(List<MapData.Marker> markers) {
        Map<String, LegendItem> legend = new java.util.HashMap<>();
        for (MapData.Marker m : markers)
            legend.putIfAbsent(m.kind() + '\0' + m.color(), new LegendItem(m.kind(), m.color(), m.symbol(), m.kindLang()));
        return legend.values().stream().sorted(java.util.Comparator.comparing(LegendItem::label, view.wording().alphabetical())
                .thenComparing(LegendItem::color)).toList();
    }

    public List<MapData.Marker> markers(List<ContactPoint> cps) {
        return markers(cps, true);
    }

    /** @param hours whether a popup says if the office is open now */
    private List<MapData.Marker> markers(List<ContactPoint> cps, boolean hours) {
        List<MapData.Marker> out = new ArrayList<>();
        for (ContactPoint cp : cps) {
            MapData.KindStyle style = data.style(cp.kind());
            // the kind in the page's language where site-config.yml's terms give it (the colour stays the German kind's)
            String kind = Objects.requireNonNullElse(cp.kind(), "");
            String term = kind.isEmpty() ? "" : view.marks().term(kind);
            out.add(new MapData.Marker(cp.geo(), cp.title(), term != null ? term : kind, style.color(), style.symbol(),
                    address(cp.address()), view.urls().href(cp), directions(cp.address(), cp.geo()),
                    Urls.valueSlug(view.site().quarter(cp.quarters().get(0)).district()), hours ? view.hoursData(cp) : null,
                    term != null ? "" : view.marks().original(), view.marks().of(cp).title()));
        }
        return out;
    }

    /** An offering's map: its office, its venue, or the outlines of its quarters when it moves; none once ended. */
    public MapView offering(Offering o) {
        if (view.site().status(o) == Status.ENDED) return null;
        String label = view.t("map.label.offering").replace("{name}", o.title());
        if (o.place() instanceof Place.AtContactPoint at) return offeringAtOffice(view.site().contactPoint(at.contactPoint()), label);
        if (o.place() instanceof Place.AtVenue v && v.venue().geo() != null) {
            MapData.KindStyle style = data.style(view.t("map.venue"));
            MapData.Marker m = new MapData.Marker(v.venue().geo(), v.venue().name(), view.t("map.venue"), style.color(), style.symbol(),
                    address(v.venue().address()), null, directions(v.venue().address(), v.venue().geo()), null, null);
            return placeInFacts(label, List.of(m));
        }
        List<Quarter> quarters = o.quarters().stream().map(view.site()::quarter).filter(q -> q.boundary() != null).toList();
        return quarters.isEmpty() ? null : map(label, List.of(), quarters, false, true, List.of());
    }

    /**
     * A map of one place whose name, address and route the page's facts already give (an office, an
     * offering at an office or a venue): no second list of it; the placeholder leads to the facts.
     */
    private MapView placeInFacts(String label, List<MapData.Marker> markers) {
        return new MapView(label, data.json(markers, List.of(), false), view.site().config().map().tiles().attribution(), legend(markers),
                null, "#" + de.quartier.render.Facts.LIST_ID, List.of(), List.of(), view.marks().original());
    }

    /**
     * The map of an offering held at an office: its popup leaves out whether the office is open now,
     * which would read as the offering's own times (those are in the facts); made once per office.
     */
    private MapView offeringAtOffice(ContactPoint cp, String label) {
        return offeringMaps.computeIfAbsent(cp.slug(), k -> placeInFacts("", markers(List.of(cp), false))).withLabel(label);
    }

    private final Map<de.quartier.model.Slug, MapView> offeringMaps = new java.util.concurrent.ConcurrentHashMap<>();

    /** A map of one office, on its page, whose facts give its address and route: no list of places below it. */
    public MapView office(ContactPoint cp, String label) {
        return placeInFacts(label, markers(List.of(cp)));
    }

    /**
     * @param listPlaces whether the map's section lists its places (else the page lists them itself)
     * @param filter     district options for the contact-point listing, else empty
     */
    public MapView map(String label, List<MapData.Marker> markers, List<Quarter> boundaries, boolean cluster,
                             boolean listPlaces, List<Views.Option> filter) {
        List<MapPlace> places = new ArrayList<>();
        if (listPlaces) {
            for (MapData.Marker m : markers)
                places.add(new MapPlace(m.name(), m.href(), m.kind(), m.address(), m.route(), m.kindLang(), m.nameLang()));
            for (Quarter q : boundaries)
                if (markers.isEmpty())
                    places.add(new MapPlace(q.title(), view.urls().href(q), view.t("map.quarter"), "", null, "", view.marks().of(q).title()));
        }
        return new MapView(label, data.json(markers, boundaries, cluster),
                view.site().config().map().tiles().attribution(), legend(markers), PLACES_ID, "#" + PLACES_ID, places, filter,
                view.marks().original());
    }

    /**
     * A map and, always, the same places as a plain list (the map is an enhancement).
     *
     * @param dataJson what assets/map.js reads, from {@link de.quartier.render.Json#forHtml}: safe unescaped in a single-quoted attribute
     * @param placesId   the id of the map's own list of places ("orte"); null where the page's facts name its one place
     * @param placesHref where the placeholder sends readers to the places as a list ("#orte", or the listing), or to the facts ("#angaben")
     * @param places     the plain list; empty where the page lists the places itself or elsewhere
     * @param filter   district options for the contact-point listing (value "" = all), else empty
     * @param wordsLang the language of the tiles' credit on a page in another language ("de"), else ""
     */
    public record MapView(String label, String dataJson, String attribution, List<LegendItem> legend,
                          String placesId, String placesHref, List<MapPlace> places, List<Views.Option> filter, String wordsLang) {
        /** The same map under another label (one office's map, shared by the pages of its offerings). */
        public MapView withLabel(String newLabel) {
            return new MapView(newLabel, dataJson, attribution, legend, placesId, placesHref, places, filter, wordsLang);
        }
    }

    /** @param lang the label's language where it is not the page's (an untranslated kind of place), else "" */
    public record LegendItem(String label, String color, String symbol, String lang) {
        /** The class that colours the symbol (no inline style: see MapData.colorClass). */
        public String colorClass() {
            return MapData.colorClass(color);
        }
    }

    /** @param kindLang the language of {@code kind} where it is not the page's, else ""; {@code nameLang} the same for the name */
    public record MapPlace(String name, String href, String kind, String address, String route, String kindLang, String nameLang) {
    }
}
