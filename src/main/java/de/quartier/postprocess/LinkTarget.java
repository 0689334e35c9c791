package de.quartier.postprocess;

import java.util.Comparator;

/**
 * What a link on a page means to the link check: a file of the site's output with the anchor it
 * asks for (or none), or what is wrong with it wherever it stands ("which is not a valid address").
 * Exactly one of {@code file} and {@code problem} is set.
 */
record LinkTarget(String file, String anchor, String problem) implements Comparable<LinkTarget> {
    /** Problems first, then by file and anchor: the order in which broken targets are reported. */
    private static final Comparator<LinkTarget> ORDER = Comparator
            .comparing(LinkTarget::problem, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LinkTarget::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LinkTarget::anchor, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** A file of the output ("angebote/x/index.html") and an anchor on it; an empty anchor is none. */
    static LinkTarget inSite(String file, String anchor) {
        return new LinkTarget(file, anchor == null || anchor.isEmpty() ? null : anchor, null);
    }

    static LinkTarget wrong(String problem) {
        return new LinkTarget(null, null, problem);
    }

    boolean hasAnchor() {
        return anchor != null;
    }

    // by hand: every link of every page is counted by its target in a hash map, and a record's
    // generated equals and hashCode run through method handles, slow while the build is cold
    @Override
    public int hashCode() {
        int h = file == null ? 0 : file.hashCode();
        h = 31 * h + (anchor == null ? 0 : anchor.hashCode());
        return 31 * h + (problem == null ? 0 : problem.hashCode());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkTarget t && java.util.Objects.equals(file, t.file) && java.util.Objects.equals(anchor, t.anchor)
                && java.util.Objects.equals(problem, t.problem);
    }

    @Override
    public int compareTo(LinkTarget o) {
        return ORDER.compare(this, o);
    }
}
