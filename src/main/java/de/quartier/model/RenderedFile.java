package de.quartier.model;

import java.util.Objects;

/**
 * One file of the built site: its path under the output root ("anlaufstellen/x/index.html") and
 * its bytes. The path is always relative and never leaves the output root.
 */
public record RenderedFile(String path, byte[] content) {
    public RenderedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || java.util.List.of(path.split("/")).contains("..") || java.util.List.of(path.split("/")).contains("."))
            throw new IllegalArgumentException("not a safe output path: " + path);
    }
}
