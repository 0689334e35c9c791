package de.quartier.assemble;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.diag.Suggestions;
import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Slug;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks references up among the published records and reports the ones that lead nowhere. When drafts are
 * shown (the preview, {@code --drafts}), a published record that points at a draft, or at a news item not
 * yet due, is warned about: shown here, it would stop a build without drafts.
 */
final class References {
    /** Up to how many records a reference that names none is offered to choose from. */
    private static final int NAMED_CHOICES = 12;

    private final Diagnostics diagnostics;
    private final Map<Collection, Map<Slug, Entry>> published;
    private final Map<Collection, Set<Slug>> drafts;
    /** drafts built along (preview, --drafts), valid or not */
    private final Map<Collection, Set<Slug>> draftsShown;
    private final Map<Collection, Set<Slug>> onDisk;
    /** a news item left out until its date → that date, the day a build first publishes it */
    private final Map<Slug, LocalDate> appearsOn;
    private final LocalDate today;
    private final Map<Collection, Map<Slug, Entry>> index;

    References(Diagnostics diagnostics, Map<Collection, Map<Slug, Entry>> published, Map<Collection, Set<Slug>> drafts,
               Map<Collection, Set<Slug>> draftsShown, Map<Collection, Set<Slug>> onDisk, Map<Slug, LocalDate> appearsOn, LocalDate today) {
        this.diagnostics = diagnostics;
        this.published = published;
        // looked up once per reference: by hash, not down a tree of slugs that share long beginnings
        Map<Collection, Map<Slug, Entry>> index = new java.util.EnumMap<>(Collection.class);
        published.forEach((c, bySlug) -> index.put(c, new java.util.HashMap<>(bySlug)));
        this.index = index;
        this.drafts = drafts;
        this.draftsShown = draftsShown;
        this.onDisk = onDisk;
        this.appearsOn = appearsOn;
        this.today = today;
    }

    /** A published record, or null. */
    Entry find(Collection c, Slug slug) {
        return index.get(c).get(slug);
    }


    /** @return true if every reference resolves */
    boolean check(List<Ref> refs, Collection target, Entry from, String key) {
        // a news item's own date: for one that waits, the day it appears; for a published one, no later than a waiting target's
        return check(refs, target, from.collection(), key, from instanceof NewsItem n ? n.date() : null, from.common().draft());
    }

    /**
     * @param from        the collection of the record that makes the references
     * @param fromAppears the day it appears (a news item's date), or null for any other record
     * @param fromDraft   the record is a draft itself (shown with drafts only, as its targets)
     */
    boolean check(List<Ref> refs, Collection target, Collection from, String key, LocalDate fromAppears, boolean fromDraft) {
        boolean ok = true;
        Set<Slug> seen = new HashSet<>();
        for (Ref r : refs) {
            if (!seen.add(r.slug())) {
                diagnostics.warning(Code.DUPLICATE_REF, r.at(), de.quartier.model.BodyLink.named(key) + " names `" + r.slug() + "` twice");
                continue;
            }
            Entry found = find(target, r.slug());
            if (found != null) {
                if (!fromDraft) warnIfShownOnlyWithDrafts(r, found, from, key, fromAppears);
                continue;
            }
            ok = false;
            LocalDate appears = target == Collection.NEWS ? appearsOn.get(r.slug()) : null;
            // from a news item that itself appears on that day or later: never a broken link
            if (appears != null && fromAppears != null && !appears.isAfter(fromAppears)) continue;
            if (appears != null) {
                diagnostics.error(Code.REF_TO_WAITING, r.at(), waitingMessage(key, r, appears, from, ""), waitingHint(appears, from));
                continue;
            }
            if (onDisk.getOrDefault(target, Set.of()).contains(r.slug()) && !drafts.get(target).contains(r.slug())) {
                // the file exists but has errors of its own, reported there; a draft's keep it out of a build without drafts too
                if (!fromDraft && draftsShown.getOrDefault(target, Set.of()).contains(r.slug()))
                    diagnostics.warning(Code.REF_TO_DRAFT, r.at(), draftMessage(key, r, target, from, SHOWN_DRAFT), draftHint(r, target));
                continue;
            }
            if (drafts.get(target).contains(r.slug())) {
                diagnostics.error(Code.REF_TO_DRAFT, r.at(), draftMessage(key, r, target, from, ""), draftHint(r, target));
            } else {
                Set<String> known = new TreeSet<>();
                published.get(target).keySet().forEach(s -> known.add(s.value()));
                String hint = meant(r.slug().value(), target, known).map(n -> "did you mean `" + n + "`?")
                        .orElse("no file content/" + target.folder() + "/" + r.slug() + ".md or .yml exists"
                                // a few to choose from (operators, programmes): named, so nobody has to look them up
                                + (known.isEmpty() ? "" : known.size() <= NAMED_CHOICES ? "; choose one of " + String.join(", ", known)
                                : "; see the files in content/" + target.folder() + "/"));
                diagnostics.error(Code.DANGLING_REF, r.at(), de.quartier.model.BodyLink.named(key) + ": there is no " + target.singular() + " `" + r.slug() + "`", hint);
            }
        }
        return ok;
    }

