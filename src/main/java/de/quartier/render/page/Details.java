package de.quartier.render.page;

import de.quartier.model.Accessibility;
import de.quartier.model.Entry;
import de.quartier.model.Program;
import de.quartier.model.Ref;
import de.quartier.model.Status;
import de.quartier.render.SiteView;
import de.quartier.render.Views;
import de.quartier.render.Views.Detail;
import de.quartier.render.Fact;
import de.quartier.render.Views.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static de.quartier.render.Facts.fact;

/** What every record's page has: title, status, summary, image, body, facts and sections. */
final class Details {
    /** Ids of the page frame and of the facts list ("angaben"), which a body heading must not take. */
    private static final Set<String> FRAME_IDS = Set.of("inhalt", de.quartier.render.Facts.LIST_ID);

    private final SiteView view;

    Details(SiteView view) {
        this.view = view;
    }

    Detail of(Entry e, List<Fact> facts, List<Section> sections) {
        return of(e, facts, sections, List.of(), null, null);
    }

    Detail of(Entry e, List<Fact> facts, List<Section> sections, List<Views.Download> downloads, String jsonLd, de.quartier.render.map.MapViews.MapView map) {
        String status = de.quartier.render.Cards.status(view, e);
        // an event whose dates are all past took place; it did not stop (whatever else ended it)
        String note = view.site().status(e) != Status.ENDED ? ""
                : e instanceof de.quartier.model.Offering o && o.isDated()
                && o.dates().stream().allMatch(d -> d.isPastOn(view.site().today()))
                ? view.t("status.pastNote") : view.t(e instanceof de.quartier.model.ContactPoint ? "status.endedNotePlace"
                : e instanceof de.quartier.model.Program ? "status.endedNoteProgram" : "status.endedNote");
        // only with --drafts (the preview): say plainly that readers do not see this page yet
        note = de.quartier.render.PreviewMarks.of(e, view.site().today()).note(view, note);
        Set<String> taken = new HashSet<>(FRAME_IDS);
        sections.forEach(s -> taken.add(s.id()));
        String body = view.markdown().toHtml(e.common().body(), view.urls(), taken);
        // how current the facts are, on screen and on paper: its `updated`, else its file's last commit
        java.time.LocalDate changed = view.lastmod(e);
        return new Detail(e.title(), e.common().summary(), status, note, view.image(e.common()), body, grouped(facts), sections, downloads, jsonLd, map,
                view.marks().of(e), changed == null ? "" : view.wording().date(changed));
    }

    /** The facts with neighbours of the same label marked, so a list shows the label once ("Termine"). */
    static List<Fact> grouped(List<Fact> facts) {
        boolean any = false;
        for (int i = 1; i < facts.size() && !any; i++) any = facts.get(i - 1).label().equals(facts.get(i).label());
        if (!any) return facts; // most pages: nothing to mark, nothing to copy
        List<Fact> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            boolean previous = i > 0 && facts.get(i - 1).label().equals(f.label());
            boolean next = i + 1 < facts.size() && facts.get(i + 1).label().equals(f.label());
            out.add(previous || next ? f.joined(previous, next) : f);
        }
        return out;
    }

    List<Fact> accessibility(Accessibility a) {
        List<Fact> out = new ArrayList<>();
        if (a.wheelchair() != null)
            out.add(fact(view.t("field.wheelchair"), view.t("wheelchair." + a.wheelchair().name().toLowerCase(Locale.ROOT))));
        if (a.toilet() != null) out.add(fact(view.t("field.toilet"), a.toilet() ? view.t("yes") : view.t("no")));
        if (a.note() != null) out.add(view.marks().fromEditor(view.t("field.note"), a.note()));
        return out;
    }

    /** The same under one term: "Rollstuhl: zugänglich · Barrierefreie Toilette: nein", and the note as a second value. */
    List<Fact> accessibilityInLine(Accessibility a) {
        String label = view.t("field.accessibility");
        List<String> parts = new ArrayList<>();
        if (a.wheelchair() != null)
            parts.add(view.t("field.wheelchair") + ": " + view.t("wheelchair." + a.wheelchair().name().toLowerCase(Locale.ROOT)));
        if (a.toilet() != null) parts.add(view.t("field.toilet") + ": " + (a.toilet() ? view.t("yes") : view.t("no")));
        List<Fact> out = new ArrayList<>();
        if (!parts.isEmpty()) out.add(fact(label, String.join(" · ", parts)));
        // an editor's words, marked with their language where the page is in another one
        if (a.note() != null) out.add(view.marks().fromEditor(label, a.note()));
        return out;
    }

    /** @param own when the record ran: the period and reference of a programme that began after it ended are another project's, not told */
    List<Fact> programFacts(List<Ref> refs, de.quartier.model.ActivePeriod own) {
        List<Fact> out = new ArrayList<>();
        for (Ref r : refs) {
            Program p = view.site().program(r);
            out.add(new Fact(view.t("field.program"), p.title(), view.urls().href(p)));
            // a programme that has run out still paid for the office: said, not hidden
            boolean ended = view.site().status(p) == Status.ENDED;
            boolean later = own != null && own.until() != null && p.period().from() != null && p.period().from().isAfter(own.until());
            if ((p.period().from() != null || p.period().until() != null) && !later)
                out.add(fact(view.t("field.period"), view.period(p.period()) + (ended ? " · " + view.t("status.ended") : "")));
            if (p.reference() != null && !later) out.add(fact(view.t("field.reference"), p.reference()));
        }
        return out;
    }
}
