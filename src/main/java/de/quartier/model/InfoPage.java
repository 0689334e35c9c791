package de.quartier.model;

import java.util.Objects;

/**
 * A free page (Impressum, Verfügungsfonds …); {@code menuWeight} non-null puts it in the main menu,
 * under {@code menuTitle} if given (a short label), else its title; {@code easyLanguage}: its text
 * is in Leichte Sprache (laid out for it, linked from every page's header).
 */
public record InfoPage(Common common, Integer menuWeight, String menuTitle, boolean easyLanguage) implements Entry {
    public InfoPage {
        Objects.requireNonNull(common, "common");
    }

    @Override
    public Collection collection() {
        return Collection.PAGES;
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public InfoPage withCommon(Common common) {
        return new InfoPage(common, menuWeight, menuTitle, easyLanguage);
    }
}
