package de.quartier.render;

import java.util.List;

/** What the templates are given of the offering finder's form and the office list's "In meiner Nähe". */
public final class FinderViews {
    private FinderViews() {
    }

    /**
     * The offering finder's form (shown by the script) and the "near me" controls.
     *
     * @param facets  the filters, in order; {@code toggle} ones are a single checkbox
     * @param nearby  quarters to measure from, with their centre as "lat,lon" in {@code value}
     * @param comma   the page language's comma, with which the script lists fields as the pages list ("، " in Arabic)
     */
    public record Finder(String kind, List<FinderFacet> facets, List<NearbyOption> nearby, String styleHref, String comma) {
    }

    /** A quarter to sort by distance from: its slug (kept in the URL), name, centre "lat,lon" and the name's language where it is not the page's (else ""). */
    public record NearbyOption(String value, String label, String geo, String lang) {
    }

    /** @param hint a line beside the choice that says how it filters, or null */
    public record FinderFacet(String key, String label, List<Views.Option> options, boolean toggle, String hint) {
    }

    /**
     * A chosen finder value with the link that removes it.
     *
     * @param openToAll the page of offerings for everyone, which are open to the chosen group too
     */
    public record Chosen(String facet, String value, String removeHref, List<Views.Link> openToAll) {
    }
}
