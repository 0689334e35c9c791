package de.quartier.render;

/**
 * A labelled fact of a record's page or card ("Adresse", "Hansastraße 1, 46236 Bottrop"), a link
 * where {@code href} is given.
 *
 * @param lang            the language of a value an editor wrote, where the page is in another one; else ""
 * @param sameAsPrevious  the fact before it has the same label: one term, several values ("Termine")
 * @param sameAsNext      the fact after it has the same label
 * @param about           what a link is about, for screen readers, where a list repeats its text
 *                        ("Route planen" on every office's card: ": Quartiersbüro Altstadt"); else ""
 * @param aboutLang       the language of {@code about} where it is not the page's (a German office's
 *                        name on an Arabic page); else ""
 */
public record Fact(String label, String value, String href, String lang, boolean sameAsPrevious, boolean sameAsNext, String about,
                   String aboutLang) {
    public Fact {
        lang = lang == null ? "" : lang;
        about = about == null ? "" : about;
        aboutLang = aboutLang == null ? "" : aboutLang;
    }

    public Fact(String label, String value, String href, String lang, boolean sameAsPrevious, boolean sameAsNext) {
        this(label, value, href, lang, sameAsPrevious, sameAsNext, "", "");
    }

    public Fact(String label, String value, String href, String lang) {
        this(label, value, href, lang, false, false);
    }

    public Fact(String label, String value, String href) {
        this(label, value, href, "");
    }

    /** The same fact, saying for screen readers what its link is about, in that language ("" for the page's). */
    public Fact withAbout(String name, String nameLang) {
        return new Fact(label, value, href, lang, sameAsPrevious, sameAsNext, name, nameLang);
    }

    /** The same fact linking elsewhere (null: no link). */
    public Fact withHref(String to) {
        return new Fact(label, value, to, lang, sameAsPrevious, sameAsNext, about, aboutLang);
    }

    /** The same fact as one of several values under one term. */
    public Fact joined(boolean previous, boolean next) {
        return new Fact(label, value, href, lang, previous, next, about, aboutLang);
    }

    /** A route planner's link ("Route planen"): left out in print, where the address says the way. */
    public boolean onScreenOnly() {
        return href != null && href.startsWith(Facts.DIRECTIONS);
    }

    /** A link to another host: marked so in the page. */
    public boolean external() {
        return href != null && (href.startsWith("http://") || href.startsWith("https://"));
    }
}
