package de.quartier.diag;

import de.quartier.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The one collector of a build's problems. Stages add to it and go on, so an editor sees every
 * problem of a build in one run. Safe to use from parallel stages.
 */
public final class Diagnostics {
    /** How a message writes a date: as German editors write it (21.11.2026). */
    public static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final List<Diagnostic> all = new ArrayList<>();
    /** Characters removed from files before they were read further (rare: pasted control characters). */
    private final List<Removal> removals = new ArrayList<>();
    /** Whether warnings count as errors (--strict): a build that has one fails like one with an error. */
    private final boolean strict;
    /** Whether an error was reported as one, not a warning that --strict made an error. */
    private boolean realError;

    public Diagnostics() {
        this(false);
    }

    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    /** A character removed from a file before it was read further: at this line and column of the file. */
    public record Removal(String path, int line, int column) {
    }

    /**
     * Says that the character at this line and column of a file was removed before the file was read
     * further (a control character, reported at its place): the problems found afterwards are at
     * columns of the text without it, and are reported at the columns of the file, where the editor
     * looks. Columns named in ascending order per line. A problem added before this call is taken as
     * it is (so the problems of a record checked on its own, already moved, are passed on with
     * {@link #removals()} after them).
     */
    public synchronized void characterRemoved(Removal r) {
        removals.add(r);
    }

    /** The characters removed, as told to {@link #characterRemoved}, in that order. */
    public synchronized List<Removal> removals() {
        return List.copyOf(removals);
    }

    private Diagnostic inOriginalColumns(Diagnostic d) {
        int column = d.at().column();
        // in the order told: ascending per line
        for (Removal r : removals)
            if (r.line() == d.at().line() && r.column() <= column && r.path().equals(d.at().path())) column++;
        return column == d.at().column() ? d : new Diagnostic(d.severity(), d.code(),
                new SourceSpan(d.at().path(), d.at().line(), column, d.at().length()), d.message(), d.hint());
    }

    public synchronized void add(Diagnostic d) {
        if (!removals.isEmpty()) d = inOriginalColumns(d);
        // "titel:" for a required "title:": the missing field's error, which names the typo, says all the unknown key's does
        Diagnostic added = d;
        if (d.code() == Code.MISSING_FIELD) all.removeIf(x -> x.code() == Code.UNKNOWN_KEY && x.at().equals(added.at()));
        if (d.code() == Code.UNKNOWN_KEY && all.stream().anyMatch(x -> x.code() == Code.MISSING_FIELD && x.at().equals(added.at()))) return;
        if (d.severity() == Severity.ERROR) realError = true;
        if (strict && d.severity() == Severity.WARNING)
            d = new Diagnostic(Severity.ERROR, d.code(), d.at(), d.message() + " (a warning, which --strict makes an error)", d.hint());
        all.add(d);
    }

    public void error(Code code, SourceSpan at, String message) {
        add(new Diagnostic(Severity.ERROR, code, at, message, null));
    }

    public void error(Code code, SourceSpan at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, code, at, message, hint));
    }

    public void warning(Code code, SourceSpan at, String message) {
        add(new Diagnostic(Severity.WARNING, code, at, message, null));
    }

    public void warning(Code code, SourceSpan at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, code, at, message, hint));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Whether there is an error other than a warning made one by --strict: a site with only
     * those is sound, so it is still rendered and its links checked (the build fails all the
     * same), and CI learns of a broken link in the same run as of the warning.
     */
    public synchronized boolean hasRealErrors() {
        return realError;
    }

    public synchronized long count(Severity s) {
        return all.stream().filter(d -> d.severity() == s).count();
    }

    /** Every diagnostic so far, in a stable order (file, line, column). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
