package de.quartier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.quartier.TestSites;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.write.MemorySink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data of the example site: GeoJSON files that JTS reads and finds valid, with exactly one
 * feature per current contact point and per quarter; the CSV and JSON match; the "Offene Daten"
 * page names the licence from site-config.yml and links every file.
 */
class OpenDataOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> files;
    private static Site site;

    @BeforeAll
    static void build() throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(Path.of("."), TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        files = sink.files();
        site = r.site().orElseThrow();
    }

    private static String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private static Set<String> currentContactPoints() {
        Set<String> out = new TreeSet<>();
        site.contactPoints().stream().filter(cp -> site.status(cp) == Status.CURRENT).forEach(cp -> out.add(cp.slug().value()));
        return out;
    }

    /** RFC 7946 shape checked by hand; geometry validity (closed, non-self-intersecting rings) by JTS. */
    private static JsonNode validFeatureCollection(String path) throws Exception {
        JsonNode root = JSON.readTree(text(path));
        assertEquals("FeatureCollection", root.get("type").asText(), path);
        for (JsonNode f : root.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(f.get("properties").isObject());
            Geometry g = new GeoJsonReader().read(f.get("geometry").toString());
            assertTrue(g.isValid(), path + ": " + f.get("id") + " is not a valid geometry");
            for (var c : g.getCoordinates()) {
                assertTrue(c.x > 6.8 && c.x < 7.1 && c.y > 51.4 && c.y < 51.7, path + ": [lon, lat] order and inside Bottrop: " + c);
            }
            if (g.getGeometryType().equals("Polygon"))
                assertTrue(org.locationtech.jts.algorithm.Orientation.isCCW(((org.locationtech.jts.geom.Polygon) g).getExteriorRing().getCoordinates()),
                        path + ": " + f.get("id") + ": RFC 7946 exterior rings run counter-clockwise");
        }
        Geometry all = new GeoJsonReader().read(text(path));
        assertTrue(all instanceof GeometryCollection || all.getNumGeometries() >= 1);
        return root;
    }

    @Test
    void contactPointsGeoJsonHasOnePointPerCurrentContactPoint() throws Exception {
        JsonNode root = validFeatureCollection("daten/anlaufstellen.geojson");
        Set<String> ids = new TreeSet<>();
        for (JsonNode f : root.get("features")) {
            assertEquals("Point", f.at("/geometry/type").asText());
            ids.add(f.get("id").asText());
        }
        assertEquals(currentContactPoints(), ids);
        assertEquals("Datenlizenz Deutschland – Namensnennung – Version 2.0", root.get("license").asText());
    }

    @Test
    void quartersGeoJsonHasOneFeaturePerQuarterWithItsBoundary() throws Exception {
        JsonNode root = validFeatureCollection("daten/quartiere.geojson");
        assertEquals(site.quarters().size(), root.get("features").size());
        for (JsonNode f : root.get("features")) {
            assertEquals("Polygon", f.at("/geometry/type").asText(), f.get("id").asText());
            assertTrue(f.at("/properties/description").asText().contains("Ungefähr"), "approximate, and says so");
        }
    }

    @Test
    void csvAndOfferingsJsonListTheCurrentRecords() throws Exception {
        List<String> lines = List.of(text("daten/anlaufstellen.csv").split("\r\n"));
        assertTrue(lines.get(0).startsWith("id,name,kind,street,postal_code,city,lat,lon"));
        assertEquals(currentContactPoints().size() + 1, lines.size());
        JsonNode offerings = JSON.readTree(text("daten/angebote.json")).get("offerings");
        long current = site.offerings().stream().filter(o -> site.status(o) == Status.CURRENT).count();
        assertEquals(current, offerings.size());
        assertFalse(text("daten/angebote.json").contains("\"ended"), "no ended offerings");
    }

    @Test
    void openDataPageNamesTheLicenceAndLinksEveryFile() {
        var page = Jsoup.parse(text("daten/index.html"));
        assertTrue(page.select("a[href=https://www.govdata.de/dl-de/by-2-0]").text().contains("Datenlizenz Deutschland"));
        for (String f : List.of("anlaufstellen.geojson", "anlaufstellen.csv", "quartiere.geojson", "angebote.json"))
            assertEquals(1, page.select("a[href$=daten/" + f + "]").size(), f);
        assertFalse(Jsoup.parse(text("index.html")).select("footer a[href$=/daten/]").isEmpty(), "linked from every page's footer");
    }

    @Test
    void homeMapDataHasOneMarkerPerCurrentContactPointAndEveryBoundary() throws Exception {
        var map = Jsoup.parse(text("index.html")).selectFirst("div.map[data-map]");
        JsonNode data = JSON.readTree(map.attr("data-map"));
        Set<String> names = new TreeSet<>();
        for (JsonNode m : data.get("markers")) names.add(m.get("name").asText());
        Set<String> expected = new TreeSet<>();
        site.contactPoints().stream().filter(cp -> site.status(cp) == Status.CURRENT).forEach(cp -> expected.add(cp.title()));
        assertEquals(expected, names);
        assertEquals(site.quarters().size(), data.get("boundaries").size());
        assertTrue(data.get("consent").asBoolean());
        assertTrue(data.path("vendor").isMissingNode() && data.path("strings").isMissingNode(),
                "what every map shares is not repeated in the page");
        String settingsHref = Jsoup.parse(text("index.html")).select("script[src*=map-settings]").attr("src");
        assertTrue(settingsHref.matches(".*assets/map-settings\\.[0-9a-f]{10}\\.js"), settingsHref);
        String script = text(settingsHref.substring(settingsHref.indexOf("assets/")));
        String prefix = "window.quartierMapSettings = ";
        JsonNode settings = JSON.readTree(script.substring(script.indexOf(prefix) + prefix.length(), script.lastIndexOf(';')));
        assertEquals("Karte laden", settings.at("/strings/load").asText());
        assertTrue(settings.at("/tiles/url").asText().startsWith("https://"), settings.toString());
        String leaflet = settings.at("/vendor/leafletJs").asText();
        assertTrue(leaflet.matches(".*assets/vendor/leaflet/leaflet\\.[0-9a-f]{10}\\.js"), leaflet);
        assertTrue(files.containsKey(leaflet.substring(leaflet.indexOf("assets/"))), "the map data names the file as written");
        assertTrue(files.keySet().stream().anyMatch(k -> k.startsWith("assets/vendor/leaflet.markercluster/leaflet.markercluster.")));
        assertTrue(files.containsKey("assets/vendor/leaflet.markercluster/LICENSE") && files.containsKey("assets/vendor/leaflet/LICENSE"),
                "the licences travel with the files");
    }
}
