package de.quartier.e2e;

import java.nio.file.Path;
import java.util.List;

/** examples/gelsenkirchen: valid, accessible, fully linked under a sub-path, deterministic, in its own words. */
class GelsenkirchenSiteEndToEndTest extends ExampleSiteEndToEndTest {
    GelsenkirchenSiteEndToEndTest() {
        super(Path.of("examples/gelsenkirchen"), "gelsenkirchen/quartiersmanagement", List.of("REGE-Bezirk", "Gelsenkirchen"), List.of("Bottrop"));
    }
}
