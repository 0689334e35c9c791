package de.quartier.render.map;

import de.quartier.render.Urls;
import de.quartier.render.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.model.Boundary;
import de.quartier.model.GeoPoint;
import de.quartier.model.Quarter;
import de.quartier.model.SiteConfig;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a map shows, as the JSON that {@code assets/map.js} reads from the page: tiles, consent,
 * markers (with today's hours data), boundaries, and where Leaflet lies in the output. The page
 * around it always lists the same places in plain HTML.
 */
public final class MapData {
    /** One place on the map. {@code hoursJson} is {@link HoursData} output or null. */
    public record Marker(GeoPoint at, String name, String kind, String color, String symbol, String address, String href,
                  String route, String district, String hoursJson) {
    }

    public static final String VENDOR = "assets/vendor/";

    private final SiteConfig config;
    private final Urls urls;
    private final Map<String, String> t;
    private final String vendorJson;
    private final String stringsJson;

    MapData(SiteConfig config, Urls urls, Map<String, String> strings) {
        this.config = config;
        this.urls = urls;
        this.t = strings;
        this.vendorJson = Json.forHtml(g -> {
            g.writeStartObject();
            g.writeStringField("leafletJs", urls.asset(VENDOR + "leaflet/leaflet.js"));
            g.writeStringField("leafletCss", urls.asset(VENDOR + "leaflet/leaflet.css"));
            g.writeStringField("clusterJs", urls.asset(VENDOR + "leaflet.markercluster/leaflet.markercluster.js"));
            g.writeArrayFieldStart("clusterCss");
            g.writeString(urls.asset(VENDOR + "leaflet.markercluster/MarkerCluster.css"));
            g.writeString(urls.asset(VENDOR + "leaflet.markercluster/MarkerCluster.Default.css"));
            g.writeEndArray();
            g.writeEndObject();
        });
        this.stringsJson = Json.forHtml(g -> {
            g.writeStartObject();
            for (String key : List.of("load", "route", "page", "today", "closedToday", "uhr", "cluster", "remember", "zoomIn", "zoomOut",
                    "close", "count", "countOne"))
                g.writeStringField(key, strings.getOrDefault("map.js." + key, key));
            g.writeEndObject();
        });
    }

    public String json(List<Marker> markers, List<Quarter> boundaries, boolean cluster) {
        return json(markers, null, boundaries, cluster);
    }

    /**
     * @param markersUrl where the script fetches the markers (a map of many offices), or null:
     *                   the markers are in the page
     */
    public String json(List<Marker> markers, String markersUrl, List<Quarter> boundaries, boolean cluster) {
        return Json.forHtml(g -> {
            g.writeStartObject();
            g.writeBooleanField("consent", config.map().consent());
            g.writeObjectFieldStart("tiles");
            g.writeStringField("url", config.map().tiles().url());
            g.writeStringField("attribution", config.map().tiles().attribution());
            g.writeNumberField("maxZoom", config.map().tiles().maxZoom());
            g.writeEndObject();
            g.writeArrayFieldStart("center");
            g.writeNumber(config.map().center().lat());
            g.writeNumber(config.map().center().lon());
            g.writeEndArray();
            g.writeNumberField("zoom", config.map().zoom());
            g.writeBooleanField("cluster", cluster);
            g.writeBooleanField("fit", true);
            if (markersUrl != null) g.writeStringField("markersUrl", markersUrl);
            g.writeArrayFieldStart("markers");
            for (Marker m : markers) marker(g, m);
            g.writeEndArray();
            g.writeArrayFieldStart("boundaries");
            for (Quarter q : boundaries) {
                if (q.boundary() == null) continue;
                g.writeStartObject();
                g.writeStringField("name", q.title());
                g.writeStringField("href", urls.href(q));
                g.writeFieldName("geometry");
                geometry(g, q.boundary());
                g.writeEndObject();
            }
            g.writeEndArray();
            // the same on every map of the site: written once
            g.writeFieldName("vendor");
            g.writeRawValue(vendorJson);
            g.writeFieldName("strings");
            g.writeRawValue(stringsJson);
            g.writeEndObject();
        });
    }

    /** The markers alone, for a map that fetches them: {"markers": [...]}. */
    public String markersJson(List<Marker> markers) {
        return Json.compact(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("markers");
            for (Marker m : markers) marker(g, m);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void marker(JsonGenerator g, Marker m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("lat", m.at().lat());
        g.writeNumberField("lon", m.at().lon());
        g.writeStringField("name", m.name());
        g.writeStringField("kind", m.kind());
        g.writeStringField("color", m.color());
        g.writeStringField("colorClass", colorClass(m.color()));
        g.writeStringField("symbol", m.symbol());
        g.writeStringField("address", m.address());
        if (m.href() != null) g.writeStringField("href", m.href());
        g.writeStringField("route", m.route());
        if (m.district() != null) g.writeStringField("district", m.district());
        g.writeFieldName("hours");
        if (m.hoursJson() == null) g.writeNull();
        else g.writeRawValue(m.hoursJson());
        g.writeEndObject();
    }

    /** A boundary as a GeoJSON geometry ([lon, lat]): Polygon for one polygon, MultiPolygon otherwise. */
    public static void geometry(JsonGenerator g, Boundary b) throws IOException {
        g.writeStartObject();
        boolean multi = b.polygons().size() > 1;
        g.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
        g.writeArrayFieldStart("coordinates");
        for (List<List<GeoPoint>> polygon : b.polygons()) {
            if (multi) g.writeStartArray();
            for (List<GeoPoint> ring : polygon) {
                g.writeStartArray();
                for (GeoPoint p : ring) position(g, p);
                g.writeEndArray();
            }
            if (multi) g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A GeoJSON Point geometry. */
    public static void point(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Point");
        g.writeFieldName("coordinates");
        position(g, p);
        g.writeEndObject();
    }

    public static void position(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        g.writeEndArray();
    }

    /** How a kind of place looks on the map and in the legend. */
    public record KindStyle(String color, String symbol) {
    }

    /** The colour and letter of a kind: from the theme ("map.kind.<kind>=#1d4f91 Q"), else a neutral default. */
    public KindStyle style(String kind) {
        String key = kind == null ? "" : Urls.valueSlug(kind);
        String style = t.get("map.kind." + key);
        if (style == null) style = t.getOrDefault("map.kind.default", DEFAULT_COLOR + " ?");
        String[] parts = style.split(" ", 2);
        String symbol = parts.length > 1 && !parts[1].equals("?") ? parts[1]
                : kind == null || kind.isEmpty() ? "•" : kind.substring(0, 1).toUpperCase(Locale.GERMAN);
        return new KindStyle(color(parts[0]), symbol);
    }

    private static final String DEFAULT_COLOR = "#2f4858";
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?");

    /** A theme's colour if it is a hex colour (it becomes a class name and a CSS value), else the default. */
    private static String color(String written) {
        return HEX_COLOR.matcher(written).matches() ? written.toLowerCase(Locale.ROOT) : DEFAULT_COLOR;
    }

    /**
     * The class that gives a symbol its colour. Classes and not style attributes: a site's
     * Content-Security-Policy allows no inline styles (see deploy/).
     */
    public static String colorClass(String color) {
        return "kc-" + color.substring(1);
    }

    /** The stylesheet rules for every colour the theme's strings give a kind (appended to map.css). */
    public static String colorRules(Map<String, String> strings) {
        java.util.TreeSet<String> colors = new java.util.TreeSet<>(List.of(DEFAULT_COLOR));
        strings.forEach((key, value) -> {
            if (key.startsWith("map.kind.")) colors.add(color(value.split(" ", 2)[0]));
        });
        StringBuilder out = new StringBuilder("\n/* The kinds' colours (generated from the theme's map.kind.* strings) */\n");
        for (String c : colors) out.append(".map-symbol.").append(colorClass(c)).append(" { --kind-color: ").append(c).append("; }\n");
        return out.toString();
    }

    /** The host tiles come from, named in the consent text. */
    public String tileHost() {
        try {
            String host = java.net.URI.create(config.map().tiles().url().replace("{", "").replace("}", "")).getHost();
            return host == null ? config.map().tiles().url() : host;
        } catch (IllegalArgumentException e) {
            return config.map().tiles().url();
        }
    }

}
