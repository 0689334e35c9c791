package de.quartier.render;

import java.util.List;

/** What the print template of a quarter gets (see {@link Views}). */
public final class PrintViews {
    private PrintViews() {
    }

    /**
     * The printable quarter sheet: the offices with their hours and the week's offers as lists that
     * need no map, one or two A4 pages.
     */
    public record Sheet(String title, String district, String summary, List<Office> offices, Views.Section plan,
                        String pageUrl, String asOf, String quarterHref, boolean nearby) {
    }

    /**
     * An office on the print sheet: how to reach it and when it is open ("Mo–Do 09:00–13:00 Uhr");
     * {@code distance} how far from the quarter, for one nearby that lies outside it, else "".
     */
    public record Office(String name, String kind, String address, String phone, String email, String hours,
                         List<String> notes, String operators, String distance) {
    }
}
