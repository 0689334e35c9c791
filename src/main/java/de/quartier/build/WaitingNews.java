package de.quartier.build;

import de.quartier.diag.Diagnostics;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.postprocess.LinkIndex;
import de.quartier.render.SiteRenderer;
import de.quartier.render.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * News items dated after the build's day. A build leaves them out until that day, which a nightly
 * build reaches on its own (deploy/); everything about them that can fail is checked now all the
 * same (their fields and references in assembly, their body's links here), so the build on their
 * day breaks nothing. With drafts (the preview) they are built, marked.
 */
final class WaitingNews {
    private WaitingNews() {
    }

    /** The news items among these records that a build without drafts leaves out today. */
    static List<NewsItem> of(List<Entry> entries, LocalDate today, boolean includeDrafts) {
        if (includeDrafts) return List.of();
        return entries.stream().filter(e -> e instanceof NewsItem n && n.appearsAfter(today)).map(NewsItem.class::cast).toList();
    }

    /**
     * A news item dated more than a year ahead is most likely a mistyped year (2062): said, since
     * nothing else shows; with drafts too (the preview, `quartier new`), where editors work.
     */
    static void warnFarAhead(List<Entry> entries, LocalDate today, Diagnostics diagnostics) {
        for (Entry e : entries)
            if (e instanceof NewsItem n && n.date().isAfter(today.plusYears(1)))
                diagnostics.warning(de.quartier.diag.Code.DATE_FAR_AHEAD, n.dateAt(),
                        "this news item is dated " + n.date().format(Diagnostics.DATE) + ", more than a year ahead, and appears only then",
                        "check the year of `date`");
    }

    /** The records without those left out. */
    static List<Entry> without(List<Entry> entries, List<NewsItem> waiting) {
        if (waiting.isEmpty()) return entries;
        Set<Entry> left = Collections.newSetFromMap(new IdentityHashMap<>());
        left.addAll(waiting);
        return entries.stream().filter(e -> !left.contains(e)).toList();
    }

    /** Their pages, not written now, → the hint to a published page's link to one: why it is missing. */
    static Map<String, String> laterPages(List<NewsItem> waiting) {
        Map<String, String> out = new HashMap<>();
        for (NewsItem n : waiting)
            out.put(Urls.file(Urls.pathOf(n)), "that is the page of " + n.common().sourcePath() + ", which is dated " + n.date().format(Diagnostics.DATE)
                    + " and published from that day on: add the link then, or give the news item an earlier `date`");
        return out;
    }

    /**
     * Checks the links in their bodies against the written pages, as if they were published: each
     * other's pages count as there (one that appears later is reported in assembly if linked as a
     * record); a link to an anchor of their own page cannot be checked before it is made.
     */
    /** @param later their pages, as {@link #laterPages} gives them */
    static void checkLinks(List<NewsItem> waiting, Map<String, String> later, SiteRenderer renderer, LinkIndex links, Set<String> written,
                           List<String> recordFiles, Diagnostics diagnostics) {
        if (waiting.isEmpty()) return;
        Set<String> then = new HashSet<>(written);
        then.addAll(later.keySet());
        List<LinkIndex.SourcedLink> theirs = new ArrayList<>();
        for (NewsItem n : waiting)
            for (SiteRenderer.BodyHref l : renderer.bodyLinks(n))
                if (!l.href().startsWith("#")) theirs.add(new LinkIndex.SourcedLink(l.page(), l.href(), l.written(), l.at()));
        links.checkBodyLinks(then, theirs, recordFiles, later, diagnostics);
    }
}
