package de.quartier.cli;

import de.quartier.build.BuildResult;
import de.quartier.diag.DiagnosticPrinter;
import de.quartier.diag.ReportFormat;

import java.io.PrintStream;

/** Prints a run's diagnostics and its closing summary line. */
final class Reporter {
    private Reporter() {
    }

    static void report(String command, BuildResult result, PrintStream err) {
        // paths as in the machine forms: from the working directory ("examples/aachen/content/…")
        new DiagnosticPrinter(result.loaded()::text, pathFromHere(result.loaded().root())).print(result.diagnostics(), err);
        err.println("quartier " + command + ": " + result.summary(pathFromHere(result.loaded().root())));
        // a site with errors is not rendered: its pages' links and anchors come next time
        if (!result.ok() && !result.linksChecked())
            err.println("quartier " + command + ": links to pages of the site and #anchors are checked once these errors are mended");
    }

    /**
     * The site folder as seen from the working directory ("examples/aachen/"), which CI runs in:
     * "" for the working directory itself or a site outside it (its paths stay site-relative).
     */
    static String pathFromHere(java.nio.file.Path site) {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath().normalize();
        java.nio.file.Path root = site.toAbsolutePath().normalize();
        if (root.equals(here) || !root.startsWith(here)) return "";
        return here.relativize(root).toString().replace('\\', '/') + "/";
    }

    /** As above; a machine form besides goes to {@code out}, whole (a CI job keeps it as a report). */
    static void report(String command, BuildResult result, ReportFormat format, PrintStream out, PrintStream err) {
        report(command, result, err);
        if (format != ReportFormat.TEXT) {
            out.print(format.format(result.diagnostics(), pathFromHere(result.loaded().root())));
            out.flush();
        }
    }
}
