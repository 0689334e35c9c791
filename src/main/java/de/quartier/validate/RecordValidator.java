package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Accessibility;
import de.quartier.model.BodyLink;
import de.quartier.model.ActivePeriod;
import de.quartier.model.Address;
import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.Common;
import de.quartier.model.Contact;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.EventDate;
import de.quartier.model.GeoPoint;
import de.quartier.model.Image;
import de.quartier.model.InfoPage;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.OperatorHours;
import de.quartier.model.Operator;
import de.quartier.model.Place;
import de.quartier.model.ProfileFigure;
import de.quartier.model.Program;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Registration;
import de.quartier.model.Slug;
import de.quartier.model.SourceSpan;
import de.quartier.model.Venue;
import de.quartier.source.Fields;
import de.quartier.source.ParsedRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns one parsed record into the domain record of its collection, reporting every problem it finds. */
public final class RecordValidator {
    /** The keys a record may have: from the one definition of the fields ({@link ContentFields}). */
    static final Map<Collection, Set<String>> KEYS = java.util.Arrays.stream(Collection.values())
            .collect(Collectors.toUnmodifiableMap(c -> c, ContentFields::keys));

    private final ValidationContext context;
    private final Diagnostics diagnostics;
    private final MediaReferences media;
    private final SharedFacts facts;

    public RecordValidator(ValidationContext context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.media = new MediaReferences(context, diagnostics);
        this.facts = new SharedFacts(context, diagnostics);
    }

    /** The record, or empty when a required part is missing or broken (already reported). */
    public Optional<Entry> validate(ParsedRecord record) {
        Collection collection = record.file().collection();
        Fields f = Fields.of(record, diagnostics);
        f.checkKeys(KEYS.get(collection));
        Common common = common(record, f);
        Entry entry = switch (collection) {
            case QUARTERS -> quarter(common, f);
            case CONTACT_POINTS -> contactPoint(common, f);
            case OFFERINGS -> offering(common, f);
            case OPERATORS -> operator(common, f);
            case PROGRAMS -> program(common, f);
            case PAGES -> page(common, f);
            case NEWS -> news(common, f);
        };
        return Optional.ofNullable(entry);
    }

    // ---- every record ----------------------------------------------------------------------

    private Common common(ParsedRecord record, Fields f) {
        String title = f.requiredText("title");
        String summary = f.text("summary");
        Boolean draft = f.bool("draft");
        Image image = media.image(f, ContentFields.field(record.file().collection(), "image"));
        LocalDate updated = f.date("updated");
        List<BodyLink> links = media.bodyLinks(record);
        if (title == null) return null;
        return new Common(new Slug(record.file().slug()), record.file().path(), title, summary,
                draft != null && draft, image, updated, record.body(), record.bodyLine(), links);
    }

    /** A date outside `active`: the page would list a date of an offering that says it has ended (or not begun). */
    private void warnIfOutsidePeriod(java.time.LocalDate day, SourceSpan at, ActivePeriod active) {
        // unreadable: reported where it is written
        de.quartier.model.Status status = active == null ? de.quartier.model.Status.CURRENT : active.statusOn(day);
        if (status == de.quartier.model.Status.CURRENT) return;
        boolean after = status == de.quartier.model.Status.ENDED;
        diagnostics.warning(Code.DATE_OUTSIDE_ACTIVE, at, "this date lies " + (after ? "after `active.until` (" + written(active.until(), active.untilMonth())
                        : "before `active.from` (" + written(active.from(), active.fromMonth())) + "), so the page shows it for an offering that has " + (after ? "ended" : "not begun"),
                after ? "remove the dates after it, or move `active.until`" : "remove the dates before it, or move `active.from`");
    }

    /** A date of `active` as the editor wrote it: "2026-11" for a month, else the day. */
    private static String written(java.time.LocalDate day, boolean month) {
        return month ? day.toString().substring(0, 7) : day.toString();
    }

    // ---- collections -----------------------------------------------------------------------

    private Quarter quarter(Common common, Fields f) {
        String district = f.requiredText("district");
        String area = f.text("area");
        GeoPoint center = facts.inBounds(f, "center");
        de.quartier.model.Boundary boundary = null;
        if (f.has("boundary")) {
            String path = media.mediaPath(f, "boundary");
            if (path != null && !(path.endsWith(".geojson") || path.endsWith(".json")))
                diagnostics.error(Code.BAD_VALUE, f.spanOf("boundary"), "`boundary` must be a GeoJSON file (.geojson)");
            else if (path != null && context.media().containsKey(path))
                boundary = new BoundaryReader(diagnostics, context.bounds()).read(path, context.media().get(path));
        }
        List<ProfileFigure> profile = new ArrayList<>();
        for (Fields p : f.maps("profile")) {
            p.checkKeys(ContentFields.field(Collection.QUARTERS, "profile").keys());
            String label = p.requiredText("label");
            BigDecimal value = p.require("value") ? p.number("value") : null;
            String unit = p.text("unit");
            Integer year = p.integer("year", 1900, 2100);
            String source = p.text("source");
            if (label != null && value != null) profile.add(new ProfileFigure(label, value, unit, year, source));
        }
        List<Ref> programs = f.refs("programs");
        List<String> aliases = f.texts("aliases");
        if (common == null || district == null) return null;
        return new Quarter(common, district, area, center, boundary, profile, programs, aliases);
    }

