package de.quartier.model;

/** A position in decimal degrees (WGS 84). */
public record GeoPoint(double lat, double lon) {
    /** The earth's mean radius, for the flat approximations of distances at a city's scale. */
    public static final double EARTH_RADIUS_M = 6_371_000;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
            throw new IllegalArgumentException("not a position on earth: " + lat + ", " + lon);
    }

    /** Metres to another position; an equirectangular approximation, fine at a city's or county's scale. */
    public double metresTo(GeoPoint other) {
        double cos = Math.cos(Math.toRadians((lat + other.lat) / 2));
        double x = Math.toRadians(other.lon - lon) * cos, y = Math.toRadians(other.lat - lat);
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_M;
    }
}
