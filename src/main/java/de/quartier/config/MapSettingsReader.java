package de.quartier.config;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.ContentFields;
import de.quartier.model.GeoBounds;
import de.quartier.model.GeoPoint;
import de.quartier.model.SiteConfig;
import de.quartier.source.Fields;
import de.quartier.source.Node;

import java.util.Set;

/** Reads site-config.yml's {@code map:}: the bounds every position must lie in, the first view, the tiles and their consent. */
final class MapSettingsReader {
    static final Set<String> MAP_KEYS = ContentFields.siteConfigField("map").keys();
    static final Set<String> TILE_KEYS = ContentFields.siteConfigField("map").field("tiles").keys();
    static final SiteConfig.Tiles DEFAULT_TILES = new SiteConfig.Tiles(
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap-Mitwirkende", 19);

    private final Diagnostics diagnostics;

    MapSettingsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A point that lies in Germany once latitude and longitude are swapped: 7.6, 50.9 (Quartier serves German cities). */
    private static boolean inGermanyIfSwapped(GeoPoint p) {
        return p.lat() >= 5.8 && p.lat() <= 15.1 && p.lon() >= 47.2 && p.lon() <= 55.1;
    }

    private static String num(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The map's settings, or null when an error in them leaves the site without a map's bounds or tiles (reported). */
    SiteConfig.MapSettings read(Fields f) {
        Fields m = f.requiredMap("map");
        if (m == null) return null;
        m.checkKeys(MAP_KEYS);
        GeoBounds bounds = null;
        if (m.require("bounds")) {
            Node n = m.node("bounds").orElseThrow();
            if (n instanceof Node.Sequence seq && seq.items().size() == 2) {
                GeoPoint sw = m.geo(seq.items().get(0), "bounds[1]");
                GeoPoint ne = m.geo(seq.items().get(1), "bounds[2]");
                if (sw != null && ne != null) {
                    if (inGermanyIfSwapped(sw) && inGermanyIfSwapped(ne))
                        // every record would then lie outside, and each get a hint to swap its own correct numbers
                        diagnostics.error(Code.BAD_VALUE, n.at(), "`map.bounds`: latitude and longitude look swapped; each corner is [lat, lon]",
                                "write [[" + num(sw.lon()) + ", " + num(sw.lat()) + "], [" + num(ne.lon()) + ", " + num(ne.lat()) + "]]");
                    else if (sw.lat() < ne.lat() && sw.lon() < ne.lon()) bounds = new GeoBounds(sw, ne);
                    else diagnostics.error(Code.BAD_VALUE, n.at(), "`map.bounds` must be [[south, west], [north, east]]",
                            "the first corner needs the smaller latitude and longitude");
                }
            } else {
                diagnostics.error(Code.WRONG_KIND, n.at(), "`map.bounds` must be two corners: [[south, west], [north, east]]");
            }
        }
        GeoPoint center = m.geo("center");
        if (center == null && bounds != null)
            center = new GeoPoint((bounds.southWest().lat() + bounds.northEast().lat()) / 2,
                    (bounds.southWest().lon() + bounds.northEast().lon()) / 2);
        if (center != null && bounds != null && !bounds.contains(center))
            diagnostics.error(Code.GEO_OUT_OF_BOUNDS, m.spanOf("center"), "`map.center` lies outside `map.bounds`");
        Integer zoom = m.integer("zoom", 1, 19);
        SiteConfig.Tiles tiles = DEFAULT_TILES;
        Fields t = m.map("tiles");
        if (t != null) {
            t.checkKeys(TILE_KEYS);
            String url = t.requiredText("url");
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                diagnostics.error(Code.BAD_URL, t.spanOf("url"), "`map.tiles.url` must start with https://");
                url = null;
            } else if (url != null && !(url.contains("{z}") && url.contains("{x}") && url.contains("{y}"))) {
                diagnostics.error(Code.BAD_URL, t.spanOf("url"), "`map.tiles.url` must contain {z}, {x} and {y}");
                url = null;
            }
            String attribution = t.requiredText("attribution");
            Integer maxZoom = t.integer("max_zoom", 1, 22);
            tiles = url == null || attribution == null ? null : new SiteConfig.Tiles(url, attribution, maxZoom == null ? 19 : maxZoom);
        }
        Boolean consent = m.bool("consent");
        if (bounds == null || tiles == null) return null;
        // privacy by default: without a word from the site, tiles wait for the reader's consent
        return new SiteConfig.MapSettings(center, zoom == null ? 12 : zoom, bounds, tiles, consent == null || consent);
    }
}
