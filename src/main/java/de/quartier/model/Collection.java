package de.quartier.model;

/** The kinds of records, with their folder under content/ and their URL segment. */
public enum Collection {
    QUARTERS("quarters", "quartiere", "quarter", "quarters"),
    CONTACT_POINTS("contact-points", "anlaufstellen", "contact point", "contact points"),
    OFFERINGS("offerings", "angebote", "offering", "offerings"),
    OPERATORS("operators", "traeger", "operator", "operators"),
    PROGRAMS("programs", "programme", "programme", "programmes"),
    PAGES("pages", "", "page", "pages"),
    NEWS("news", "aktuelles", "news item", "news");

    private final String folder;
    private final String urlSegment;
    private final String singular;
    private final String plural;

    Collection(String folder, String urlSegment, String singular, String plural) {
        this.folder = folder;
        this.urlSegment = urlSegment;
        this.singular = singular;
        this.plural = plural;
    }

    /** The folder under content/, e.g. "contact-points". */
    public String folder() {
        return folder;
    }

    /** The URL segment in front of a record's slug, e.g. "anlaufstellen"; empty for pages. */
    public String urlSegment() {
        return urlSegment;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    public static java.util.Optional<Collection> ofFolder(String folder) {
        for (Collection c : values()) if (c.folder.equals(folder)) return java.util.Optional.of(c);
        return java.util.Optional.empty();
    }
}
