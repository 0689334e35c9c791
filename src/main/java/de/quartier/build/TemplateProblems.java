package de.quartier.build;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.diag.Severity;
import de.quartier.model.SourceSpan;
import de.quartier.render.Theme;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A theme's mistakes as diagnostics at the template's file and line: templates that cannot be
 * read (found before any page is made) and templates that fail on a page's data (each failure
 * once, with the first page it failed on and how many more). A site's own theme file is the
 * site's to fix; a built-in one failing is Quartier's bug, and the hint says so.
 */
final class TemplateProblems {
    private final Theme theme;
    private final String themeName;
    /** Each failure, with the pages it failed on (the first in path order is named). */
    private final Map<Theme.Problem, java.util.Set<String>> failures = new ConcurrentHashMap<>();

    TemplateProblems(Theme theme, String themeName) {
        this.theme = theme;
        this.themeName = themeName == null ? Theme.DEFAULT : themeName;
    }

    /** Reports what is wrong before rendering; true if the theme has errors. */
    boolean check(Diagnostics diagnostics) {
        var problems = theme.problems();
        problems.forEach(p -> diagnostics.add(diagnostic(p, null, 0)));
        return !problems.isEmpty();
    }

    /** A template failed on a page (from any worker). */
    void failed(Theme.Failure f, String page) {
        failures.computeIfAbsent(f.problem(), k -> ConcurrentHashMap.newKeySet()).add(page);
    }

    /** Reports the failures of rendering; true if there were any. */
    boolean report(Diagnostics diagnostics) {
        new TreeMap<>(Map.copyOf(failures).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().file() + ":" + e.getKey().line() + ":" + e.getKey().message(), e -> e)))
                .values().forEach(e -> {
                    String first = new java.util.TreeSet<>(e.getValue()).first();
                    diagnostics.add(diagnostic(e.getKey(), first, e.getValue().size() - 1));
                });
        return !failures.isEmpty();
    }

    /** One failure on one page, as the preview shows it. */
    Diagnostic diagnostic(Theme.Failure f, String page) {
        return diagnostic(f.problem(), page, 0);
    }

    private Diagnostic diagnostic(Theme.Problem p, String page, int others) {
        boolean own = theme.fromSite(p.file());
        String path = "themes/" + (own ? themeName : Theme.DEFAULT) + "/" + p.file();
        String where = page == null ? "" : " (on the page " + page + (others == 0 ? "" : " and " + others + (others == 1 ? " other" : " others")) + ")";
        SourceSpan at = new SourceSpan(path, Math.max(1, p.line()), p.column(), p.length());
        if (p.hint() != null) return new Diagnostic(Severity.ERROR, Code.TEMPLATE_ERROR, at, p.message(), p.hint());
        if (!p.file().endsWith(".peb"))
            return new Diagnostic(Severity.ERROR, Code.TEMPLATE_ERROR, at, p.message(),
                    "copy the missing lines from the built-in theme's file of the same name (in Quartier's themes/bottrop/) and translate them");
        String hint = own ? "the site's own copy of the template: fix it there"
                : "this template is Quartier's own: please report it as a bug, with the record the page is made from";
        return new Diagnostic(Severity.ERROR, Code.TEMPLATE_ERROR, at, "the template fails" + where + ": " + p.message(), hint);
    }
}
