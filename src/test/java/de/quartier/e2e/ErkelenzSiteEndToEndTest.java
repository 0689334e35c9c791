package de.quartier.e2e;

import java.nio.file.Path;
import java.util.List;

/** examples/erkelenz: valid, accessible, fully linked under a sub-path, deterministic, in its own words. */
class ErkelenzSiteEndToEndTest extends ExampleSiteEndToEndTest {
    ErkelenzSiteEndToEndTest() {
        super(Path.of("examples/erkelenz"), "erkelenz/quartiersarbeit", List.of("Oerather Mühlenfeld", "Erkelenz"), List.of("Bottrop"));
    }
}
