package de.quartier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every record has: its slug, source file, title, summary, draft flag, image, update
 * date, Markdown body (with the line the body starts on, for messages about it) and the links
 * written in that body.
 */
public record Common(Slug slug, String sourcePath, String title, String summary, boolean draft,
                     Image image, LocalDate updated, String body, int bodyLine, java.util.List<BodyLink> bodyLinks) {
    public Common {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        bodyLinks = bodyLinks == null ? java.util.List.of() : java.util.List.copyOf(bodyLinks);
    }
}
