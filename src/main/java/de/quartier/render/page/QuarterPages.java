package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.render.Cards;
import de.quartier.render.Wording;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.PrintViews;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Detail;
import de.quartier.render.Fact;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Section;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static de.quartier.render.Facts.address;
import static de.quartier.render.Facts.fact;
import static de.quartier.render.Facts.section;

/** A quarter's page (its offices, offerings, weekly plan, news, map) and its printable sheet. */
final class QuarterPages {
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final Details details;
    private final WeeklyPlan plans;
    private final MapViews maps;
    private final LongLists lists;
    /** Each quarter's weekly plan: on its page and on its print sheet, so made once (empty: nothing on). */
    private final Map<de.quartier.model.Slug, java.util.Optional<Section>> weekly = new java.util.concurrent.ConcurrentHashMap<>();
    /** A quarter's nearest offices where it has none of its own, also on both (empty where it has its own). */
    private final Map<de.quartier.model.Slug, List<Near>> nearby = new java.util.concurrent.ConcurrentHashMap<>();

    QuarterPages(SiteView view, Pages pages, Cards cards, Details details, WeeklyPlan plans, MapViews maps, LongLists lists) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.details = details;
        this.plans = plans;
        this.maps = maps;
        this.lists = lists;
    }

    void plan(List<Output> out) {
        for (Quarter q : view.site().quarters()) {
            out.add(page(q));
            out.add(printSheetPage(q));
            lists.plan(out, q, view.t("nav.contactPoints"), "anlaufstellen", view.relations().contactPointsIn(q), cards::contactPoint);
            lists.plan(out, q, view.t("nav.offerings"), "angebote", view.relations().offeringsIn(q), cards::offering);
        }
    }

    Output.Page page(Quarter q) {
        return pages.detail(q, "quarter", () -> quarter(q));
    }

    private Detail quarter(Quarter q) {
        List<Offering> offerings = view.relations().offeringsIn(q);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(view.t("field.district"), q.district(), view.urls().href(Urls.pathOf(Urls.Facet.DISTRICT, q.district()))));
        q.areaBesideTitle().ifPresent(area -> facts.add(fact(view.t("field.area"), area)));
        if (!q.aliases().isEmpty()) facts.add(fact(view.t("field.aliases"), String.join(", ", q.aliases())));
        facts.add(new Fact(view.t("print.fact"), view.t("print.link"), view.urls().href(Urls.printPath(q))));
        List<Section> sections = new ArrayList<>();
        if (!q.profile().isEmpty()) {
            List<Views.ProfileRow> rows = q.profile().stream().map(p -> new Views.ProfileRow(p.label(), view.wording().number(p.value()),
                    Objects.requireNonNullElse(p.unit(), ""), p.year() == null ? "" : p.year().toString(),
                    Objects.requireNonNullElse(p.source(), ""), view.marks().original())).toList();
            sections.add(new Section(view.t("quarter.profile"), "kennzahlen", List.of(), List.of(), rows, List.of(), List.of(), List.of()));
        }
        List<ContactPoint> offices = view.relations().contactPointsIn(q);
        List<Near> near = nearest(q);
        List<ContactPoint> nearest = near.stream().map(Near::cp).toList();
        if (near.isEmpty())
            sections.add(lists.section(q, view.t("nav.contactPoints"), "anlaufstellen", offices.stream().map(cards::contactPointOnMap).toList()));
        else
            sections.add(new Section(view.t("quarter.nearby"), "anlaufstellen", List.of(), near.stream().map(n -> nearCard(q, n)).toList(),
                    List.of(), List.of(), List.of(), List.of(), null, view.t("quarter.nearby.note")));
        sections.add(lists.section(q, view.t("nav.offerings"), "angebote", offerings.stream().map(cards::offering).toList()));
        weeklyPlan(q).ifPresent(sections::add);
        List<Card> news = view.relations().newsOf(q).stream()
                .sorted(Comparator.comparing(NewsItem::date).reversed()).map(cards::news).toList();
        if (!news.isEmpty()) sections.add(section(view.t("nav.news"), "aktuelles", List.of(), news, List.of()));
        if (!q.programs().isEmpty())
            sections.add(section(view.t("nav.programs"), "programme", List.of(), List.of(), view.links(q.programs(), Collection.PROGRAMS)));
        List<Link> ended = view.relations().endedIn(q).stream().map(e -> new Link(e.title(), view.urls().href(e))).toList();
        if (!ended.isEmpty()) sections.add(section(view.t("quarter.ended"), "beendet", List.of(), List.of(), ended));
        List<ContactPoint> here = (nearest.isEmpty() ? view.site().contactPointsIn(q) : nearest).stream().filter(view::onMap).toList();
        return details.of(q, facts, sections,
                List.of(view.download(view.t("download.quarterCalendar"), Urls.calendarPath(Urls.pathOf(q)), q.slug() + ".ics")), null,
                here.isEmpty() && q.boundary() == null ? null
                        : maps.map(view.t("map.label.quarter").replace("{name}", q.title()), maps.markers(here), List.of(q), false, true,
                        List.of()));
    }

    /** How many offices a quarter without one of its own names as the nearest. */
    static final int NEAREST = 3;

    /** An office near a quarter, and how far from it. */
    private record Near(ContactPoint cp, double metres) {
    }

    /**
     * A quarter without a current office of its own: the nearest ones elsewhere, measured from its
     * outline (else its centre), so its page and its print sheet say where to go instead of "keine Einträge";
     * none for a quarter with an office. Measured once for both.
     */
    private List<Near> nearest(Quarter q) {
        return nearby.computeIfAbsent(q.slug(), k -> view.relations().contactPointsIn(q).isEmpty() ? measure(q) : List.of());
    }

    private List<Near> measure(Quarter q) {
        if (q.boundary() == null && q.center() == null) return List.of();
        Comparator<Near> byDistance = Comparator.comparingDouble(Near::metres).thenComparing(n -> n.cp().slug().value());
        List<Near> all = view.relations().listedContactPoints().stream().filter(cp -> cp.geo() != null)
                .map(cp -> new Near(cp, q.boundary() != null ? q.boundary().distanceMeters(cp.geo()) : q.center().metresTo(cp.geo())))
                .sorted(byDistance).toList();
        // offices for everyone first: a women's café 8.0 km away is no answer for a quarter's residents when an
        // office for all is 8.1 km away; others fill up where there are too few
        List<Near> out = new ArrayList<>(all.stream().filter(n -> forEveryone(n.cp())).limit(NEAREST).toList());
        for (Near n : all) if (out.size() < NEAREST && !out.contains(n)) out.add(n);
        out.sort(byDistance);
        return out;
    }

    /** An office that names no target group, or everyone ("Alle" in any of its spellings). */
    private static boolean forEveryone(ContactPoint cp) {
        return cp.targetGroups().isEmpty() || cp.targetGroups().stream().anyMatch(de.quartier.render.finder.OfferingFinder::isEveryone);
    }

    /** "etwa 7,6 km Luftlinie vom Rand des Quartiers" (or from its centre, without an outline); "ganz in der Nähe" within 100 m. */
    private String distance(Quarter q, Near n) {
        if (n.metres() < 100) return view.t("nearby.near");
        java.math.BigDecimal km = java.math.BigDecimal.valueOf(n.metres() / 1000).setScale(1, java.math.RoundingMode.HALF_UP);
        return view.t(q.boundary() != null ? "quarter.nearby.distance" : "quarter.nearby.distanceCentre").replace("{km}", view.wording().number(km));
    }

    /** A nearby office's card with its distance after its address (its kind and operator come first). */
    private Card nearCard(Quarter q, Near n) {
        Card card = cards.contactPointOnMap(n.cp());
        String distance = distance(q, n);
        int afterAddress = 0;
        while (afterAddress < card.facts().size() && !card.facts().get(afterAddress).label().equals(view.t("field.address"))) afterAddress++;
        return card.withFact(afterAddress + 1, new Fact(view.t("field.distance"), distance, null), "near-" + distance);
    }

    private java.util.Optional<Section> weeklyPlan(Quarter q) {
        return weekly.computeIfAbsent(q.slug(), k -> java.util.Optional.ofNullable(plans.of(view.t("quarter.weeklyPlan"), view.relations().offeringsIn(q), true)));
    }

    /** The paper "Sozialraumkarte": kept out of search engines, the quarter's page is the one to find. */
    private Output.Page printSheetPage(Quarter q) {
        List<Link> crumbs = List.of(view.homeLink(), new Link(view.t("nav.quarters"), view.urls().href("quartiere/")),
                new Link(q.title(), view.urls().href(q)));
        String title = view.t("print.title").replace("{name}", q.title());
        return pages.page(Urls.printPath(q), "quarter-print", title, crumbs, () -> Map.of("sheet", printSheet(q))).unindexed();
    }

    /** On paper a place the sheet does not list with its address gets its street: "PUK, Industriestraße 38". */
    private static Section withStreets(Section plan, java.util.Set<String> listedPlaces) {
        List<Views.PlanDay> days = new ArrayList<>();
        for (Views.PlanDay d : plan.plan())
            days.add(new Views.PlanDay(d.day(), d.items().stream().map(i -> listedPlaces.contains(i.place()) ? i : i.withStreet()).toList()));
        return plan.withPlan(days);
    }

    private PrintViews.Sheet printSheet(Quarter q) {
        List<PrintViews.Office> offices = new ArrayList<>();
        // a quarter without an office of its own: the nearest, as on its page
        List<Near> near = nearest(q);
        List<Near> listed = near.isEmpty() ? view.relations().contactPointsIn(q).stream().map(cp -> new Near(cp, 0)).toList() : near;
        for (Near n : listed) {
            ContactPoint cp = n.cp();
            List<String> notes = new ArrayList<>();
            String hours = "";
            if (cp.openingHours() != null) {
                hours = view.hoursText().summary(cp.openingHours(), false);
                // the one-line summary already says some notes ("An Feiertagen geschlossen"): not twice on paper
                for (String note : view.hoursText().notes(cp.openingHours(), false)) if (!hours.contains(note)) notes.add(note);
            }
            if (cp.openingHoursNote() != null) notes.add(cp.openingHoursNote());
            String status = Cards.status(view, cp);
            offices.add(new PrintViews.Office(cp.title() + (status.isEmpty() ? "" : " (" + status + ")"),
                    Objects.requireNonNullElse(cp.kind(), ""), address(cp.address()),
                    Objects.requireNonNullElse(cp.phone(), ""), Objects.requireNonNullElse(cp.email(), ""), hours, notes,
                    String.join(", ", view.names(cp.operators(), Collection.OPERATORS)), near.isEmpty() ? "" : distance(q, n)));
        }
        java.util.Set<String> listedPlaces = new java.util.HashSet<>();
        for (Near n : listed) listedPlaces.add(n.cp().title());
        Section plan = weeklyPlan(q).map(s -> withStreets(s, listedPlaces)).orElse(null);
        return new PrintViews.Sheet(q.title(), q.district(), q.common().summary(), offices, plan,
                view.site().config().baseUrl() + Urls.pathOf(q), view.wording().date(view.site().today()), view.urls().href(q), !near.isEmpty());
    }
}
