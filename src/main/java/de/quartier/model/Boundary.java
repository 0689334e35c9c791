package de.quartier.model;

import java.util.List;

/**
 * A quarter's outline: one or more polygons, each an outer ring followed by holes; rings are
 * closed (first position repeated last). Read from a GeoJSON file under content/media.
 *
 * @param source      the file it was read from ("media/grenzen/altstadt.geojson")
 * @param description the file's own description (a feature's {@code description} property), or null
 */
public record Boundary(String source, String description, List<List<List<GeoPoint>>> polygons) {
    private static final double EARTH_RADIUS_M = GeoPoint.EARTH_RADIUS_M;

    public Boundary {
        polygons = polygons.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
        if (polygons.isEmpty()) throw new IllegalArgumentException("a boundary has at least one polygon");
    }

    /** Whether the point lies inside (in an outer ring and in none of its holes). */
    public boolean contains(GeoPoint p) {
        for (List<List<GeoPoint>> polygon : polygons) {
            if (!inRing(polygon.get(0), p)) continue;
            boolean inHole = false;
            for (List<GeoPoint> hole : polygon.subList(1, polygon.size())) inHole |= inRing(hole, p);
            if (!inHole) return true;
        }
        return false;
    }

    /** Metres from the point to the nearest edge (0 inside); an equirectangular approximation, fine at city scale. */
    public double distanceMeters(GeoPoint p) {
        if (contains(p)) return 0;
        double best = Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(p.lat()));
        for (List<List<GeoPoint>> polygon : polygons) {
            for (List<GeoPoint> ring : polygon) {
                for (int i = 0; i + 1 < ring.size(); i++) {
                    best = Math.min(best, segmentDistance(p, ring.get(i), ring.get(i + 1), cos));
                }
            }
        }
        return best;
    }

    private static double segmentDistance(GeoPoint p, GeoPoint a, GeoPoint b, double cos) {
        double ax = Math.toRadians(a.lon() - p.lon()) * cos, ay = Math.toRadians(a.lat() - p.lat());
        double bx = Math.toRadians(b.lon() - p.lon()) * cos, by = Math.toRadians(b.lat() - p.lat());
        double dx = bx - ax, dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        double x = ax + t * dx, y = ay + t * dy;
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_M;
    }

    private static boolean inRing(List<GeoPoint> ring, GeoPoint p) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            GeoPoint a = ring.get(i), b = ring.get(j);
            if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                    && p.lon() < (b.lon() - a.lon()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) inside = !inside;
        }
        return inside;
    }
}
