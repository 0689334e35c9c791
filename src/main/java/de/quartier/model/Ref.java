package de.quartier.model;

import java.util.Objects;

/** A reference to another record by slug, with where it was written so a dangling one is reported there. */
public record Ref(Slug slug, SourceSpan at) {
    public Ref {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(at, "at");
    }
}
