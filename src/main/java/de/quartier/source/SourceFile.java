package de.quartier.source;

import de.quartier.model.Collection;

import java.util.Objects;

/**
 * One text file of the site, read and decoded by load.
 *
 * @param path       relative to the site root, with '/' separators, e.g. "content/offerings/x.md"
 * @param collection the collection it belongs to; null for site-config.yml
 * @param slug       the file name without extension (not yet checked)
 * @param format     front matter + Markdown, or plain YAML
 * @param text       the decoded text, BOM removed
 */
public record SourceFile(String path, Collection collection, String slug, Format format, String text) {
    public enum Format { MARKDOWN, YAML }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
