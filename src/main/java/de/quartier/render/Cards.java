package de.quartier.render;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.EventDate;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.Slug;
import de.quartier.render.Views.Card;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import static de.quartier.render.Facts.address;
import static de.quartier.render.Facts.directions;
import static de.quartier.render.Facts.fact;
import static de.quartier.render.Facts.tel;

/**
 * A record as a card in a list, and the one-line "when" and "where" of an offering. A record
 * stands on many pages (its quarter, its office, its operator, browse and finder pages): each
 * card is made once per build and shared.
 */
public final class Cards {
    private final SiteView view;
    private final Map<Slug, Card> contactPoints = new ConcurrentHashMap<>();
    private final Map<Slug, Card> contactPointsOnMap = new ConcurrentHashMap<>();
    private final Map<Slug, Card> offerings = new ConcurrentHashMap<>();
    private final Map<Slug, Card> offeringsAtOffice = new ConcurrentHashMap<>();
    private final Map<Slug, Card> compactOfferings = new ConcurrentHashMap<>();
    private final Map<Slug, String> whens = new ConcurrentHashMap<>();

    /** The view these cards are made in: its language, its words. */
    public SiteView view() {
        return view;
    }

    public Cards(SiteView view) {
        this.view = view;
    }

    /** An office in a list: the route planner is on its page (and on the cards of {@link #contactPointOnMap}). */
    public Card contactPoint(ContactPoint cp) {
        return contactPoints.computeIfAbsent(cp.slug(), k -> contactPoint(cp, false));
    }

    /**
     * An office in a list that is a map's list of places: with the route planner, as the map's
     * popup has it, so that the map never is the only way to it.
     */
    public Card contactPointOnMap(ContactPoint cp) {
        return contactPointsOnMap.computeIfAbsent(cp.slug(), k -> contactPoint(cp, true));
    }

    private Card contactPoint(ContactPoint cp, boolean route) {
        List<Fact> facts = new ArrayList<>();
        if (cp.kind() != null) facts.add(view.marks().kind(view.t("field.kind"), cp.kind()));
        facts.add(new Fact(view.t("field.operator"), String.join(", ", view.names(cp.operators(), Collection.OPERATORS)), null,
                view.marks().titles(cp.operators(), Collection.OPERATORS)));
        facts.add(fact(view.t("field.address"), address(cp.address())));
        if (cp.openingHours() != null)
            facts.add(fact(view.t("field.openingHours"), view.hoursText().summary(cp.openingHours(), false)));
        if (cp.openingHoursNote() != null) facts.add(view.marks().fromEditor(view.t("field.openingHoursNote"), cp.openingHoursNote()));
        if (cp.phone() != null) facts.add(new Fact(view.t("field.phone"), cp.phone(), tel(cp.phone())));
        if (cp.email() != null) facts.add(new Fact(view.t("field.email"), cp.email(), "mailto:" + cp.email()));
        // every office's card in a list says "Route planen": a screen reader's list of links tells them apart by name
        if (route) facts.add(new Fact(view.t("field.directions"), view.t("action.directions"), directions(cp.address(), cp.geo()))
                .withAbout(cp.title(), view.marks().of(cp).title()));
        return marked(new Card(view.partKey((route ? "cpm:" : "cp:") + cp.slug()), cp.title(), view.urls().href(cp), cp.common().summary(), cp.kind(),
                status(view, cp), List.copyOf(facts), view.hoursData(cp)), cp);
    }

    public Card offering(Offering o) {
        return offerings.computeIfAbsent(o.slug(), k -> offering(o, true));
    }

    /** An offering on the page of the office where it happens, which names that place already: no "Wo". */
    public Card offeringAtItsOffice(Offering o) {
        return offeringsAtOffice.computeIfAbsent(o.slug(), k -> offering(o, false));
    }

