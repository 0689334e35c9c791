package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.Contact;
import de.quartier.model.ContactPoint;
import de.quartier.model.Offering;
import de.quartier.render.Cards;
import de.quartier.render.Wording;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views;
import de.quartier.render.Views.Detail;
import de.quartier.render.Fact;
import de.quartier.render.Views.Section;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static de.quartier.render.Facts.address;
import static de.quartier.render.Facts.directions;
import static de.quartier.render.Facts.fact;
import static de.quartier.render.Facts.section;
import static de.quartier.render.Facts.tel;

/** A contact point's page: how to reach it, its opening hours, what happens there, who runs it. */
final class ContactPointPages {
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final Details details;
    private final WeeklyPlan plans;
    private final MapViews maps;
    private final StructuredData structuredData;
    private final LongLists lists;

    private static final String HOURS_ID = "oeffnungszeiten";

    ContactPointPages(SiteView view, Pages pages, Cards cards, Details details, WeeklyPlan plans, MapViews maps, LongLists lists) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.details = details;
        this.plans = plans;
        this.maps = maps;
        this.structuredData = new StructuredData(view.site());
        this.lists = lists;
    }

    void plan(List<Output> out) {
        for (ContactPoint cp : view.site().contactPoints()) {
            out.add(page(cp));
            lists.plan(out, cp, view.t("contactPoint.offerings"), "angebote", view.relations().offeringsAt(cp), cards::offeringAtItsOffice);
        }
    }

    Output.Page page(ContactPoint cp) {
        return pages.detail(cp, "contact-point", () -> contactPoint(cp));
    }

    private Detail contactPoint(ContactPoint cp) {
        // an office that closed keeps where it was and what was offered there: no hours, numbers or way there that would send anyone
        boolean ended = view.site().status(cp) == de.quartier.model.Status.ENDED;
        List<Fact> facts = new ArrayList<>();
        if (cp.kind() != null)
            facts.add(view.marks().kind(view.t("field.kind"), cp.kind())
                    .withHref(view.listed(cp) ? view.urls().href(Urls.pathOf(Urls.Facet.KIND, cp.kind())) : null));
        facts.add(fact(view.t("field.address"), address(cp.address())));
        if (!ended) facts.add(new Fact(view.t("field.directions"), view.t("action.directions"), directions(cp.address(), cp.geo())));
        // the hours in a line among the first facts, on a phone's first screen; the table with every exception is further down
        if (cp.openingHours() != null && !ended)
            facts.add(new Fact(view.t("field.openingHours"), view.hoursText().summary(cp.openingHours(), false), "#" + HOURS_ID));
        if (cp.phone() != null && !ended) facts.add(new Fact(view.t("field.phone"), cp.phone(), tel(cp.phone())));
        if (cp.email() != null && !ended) facts.add(new Fact(view.t("field.email"), cp.email(), "mailto:" + cp.email()));
        if (cp.website() != null) facts.add(new Fact(view.t("field.website"), cp.website(), cp.website()));
        if (!cp.languages().isEmpty())
            facts.add(fact(view.t("field.languages"), cp.languages().stream().map(view.wording()::language).collect(Collectors.joining(view.wording().comma()))));
        if (!cp.targetGroups().isEmpty()) facts.add(view.marks().targetGroups(view.t("field.targetGroups"), cp.targetGroups()));
        if (!cp.topics().isEmpty()) facts.add(view.marks().topics(view.t("field.topics"), cp.topics()));
        if (cp.active().from() != null || cp.active().until() != null) facts.add(fact(view.t("field.active"), view.period(cp.active())));
        // an office that closed shows what was offered there (each page says it ended)
        List<Offering> offerings = ended ? view.site().offeringsAt(cp) : view.relations().offeringsAt(cp);
        List<Section> sections = new ArrayList<>();
        if (!ended) sections.add(openingHours(cp));
        if (!cp.operatorHours().isEmpty() && !ended) sections.add(operatorHours(cp));
        Section plan = plans.of(view.t("contactPoint.weeklyPlan"), view.relations().offeringsAt(cp), false);
        if (plan != null) sections.add(plan);
        if (!cp.contacts().isEmpty() && !ended) {
            List<Fact> people = new ArrayList<>();
            for (Contact c : cp.contacts()) {
                String who = c.name() == null ? c.role() : c.role() == null ? c.name() : c.name() + " (" + c.role() + ")";
                people.add(view.marks().fromEditor(view.t("field.contact"), who));
                if (c.phone() != null) people.add(new Fact(view.t("field.phone"), c.phone(), tel(c.phone())));
                if (c.email() != null) people.add(new Fact(view.t("field.email"), c.email(), "mailto:" + c.email()));
            }
            sections.add(section(view.t("contactPoint.contacts"), "ansprechpersonen", people, List.of(), List.of()));
        }
        if (cp.accessibility() != null && !ended)
            sections.add(section(view.t("field.accessibility"), "barrierefreiheit", details.accessibility(cp.accessibility()), List.of(), List.of()));
        sections.add(lists.section(cp, view.t("contactPoint.offerings"), "angebote", offerings.stream().map(cards::offeringAtItsOffice).toList()));
        sections.add(section(view.t(cp.quarters().size() == 1 ? "field.quarter" : "field.quarters"), "quartiere", List.of(), List.of(), view.links(cp.quarters(), Collection.QUARTERS)));
        sections.add(section(view.t("field.operators"), "traeger", List.of(), List.of(), view.links(cp.operators(), Collection.OPERATORS)));
        if (!cp.programs().isEmpty())
            sections.add(section(view.t("nav.programs"), "programme", details.programFacts(cp.programs(), cp.active()), List.of(), List.of()));
        return details.of(cp, facts, sections, ended ? List.of() : List.of(view.download(view.t("download.vcard"), Urls.cardPath(cp), cp.slug() + ".vcf")),
                structuredData.contactPoint(cp), view.onMap(cp) ? maps.office(cp, view.t("map.label.contactPoint").replace("{name}", cp.title())) : null);
    }

    /** A shared office: each operator's own hours in words, with what it offers then. */
    private Section operatorHours(ContactPoint cp) {
        List<Fact> facts = new ArrayList<>();
        for (de.quartier.model.OperatorHours h : cp.operatorHours()) {
            String words = view.hoursText().summary(h.hours(), false);
            facts.add(fact(view.site().operator(h.operator()).title(), h.note() == null ? words : words + " · " + h.note()));
        }
        return section(view.t("contactPoint.operatorHours"), "zeiten-der-traeger", facts, List.of(), List.of());
    }

    /** Opening hours as a table Montag … Sonntag, the rules for holidays and seasons below, then the note. */
    private Section openingHours(ContactPoint cp) {
        List<Fact> notes = new ArrayList<>();
        List<Views.WeekRow> week = new ArrayList<>();
        if (cp.openingHours() != null) {
            week.addAll(view.hoursText().table(cp.openingHours()));
            view.hoursText().notes(cp.openingHours(), false).forEach(n -> notes.add(fact("", n)));
        }
        if (cp.openingHoursNote() != null) notes.add(view.marks().fromEditor("", cp.openingHoursNote()));
        if (cp.openingHours() == null && cp.openingHoursNote() == null) notes.add(fact("", view.t("hours.unknown")));
        return new Section(view.t("field.openingHours"), HOURS_ID, notes, List.of(), List.of(), week, List.of(), List.of(),
                view.hoursData(cp), null);
    }
}
