package de.quartier.build;

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
     */
    static Map<String, String> holdingAllErrors(BuildResult r, RecordCache records) {
        Map<String, SourceFile> byPath = new java.util.HashMap<>();
        for (SourceFile f : r.loaded().recordFiles()) byPath.put(f.path(), f);
        Map<String, String> drafts = new TreeMap<>();
        for (Diagnostic d : r.diagnostics().sorted()) {
            if (d.severity() != Severity.ERROR) continue;
            SourceFile f = byPath.get(d.at().path());
            RecordCache.Checked checked = f == null ? null : records.get(f);
            if (checked == null || !checked.draft()) return Map.of();
            String segment = f.collection().urlSegment();
            drafts.put((segment.isEmpty() ? "" : segment + "/") + f.slug() + "/", f.path());
        }
        return drafts;
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
