package de.quartier.model;

import java.util.Objects;

/** A postal address. The postal code is text: "01067" keeps its leading zero. */
public record Address(String street, String postalCode, String city) {
    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
    }

    /** "Hansastraße 1, 46236 Bottrop" */
    public String oneLine() {
        return street + ", " + postalCode + " " + city;
    }
}
