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
import de.quartier.model.GeoPoint;
import de.quartier.model.Image;
import de.quartier.model.InfoPage;
import de.quartier.model.NewsItem;
import de.quartier.model.OpeningHours;
import de.quartier.model.OperatorHours;
import de.quartier.model.Operator;
import de.quartier.model.ProfileFigure;
import de.quartier.model.Program;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Slug;
import de.quartier.source.Fields;
import de.quartier.source.ParsedRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final OfferingValidator offerings;

    public RecordValidator(ValidationContext context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.media = new MediaReferences(context, diagnostics);
        this.facts = new SharedFacts(context, diagnostics);
        this.offerings = new OfferingValidator(context, diagnostics, facts);
    }

    /** The record, or empty when a required part is missing or broken (already reported). */
    public Optional<Entry> validate(ParsedRecord record) {
        Collection collection = record.file().collection();
        Fields f = Fields.of(record, diagnostics).withSiteExamples(context.siteExamples());
        f.checkKeys(KEYS.get(collection));
        FieldsInBody.check(record, KEYS.get(collection), diagnostics);
        Common common = common(record, f);
        Entry entry = switch (collection) {
            case QUARTERS -> quarter(common, f);
            case CONTACT_POINTS -> contactPoint(common, f);
            case OFFERINGS -> offerings.offering(common, f);
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
            BigDecimal value = p.require("value") ? p.amount("value") : null;
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
}
