package de.quartier.model;

/** One record of one collection. */
public sealed interface Entry permits Quarter, ContactPoint, Offering, Operator, Program, InfoPage, NewsItem {
    Common common();

    Collection collection();

    default Slug slug() {
        return common().slug();
    }

    default String title() {
        return common().title();
    }
}
