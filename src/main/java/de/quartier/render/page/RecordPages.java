package de.quartier.render.page;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.InfoPage;
import de.quartier.model.NewsItem;
import de.quartier.model.Operator;
import de.quartier.model.Program;
import de.quartier.render.Cards;
import de.quartier.render.Wording;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.Facts;
import de.quartier.render.SiteView;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Detail;
import de.quartier.render.Fact;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Section;
import de.quartier.render.map.MapViews;

import java.util.ArrayList;
import java.util.List;

import static de.quartier.render.Facts.fact;
import static de.quartier.render.Facts.section;
import static de.quartier.render.Facts.tel;

/**
 * One page per record: quarters (with their print sheets), contact points and offerings have
 * classes of their own; operators, programmes, pages and news are simple enough to live here.
 */
public final class RecordPages {
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final Details details;
    private final QuarterPages quarters;
    private final ContactPointPages contactPoints;
    private final OfferingPages offerings;
    private final LongLists lists;

    public RecordPages(SiteView view, Pages pages, Cards cards, MapViews maps) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
        this.details = new Details(view);
        WeeklyPlan plans = new WeeklyPlan(view);
        this.lists = new LongLists(view, pages);
        this.quarters = new QuarterPages(view, pages, cards, details, plans, maps, lists);
        this.contactPoints = new ContactPointPages(view, pages, cards, details, plans, maps, lists);
        this.offerings = new OfferingPages(view, pages, cards, details, maps);
    }

    public void plan(List<Output> out) {
        quarters.plan(out);
        contactPoints.plan(out);
        offerings.plan(out);
        for (Operator op : view.site().operators()) {
            out.add(page(op));
            lists.plan(out, op, view.t("nav.contactPoints"), "anlaufstellen", view.relations().contactPointsOfOperator(op.slug()), cards::contactPoint);
            lists.plan(out, op, view.t("nav.offerings"), "angebote", view.relations().offeringsOfOperator(op.slug()), cards::offering);
        }
        for (Program p : view.site().programs()) {
            out.add(page(p));
            lists.plan(out, p, view.t("nav.contactPoints"), "anlaufstellen", view.relations().contactPointsOfProgram(p.slug()), cards::contactPoint);
            lists.plan(out, p, view.t("nav.offerings"), "angebote", view.relations().offeringsOfProgram(p.slug()), cards::offering);
        }
        for (InfoPage p : view.site().pages()) out.add(page(p));
        for (NewsItem n : view.site().news()) out.add(page(n));
    }

    /** A record's own page, the same the plan has (the preview shows it without planning the rest). */
    public Output.Page page(Entry e) {
        if (e instanceof Quarter q) return quarters.page(q);
        if (e instanceof ContactPoint cp) return contactPoints.page(cp);
        if (e instanceof Offering o) return offerings.page(o);
        if (e instanceof Operator op) return pages.detail(op, "operator", () -> operator(op));
        if (e instanceof Program p) return pages.detail(p, "program", () -> program(p));
        if (e instanceof InfoPage p)
            return pages.detail(p, p.easyLanguage() ? "easy-page" : "info-page", () -> details.of(p, List.of(), List.of()));
        if (e instanceof NewsItem n) return pages.detail(n, "news", () -> news(n));
        throw new IllegalArgumentException("no page for " + e);
    }

    private Detail operator(Operator op) {
        List<Fact> facts = new ArrayList<>();
        if (op.kind() != null) facts.add(view.marks().kind(view.t("field.kind"), op.kind()));
        if (op.address() != null) facts.add(fact(view.t("field.address"), Facts.address(op.address())));
        if (op.phone() != null) facts.add(new Fact(view.t("field.phone"), op.phone(), tel(op.phone())));
        if (op.email() != null) facts.add(new Fact(view.t("field.email"), op.email(), "mailto:" + op.email()));
        if (op.website() != null) facts.add(new Fact(view.t("field.website"), op.website(), op.website()));
        List<Section> sections = new ArrayList<>();
        sections.add(lists.section(op, view.t("nav.contactPoints"), "anlaufstellen",
                view.relations().contactPointsOfOperator(op.slug()).stream().map(cards::contactPoint).toList()));
        sections.add(lists.section(op, view.t("nav.offerings"), "angebote",
                view.relations().offeringsOfOperator(op.slug()).stream().map(cards::offering).toList()));
        return details.of(op, facts, sections);
    }

    private Detail program(Program p) {
        List<Fact> facts = new ArrayList<>();
        if (p.funder() != null) facts.add(fact(view.t("field.funder"), p.funder()));
        if (p.period().from() != null || p.period().until() != null) facts.add(fact(view.t("field.period"), view.period(p.period())));
        if (p.reference() != null) facts.add(fact(view.t("field.reference"), p.reference()));
        if (p.website() != null) facts.add(new Fact(view.t("field.website"), p.website(), p.website()));
        List<Link> quarterLinks = view.relations().quartersOfProgram(p.slug()).stream()
                .map(q -> new Link(q.title(), view.urls().href(q))).toList();
        List<Card> cps = view.relations().contactPointsOfProgram(p.slug()).stream().map(cards::contactPoint).toList();
        List<Section> sections = new ArrayList<>();
        if (!quarterLinks.isEmpty()) sections.add(section(view.t("nav.quarters"), "quartiere", List.of(), List.of(), quarterLinks));
        if (!cps.isEmpty()) sections.add(lists.section(p, view.t("nav.contactPoints"), "anlaufstellen", cps));
        List<Card> offerings = view.relations().offeringsOfProgram(p.slug()).stream().map(cards::offering).toList();
        if (!offerings.isEmpty()) sections.add(lists.section(p, view.t("nav.offerings"), "angebote", offerings));
        return details.of(p, facts, sections);
    }

    private Detail news(NewsItem n) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact(view.t("field.date"), view.wording().date(n.date())));
        List<Section> sections = new ArrayList<>();
        if (!n.quarters().isEmpty())
            sections.add(section(view.t(n.quarters().size() == 1 ? "field.quarter" : "field.quarters"), "quartiere", List.of(), List.of(), view.links(n.quarters(), Collection.QUARTERS)));
        return details.of(n, facts, sections);
    }
}
