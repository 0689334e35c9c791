package de.quartier.build;

import de.quartier.diag.Diagnostics;
import de.quartier.diag.Severity;
import de.quartier.load.LoadedSite;
import de.quartier.model.Collection;
import de.quartier.model.NewsItem;
import de.quartier.model.Site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run produced: its diagnostics, what was read, the site if its records could be assembled
 * without errors (also when the run failed later, at a template or a link), the drafts and the news
 * items left out (the latter until their date), how many files were written, and whether the rendered
 * pages' links were checked (only a site without other errors is rendered).
 */
public record BuildResult(Diagnostics diagnostics, LoadedSite loaded, Optional<Site> site, Map<Collection, Integer> recordsRead,
                          int draftsLeftOut, List<NewsItem> waiting, int filesWritten, boolean linksChecked) {
    public BuildResult {
        recordsRead = Map.copyOf(recordsRead);
        waiting = List.copyOf(waiting);
    }

    /** A run that stopped before the link check. */
    BuildResult(Diagnostics diagnostics, LoadedSite loaded, Optional<Site> site, Map<Collection, Integer> recordsRead,
                int draftsLeftOut, List<NewsItem> waiting) {
        this(diagnostics, loaded, site, recordsRead, draftsLeftOut, waiting, 0, false);
    }

    /** The same run, with what was read kept in another form (without the records' texts). */
    BuildResult withLoaded(LoadedSite other) {
        return new BuildResult(diagnostics, other, site, recordsRead, draftsLeftOut, waiting, filesWritten, linksChecked);
    }

    /** The same run, stopped at the theme before a page was made: no site to show. */
    BuildResult withoutSite() {
        return new BuildResult(diagnostics, loaded, Optional.empty(), recordsRead, draftsLeftOut, waiting, filesWritten, linksChecked);
    }

    /** The same run after the rendered pages' links were checked, with the files it wrote (0 when nothing was committed). */
    BuildResult linksChecked(int written) {
        return new BuildResult(diagnostics, loaded, site, recordsRead, draftsLeftOut, waiting, written, true);
    }

    public boolean ok() {
        return !diagnostics.hasErrors();
    }

    /** "0 errors, 2 warnings; read 14 quarters, 24 contact points, …; 1 draft left out (draft: true); 1 news item waits for its date: …" */
    public String summary() {
        return summary("");
    }

    /** @param pathPrefix put before the site-relative paths it names, so that they lead from where the command runs */
    public String summary(String pathPrefix) {
        long errors = diagnostics.count(Severity.ERROR);
        long warnings = diagnostics.count(Severity.WARNING);
        StringBuilder sb = new StringBuilder();
        sb.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append("; read ");
        boolean first = true;
        for (Collection c : Collection.values()) {
            int n = recordsRead.getOrDefault(c, 0);
            if (!first) sb.append(", ");
            sb.append(n).append(' ').append(n == 1 ? c.singular() : c.plural());
            first = false;
        }
        // an editor who forgot `draft: true` in a record learns here why its page is missing
        int drafts = draftsLeftOut;
        if (drafts > 0) sb.append("; ").append(drafts).append(drafts == 1 ? " draft" : " drafts").append(" left out (draft: true)");
        // each named with its date (beyond three, the first and the last), so that a year mistyped (2062) shows
        if (!waiting.isEmpty()) {
            List<String> named = waiting.stream().sorted(java.util.Comparator.comparing(NewsItem::date).thenComparing(NewsItem::slug))
                    .map(n -> pathPrefix + n.common().sourcePath() + " (" + n.date() + ")").toList();
            sb.append("; ").append(named.size());
            if (named.size() == 1) sb.append(" news item waits for its date: ").append(named.get(0));
            else if (named.size() <= 3) sb.append(" news items wait for their dates: ").append(String.join(", ", named));
            else sb.append(" news items wait for their dates, from ").append(named.get(0)).append(" to ").append(named.get(named.size() - 1));
        }
        return sb.toString();
    }
}
