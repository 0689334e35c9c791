package de.quartier.assemble;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Place;
import de.quartier.model.Program;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Site;
import de.quartier.model.SiteConfig;
import de.quartier.model.Slug;
import de.quartier.model.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link Site} from all records and cross-checks them. */
public final class SiteAssembler {
    /**
     * Pages live at the site's top level, next to the folders the site itself makes; a page may not
     * take one of their names (or the listing would be overwritten).
     */
    public static final Set<String> RESERVED_PAGE_SLUGS = Set.of("quartiere", "anlaufstellen", "angebote", "traeger",
            "programme", "aktuelles", "bezirke", "arten", "zielgruppen", "themen", "sprachen", "assets", "media",
            "daten", "suche", "404", "admin");
    /** Where a long listing continues ("anlaufstellen/seite/2/"): no record of a listed collection may take the name. */
    private static final String LISTING_PAGES = "seite";
    /**
     * Names a record may not take because the site uses its URL itself: the pages' (above), under
     * angebote/ the finder's pages, and in every listing the folder of its further pages.
     */
    public static final Map<Collection, Set<String>> RESERVED_SLUGS = Map.of(
            Collection.PAGES, RESERVED_PAGE_SLUGS, Collection.OFFERINGS, Set.of("finden", LISTING_PAGES),
            Collection.QUARTERS, Set.of(LISTING_PAGES), Collection.CONTACT_POINTS, Set.of(LISTING_PAGES),
            Collection.OPERATORS, Set.of(LISTING_PAGES), Collection.PROGRAMS, Set.of(LISTING_PAGES), Collection.NEWS, Set.of(LISTING_PAGES));
    private final Diagnostics diagnostics;
    private final PublicHolidays holidays;

    public SiteAssembler(Diagnostics diagnostics) {
        this(diagnostics, PublicHolidays.NONE);
    }

    /** @param holidays the site's public holidays around the build date (whether an offering is held on a day its place is closed) */
    public SiteAssembler(Diagnostics diagnostics, PublicHolidays holidays) {
        this.diagnostics = diagnostics;
        this.holidays = holidays;
    }

    /**
     * @param entries       the records to build (drafts are among them only when drafts are built)
     * @param onDisk        every record file that exists, by collection, valid or not: a reference
     *                      to a file whose own errors kept it out is not reported a second time
     * @param draftsLeftOut the drafts left out of the build: a published record that points at one is an error
     * @param draftsShown   the drafts built (preview, --drafts), valid or not: a published record that points at one is warned
     * @param refsOfInvalid the references of records whose own errors kept them out, looked up all the same
     * @param translations  the records' translations ({@code x.tr.md}), each checked here against its record and the site's languages
     * @param waiting       news items dated after today, left out of the site until then: checked now all the same, so the
     *                      build on their day breaks nothing; a record that points at one is an error
     */
    public Site assemble(List<Entry> entries, SiteConfig config, LocalDate today, Map<Collection, Set<Slug>> onDisk,
                         Map<Collection, Set<Slug>> draftsLeftOut, Map<Collection, Set<Slug>> draftsShown,
                         List<de.quartier.model.UncheckedRefs> refsOfInvalid,
                         List<de.quartier.model.Translation> translations, List<NewsItem> waiting) {
        Map<Collection, Map<Slug, Entry>> published = new EnumMap<>(Collection.class);
        Map<Collection, Set<Slug>> drafts = new EnumMap<>(Collection.class);
        for (Collection c : Collection.values()) {
            // in slug order: the records are sorted below (one comparison each, as they come from the check
            // already in order), and the map keeps the order they are put in
            published.put(c, new java.util.LinkedHashMap<>());
            drafts.put(c, draftsLeftOut.getOrDefault(c, Set.of()));
        }
        List<Entry> inOrder = new ArrayList<>(entries);
        inOrder.sort(Comparator.comparing(Entry::collection).thenComparing(Entry::slug));
        for (Entry e : inOrder) if (!reservedName(e, config)) published.get(e.collection()).put(e.slug(), e);
        Map<Slug, LocalDate> appearsOn = new java.util.HashMap<>();
        waiting.forEach(n -> appearsOn.put(n.slug(), n.date()));
        References refs = new References(diagnostics, published, drafts, draftsShown, onDisk, appearsOn, today);
        for (de.quartier.model.UncheckedRefs u : refsOfInvalid) refs.check(u.refs(), u.target(), u.from(), u.key(), null, u.fromDraft());
        for (NewsItem n : waiting) if (!reservedName(n, config)) resolve(n, refs);

        List<Entry> resolved = new ArrayList<>();
        for (Collection c : Collection.values()) {
            for (Entry e : published.get(c).values()) resolved.add(resolve(e, refs));
        }
        Map<Slug, Status> contactPointStatus = new java.util.HashMap<>(); // looked up only
        for (Entry e : published.get(Collection.CONTACT_POINTS).values())
            contactPointStatus.put(e.slug(), ((ContactPoint) e).active().statusOn(today));
        PlaceClosures closures = new PlaceClosures(diagnostics, holidays, today);
        for (Entry e : resolved)
            if (e instanceof Offering o) {
                warnIfOutlivesPlace(o, contactPointStatus, refs, today);
                // an ended offering's page leaves its registration out, and sends nobody anywhere
                if (statusOf(o, today, contactPointStatus) == Status.ENDED) continue;
                warnIfNoWayToSignUp(o, refs);
                if (o.place() instanceof Place.AtContactPoint at && refs.find(Collection.CONTACT_POINTS, at.contactPoint().slug()) instanceof ContactPoint cp)
                    closures.check(o, cp);
            }
        for (Entry e : resolved)
            if (e instanceof ContactPoint cp) warnIfOutsideQuarters(cp, refs);
        List<de.quartier.model.Translation> kept = new TranslationCheck(diagnostics, config, published, drafts, onDisk)
                .check(translations, (t, links) -> checkBodyLinks(published.get(t.collection()).get(t.slug()), links, refs));
        return new Site(config, today, resolved, e -> statusOf(e, today, contactPointStatus), kept);
    }

