package de.quartier.model;

import java.util.Objects;

/** A link or image written in a record's Markdown body: its target as written and where. */
public record BodyLink(String target, SourceSpan at) {
    public BodyLink {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    /** The name body links go by where checks name a field ("link"): no field an editor writes. */
    public static final String FIELD = "link";

    /** How a message names a field: "`quarters`", but a link written in the body "a link in the text". */
    public static String named(String field) {
        return field.equals(FIELD) ? "a link in the text" : "`" + field + "`";
    }
}
