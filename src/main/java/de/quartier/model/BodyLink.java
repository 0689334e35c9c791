package de.quartier.model;

import java.util.Objects;

/** A link or image written in a record's Markdown body: its target as written and where. */
public record BodyLink(String target, SourceSpan at) {
    public BodyLink {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }
}
