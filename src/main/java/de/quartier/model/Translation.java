package de.quartier.model;

import java.util.List;
import java.util.Objects;

/**
 * A record's free text in another language ({@code content/<collection>/<slug>.<lang>.md}): title,
 * summary and body only. Facts (addresses, hours, references) are never translated: the pages in
 * every language take them from the record itself. A field left out shows the German text.
 *
 * @param title    the translated title, or null
 * @param summary  the translated summary, or null
 * @param body     the translated Markdown body ("" when the file has none)
 * @param bodyLine the line of the file the body starts on
 */
public record Translation(Collection collection, Slug slug, String language, String sourcePath, String title, String summary,
                          String body, int bodyLine, List<BodyLink> bodyLinks) {
    public Translation {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourcePath, "sourcePath");
        body = body == null ? "" : body;
        bodyLinks = bodyLinks == null ? List.of() : List.copyOf(bodyLinks);
    }

    /** The collections whose records have pages in every language of the site. */
    public static final java.util.Set<Collection> TRANSLATED = java.util.EnumSet.of(Collection.QUARTERS, Collection.CONTACT_POINTS,
            Collection.OFFERINGS, Collection.PAGES);

    /** The record's free text with this translation's parts put in. */
    public Common applyTo(Common c) {
        // the page's messages and sitemap date follow the translation's own file when it gives the text
        return new Common(c.slug(), body.isBlank() ? c.sourcePath() : sourcePath, title != null ? title : c.title(), summary != null ? summary : c.summary(),
                c.draft(), c.image(), c.updated(), body.isBlank() ? c.body() : body, body.isBlank() ? c.bodyLine() : bodyLine,
                body.isBlank() ? c.bodyLinks() : bodyLinks);
    }
}
