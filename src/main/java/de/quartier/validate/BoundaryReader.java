package de.quartier.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Boundary;
import de.quartier.model.GeoBounds;
import de.quartier.model.GeoPoint;
import de.quartier.model.SourceSpan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a quarter's boundary file (RFC 7946 GeoJSON: a Polygon or MultiPolygon geometry, a
 * Feature with one, or a FeatureCollection of such features) and checks it: closed rings of at
 * least four positions, {@code [lon, lat]} order, every position inside the map bounds. Problems
 * are reported at line and column in the file.
 */
final class BoundaryReader {
    private static final JsonFactory JSON = new JsonFactory();

    /** A JSON value with where it starts in the file. */
    private record Value(Object value, int line, int column) {
    }

    private final Diagnostics diagnostics;
    private final GeoBounds bounds;
    /** Set by {@link #error}: one reader reads one file (validation runs in parallel, so no shared counts). */
    private boolean failed;
    private String description;

    BoundaryReader(Diagnostics diagnostics, GeoBounds bounds) {
        this.diagnostics = diagnostics;
        this.bounds = bounds;
    }

    /** @param mediaPath "media/grenzen/x.geojson" */
    Boundary read(String mediaPath, byte[] bytes) {
        String file = "content/" + mediaPath;
        Value root;
        try (JsonParser p = JSON.createParser(bytes)) {
            p.nextToken();
            root = value(p);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.error(Code.BAD_BOUNDARY, new SourceSpan(file, Math.max(1, at == null ? 1 : at.getLineNr()),
                    Math.max(1, at == null ? 1 : at.getColumnNr()), 1), "the boundary file is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            diagnostics.error(Code.BAD_BOUNDARY, SourceSpan.startOf(file), "the boundary file cannot be read: " + e.getMessage());
            return null;
        }
        List<List<List<GeoPoint>>> polygons = new ArrayList<>();
        geometries(file, root, polygons, 0);
        if (failed) return null;
        if (polygons.isEmpty()) {
            error(file, root, "the boundary file has no Polygon or MultiPolygon", null);
            return null;
        }
        return new Boundary(mediaPath, description, polygons);
    }

    @SuppressWarnings("unchecked")
    private void geometries(String file, Value v, List<List<List<GeoPoint>>> out, int depth) {
        if (!(v.value() instanceof Map<?, ?> m)) {
            error(file, v, "GeoJSON must be an object with a `type`", null);
            return;
        }
        Map<String, Value> obj = (Map<String, Value>) m;
        String type = obj.get("type") != null && obj.get("type").value() instanceof String s ? s : null;
        if (type == null) {
            error(file, v, "GeoJSON object without `type`", "Polygon, MultiPolygon, Feature or FeatureCollection");
            return;
        }
        switch (type) {
            case "FeatureCollection" -> {
                Value features = obj.get("features");
                if (features == null || !(features.value() instanceof List<?> list) || depth > 0) {
                    error(file, v, "a FeatureCollection needs a `features` list", null);
                    return;
                }
                for (Object f : list) geometries(file, (Value) f, out, depth + 1);
            }
            case "Feature" -> {
                if (description == null && obj.get("properties") != null && obj.get("properties").value() instanceof Map<?, ?> props
                        && props.get("description") instanceof Value d && d.value() instanceof String text) description = text;
                Value g = obj.get("geometry");
                if (g == null || g.value() == null) error(file, v, "the Feature has no `geometry`", null);
                else geometries(file, g, out, depth + 1);
            }
            case "Polygon" -> {
                List<List<GeoPoint>> polygon = polygon(file, obj.get("coordinates"), v);
                if (polygon != null) out.add(polygon);
            }
            case "MultiPolygon" -> {
                Value coords = obj.get("coordinates");
                if (coords == null || !(coords.value() instanceof List<?> list)) {
                    error(file, v, "a MultiPolygon needs `coordinates`: a list of polygons", null);
                    return;
                }
                for (Object p : list) {
                    List<List<GeoPoint>> polygon = polygon(file, (Value) p, (Value) p);
                    if (polygon != null) out.add(polygon);
                }
            }
            default -> error(file, obj.get("type"), "a boundary must be a Polygon or MultiPolygon, not " + type, null);
        }
    }

    private List<List<GeoPoint>> polygon(String file, Value coords, Value owner) {
        if (coords == null || !(coords.value() instanceof List<?> rings) || rings.isEmpty()) {
            error(file, owner, "a Polygon needs `coordinates`: a list of rings", null);
            return null;
        }
        List<List<GeoPoint>> out = new ArrayList<>();
        for (Object r : rings) {
            Value ring = (Value) r;
            if (!(ring.value() instanceof List<?> positions)) {
                error(file, ring, "a ring must be a list of [lon, lat] positions", null);
                return null;
            }
            List<GeoPoint> points = new ArrayList<>();
            for (Object p : positions) {
                GeoPoint g = position(file, (Value) p);
                if (g == null) return null;
                points.add(g);
            }
            if (points.size() < 4) {
                error(file, ring, "a ring needs at least four positions (the first repeated at the end)", null);
                return null;
            }
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                error(file, ring, "the ring is not closed: its last position must repeat the first", null);
                return null;
            }
            out.add(points);
        }
        return out;
    }

    private GeoPoint position(String file, Value v) {
        if (!(v.value() instanceof List<?> xy) || xy.size() < 2 || !(((Value) xy.get(0)).value() instanceof Double lon)
                || !(((Value) xy.get(1)).value() instanceof Double lat)) {
            error(file, v, "a position must be [lon, lat] in decimal degrees", null);
            return null;
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            error(file, v, "[" + lon + ", " + lat + "] is not a position on earth", "GeoJSON writes [lon, lat]");
            return null;
        }
        GeoPoint p = new GeoPoint(lat, lon);
        if (bounds != null && !bounds.contains(p)) {
            boolean swapped = Math.abs(lon) <= 90 && bounds.contains(new GeoPoint(lon, lat));
            error(file, v, "[" + lon + ", " + lat + "] lies outside the map bounds of site-config.yml",
                    swapped ? "GeoJSON writes [lon, lat]: the two look swapped" : null);
            return null;
        }
        return p;
    }

    private void error(String file, Value at, String message, String hint) {
        failed = true;
        SourceSpan span = new SourceSpan(file, Math.max(1, at.line()), Math.max(1, at.column()), 1);
        if (hint == null) diagnostics.error(Code.BAD_BOUNDARY, span, message);
        else diagnostics.error(Code.BAD_BOUNDARY, span, message, hint);
    }

    /** The current token's value as Map / List / Double / String / Boolean / null, each wrapped with its position. */
    private static Value value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr(), column = at.getColumnNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Value> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, value(p));
            }
            return new Value(m, line, column);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Value> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) l.add(value(p));
            return new Value(l, line, column);
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return new Value(p.getDoubleValue(), line, column);
        if (t == JsonToken.VALUE_STRING) return new Value(p.getText(), line, column);
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) return new Value(p.getBooleanValue(), line, column);
        return new Value(null, line, column);
    }
}
