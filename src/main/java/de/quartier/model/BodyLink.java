package de.quartier.model;

import java.util.Objects;

/** A link or image written in a record's Markdown body: its target as written, where, and whether it shows an image. */
public record BodyLink(String target, SourceSpan at, boolean image) {
    public BodyLink {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    public BodyLink(String target, SourceSpan at) {
        this(target, at, false);
    }

    /** The name body links go by where checks name a field ("link"): no field an editor writes. */
    public static final String FIELD = "link";
    /** The name an image in the body goes by where the media check names it (no field is called so: it has blanks). */
    public static final String IMAGE = "image in the text";

    /** How a message names a field: "`quarters`", but a link written in the body "a link in the text". */
    public static String named(String field) {
        return field.equals(FIELD) ? "a link in the text" : field.equals(IMAGE) ? "an image in the text" : "`" + field + "`";
    }
}