    private ContactPoint contactPoint(Common common, Fields f) {
        List<Ref> quarters = f.require("quarters") ? f.refs("quarters") : List.of();
        String kind = f.text("kind");
        List<Ref> operators = f.require("operators") ? f.refs("operators") : List.of();
        Address address = facts.address(f, "address", true);
        GeoPoint geo = f.require("geo") ? facts.inBounds(f, "geo") : null;
        OpeningHours hours = facts.openingHours(f, "opening_hours");
        String hoursNote = f.text("opening_hours_note");
        String phone = f.phone("phone");
        String email = f.email("email");
        String website = f.url("website");
        List<Contact> contacts = new ArrayList<>();
        for (Fields c : f.maps("contacts")) {
            c.checkKeys(ContentFields.field(Collection.CONTACT_POINTS, "contacts").keys());
            String name = c.text("name");
            String role = c.text("role");
            String cPhone = c.phone("phone");
            String cEmail = c.email("email");
            if (name == null && role == null) {
                diagnostics.error(Code.MISSING_FIELD, c.mapping().at(), "a contact needs a `name` or a `role`",
                        "a role is enough, e.g. role: Quartiersmanagerin");
            } else {
                contacts.add(new Contact(name, role, cPhone, cEmail));
            }
        }
        List<String> targetGroups = f.texts("target_groups");
        List<String> topics = f.texts("topics");
        List<String> languages = f.languages("languages");
        Accessibility accessibility = facts.accessibility(f);
        List<Ref> programs = f.refs("programs");
        ActivePeriod active = facts.period(f, "active");
        List<OperatorHours> operatorHours = operatorHours(f, operators);
        if (common == null || quarters.isEmpty() || operators.isEmpty() || address == null || geo == null) return null;
        return new ContactPoint(common, quarters, kind, operators, address, geo, hours, hoursNote, phone, email, website,
                contacts, targetGroups, topics, languages, accessibility, programs, active, operatorHours);
    }

    /** Each operator's own hours in a shared office: {operator, opening_hours, note}; the operator must be one of the office's. */
    private List<OperatorHours> operatorHours(Fields f, List<Ref> operators) {
        List<OperatorHours> out = new ArrayList<>();
        for (Fields h : f.maps("operator_hours")) {
            h.checkKeys(ContentFields.field(Collection.CONTACT_POINTS, "operator_hours").keys());
            Ref operator = h.require("operator") ? h.ref("operator") : null;
            OpeningHours hours = h.require("opening_hours") ? facts.openingHours(h, "opening_hours") : null;
            if (operator != null && operators.stream().noneMatch(o -> o.slug().equals(operator.slug()))) {
                diagnostics.error(Code.DANGLING_REF, operator.at(), "`" + h.nameOf("operator") + "`: `" + operator.slug()
                        + "` is not one of this office's `operators`", "add it to `operators` or name one of them");
                continue;
            }
            if (operator != null && hours != null) out.add(new OperatorHours(operator, hours, h.text("note")));
        }
        return out;
    }

