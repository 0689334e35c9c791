package de.quartier.render;

import de.quartier.model.ContactPoint;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Site;
import de.quartier.model.Slug;
import de.quartier.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who points at whom, grouped once per build: a quarter's offerings, an operator's offices, a
 * programme's quarters. Pages ask these instead of scanning every record (which would cost
 * records × pages). Only listed records (not ended) appear, except where noted.
 */
public final class Relations {
    private final TitleOrder titles;
    private final List<ContactPoint> listedContactPoints;
    private final List<Offering> listedOfferings;
    private final Map<Slug, List<Offering>> offeringsByQuarter;
    private final Map<Slug, List<ContactPoint>> contactPointsByQuarter;
    private final Map<Slug, List<Offering>> offeringsByContactPoint;
    private final Map<Slug, List<NewsItem>> newsByQuarter;
    private final Map<Slug, List<ContactPoint>> contactPointsByOperator;
    private final Map<Slug, List<Offering>> offeringsByOperator;
    private final Map<Slug, List<Quarter>> quartersByProgram;
    private final Map<Slug, List<ContactPoint>> contactPointsByProgram;
    private final Map<Slug, List<Offering>> offeringsByProgram;
    private final Map<Slug, List<de.quartier.model.Entry>> endedByQuarter;

    Relations(Site site) {
        this.titles = new TitleOrder();
        // lists are read by title: in German order (Ä with A), then by file name
        this.listedContactPoints = titles.byTitle(site.contactPoints().stream().filter(cp -> site.status(cp) != Status.ENDED).toList());
        this.listedOfferings = titles.byTitle(site.offerings().stream().filter(o -> site.status(o) != Status.ENDED).toList());
        this.offeringsByQuarter = indexBy(listedOfferings, Offering::quarters);
        this.contactPointsByQuarter = indexBy(listedContactPoints, ContactPoint::quarters);
        this.offeringsByContactPoint = indexBy(listedOfferings,
                o -> o.place() instanceof de.quartier.model.Place.AtContactPoint at ? List.of(at.contactPoint()) : List.of());
        this.newsByQuarter = indexBy(site.news(), NewsItem::quarters);
        this.contactPointsByOperator = indexBy(listedContactPoints, ContactPoint::operators);
        this.offeringsByOperator = indexBy(listedOfferings, o -> o.operator() == null ? List.of() : List.of(o.operator()));
        this.quartersByProgram = indexBy(site.quarters(), Quarter::programs);
        this.contactPointsByProgram = indexBy(listedContactPoints, ContactPoint::programs);
        this.offeringsByProgram = indexBy(listedOfferings, Offering::programs);
        List<de.quartier.model.Entry> ended = new ArrayList<>();
        site.contactPoints().stream().filter(cp -> site.status(cp) == Status.ENDED).forEach(ended::add);
        site.offerings().stream().filter(o -> site.status(o) == Status.ENDED).forEach(ended::add);
        this.endedByQuarter = indexBy(ended, e -> e instanceof ContactPoint cp ? cp.quarters() : ((Offering) e).quarters());
    }

    /**
     * The offices and offerings of a quarter that have ended (offices first): no listing shows them,
     * so the quarter's page names them, and a site whose work has partly ended says so honestly.
     */
    public List<de.quartier.model.Entry> endedIn(Quarter q) {
        return endedByQuarter.getOrDefault(q.slug(), List.of());
    }

    /** The order of lists, with each title keyed once for every list of this build. */
    public TitleOrder titles() {
        return titles;
    }

    /** Records by each slug they point at, in the records' order. */
    private static <E> Map<Slug, List<E>> indexBy(List<E> entries, Function<E, List<Ref>> refs) {
        Map<Slug, List<E>> index = new HashMap<>();
        for (E e : entries)
            for (Ref r : refs.apply(e)) index.computeIfAbsent(r.slug(), k -> new ArrayList<>()).add(e);
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    public List<ContactPoint> listedContactPoints() {
        return listedContactPoints;
    }

    public List<Offering> listedOfferings() {
        return listedOfferings;
    }

    /** The listed contact points in a quarter. */
    public List<ContactPoint> contactPointsIn(Quarter q) {
        return contactPointsByQuarter.getOrDefault(q.slug(), List.of());
    }

    /** The listed offerings held at a contact point. */
    public List<Offering> offeringsAt(ContactPoint cp) {
        return offeringsByContactPoint.getOrDefault(cp.slug(), List.of());
    }

    public List<Offering> offeringsIn(Quarter q) {
        return offeringsByQuarter.getOrDefault(q.slug(), List.of());
    }

    /** All news of a quarter, ended or not (news do not end). */
    public List<NewsItem> newsOf(Quarter q) {
        return newsByQuarter.getOrDefault(q.slug(), List.of());
    }

    public List<ContactPoint> contactPointsOfOperator(Slug operator) {
        return contactPointsByOperator.getOrDefault(operator, List.of());
    }

    public List<Offering> offeringsOfOperator(Slug operator) {
        return offeringsByOperator.getOrDefault(operator, List.of());
    }

    /** All quarters a programme funds (quarters do not end). */
    public List<Quarter> quartersOfProgram(Slug program) {
        return quartersByProgram.getOrDefault(program, List.of());
    }

    public List<ContactPoint> contactPointsOfProgram(Slug program) {
        return contactPointsByProgram.getOrDefault(program, List.of());
    }

    /** The listed offerings that name the programme (those that pay for an offering, not an office). */
    public List<Offering> offeringsOfProgram(Slug program) {
        return offeringsByProgram.getOrDefault(program, List.of());
    }
}
