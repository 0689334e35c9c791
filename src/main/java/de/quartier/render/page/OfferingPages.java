package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.EventDate;
import de.quartier.model.Offering;
import de.quartier.model.Operator;
import de.quartier.model.Place;
import de.quartier.render.Cards;
import de.quartier.render.HoursText;
import de.quartier.render.Wording;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views.Detail;
import de.quartier.render.Fact;
import de.quartier.render.Views.Section;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static de.quartier.render.Facts.address;
import static de.quartier.render.Facts.directions;
import static de.quartier.render.Facts.fact;
import static de.quartier.render.Facts.section;
import static de.quartier.render.Facts.tel;

/** An offering's page: when, where, for whom, what it costs, how to sign up, who runs it. */
final class OfferingPages {
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final Details details;
    private final MapViews maps;
    private final StructuredData structuredData;

    OfferingPages(SiteView view, Pages pages, Cards cards, Details details, MapViews maps) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.details = details;
        this.maps = maps;
        this.structuredData = new StructuredData(view.site());
    }

    void plan(List<Output> out) {
        for (Offering o : view.site().offerings()) out.add(page(o));
    }

    Output.Page page(Offering o) {
        return pages.detail(o, "offering", () -> offering(o));
    }

    /**
     * Whom to ask: the office where it happens, by phone (else e-mail; else its first contact person's), unless the registration
     * names a number or address already. One line (20,000 offerings: 1.7 MB).
     */
    private Fact enquiries(Offering o) {
        if (!(o.place() instanceof Place.AtContactPoint at)) return null;
        if (o.registration() != null && (o.registration().phone() != null || o.registration().email() != null)) return null;
        ContactPoint cp = view.site().contactPoint(at.contactPoint());
        return cp.reach().map(r -> new Fact(view.t("field.enquiries"), r.value(), r.phone() ? tel(r.value()) : "mailto:" + r.value())).orElse(null);
    }

    private Detail offering(Offering o) {
        List<Fact> facts = new ArrayList<>();
        if (o.isDated()) {
            String label = view.t(o.dates().size() == 1 ? "field.date" : "field.dates");
            // a date gone by stays listed (what happened when), marked as past
            for (EventDate d : o.dates().stream().sorted(Comparator.comparing(EventDate::start)).toList())
                facts.add(fact(label, view.wording().event(d) + (d.isPastOn(view.site().today()) ? " (" + view.t("date.past") + ")" : "")));
        } else if (o.schedule() != null) {
            facts.add(fact(view.t("field.when"), view.hoursText().summary(o.schedule(), true)));
            List<NextDates.Day> next = view.site().status(o) == de.quartier.model.Status.ENDED ? List.of() : NextDates.of(o, view.site().today(), view.holidays());
            for (NextDates.Day d : next)
                facts.add(fact(view.t(next.size() == 1 ? "field.nextDate" : "field.nextDates"), view.wording().day(d.date(), view.hoursText().ranges(d.times()))));
        }
        if (o.scheduleNote() != null) facts.add(view.marks().fromEditor(view.t("field.scheduleNote"), o.scheduleNote()));
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = view.site().contactPoint(at.contactPoint());
            facts.add(new Fact(view.t("field.where"), cp.title(), view.urls().href(cp), cards.whereLang(o)));
            facts.add(fact(view.t("field.address"), address(cp.address())));
            facts.add(new Fact(view.t("field.directions"), view.t("action.directions"), directions(cp.address(), cp.geo())));
            // what the office says of its rooms holds for what happens there, unless the offering says otherwise;
            // in one line beside the address (20,000 offerings: a section each would cost 8 MB)
            if (o.accessibility() == null && view.site().accessibilityOf(o) != null) facts.addAll(details.accessibilityInLine(view.site().accessibilityOf(o)));
        } else if (o.place() instanceof Place.AtVenue v) {
            facts.add(new Fact(view.t("field.where"), v.venue().name(), null, cards.whereLang(o)));
            facts.add(fact(view.t("field.address"), address(v.venue().address())));
            facts.add(new Fact(view.t("field.directions"), view.t("action.directions"), directions(v.venue().address(), v.venue().geo())));
        } else {
            facts.add(fact(view.t("field.where"), cards.where(o)));
        }
        // what it costs and how to sign up before whom it is for: on a phone's first screen, beside when and where
        if (o.cost() != null) facts.add(view.marks().cost(view.t("field.cost"), o.cost()));
        boolean ended = view.site().status(o) == de.quartier.model.Status.ENDED;
        // an offering that has ended takes no sign-ups, and its dates are not for a calendar any more
        if (o.registration() != null && !ended) {
            var r = o.registration();
            facts.add(fact(view.t("field.registration"), r.required() ? view.t("registration.required") : view.t("registration.notRequired")));
            if (r.note() != null) facts.add(view.marks().fromEditor(view.t("field.registrationNote"), r.note()));
            if (r.url() != null) facts.add(new Fact(view.t("field.registrationUrl"), r.url(), r.url()));
            // where signing up is not needed, its number is the one to ask
            if (r.phone() != null) facts.add(new Fact(view.t(r.required() ? "field.registrationPhone" : "field.enquiries"), r.phone(), tel(r.phone())));
            if (r.email() != null) facts.add(new Fact(view.t(r.required() ? "field.registrationEmail" : "field.enquiries"), r.email(), "mailto:" + r.email()));
        }
        // an ended offering (or one at an office that closed) has nobody left to ask
        Fact enquiries = ended ? null : enquiries(o);
        if (enquiries != null) facts.add(enquiries);
        if (!o.targetGroups().isEmpty()) facts.add(view.marks().targetGroups(view.t("field.targetGroups"), o.targetGroups()));
        if (!o.topics().isEmpty()) facts.add(view.marks().topics(view.t("field.topics"), o.topics()));
        if (!o.languages().isEmpty())
            facts.add(fact(view.t("field.languages"), o.languages().stream().map(view.wording()::language).collect(Collectors.joining(view.wording().comma()))));
        if (o.operator() != null) {
            Operator op = view.site().operator(o.operator());
            facts.add(new Fact(view.t("field.operator"), op.title(), view.urls().href(op), view.marks().of(op).title()));
        }
        List<Section> sections = new ArrayList<>();
        if (o.accessibility() != null)
            sections.add(section(view.t("field.accessibility"), "barrierefreiheit", details.accessibility(o.accessibility()), List.of(), List.of()));
        sections.add(section(view.t(o.quarters().size() == 1 ? "field.quarter" : "field.quarters"), "quartiere", List.of(), List.of(), view.links(o.quarters(), Collection.QUARTERS)));
        if (!o.programs().isEmpty())
            sections.add(section(view.t("nav.programs"), "programme", details.programFacts(o.programs(), o.active()), List.of(), List.of()));
        return details.of(o, facts, sections,
                !ended && view.hasCalendar(o)
                        ? List.of(view.download(view.t(o.isDated() && o.dates().size() == 1 ? "download.offeringCalendarOne" : "download.offeringCalendar"), Urls.calendarPath(Urls.pathOf(o)), o.slug() + ".ics"))
                        : List.of(),
                structuredData.offering(o), maps.offering(o));
    }
}
