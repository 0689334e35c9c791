package de.quartier.serve;

import java.util.Map;

/** The Content-Type of each file the preview serves, by its extension. */
final class MediaTypes {
    static final String HTML = "text/html; charset=utf-8";

    /** As deploy/'s nginx and Apache files send them (the web editor's config.yml as YAML, its WebAssembly as such). */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("geojson", "application/geo+json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("vcf", "text/vcard; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("atom", "application/atom+xml"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("wasm", "application/wasm"));

    private MediaTypes() {
    }

    static String of(String file) {
        int dot = file.lastIndexOf('.');
        return BY_EXTENSION.getOrDefault(dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT), "application/octet-stream");
    }
}
