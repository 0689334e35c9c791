package de.quartier.render;

import de.quartier.model.Address;
import de.quartier.model.GeoPoint;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Section;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The small facts that pages, cards and maps show, made the same way everywhere: a labelled fact,
 * a section, an address on one line, the links that plan a route or call a number, a position.
 */
public final class Facts {
    /** The id of a record page's list of facts (detail.peb), which its map's placeholder links to. */
    public static final String LIST_ID = "angaben";

    private Facts() {
    }

    public static Fact fact(String label, String value) {
        return new Fact(label, value, null);
    }

    public static Section section(String heading, String id, List<Fact> facts, List<Views.Card> cards, List<Link> links) {
        return new Section(heading, id, facts, cards, List.of(), List.of(), List.of(), links);
    }

    /**
     * A place's name before its address, unless the address begins with it (a square named like its
     * street: "Mühlenplatz"); a street the name already holds whole is not said twice ("Bernepark,
     * Eingang Ebelstraße, 46242 Bottrop", not "…, Ebelstraße, Ebelstraße, 46242 Bottrop").
     */
    public static String named(String name, String address) {
        boolean same = address.equals(name) || address.startsWith(name + " ") || address.startsWith(name + ",");
        if (same) return address;
        int comma = address.indexOf(", ");
        String street = comma < 0 ? address : address.substring(0, comma);
        if (holdsWhole(name, street) && namesAStreet(street)) return name + (comma < 0 ? "" : address.substring(comma));
        return name + ", " + address;
    }

    private static final java.util.regex.Pattern STREET_WORD = java.util.regex.Pattern.compile(
            "(?iu).*(straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm|ufer|pfad|steig|chaussee|promenade|wall|graben|markt)");

    /**
     * Whether a street's name says that it is one ("Ebelstraße", "Johann-Breuker-Platz"): a street
     * named like its district ("Kronenberg") is the district in a place's name ("Café der
     * Stadtteilkonferenz Kronenberg"), and the address keeps it.
     */
    private static boolean namesAStreet(String street) {
        return STREET_WORD.matcher(street).matches();
    }

    /** Whether the text holds the words, not as part of longer ones ("Eingang Ebelstraße" holds "Ebelstraße", not "Ebelstraße 12"). */
    private static boolean holdsWhole(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean before = at == 0 || text.charAt(at - 1) == ' ' || text.charAt(at - 1) == ',';
            boolean after = end == text.length() || text.charAt(end) == ',' || text.charAt(end) == ' ' && !Character.isDigit(next(text, end + 1));
            if (before && after) return true;
        }
        return false;
    }

    private static char next(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }

    public static String address(Address a) {
        return a.oneLine();
    }

    /** Where "Route planen" leads: a route planner, a web page of no use on paper. */
    static final String DIRECTIONS = "https://www.openstreetmap.org/directions?to=";

    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("\\s*\\([^()]*\\)");

    /**
     * The route planner to a place: to its address, or to its position where the address has no
     * house number ("Vaalser Straße", "Ilse-Kibgis-Platz"): a route planner takes the street's
     * middle for it, which on a long road is kilometres from the door.
     */
    public static String directions(Address a, GeoPoint at) {
        return at != null && !hasHouseNumber(a) ? DIRECTIONS + at.lat() + "%2C" + at.lon() : directions(a);
    }

    /** The route link a map's script makes from an address line by itself (map.js, formEncode): a route the page gives otherwise goes into the map's data. */
    public static String scriptsRoute(String addressLine) {
        return DIRECTIONS + java.net.URLEncoder.encode(addressLine, StandardCharsets.UTF_8);
    }

    /** Whether the street line holds a number ("Hansastraße 1", "Am Stadtgarten 3a"); "Rathausplatz" has none. */
    public static boolean hasHouseNumber(Address a) {
        for (int i = 0; i < a.street().length(); i++) if (Character.isDigit(a.street().charAt(i))) return true;
        return false;
    }

    /** The route planner to an address; a remark in brackets ("Schattige Buche (AWO-Seniorenzentrum)") is no part of it a map search finds. */
    public static String directions(Address a) {
        String line = a.oneLine();
        return scriptsRoute(line.indexOf('(') < 0 ? line : REMARK.matcher(line).replaceAll(""));
    }

    public static String tel(String phone) {
        return de.quartier.model.PhoneNumber.telUri(phone);
    }

    public static String geo(GeoPoint p) {
        return p.lat() + "," + p.lon();
    }
}
