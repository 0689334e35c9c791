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
 * @param language   for a translation ({@code <slug>.<lang>.md}) its language; null for a record
 */
public record SourceFile(String path, Collection collection, String slug, Format format, String text, String language) {
    public enum Format { MARKDOWN, YAML }

    public SourceFile(String path, Collection collection, String slug, Format format, String text) {
        this(path, collection, slug, format, text, null);
    }

    /** This file as the translation of its record into a language (null: a record). */
    public SourceFile asTranslation(String lang) {
        return lang == null ? this : new SourceFile(path, collection, slug, format, text, lang);
    }

    /** This file without its text, once it is read into the site (see LoadedSite#withoutTexts). */
    public SourceFile withoutText() {
        return new SourceFile(path, collection, slug, format, "", language);
    }

    /** Whether this is the translation of a record rather than a record. */
    public boolean isTranslation() {
        return language != null;
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