    /** A record named like a page the site makes itself: reported, and not published. */
    private boolean reservedName(Entry e, SiteConfig config) {
        if (RESERVED_SLUGS.getOrDefault(e.collection(), Set.of()).contains(e.slug().value())) {
            String segment = e.collection().urlSegment();
            String url = (segment.isEmpty() ? "" : segment + "/") + e.slug();
            diagnostics.error(Code.RESERVED_SLUG, de.quartier.model.SourceSpan.startOf(e.common().sourcePath()),
                    ("aeiou".indexOf(e.collection().singular().charAt(0)) >= 0 ? "an " : "a ") + e.collection().singular() + " may not be named `" + e.slug() + "`: the site uses /" + url + "/ itself",
                    "rename the file, e.g. to " + e.slug() + "-info.md");
            return true;
        }
        if (e.collection() == Collection.PAGES && config.otherLanguages().contains(e.slug().value())) {
            diagnostics.error(Code.RESERVED_SLUG, de.quartier.model.SourceSpan.startOf(e.common().sourcePath()),
                    "a page may not be named `" + e.slug() + "`: the site's pages in that language are under /" + e.slug() + "/",
                    "rename the file, e.g. to " + e.slug() + "-info.md");
            return true;
        }
        return false;
    }

    /** How far outside its quarter's outline an office may lie without a warning: outlines are drawn roughly. */
    static final double NEAR_METRES = 150;

    private void warnIfOutsideQuarters(ContactPoint cp, References refs) {
        for (de.quartier.model.Ref r : cp.quarters()) {
            if (!(refs.find(Collection.QUARTERS, r.slug()) instanceof Quarter q) || q.boundary() == null) continue;
            double d = q.boundary().distanceMeters(cp.geo());
            if (d > NEAR_METRES)
                diagnostics.warning(Code.OUTSIDE_BOUNDARY, r.at(), "`geo` lies " + Math.round(d) + " m outside the boundary of quarter `"
                        + q.slug() + "`", "check `geo`, the quarter, or content/" + q.boundary().source());
        }
    }

    private Entry resolve(Entry e, References refs) {
        checkBodyLinks(e, refs);
        if (e instanceof Quarter q) {
            refs.check(q.programs(), Collection.PROGRAMS, q, "programs");
        } else if (e instanceof ContactPoint cp) {
            refs.check(cp.quarters(), Collection.QUARTERS, cp, "quarters");
            refs.check(cp.operators(), Collection.OPERATORS, cp, "operators");
            refs.check(cp.programs(), Collection.PROGRAMS, cp, "programs");
        } else if (e instanceof NewsItem n) {
            refs.check(n.quarters(), Collection.QUARTERS, n, "quarters");
        } else if (e instanceof Offering o) {
            return resolveOffering(o, refs);
        }
        return e;
    }

    /** Links in the body to other records ("offerings/x.md") must lead to a published record. */
    private void checkBodyLinks(Entry e, References refs) {
        checkBodyLinks(e, e.common().bodyLinks(), refs);
    }