    private Card offering(Offering o, boolean where) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(view.t("field.when"), when(o)));
        if (where) facts.add(new Fact(view.t("field.where"), where(o), null, whereLang(o)));
        if (!o.targetGroups().isEmpty()) facts.add(view.marks().targetGroups(view.t("field.targetGroups"), o.targetGroups()));
        if (o.cost() != null) facts.add(view.marks().cost(view.t("field.cost"), o.cost()));
        // whether to sign up before going: only where it is needed (and still possible); how, the offering's page says
        if (o.registration() != null && o.registration().required() && view.site().status(o) != de.quartier.model.Status.ENDED)
            facts.add(fact(view.t("field.registration"), view.t("registration.required")));
        return marked(new Card(view.partKey((where ? "o:" : "oa:") + o.slug()), o.title(), view.urls().href(o), o.common().summary(), null,
                status(view, o), List.copyOf(facts)), o);
    }

    /** An offering in a list of many: when, and where by place and street (postcode and city are on its page). */
    public Card compactOffering(Offering o) {
        return compactOfferings.computeIfAbsent(o.slug(), k -> marked(new Card(view.partKey("oc:" + o.slug()), o.title(), view.urls().href(o), null, null, status(view, o),
                List.of(fact(view.t("field.when"), when(o)), new Fact(view.t("field.where"), whereBriefly(o), null, whereLang(o)))), o));
    }

    /**
     * The language of an offering's place as a card names it, on a page in another language: a venue's
     * name and an untranslated office's are German ("" for a translated office, and for one that moves
     * around, whose line is the page's words with the quarters' names).
     */
    public String whereLang(Offering o) {
        if (o.place() instanceof de.quartier.model.Place.AtContactPoint at) return view.marks().of(view.site().contactPoint(at.contactPoint())).title();
        if (o.place() instanceof de.quartier.model.Place.AtVenue) return view.marks().original();
        return "";
    }

    private String whereBriefly(Offering o) {
        return view.site().placeOf(o).map(p -> Facts.named(p.name(), p.address().street())).orElseGet(() -> where(o));
    }

    /** A quarter in a listing: its summary, and the level between district and quarter where the site has one. */
    public Card quarter(Quarter q) {
        return q.areaBesideTitle().map(area -> marked(new Card(view.partKey("q:" + q.slug()), q.title(), view.urls().href(q), q.common().summary(), null,
                status(view, q), List.of(fact(view.t("field.area"), area))), q)).orElseGet(() -> simple(q));
    }

    public Card simple(Entry e) {
        return marked(new Card(view.partKey("s:" + e.collection().folder() + "/" + e.slug()), e.title(), view.urls().href(e), e.common().summary(), null, status(view, e), List.of()), e);
    }

    public Card news(NewsItem n) {
        return marked(new Card(view.partKey("n:" + n.slug()), n.title(), view.urls().href(n), n.common().summary(), null, status(view, n),
                List.of(fact(view.t("field.date"), view.wording().date(n.date())))), n);
    }

    /**
     * A record's status as cards and pages show it: ended or upcoming, and where drafts are shown (the
     * preview, --drafts) "Entwurf" or "Erscheint am …", so a list does not pass them off as published.
     */
    public static String status(SiteView view, Entry e) {
        return PreviewMarks.of(e, view.site().today()).around(view, view.statusText(e));
    }

    /** On a page in another language: which of the card's texts are untranslated. */
    private Card marked(Card card, Entry e) {
        return view.translated() ? card.in(view.marks().of(e)) : card;
    }

    /** When an offering happens, in a line: its next date (and how many more), its schedule, or its note. */
    public String when(Offering o) {
        return whens.computeIfAbsent(o.slug(), k -> {
            if (o.isDated()) {
                List<EventDate> next = upcomingDates(o);
                List<EventDate> shown = next.isEmpty() ? o.dates() : next;
                String first = view.wording().event(shown.get(0));
                return shown.size() > 1 ? first + " " + view.count("when.more", shown.size() - 1) : first;
            }
            if (o.schedule() != null) return view.hoursText().summary(o.schedule(), true);
            return Objects.requireNonNullElse(o.scheduleNote(), "");
        });
    }

    /** Where an offering happens, in a line: its office or venue with the address, or the quarters it moves in. */
    public String where(Offering o) {
        return view.site().placeOf(o).map(p -> Facts.named(p.name(), address(p.address())))
                .orElseGet(() -> view.t("where.mobile") + " " + String.join(", ", view.names(o.quarters(), Collection.QUARTERS)));
    }

    /** When a dated offering next happens (its first date, if all are past): the order of "Termine". */
    public ZonedDateTime nextStart(Offering o) {
        List<EventDate> next = upcomingDates(o);
        return (next.isEmpty() ? o.dates().get(0) : next.get(0)).start();
    }

    /** Dated offerings, soonest first, for listings. */
    public static Comparator<Offering> bySoonest(Cards cards) {
        return Comparator.comparing(cards::nextStart).thenComparing(Offering::slug);
    }

    private List<EventDate> upcomingDates(Offering o) {
        return o.dates().stream().filter(d -> !d.over().toLocalDate().isBefore(view.site().today()))
                .sorted(Comparator.comparing(EventDate::start)).toList();
    }
}
