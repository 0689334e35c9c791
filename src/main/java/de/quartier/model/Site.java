package de.quartier.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole site after assembly: every published record, references checked, each record's
 * status on the build date derived. Collections iterate in slug order, so everything built from
 * a site is deterministic.
 */
public final class Site {
    private final SiteConfig config;
    private final LocalDate today;
    private final Map<Collection, SortedMap<Slug, Entry>> entries;
    private final Map<Collection, Map<Slug, Status>> statuses;
    private final Map<Collection, List<Entry>> lists;
    private final Map<Slug, List<ContactPoint>> contactPointsByQuarter;
    private final Map<Slug, List<Offering>> offeringsByContactPoint;

    public Site(SiteConfig config, LocalDate today, List<? extends Entry> all, Function<Entry, Status> statusOf) {
        this.config = config;
        this.today = today;
        Map<Collection, SortedMap<Slug, Entry>> byCollection = new EnumMap<>(Collection.class);
        for (Collection c : Collection.values()) byCollection.put(c, new TreeMap<>());
        for (Entry e : all) {
            if (byCollection.get(e.collection()).putIfAbsent(e.slug(), e) != null)
                throw new IllegalArgumentException("duplicate " + e.collection().singular() + " " + e.slug());
        }
        Map<Collection, Map<Slug, Status>> status = new EnumMap<>(Collection.class);
        byCollection.forEach((c, m) -> {
            Map<Slug, Status> s = new TreeMap<>();
            m.forEach((slug, e) -> s.put(slug, statusOf.apply(e)));
            status.put(c, Collections.unmodifiableMap(s));
            byCollection.put(c, Collections.unmodifiableSortedMap(m));
        });
        this.entries = Collections.unmodifiableMap(byCollection);
        this.statuses = Collections.unmodifiableMap(status);
        Map<Collection, List<Entry>> l = new EnumMap<>(Collection.class);
        byCollection.forEach((c, m) -> l.put(c, List.copyOf(m.values())));
        this.lists = Collections.unmodifiableMap(l);

        // reverse indexes, built once: pages ask them for every record
        Map<Slug, List<ContactPoint>> byQuarter = new TreeMap<>();
        for (ContactPoint cp : contactPoints())
            for (Ref q : cp.quarters()) byQuarter.computeIfAbsent(q.slug(), k -> new ArrayList<>()).add(cp);
        Map<Slug, List<Offering>> byContactPoint = new TreeMap<>();
        for (Offering o : offerings())
            if (o.place() instanceof Place.AtContactPoint at)
                byContactPoint.computeIfAbsent(at.contactPoint().slug(), k -> new ArrayList<>()).add(o);
        byQuarter.replaceAll((k, v) -> List.copyOf(v));
        byContactPoint.replaceAll((k, v) -> List.copyOf(v));
        this.contactPointsByQuarter = Collections.unmodifiableMap(byQuarter);
        this.offeringsByContactPoint = Collections.unmodifiableMap(byContactPoint);
    }

    public SiteConfig config() {
        return config;
    }

    /** The build date in the site's time zone. */
    public LocalDate today() {
        return today;
    }

    public Status status(Entry e) {
        return statuses.get(e.collection()).get(e.slug());
    }

    public int count(Collection c) {
        return entries.get(c).size();
    }

    public List<Entry> all(Collection c) {
        return lists.get(c);
    }

    public Optional<Entry> find(Collection c, Slug slug) {
        return Optional.ofNullable(entries.get(c).get(slug));
    }

    public List<Quarter> quarters() {
        return typed(Collection.QUARTERS, Quarter.class);
    }

    public List<ContactPoint> contactPoints() {
        return typed(Collection.CONTACT_POINTS, ContactPoint.class);
    }

    public List<Offering> offerings() {
        return typed(Collection.OFFERINGS, Offering.class);
    }

    public List<Operator> operators() {
        return typed(Collection.OPERATORS, Operator.class);
    }

    public List<Program> programs() {
        return typed(Collection.PROGRAMS, Program.class);
    }

    public List<InfoPage> pages() {
        return typed(Collection.PAGES, InfoPage.class);
    }

    public List<NewsItem> news() {
        return typed(Collection.NEWS, NewsItem.class);
    }

    public Quarter quarter(Ref ref) {
        return (Quarter) entries.get(Collection.QUARTERS).get(ref.slug());
    }

    public ContactPoint contactPoint(Ref ref) {
        return (ContactPoint) entries.get(Collection.CONTACT_POINTS).get(ref.slug());
    }

    public Operator operator(Ref ref) {
        return (Operator) entries.get(Collection.OPERATORS).get(ref.slug());
    }

    public Program program(Ref ref) {
        return (Program) entries.get(Collection.PROGRAMS).get(ref.slug());
    }

    /** The contact points that name this quarter, in slug order. */
    public List<ContactPoint> contactPointsIn(Quarter q) {
        return contactPointsByQuarter.getOrDefault(q.slug(), List.of());
    }

    /** The offerings held at this contact point, in slug order. */
    public List<Offering> offeringsAt(ContactPoint cp) {
        return offeringsByContactPoint.getOrDefault(cp.slug(), List.of());
    }

    @SuppressWarnings("unchecked")
    private <T extends Entry> List<T> typed(Collection c, Class<T> type) {
        return (List<T>) (List<?>) lists.get(c);
    }
}
