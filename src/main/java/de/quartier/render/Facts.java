package de.quartier.render;

import de.quartier.model.Address;
import de.quartier.model.GeoPoint;
import de.quartier.render.Views.Fact;
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

    /** A place's name before its address, unless the address begins with it (a square named like its street: "Mühlenplatz"). */
    public static String named(String name, String address) {
        boolean same = address.equals(name) || address.startsWith(name + " ") || address.startsWith(name + ",");
        return same ? address : name + ", " + address;
    }

    public static String address(Address a) {
        return a.oneLine();
    }

    /** Where "Route planen" leads: a route planner, a web page of no use on paper. */
    static final String DIRECTIONS = "https://www.openstreetmap.org/directions?to=";

    public static String directions(Address a) {
        return DIRECTIONS + java.net.URLEncoder.encode(a.oneLine(), StandardCharsets.UTF_8);
    }

    public static String tel(String phone) {
        return "tel:" + de.quartier.model.PhoneNumber.dialled(phone).replaceAll("[^0-9+]", "");
    }

    public static String geo(GeoPoint p) {
        return p.lat() + "," + p.lon();
    }
}
