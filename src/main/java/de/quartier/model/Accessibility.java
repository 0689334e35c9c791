package de.quartier.model;

/** How accessible a place is; any part may be unknown (null). */
public record Accessibility(Wheelchair wheelchair, Boolean toilet, String note) {
}
