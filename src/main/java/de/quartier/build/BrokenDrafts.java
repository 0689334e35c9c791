package de.quartier.build;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Severity;
import de.quartier.load.LoadedSite;
import de.quartier.source.SourceFile;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drafts with errors of their own, in the preview. A skeleton from {@code quartier new} is such a
 * draft until it is filled in; it would put the error page in place of every page. When drafts
 * hold every error, the preview shows the site without them, their errors in its notice and on
 * their own pages. A build without drafts leaves them out all the same.
 */
final class BrokenDrafts {
    private BrokenDrafts() {
    }

    /**
     * The drafts that hold every error of this check, by their page's path in the site
     * ("angebote/treff/"); empty if an error lies in any other file.
     *
     * @param languages the site's languages besides its first: their pages are under /en/ and so on
     */
    static Map<String, String> holdingAllErrors(BuildResult r, RecordCache records, Set<String> languages) {
        Map<String, SourceFile> recordOf = recordOfEachFile(r.loaded());
        Map<String, String> drafts = new TreeMap<>();
        for (Diagnostic d : r.diagnostics().sorted()) {
            if (d.severity() != Severity.ERROR) continue;
            // a name the site uses itself (angebote/finden/) or twice: its address is not the draft's alone
            if (d.code() == Code.RESERVED_SLUG || d.code() == Code.DUPLICATE_SLUG || d.code() == Code.BAD_SLUG) return Map.of();
            SourceFile f = recordOf.get(d.at().path());
            RecordCache.Checked checked = f == null ? null : records.get(f);
            if (checked == null || !checked.draft()) return Map.of();
            // named like a page the site makes itself, or a language's folder: that address is not the draft's
            if (de.quartier.assemble.SiteAssembler.RESERVED_SLUGS.getOrDefault(f.collection(), Set.of()).contains(f.slug())
                    || f.collection() == de.quartier.model.Collection.PAGES && languages.contains(f.slug())) return Map.of();
            drafts.put(de.quartier.render.Urls.pathOf(f.collection(), f.slug()), f.path());
        }
        return drafts;
    }

    /** Each record file and translation by its path → the record file it belongs to ("treff.tr.md" → "treff.md"). */
    private static Map<String, SourceFile> recordOfEachFile(LoadedSite loaded) {
        Map<String, SourceFile> out = new java.util.HashMap<>();
        Map<String, SourceFile> bySlug = new java.util.HashMap<>();
        for (SourceFile f : loaded.recordFiles()) {
            out.put(f.path(), f);
            bySlug.put(f.collection().folder() + "/" + f.slug(), f);
        }
        for (SourceFile t : loaded.translationFiles()) {
            SourceFile record = bySlug.get(t.collection().folder() + "/" + t.slug());
            if (record != null) out.put(t.path(), record);
        }
        return out;
    }

    /** The files of these problems that are drafts or their translations; none where no problem is an error (they are for the list of errors). */
    static Set<String> draftsAmong(java.util.List<Diagnostic> problems, LoadedSite loaded, RecordCache records) {
        if (problems.stream().noneMatch(d -> d.severity() == Severity.ERROR)) return Set.of();
        Map<String, SourceFile> recordOf = recordOfEachFile(loaded);
        Set<String> out = new java.util.TreeSet<>();
        for (Diagnostic d : problems) {
            SourceFile f = recordOf.get(d.at().path());
            RecordCache.Checked c = f == null ? null : records.get(f);
            if (c != null && c.draft()) out.add(d.at().path());
        }
        return out;
    }

    /** These record files and their translations. */
    static Set<String> filesOf(LoadedSite loaded, java.util.Collection<String> recordFiles) {
        Set<String> out = new java.util.HashSet<>();
        recordOfEachFile(loaded).forEach((path, record) -> {
            if (recordFiles.contains(record.path())) out.add(path);
        });
        return out;
    }

    /** The site as read, without these record files and their translations. */
    static LoadedSite without(LoadedSite loaded, java.util.Collection<String> files) {
        Set<String> left = new java.util.HashSet<>();
        for (SourceFile f : loaded.recordFiles()) if (files.contains(f.path())) left.add(f.collection().folder() + "/" + f.slug());
        return new LoadedSite(loaded.root(), loaded.config(), loaded.records().stream()
                .filter(f -> !left.contains(f.collection().folder() + "/" + f.slug())).toList(),
                loaded.mediaFiles(), loaded.texts(), loaded.media(), loaded.themeFiles());
    }
}
