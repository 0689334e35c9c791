package de.quartier.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview's types are the web servers' (deploy/): Decap reads its config.yml only as YAML. */
class MediaTypesTest {
    @Test
    void byExtensionAsTheWebServersSendThem() {
        assertEquals("text/yaml; charset=utf-8", MediaTypes.of("admin/config.yml"));
        assertEquals("application/wasm", MediaTypes.of("admin/decap.WASM"));
        assertEquals("application/atom+xml", MediaTypes.of("aktuelles/feed.atom"));
        assertEquals(MediaTypes.HTML, MediaTypes.of("index.html"));
        assertEquals("application/octet-stream", MediaTypes.of("LICENSE"));
    }
}
