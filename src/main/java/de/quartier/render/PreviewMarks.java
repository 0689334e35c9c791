package de.quartier.render;

import de.quartier.model.Entry;
import de.quartier.model.NewsItem;

import java.time.LocalDate;

/**
 * Why a record that is shown is not published yet: it is a draft, or a news item waiting for its
 * date. Only the preview (or a build with --drafts) shows such records; every place that shows one
 * (its page, cards, search results, the print sheet) marks it by the same words, so nobody takes it
 * for published. A published build has none of these marks.
 */
public record PreviewMarks(boolean draft, LocalDate appears) {
    public static PreviewMarks of(Entry e, LocalDate today) {
        return new PreviewMarks(e.common().draft(), e instanceof NewsItem n && n.appearsAfter(today) ? n.date() : null);
    }

    /** The mark before a record's other status words: "Entwurf", or "". */
    public String before(SiteView view) {
        return draft ? view.t("status.draft") : "";
    }

    /** The mark after them: "Erscheint am 3. Januar 2027", or "". */
    public String after(SiteView view) {
        return appears == null ? "" : view.t("status.waiting").replace("{date}", view.wording().date(appears));
    }

    /** Says plainly on the record's page that readers do not see it yet; "" for a published record. */
    public String note(SiteView view, String statusNote) {
        String note = statusNote;
        if (draft) note = note.isEmpty() ? view.t("status.draftNote") : view.t("status.draftNote") + " " + note;
        if (appears != null) note = note.isEmpty() ? view.t("status.waitingNote") : note + " " + view.t("status.waitingNote");
        return note;
    }

    /** The record's status in words, with these marks around it, joined by " · ": for cards, page heads, search results. */
    public String around(SiteView view, String status) {
        // on every card of a build: nothing to add unless drafts are shown
        if (!draft && appears == null) return status;
        String out = status;
        if (draft) out = out.isEmpty() ? before(view) : before(view) + " · " + out;
        if (appears != null) out = out.isEmpty() ? after(view) : out + " · " + after(view);
        return out;
    }
}
