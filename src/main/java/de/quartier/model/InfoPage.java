package de.quartier.model;

import java.util.Objects;

/** A free page (Impressum, Verfügungsfonds …); {@code menuWeight} non-null puts it in the main menu. */
public record InfoPage(Common common, Integer menuWeight) implements Entry {
    public InfoPage {
        Objects.requireNonNull(common, "common");
    }

    @Override
    public Collection collection() {
        return Collection.PAGES;
    }
}
