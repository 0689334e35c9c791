package de.quartier.model;

import java.util.Objects;

/**
 * One operator's own hours in an office that several operators use (a Bürogemeinschaft: the
 * city's Stadtteilbüro and a welfare operator's counselling under one roof); {@code note} says
 * what they offer then ("Sozialberatung"), or null.
 */
public record OperatorHours(Ref operator, OpeningHours hours, String note) {
    public OperatorHours {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(hours, "hours");
    }
}
