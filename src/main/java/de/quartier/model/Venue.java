package de.quartier.model;

import java.util.Objects;

/** A place that is not a contact point: a school, a Kita, a park. */
public record Venue(String name, Address address, GeoPoint geo) {
    public Venue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