    private void checkBodyLinks(Entry e, List<de.quartier.model.BodyLink> links, References refs) {
        for (de.quartier.model.BodyLink link : links) {
            if (!(de.quartier.model.ContentLink.parse(link.target()).orElse(null) instanceof de.quartier.model.ContentLink.ToRecord r))
                continue;
            Optional<Ref> ref = r.ref(link.at());
            if (ref.isPresent()) refs.check(List.of(ref.get()), r.collection(), e, de.quartier.model.BodyLink.FIELD);
            else diagnostics.error(Code.BAD_SLUG, link.at(), "link: `" + r.slug() + "` is not a record's file name",
                    "file names are slugs, e.g. " + r.collection().folder() + "/" + Slug.suggest(r.slug()) + ".md");
        }
    }

    /** Checks an offering's references and fills in quarters and operator from its contact point. */
    private Offering resolveOffering(Offering o, References refs) {
        refs.check(o.quarters(), Collection.QUARTERS, o, "quarters");
        refs.check(o.programs(), Collection.PROGRAMS, o, "programs");
        if (o.operator() != null) refs.check(List.of(o.operator()), Collection.OPERATORS, o, "operator");
        if (o.place() instanceof Place.AtContactPoint at
                && refs.check(List.of(at.contactPoint()), Collection.CONTACT_POINTS, o, "contact_point")) {
            ContactPoint cp = (ContactPoint) refs.find(Collection.CONTACT_POINTS, at.contactPoint().slug());
            List<Ref> quarters = o.quarters().isEmpty() ? cp.quarters() : o.quarters();
            Ref operator = o.operator() != null ? o.operator() : cp.operators().get(0);
            return o.withQuartersAndOperator(quarters, operator);
        }
        return o;
    }

    private void warnIfOutlivesPlace(Offering o, Map<Slug, Status> cpStatus, References refs, LocalDate today) {
        if (!(o.place() instanceof Place.AtContactPoint at)) return;
        if (cpStatus.get(at.contactPoint().slug()) != Status.ENDED || o.active().statusOn(today) == Status.ENDED) return;
        ContactPoint cp = (ContactPoint) refs.find(Collection.CONTACT_POINTS, at.contactPoint().slug());
        diagnostics.warning(Code.ENDS_AFTER_PLACE, at.contactPoint().at(),
                "the contact point `" + cp.slug() + "` ended on " + cp.active().until().format(Diagnostics.DATE)
                        + "; this offering is shown as ended too",
                "give the offering `active.until` or move it to a current contact point");
    }

    /**
     * Signing up is required and the offering says no way to: away from an office nobody would know
     * whom to ask; at an office, when neither it nor a person there (the page's "Auskunft" names the
     * first of them) has a phone or e-mail. The page would say "Anmeldung erforderlich" and leave the
     * reader without a number or address to use.
     */
    private void warnIfNoWayToSignUp(Offering o, References refs) {
        var r = o.registration();
        if (r == null || !r.required() || r.url() != null || r.phone() != null || r.email() != null || r.note() != null) return;
        if (!(o.place() instanceof Place.AtContactPoint at)) {
            diagnostics.warning(Code.MISSING_FIELD, r.at(), "signing up is required, but `registration` does not say how",
                    "add `phone`, `email` or `url` to `registration` (or say how in its `note`), e.g. registration: {required: true, email: anmeldung@example.org}");
            return;
        }
        if (!(refs.find(Collection.CONTACT_POINTS, at.contactPoint().slug()) instanceof ContactPoint cp) || cp.reach().isPresent()) return;
        diagnostics.warning(Code.MISSING_FIELD, at.contactPoint().at(),
                "signing up is required, but neither `registration` nor the contact point `" + cp.slug() + "` gives a phone number or e-mail address",
                "add `phone`, `email` or `url` to `registration` (or say how in its `note`), or `phone` or `email` to "
                        + cp.common().sourcePath());
    }

    static Status statusOf(Entry e, LocalDate today, Map<Slug, Status> contactPointStatus) {
        if (e instanceof ContactPoint cp) return cp.active().statusOn(today);
        if (e instanceof Program p) return p.period().statusOn(today);
        if (e instanceof Offering o) {
            Status own = o.active().statusOn(today);
            if (own == Status.ENDED) return own;
            if (o.place() instanceof Place.AtContactPoint at && contactPointStatus.get(at.contactPoint().slug()) == Status.ENDED)
                return Status.ENDED;
            if (o.isDated() && o.dates().stream().allMatch(d -> d.isPastOn(today)))
                return Status.ENDED;
            return own;
        }
        return Status.CURRENT;
    }
}