    private Offering offering(Common common, Fields f) {
        Place place = place(f);
        List<Ref> quarters = f.refs("quarters");
        Ref operator = f.ref("operator");
        if (place != null && !(place instanceof Place.AtContactPoint)) {
            String where = place instanceof Place.Mobile ? "a mobile offering" : "an offering at a venue";
            if (!f.has("quarters"))
                diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                        "`quarters` is required for " + where, "name the quarters it serves, e.g. quarters: [welheim, boy]");
            if (!f.has("operator"))
                diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                        "`operator` is required for " + where, "only an offering at a contact point takes the operator from there");
        }
        boolean hasSchedule = f.has("schedule");
        boolean hasDates = f.has("dates");
        OpeningHours schedule = facts.openingHours(f, "schedule");
        List<EventDate> dates = new ArrayList<>();
        ActivePeriod active = facts.period(f, "active"); // before the dates: each is held against it
        for (Fields d : f.maps("dates")) {
            d.checkKeys(ContentFields.field(Collection.OFFERINGS, "dates").keys());
            ZonedDateTime start = d.require("start") ? d.scalar("start").map(s -> d.dateTime(s, "start", context.zone())).orElse(null) : null;
            ZonedDateTime end = d.scalar("end").map(s -> d.dateTime(s, "end", context.zone())).orElse(null);
            if (start != null && end != null && end.isBefore(start)) {
                diagnostics.error(Code.END_BEFORE_START, d.spanOf("end"), "`end` lies before `start`",
                        "an event that runs past midnight ends on the next day's date");
                end = null;
            }
            if (start != null) {
                dates.add(new EventDate(start, end));
                warnIfOutsidePeriod(start.toLocalDate(), d.spanOf("start"), active);
            }
        }
        if (hasSchedule && hasDates) {
            diagnostics.error(Code.WHEN_CONFLICT, f.keyAt("dates"), "an offering has either `schedule` (regular) or `dates` (events), not both",
                    "split it into two offerings");
            dates.clear();
        }
        String scheduleNote = f.text("schedule_note");
        if (!hasSchedule && !hasDates && scheduleNote == null)
            diagnostics.error(Code.MISSING_FIELD, SourceSpan.startOf(f.mapping().at().path()),
                    "an offering needs `schedule` (e.g. We 15:00-17:00) or `dates`",
                    "if there are no fixed times, say so in `schedule_note`, e.g. \"nach Vereinbarung\"");
        List<String> targetGroups = f.texts("target_groups");
        List<String> topics = f.texts("topics");
        List<String> languages = f.languages("languages");
        String cost = f.text("cost");
        Registration registration = null;
        Fields r = f.map("registration");
        if (r != null) {
            r.checkKeys(ContentFields.field(Collection.OFFERINGS, "registration").keys());
            Boolean required = r.bool("required");
            registration = new Registration(required != null && required, r.text("note"), r.url("url"), r.phone("phone"), r.email("email"));
        }
        Accessibility accessibility = facts.accessibility(f);
        if (common == null || place == null) return null;
        List<Ref> programs = f.refs("programs");
        return new Offering(common, place, quarters, operator, hasDates ? null : schedule, dates, scheduleNote,
                targetGroups, topics, languages, cost, registration, accessibility, active, programs);
    }

    private Place place(Fields f) {
        boolean mobile = Boolean.TRUE.equals(f.bool("mobile"));
        List<String> given = new ArrayList<>();
        if (f.has("contact_point")) given.add("contact_point");
        if (f.has("venue")) given.add("venue");
        if (mobile) given.add("mobile");
        if (given.isEmpty()) {
            diagnostics.error(Code.PLACE_MISSING, SourceSpan.startOf(f.mapping().at().path()),
                    "an offering needs a place: `contact_point`, `venue` or `mobile: true`",
                    "name a file of content/contact-points/ without .md (contact_point: …), or give `venue: {name, address}`");
            return null;
        }
        if (given.size() > 1) {
            diagnostics.error(Code.PLACE_CONFLICT, f.keyAt(given.get(1)),
                    "an offering has exactly one place, but this one has both `" + given.get(0) + "` and `" + given.get(1) + "`",
                    "keep one; an offering in two places is two offerings");
            return null;
        }
        return switch (given.get(0)) {
            case "contact_point" -> {
                Ref ref = f.ref("contact_point");
                yield ref == null ? null : new Place.AtContactPoint(ref);
            }
            case "venue" -> {
                Fields v = f.map("venue");
                if (v == null) yield null;
                v.checkKeys(ContentFields.field(Collection.OFFERINGS, "venue").keys());
                String name = v.requiredText("name");
                Address address = facts.address(v, "address", true);
                GeoPoint geo = v.require("geo") ? facts.inBounds(v, "geo") : null;
                yield name == null || address == null || geo == null ? null : new Place.AtVenue(new Venue(name, address, geo));
            }
            default -> new Place.Mobile();
        };
    }

    private Operator operator(Common common, Fields f) {
        String kind = f.text("kind");
        String website = f.url("website");
        String phone = f.phone("phone");
        String email = f.email("email");
        Address address = facts.address(f, "address", false);
        Image logo = media.image(f, ContentFields.field(Collection.OPERATORS, "logo"));
        if (common == null) return null;
        return new Operator(common, kind, website, phone, email, address, logo);
    }

    private Program program(Common common, Fields f) {
        String funder = f.text("funder");
        String website = f.url("website");
        ActivePeriod period = facts.period(f, "period");
        String reference = f.text("reference");
        if (common == null) return null;
        return new Program(common, funder, website, period, reference);
    }

    private InfoPage page(Common common, Fields f) {
        Integer weight = null;
        String menuTitle = null;
        Fields menu = f.map("menu");
        if (menu != null) {
            menu.checkKeys(ContentFields.field(Collection.PAGES, "menu").keys());
            weight = menu.require("weight") ? menu.integer("weight", -1000, 1000) : null;
            menuTitle = menu.text("title");
        }
        Boolean easy = f.bool("leichte_sprache");
        if (common == null) return null;
        return new InfoPage(common, weight, menuTitle, Boolean.TRUE.equals(easy));
    }

    private NewsItem news(Common common, Fields f) {
        LocalDate date = f.require("date") ? f.date("date") : null;
        List<Ref> quarters = f.refs("quarters");
        if (common == null || date == null) return null;
        return new NewsItem(common, date, f.spanOf("date"), quarters);
    }

    // ---- shared parts ----------------------------------------------------------------------
}
