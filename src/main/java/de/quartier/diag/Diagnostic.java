package de.quartier.diag;

import de.quartier.model.SourceSpan;

import java.util.Comparator;
import java.util.Objects;

/** One problem in the input: what, where, and (optionally) how to fix it. */
public record Diagnostic(Severity severity, Code code, SourceSpan at, String message, String hint) {
    /** Sort order for printing: by file, line, column, then errors before warnings. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::severity)
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    /** "path:line:column: error: message" */
    public String headline() {
        return at + ": " + severity.label() + ": " + message + " [" + code.id() + "]";
    }
}
