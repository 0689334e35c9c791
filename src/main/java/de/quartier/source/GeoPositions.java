package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.GeoPoint;

import java.math.BigDecimal;
import java.util.Set;

/** Reads a position as editors write it: {@code {lat: 51.52, lon: 6.93}} or {@code [51.52, 6.93]}. */
final class GeoPositions {
    private GeoPositions() {
    }

    /**
     * The position written as {@code node}, or null after reporting what is wrong with it.
     * Bounds of the site's map are checked by the caller, who knows them.
     *
     * @param name how the field is named in messages, e.g. "venue.geo"
     */
    static GeoPoint read(Node node, String name, Diagnostics diagnostics) {
        BigDecimal lat;
        BigDecimal lon;
        if (node instanceof Node.Mapping m) {
            Fields f = new Fields(m, m.at(), name + ".", diagnostics);
            f.checkKeys(Set.of("lat", "lon"));
            boolean both = f.require("lat") & f.require("lon");
            lat = f.number("lat");
            lon = f.number("lon");
            if (!both) return null;
        } else if (node instanceof Node.Sequence seq && seq.items().size() == 2
                && seq.items().get(0) instanceof Node.Scalar a && seq.items().get(1) instanceof Node.Scalar b) {
            lat = ScalarValues.number(a, name + "[1]", diagnostics);
            lon = ScalarValues.number(b, name + "[2]", diagnostics);
        } else {
            diagnostics.error(Code.WRONG_KIND, node.at(),
                    "`" + name + "` must be a position: {lat: …, lon: …} or [lat, lon], not " + node.kindName());
            return null;
        }
        if (lat == null || lon == null) return null;
        if (lat.abs().doubleValue() > 90 || lon.abs().doubleValue() > 180) {
            diagnostics.error(Code.BAD_NUMBER, node.at(), "`" + name + "`: " + lat + ", " + lon
                    + " is not a position on earth (latitude -90…90, longitude -180…180)");
            return null;
        }
        return new GeoPoint(lat.doubleValue(), lon.doubleValue());
    }
}
