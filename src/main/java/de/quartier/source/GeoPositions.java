package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.GeoPoint;

import java.math.BigDecimal;
import java.util.List;
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
        if (decimalComma(node, name, diagnostics)) return null;
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

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d{1,3}");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /**
     * {@code {lat: 51,0818, lon: 6,2893}} or {@code [51,0818, 6,2893]}, written with the German decimal
     * comma: YAML reads whole degrees and stray keys or items, and the messages about those would not
     * name the comma. Each such number is reported, over all it spans, with the point to write.
     */
    private static boolean decimalComma(Node node, String name, Diagnostics diagnostics) {
        boolean found = false;
        if (node instanceof Node.Mapping m) {
            List<Node.Pair> pairs = m.pairs();
            for (int i = 0; i + 1 < pairs.size(); i++) {
                Node.Pair p = pairs.get(i);
                Node.Pair next = pairs.get(i + 1);
                if (p.value() instanceof Node.Scalar whole && WHOLE.matcher(whole.value()).matches()
                        && DIGITS.matcher(next.key().value()).matches() && isEmpty(next.value())) {
                    report(name + "." + p.key().value(), whole.value() + "," + next.key().value(), whole.at(), diagnostics);
                    found = true;
                    i++; // the decimals: no key of their own
                }
            }
        } else if (node instanceof Node.Sequence seq && seq.items().size() == 4
                && seq.items().stream().allMatch(n -> n instanceof Node.Scalar sc && DIGITS.matcher(sc.value().replaceFirst("^-", "")).matches())) {
            for (int i = 0; i < 4; i += 2) {
                Node.Scalar whole = (Node.Scalar) seq.items().get(i);
                report(name + "[" + (i / 2 + 1) + "]", whole.value() + "," + ((Node.Scalar) seq.items().get(i + 1)).value(), whole.at(), diagnostics);
            }
            found = true;
        }
        return found;
    }

    private static boolean isEmpty(Node n) {
        return n == null || n instanceof Node.Scalar sc && sc.value().isEmpty();
    }

    private static void report(String name, String written, de.quartier.model.SourceSpan whole, Diagnostics diagnostics) {
        // "51,5295" stands in one piece on its line: marked whole, not only its degrees
        de.quartier.model.SourceSpan at = new de.quartier.model.SourceSpan(whole.path(), whole.line(), whole.column(), written.length());
        diagnostics.error(Code.BAD_NUMBER, at, "`" + name + "`: " + written + " is written with a decimal comma, which YAML reads as two values",
                "write it with a point: " + written.replace(',', '.'));
    }
}
