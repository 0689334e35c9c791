package de.quartier.cli;

import de.quartier.build.BuildResult;
import de.quartier.diag.DiagnosticPrinter;

import java.io.PrintStream;

/** Prints a run's diagnostics and its closing summary line. */
final class Reporter {
    private Reporter() {
    }

    static void report(String command, BuildResult result, PrintStream err) {
        new DiagnosticPrinter(result.loaded()::text).print(result.diagnostics(), err);
        err.println("quartier " + command + ": " + result.summary());
    }
}
