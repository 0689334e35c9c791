package de.quartier.model;

import java.util.Objects;

/**
 * A free page (Impressum, Verfügungsfonds …); {@code menuWeight} non-null puts it in the main menu,
 * under {@code menuTitle} if given (a short label), else its title.
 */
public record InfoPage(Common common, Integer menuWeight, String menuTitle) implements Entry {
    public InfoPage {
        Objects.requireNonNull(common, "common");
    }

    @Override
    public Collection collection() {
        return Collection.PAGES;
    }
}
