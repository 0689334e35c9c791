package de.quartier.model;

/** One record of one collection. */
public sealed interface Entry permits Quarter, ContactPoint, Offering, Operator, Program, InfoPage, NewsItem {
    Common common();

    Collection collection();

    /** This record with other free text: what a page in another language shows. */
    Entry withCommon(Common common);

    default Slug slug() {
        return common().slug();
    }

    default String title() {
        return common().title();
    }
}
