package de.quartier.serve;

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

    static String html(Preview.State state, String resources) {
        return html(state, state.diagnostics(), resources);
    }

    /** The page for the given problems (the site's, or one page's template failure) and the site's warnings. */
    static String html(Preview.State state, List<Diagnostic> problems, String resources) {
        DiagnosticPrinter printer = new DiagnosticPrinter(state.loaded() == null ? p -> java.util.Optional.empty() : state.loaded()::text);
        long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
        List<Diagnostic> warnings = state.warnings();
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(errors == 1 ? "1 Fehler" : errors + " Fehler").append(" – Vorschau</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(resources).append("preview.css\">\n</head>\n<body>\n")
                .append("<main class=\"quartier-fehler\">\n<h1>Die Website hat ").append(errors == 1 ? "einen Fehler" : errors + " Fehler")
                .append("</h1>\n<p>Quartier kann die Seiten so nicht bauen. Korrigieren Sie die Stellen unten und speichern Sie die Datei: ")
                .append("Diese Seite lädt dann von selbst neu.</p>\n");
        for (Diagnostic d : problems) {
            if (d.severity() != Severity.ERROR) continue;
            out.append("<pre tabindex=\"0\">").append(escape(printer.format(d))).append("</pre>\n");
        }
        if (!warnings.isEmpty()) {
            out.append("<h2>").append(warnings.size() == 1 ? "Eine Warnung" : warnings.size() + " Warnungen").append("</h2>\n");
            for (Diagnostic d : warnings) out.append("<pre class=\"warnung\" tabindex=\"0\">").append(escape(printer.format(d))).append("</pre>\n");
        }
        out.append("<p class=\"note\">In der Befehlszeile zeigt <code>quartier check</code> dieselben Meldungen.</p>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The small notice of warnings on every page (the reader can close it). */
    static String warnings(Preview.State state) {
        List<Diagnostic> warnings = state.warnings();
        if (warnings.isEmpty()) return "";
        DiagnosticPrinter printer = new DiagnosticPrinter(state.loaded()::text);
        StringBuilder out = new StringBuilder("<aside id=\"quartier-hinweise\" role=\"status\" data-hash=\"")
                .append(Integer.toHexString(warnings.hashCode())).append("\"><p><strong>")
                .append(warnings.size() == 1 ? "Eine Warnung" : warnings.size() + " Warnungen")
                .append("</strong> (die Seiten werden trotzdem gebaut) <button type=\"button\">Schließen</button></p>");
        for (Diagnostic d : warnings) out.append("<pre tabindex=\"0\">").append(escape(printer.format(d))).append("</pre>");
        return out.append("</aside>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
