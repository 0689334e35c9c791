package de.quartier.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** For lookups by slug (hashed: pages look records up millions of times); {@link #lists} keeps the slug order. */
    private final Map<Collection, Map<Slug, Entry>> entries;
    private final Map<Collection, Map<Slug, Status>> statuses;
    private final Map<Collection, List<Entry>> lists;
    private final Map<Slug, List<ContactPoint>> contactPointsByQuarter;
    private final Map<Slug, List<Offering>> offeringsByContactPoint;

    /** language → "collection/slug" → the record's translation into it */
    private final Map<String, Map<String, Translation>> translations;
    /** The language this site's free text is in: the site's own, or the one {@link #inLanguage} made it for. */
    private final String language;

    public Site(SiteConfig config, LocalDate today, List<? extends Entry> all, Function<Entry, Status> statusOf) {
        this(config, today, all, statusOf, List.of());
    }

    /** @param translations checked: each of a published record, in one of the site's languages */
    public Site(SiteConfig config, LocalDate today, List<? extends Entry> all, Function<Entry, Status> statusOf,
                List<Translation> translations) {
        this(config, today, all, statusOf, index(translations), config.language());
    }

    private static Map<String, Map<String, Translation>> index(List<Translation> translations) {
        Map<String, Map<String, Translation>> out = new TreeMap<>();
        for (Translation t : translations)
            out.computeIfAbsent(t.language(), k -> new TreeMap<>()).put(key(t.collection(), t.slug()), t);
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(out);
    }

    private static final java.util.Comparator<Entry> BY_SLUG = (a, b) -> a.slug().compareTo(b.slug());

    private static String key(Collection c, Slug slug) {
        return c.folder() + "/" + slug.value();
    }

    private Site(SiteConfig config, LocalDate today, List<? extends Entry> all, Function<Entry, Status> statusOf,
                 Map<String, Map<String, Translation>> translations, String language) {
        this.translations = translations;
        this.language = language;
        this.config = config;
        this.today = today;
        // each collection's records in slug order, sorted here: as they come from the check, already in
        // order, that costs one comparison per record, where a sorted map paid a dozen on every refresh
        Map<Collection, List<Entry>> byCollection = new EnumMap<>(Collection.class);
        for (Collection c : Collection.values()) byCollection.put(c, new ArrayList<>());
        for (Entry e : all) byCollection.get(e.collection()).add(e);
        Map<Collection, Map<Slug, Status>> status = new EnumMap<>(Collection.class);
        Map<Collection, Map<Slug, Entry>> bySlug = new EnumMap<>(Collection.class);
        Map<Collection, List<Entry>> l = new EnumMap<>(Collection.class);
        byCollection.forEach((c, list) -> {
            list.sort(BY_SLUG);
            Map<Slug, Entry> m = new HashMap<>(list.size() * 4 / 3 + 1);
            Map<Slug, Status> s = new HashMap<>(list.size() * 4 / 3 + 1);
            for (Entry e : list) {
                if (m.putIfAbsent(e.slug(), e) != null)
                    throw new IllegalArgumentException("duplicate " + e.collection().singular() + " " + e.slug());
                s.put(e.slug(), statusOf.apply(e));
            }
            status.put(c, Collections.unmodifiableMap(s));
            bySlug.put(c, Collections.unmodifiableMap(m));
            l.put(c, List.copyOf(list));
        });
        this.entries = Collections.unmodifiableMap(bySlug);
        this.statuses = Collections.unmodifiableMap(status);
        this.lists = Collections.unmodifiableMap(l);

        // reverse indexes, built once: pages ask them for every record
        // by hash: looked up only (each list keeps the records' order)
        Map<Slug, List<ContactPoint>> byQuarter = new HashMap<>();
        for (ContactPoint cp : contactPoints())
            for (Ref q : cp.quarters()) byQuarter.computeIfAbsent(q.slug(), k -> new ArrayList<>()).add(cp);
        Map<Slug, List<Offering>> byContactPoint = new HashMap<>();
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

    /** The language of this site's free text. */
    public String language() {
        return language;
    }

    /** The record's translation into a language, if an editor wrote one. */
    public Optional<Translation> translation(Entry e, String lang) {
        return Optional.ofNullable(translations.getOrDefault(lang, Map.of()).get(key(e.collection(), e.slug())));
    }

    /**
     * The site as its pages in another language show it: the same records and statuses, with the
     * free text of each translated record in that language.
     */
    public Site inLanguage(String lang) {
        if (lang.equals(language)) return this;
        Map<String, Translation> mine = translations.getOrDefault(lang, Map.of());
        List<Entry> all = new ArrayList<>();
        for (Collection c : Collection.values())
            for (Entry e : lists.get(c)) {
                Translation t = mine.get(key(c, e.slug()));
                all.add(t == null ? e : e.withCommon(t.applyTo(e.common())));
            }
        return new Site(config, today, all, e -> status(e), translations, lang);
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

    /**
     * Where an offering is held, as one place with a name and an address: its office, or its venue;
     * empty for one on the move (its quarters say where).
     */
    public Optional<Venue> placeOf(Offering o) {
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = contactPoint(at.contactPoint());
            return Optional.of(new Venue(cp.title(), cp.address(), cp.geo()));
        }
        if (o.place() instanceof Place.AtVenue v) return Optional.of(v.venue());
        return Optional.empty();
    }

    /**
     * What holds for getting into where an offering takes place: its own accessibility, else its
     * office's (what the office says of its rooms holds for what happens there); null if neither says.
     */
    public Accessibility accessibilityOf(Offering o) {
        if (o.accessibility() != null) return o.accessibility();
        return o.place() instanceof Place.AtContactPoint at ? contactPoint(at.contactPoint()).accessibility() : null;
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
