package de.quartier.e2e;

import java.nio.file.Path;
import java.util.List;

/** examples/aachen: valid, accessible, fully linked under a sub-path, deterministic, in its own words. */
class AachenSiteEndToEndTest extends ExampleSiteEndToEndTest {
    AachenSiteEndToEndTest() {
        super(Path.of("examples/aachen"), "aachen/quartiere", List.of("Stadtteilbüro", "Aachen"), List.of("Bottrop"));
    }
}
