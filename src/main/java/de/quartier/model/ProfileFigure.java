package de.quartier.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One indicator of a quarter, e.g. "Einwohnerinnen und Einwohner: 7 850 (2023, Quelle)". */
public record ProfileFigure(String label, BigDecimal value, String unit, Integer year, String source) {
    public ProfileFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
