package de.quartier.build;

import de.quartier.diag.Diagnostic;
import de.quartier.diag.Severity;
import de.quartier.load.LoadedSite;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the preview's last refresh found.
 *
 * @param tileUrl      the map tiles' address from the configuration (the last one read, while it has errors), or ""
 * @param drafts       whether drafts (and news items not yet due) are shown and checked, as by default
 * @param brokenDrafts drafts left out of a site shown (ok) for errors of their own: their page's
 *                     path ("angebote/treff/") → their file; their problems are among the diagnostics
 * @param draftFiles   the files among the diagnostics' that are drafts, so that a list of errors can say so
 */
public record PreviewState(long version, List<Diagnostic> diagnostics, LoadedSite loaded, boolean ok, String basePath, String tileUrl, String summary,
                           boolean drafts, Map<String, String> brokenDrafts, Set<String> draftFiles) {
    public PreviewState {
        brokenDrafts = Map.copyOf(brokenDrafts);
        draftFiles = Set.copyOf(draftFiles);
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** The problems shown beside a site that is shown: its warnings, and the errors of the drafts left out. */
    public List<Diagnostic> notices() {
        return ok ? diagnostics : List.of();
    }
}
