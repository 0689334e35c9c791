package de.quartier.model;

import java.util.Objects;

/**
 * Where in the site's sources something was written: a path relative to the site root
 * (with forward slashes), a 1-based line and column, and the length of the written text
 * (at least 1, so a caret can always point at it).
 */
public record SourceSpan(String path, int line, int column, int length) implements Comparable<SourceSpan> {
    public SourceSpan {
        Objects.requireNonNull(path, "path");
        if (line < 1 || column < 1) throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        length = Math.max(1, length);
    }

    /** The first line of a file: where a missing required field is reported. */
    public static SourceSpan startOf(String path) {
        return new SourceSpan(path, 1, 1, 1);
    }

    /** A span {@code offset} characters further on the same line, {@code length} long. */
    public SourceSpan shifted(int offset, int length) {
        return new SourceSpan(path, line, column + offset, length);
    }

    @Override
    public int compareTo(SourceSpan o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
