package de.quartier.e2e;

import java.nio.file.Path;
import java.util.List;

/** the Bottrop site at the top of the repository: valid, accessible, fully linked under a sub-path, deterministic, in its own words. */
class BottropSiteEndToEndTest extends ExampleSiteEndToEndTest {
    BottropSiteEndToEndTest() {
        super(Path.of("."), "quartiersentwicklung", List.of("Quartiersbüro", "Stadtbezirk"), List.of());
    }
}
