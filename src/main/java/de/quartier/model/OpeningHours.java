package de.quartier.model;

import java.util.Objects;

/**
 * Opening hours or a regular schedule in OpenStreetMap opening_hours syntax, already checked
 * by the parser. Evaluation and German rendering live outside the model.
 */
public record OpeningHours(String expression) {
    public OpeningHours {
        Objects.requireNonNull(expression, "expression");
    }
}
