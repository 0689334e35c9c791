package de.quartier.serve;

import de.quartier.build.PreviewState;
import de.quartier.build.Preview;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.DiagnosticPrinter;
import de.quartier.diag.Severity;

import java.util.List;

/**
 * What the preview shows instead of every page while the site has errors, and the notice of its
 * warnings: each problem as the terminal prints it ({@code path:line:column}, the source line, a
 * caret, the hint), with German words around it for editors.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(PreviewState state, String resources) {
        return html(state, state.diagnostics(), resources, false);
    }

    /** The page for the given problems (the site's, or one page's template failure) and the site's warnings. */
    static String html(PreviewState state, List<Diagnostic> problems, String resources, boolean draftPage) {
        DiagnosticPrinter printer = new DiagnosticPrinter(state.loaded()::text);
        long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
        List<Diagnostic> warnings = state.warnings();
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(errors == 1 ? "1 Fehler" : errors + " Fehler").append(" – Vorschau</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(resources).append("preview.css\">\n</head>\n<body>\n")
                .append("<main class=\"quartier-fehler\">\n");
        // the page of a draft left out for its errors: the rest of the site is shown
        if (draftPage) out.append("<h1>Dieser Entwurf hat ").append(errors == 1 ? "einen Fehler" : errors + " Fehler")
                .append("</h1>\n<p>Seine Seite fehlt in der Vorschau, bis ").append(errors == 1 ? "der Fehler behoben ist" : "die Fehler behoben sind")
                .append("; die übrigen Seiten sind zu sehen. ");
        else if (state.ok()) out.append("<h1>Diese Seite hat ").append(errors == 1 ? "einen Fehler" : errors + " Fehler")
                .append("</h1>\n<p>Quartier kann diese Seite so nicht bauen; die übrigen Seiten sind zu sehen. ");
        else out.append("<h1>Die Website hat ").append(errors == 1 ? "einen Fehler" : errors + " Fehler")
                .append("</h1>\n<p>Quartier kann die Seiten so nicht bauen. ");
        out.append("Korrigieren Sie die Stellen unten und speichern Sie die Datei: Diese Seite lädt dann von selbst neu.</p>\n");
        // where drafts and published records both have errors, the drafts' are marked: the build without drafts needs only the others mended
        for (Diagnostic d : problems) if (d.severity() == Severity.ERROR) entry(d, printer, out, !draftPage && state.draftFiles().contains(d.at().path()));
        if (!warnings.isEmpty()) {
            out.append("<h2>").append(warnings.size() == 1 ? "Eine Warnung" : warnings.size() + " Warnungen").append("</h2>\n");
            for (Diagnostic d : warnings) entry(d, printer, out, false);
        }
        // with drafts shown, a half-written draft stops the preview but not the publishing build: say so,
        // and only then: an error in a published record stops publishing too
        boolean inDraft = problems.stream().anyMatch(d -> d.severity() == Severity.ERROR && state.draftFiles().contains(d.at().path()));
        long outsideDrafts = draftPage ? 0 : problems.stream()
                .filter(d -> d.severity() == Severity.ERROR && !state.draftFiles().contains(d.at().path())).count();
        if (outsideDrafts > 0)
            out.append("<p class=\"note\">Solange ").append(outsideDrafts == 1 ? (inDraft ? "der Fehler außerhalb der Entwürfe" : "dieser Fehler")
                            : (inDraft ? "die Fehler außerhalb der Entwürfe" : "diese Fehler")).append(outsideDrafts == 1 ? " besteht" : " bestehen")
                    .append(", baut auch <code>quartier build</code> die Website nicht; die veröffentlichte Fassung bleibt, wie sie ist.</p>\n");
        if (state.drafts() && (inDraft || draftPage))
            out.append("<p class=\"note\">Die Vorschau zeigt und prüft auch Entwürfe. Ein Fehler in einem Entwurf hält die ")
                    .append("Veröffentlichung nicht auf: <code>quartier build</code> lässt Entwürfe weg. Die Website ohne Entwürfe zeigt ")
                    .append("<code>quartier serve --no-drafts</code>. In der Befehlszeile zeigt <code>quartier check --drafts</code> dieselben Meldungen.</p>\n");
        else out.append("<p class=\"note\">In der Befehlszeile zeigt <code>quartier check").append(state.drafts() ? " --drafts" : "")
                .append("</code> dieselben Meldungen.</p>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The small notice of warnings on every page (the reader can close it). */
    static String warnings(PreviewState state) {
        List<Diagnostic> notices = state.notices();
        if (notices.isEmpty()) return "";
        int warnings = state.warnings().size();
        int drafts = state.brokenDrafts().size();
        DiagnosticPrinter printer = new DiagnosticPrinter(state.loaded()::text);
        StringBuilder out = new StringBuilder("<aside id=\"quartier-hinweise\" role=\"status\" data-hash=\"")
                .append(Integer.toHexString(notices.hashCode())).append("\"><p><strong>");
        if (drafts > 0) out.append(drafts == 1 ? "Ein Entwurf hat Fehler" : drafts + " Entwürfe haben Fehler")
                .append(warnings == 0 ? "" : warnings == 1 ? ", dazu eine Warnung" : ", dazu " + warnings + " Warnungen")
                .append("</strong> (").append(drafts == 1 ? "er fehlt" : "sie fehlen").append(" in der Vorschau, bis die Fehler behoben sind; ")
                .append("die übrigen Seiten werden gebaut)");
        else out.append(warnings == 1 ? "Eine Warnung" : warnings + " Warnungen").append("</strong> (die Seiten werden trotzdem gebaut)");
        out.append(" <button type=\"button\">Schließen</button></p>");
        for (Diagnostic d : notices) entry(d, printer, out, false);
        return out.append("</aside>").toString();
    }

    /**
     * One problem as the terminal prints it: the headline and the hint wrap like text, the source
     * line and its caret stay one line each (scrolling sideways if need be) so the caret stays under
     * the mistake on a narrow screen too.
     */
    private static void entry(Diagnostic d, DiagnosticPrinter printer, StringBuilder out, boolean ofDraft) {
        out.append("<div class=\"meldung").append(d.severity() == Severity.ERROR ? "" : " warnung").append("\">\n<p class=\"kopf\">")
                .append(ofDraft ? "<strong>Entwurf:</strong> " : "").append(escape(d.headline())).append("</p>\n");
        String excerpt = printer.excerpt(d);
        if (!excerpt.isEmpty()) out.append("<pre tabindex=\"0\">").append(escape(excerpt)).append("</pre>\n");
        if (d.hint() != null) out.append("<p class=\"hinweis\">hint: ").append(escape(d.hint())).append("</p>\n");
        out.append("</div>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
