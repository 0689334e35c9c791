package de.quartier.postprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The hints to a broken link in a record's body: the anchor or page meant where the written one is
 * a typo, the record's file where the link names a record without its folder, else the anchors
 * the page has or how links are written.
 */
final class BrokenLinkHints {
    /** A written page's ids, joined by '\n'; null for a page without any. */
    private final Function<String, String> ids;
    private final Set<String> written;
    private final java.util.Collection<String> records;
    private List<String> pages;
    private Map<String, String> recordFiles;

    BrokenLinkHints(Function<String, String> ids, Set<String> written, java.util.Collection<String> records) {
        this.ids = ids;
        this.written = written;
        this.records = records;
    }

    /** The id meant, if the missing one is a typo of one; else the ids the target page has. */
    String anchor(LinkTarget target) {
        String page = LinkIndex.writtenAs(target.file(), written); // only asked for a page that exists
        String there = page == null ? null : ids.apply(page);
        List<String> all = there == null ? List.of() : java.util.Arrays.stream(there.split("\n")).distinct().sorted().toList();
        java.util.Optional<String> meant = de.quartier.diag.Suggestions.closest(target.anchor(), all);
        if (meant.isPresent()) return "did you mean #" + meant.get() + "?";
        // the frame's own ids (the header's search field, the skip link's target) are on every page,
        // and the not-found page has nothing else: not worth naming as a page's anchors
        String frame = ids.apply(NOT_FOUND_PAGE);
        List<String> frameIds = frame == null || NOT_FOUND_PAGE.equals(page) ? List.of() : List.of(frame.split("\n"));
        List<String> own = all.stream().filter(id -> !frameIds.contains(id)).toList();
        if (own.isEmpty()) return "that page has no anchors to link to";
        return "that page has the anchors #" + String.join(", #", own.subList(0, Math.min(ANCHORS_NAMED, own.size())))
                + (own.size() > ANCHORS_NAMED ? " and " + (own.size() - ANCHORS_NAMED) + " more" : "");
    }

    private static final int ANCHORS_NAMED = 20;
    private static final String NOT_FOUND_PAGE = "404.html";

    /**
     * For a page that does not exist: the record's file when the link names a record without its
     * folder or extension ("lesefest.md", "offerings/lesefest"); the page meant when the path is a
     * typo of one the site has ("anlaufstellen/quartiersbuero-eign/"); else how links are written.
     */
    String page(LinkTarget target, String writtenLink) {
        // what they choose from, made at the first broken link: most builds have none
        if (pages == null) {
            pages = pageFolders(written);
            recordFiles = recordFiles(records);
        }
        String path = writtenLink.replaceFirst("[?#].*$", "");
        String fragment = writtenLink.indexOf('#') >= 0 ? writtenLink.substring(writtenLink.indexOf('#')) : "";
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(md|ya?ml)$", "");
        String record = recordFiles.get(name);
        if (record != null && !record.isEmpty() && !record.equals(path)) return "write " + record + fragment;
        String file = target.file() == null ? "" : target.file();
        String dir = file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length())
                : !file.isEmpty() && file.indexOf('.', file.lastIndexOf('/') + 1) < 0 ? file + "/" : null;
        if (dir != null) {
            long depth = dir.chars().filter(c -> c == '/').count();
            java.util.Optional<String> meant = de.quartier.diag.Suggestions.closest(dir,
                    pages.stream().filter(p -> p.chars().filter(c -> c == '/').count() == depth).toList());
            if (meant.isPresent() && !meant.get().equals(dir)) return "did you mean " + meant.get() + fragment + "?";
        }
        return de.quartier.model.ContentLink.howToWrite(writtenLink);
    }

    /** A record's file as a link names it ("offerings/x.md") by its name ("x"); "" when records of two collections share it. */
    private static Map<String, String> recordFiles(java.util.Collection<String> records) {
        Map<String, String> out = new HashMap<>();
        for (String source : records) {
            if (!source.startsWith("content/")) continue;
            String file = source.substring("content/".length());
            String name = file.substring(file.lastIndexOf('/') + 1);
            out.merge(name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name, file, (a, b) -> a.equals(b) ? a : "");
        }
        return out;
    }

    /** The folders of the written pages ("anlaufstellen/x/"), for "did you mean". */
    private static List<String> pageFolders(Set<String> written) {
        List<String> out = new ArrayList<>();
        for (String w : written) if (w.endsWith("/index.html")) out.add(w.substring(0, w.length() - "index.html".length()));
        out.sort(null);
        return out;
    }
}
