package de.quartier.config;

import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SiteConfig;
import de.quartier.model.SourceSpan;
import de.quartier.parse.SourceParser;
import de.quartier.source.Fields;
import de.quartier.source.Node;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** site-config.yml's map: bounds, first view, tiles and consent, with the mistakes editors make in them. */
class MapSettingsReaderTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig.MapSettings read(String yaml) {
        SourceFile file = new SourceFile("site-config.yml", null, null, SourceFile.Format.YAML, yaml);
        Node.Mapping m = new SourceParser(diagnostics).parseYaml(file).orElseThrow();
        return new MapSettingsReader(diagnostics).read(new Fields(m, SourceSpan.startOf("site-config.yml"), "", diagnostics));
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    @Test
    void withoutCenterTheViewStartsInTheMiddleOfTheBoundsAndTilesWaitForConsent() {
        SiteConfig.MapSettings map = read("map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n");
        assertEquals(List.of(), messages());
        assertEquals(51.57, map.center().lat(), 1e-9);
        assertEquals(6.94, map.center().lon(), 1e-9);
        assertEquals(12, map.zoom());
        assertTrue(map.consent(), "privacy by default: no request to the tile server before the reader agrees");
        assertEquals(MapSettingsReader.DEFAULT_TILES, map.tiles());
    }

    @Test
    void swappedCornersAreOneErrorWithTheCornersTurnedRound() {
        assertNull(read("map:\n  bounds: [[6.85, 51.47], [7.03, 51.67]]\n"));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(1, diagnostics.sorted().size(), "not also a complaint about the order of the corners");
        assertEquals("`map.bounds`: latitude and longitude look swapped; each corner is [lat, lon]", d.message());
        assertEquals("write [[51.47, 6.85], [51.67, 7.03]]", d.hint());
        assertEquals(2, d.at().line());
    }

    @Test
    void cornersInTheWrongOrderAndACenterOutsideAreErrors() {
        assertNull(read("map:\n  bounds: [[51.67, 7.03], [51.47, 6.85]]\n"));
        assertEquals(List.of("`map.bounds` must be [[south, west], [north, east]]"), messages());

        Diagnostics second = new Diagnostics();
        SourceFile file = new SourceFile("site-config.yml", null, null, SourceFile.Format.YAML,
                "map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n  center: [51.0, 6.9]\n");
        Node.Mapping m = new SourceParser(second).parseYaml(file).orElseThrow();
        new MapSettingsReader(second).read(new Fields(m, SourceSpan.startOf("site-config.yml"), "", second));
        Diagnostic d = second.sorted().get(0);
        assertEquals("`map.center` lies outside `map.bounds`", d.message());
        assertEquals(3, d.at().line());
    }

    @Test
    void aTileServerNeedsAWebAddressWithItsPlaceholdersAndAnAttribution() {
        assertNull(read("map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n  tiles: {url: 'ftp://tiles.example/{z}/{x}/{y}.png', attribution: x}\n"));
        assertNull(read("map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n  tiles: {url: 'https://tiles.example/{z}/{x}.png', attribution: x}\n"));
        assertNull(read("map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n  tiles: {url: 'https://tiles.example/{z}/{x}/{y}.png'}\n"));
        List<String> m = messages();
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.contains("`map.tiles.url` must start with https://"), m.toString());
        assertTrue(m.contains("`map.tiles.url` must contain {z}, {x} and {y}"), m.toString());
        assertTrue(m.contains("`map.tiles.attribution` is required"), m.toString());
    }

    @Test
    void aSiteMayLoadItsOwnTilesAtOnceWhenItSaysSo() {
        SiteConfig.MapSettings map = read("map:\n  bounds: [[51.47, 6.85], [51.67, 7.03]]\n  zoom: 14\n  consent: false\n"
                + "  tiles: {url: 'https://karten.bottrop.de/{z}/{x}/{y}.png', attribution: Stadt Bottrop, max_zoom: 18}\n");
        assertEquals(List.of(), messages());
        assertFalse(map.consent());
        assertEquals(14, map.zoom());
        assertEquals(new SiteConfig.Tiles("https://karten.bottrop.de/{z}/{x}/{y}.png", "Stadt Bottrop", 18), map.tiles());
    }
}