    /**
     * The record a slug that leads nowhere most likely means: a quarter by one of its other names
     * ({@code aliases: [Bottrop-Boy]} for "bottrop-boy"), the one slug that begins or ends with it
     * ("stadt" → "stadt-bottrop"), else the closest by spelling.
     */
    private Optional<String> meant(String slug, Collection target, Set<String> known) {
        for (Entry e : published.get(target).values())
            if (e instanceof Quarter q && q.aliases().stream().anyMatch(a -> Slug.suggest(a).equals(slug))) return Optional.of(q.slug().value());
        List<String> around = known.stream().filter(k -> k.startsWith(slug + "-") || k.endsWith("-" + slug)).toList();
        if (around.size() == 1) return Optional.of(around.get(0));
        return Suggestions.closest(slug, known);
    }

    private static final String SHOWN_DRAFT = "; with drafts this is fine, but `build` and `check` without `--drafts` stop at this with an error";

    /** With drafts shown, what a build without them reports as an error: said now, where the editor looks. */
    private void warnIfShownOnlyWithDrafts(Ref r, Entry target, Collection from, String key, LocalDate fromAppears) {
        if (target.common().draft()) {
            diagnostics.warning(Code.REF_TO_DRAFT, r.at(), draftMessage(key, r, target.collection(), from, SHOWN_DRAFT), draftHint(r, target.collection()));
        } else if (target instanceof NewsItem n && n.date().isAfter(today) && (fromAppears == null || fromAppears.isBefore(n.date()))) {
            diagnostics.warning(Code.REF_TO_WAITING, r.at(), waitingMessage(key, r, n.date(), from,
                    "; it is shown here, but until then `build` and `check` without `--drafts` stop at this with an error"), waitingHint(n.date(), from));
        }
    }

    private static String draftMessage(String key, Ref r, Collection target, Collection from, String shown) {
        return de.quartier.model.BodyLink.named(key) + ": the " + target.singular() + " `" + r.slug() + "` is a draft, so this " + from.singular()
                + " would point at a page that is not published" + shown;
    }

    private static String draftHint(Ref r, Collection target) {
        return "publish content/" + target.folder() + "/" + r.slug() + " (remove `draft: true`) or make this record a draft too";
    }

    private static String waitingMessage(String key, Ref r, LocalDate appears, Collection from, String shown) {
        return de.quartier.model.BodyLink.named(key) + ": the news item `" + r.slug() + "` is dated " + appears.format(Diagnostics.DATE)
                + ", so until then this " + from.singular() + " would point at a page that is not published" + shown;
    }

    private static String waitingHint(LocalDate appears, Collection from) {
        return "add the link on that day, or give the news item an earlier `date`"
                + (from == Collection.NEWS ? ", or date this news item " + appears.format(Diagnostics.DATE) + " or later" : "");
    }
}
