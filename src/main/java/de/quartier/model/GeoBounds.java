package de.quartier.model;

/** The rectangle every position of a site must lie in (south-west and north-east corners). */
public record GeoBounds(GeoPoint southWest, GeoPoint northEast) {
    public GeoBounds {
        if (southWest.lat() >= northEast.lat() || southWest.lon() >= northEast.lon())
            throw new IllegalArgumentException("south-west corner must lie south-west of the north-east corner");
    }

    public boolean contains(GeoPoint p) {
        return p.lat() >= southWest.lat() && p.lat() <= northEast.lat()
                && p.lon() >= southWest.lon() && p.lon() <= northEast.lon();
    }
}
