package de.quartier.render;

import de.quartier.model.RenderedFile;
import de.quartier.render.map.MapData;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files every build writes whatever the records say: the map's vendor files and the theme's
 * assets ({@code map.css} with the kinds' colours added, {@code hours.js} with its words), by their site-relative paths, and the
 * names they are published under. They depend on the theme alone, so a theme makes them once.
 *
 * @param files site-relative path ("assets/style.css") → content
 */
public record PublishedAssets(Map<String, byte[]> files, AssetNames names) {
    static PublishedAssets of(Theme theme) {
        Map<String, byte[]> files = new TreeMap<>();
        for (RenderedFile f : VendorAssets.files(MapData.VENDOR)) files.put(f.path(), f.content());
        files.putAll(theme.assets());
        files.computeIfPresent("assets/map.css", (path, css) -> (new String(css, StandardCharsets.UTF_8)
                + MapData.colorRules(theme.strings())).getBytes(StandardCharsets.UTF_8));
        files.computeIfPresent("assets/hours.js", (path, js) -> (HoursData.wordsScript(theme.strings())
                + new String(js, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return new PublishedAssets(Map.copyOf(files), AssetNames.of(files));
    }

    /** These assets and one more that the site makes itself ({@code assets/map-settings.js}), under its hashed name. */
    public PublishedAssets with(String path, byte[] content) {
        Map<String, byte[]> more = new TreeMap<>(files);
        more.put(path, content);
        return new PublishedAssets(Map.copyOf(more), names.with(path, content));
    }

    /** A file by the name it is published under (a hashed file only under that name, as a build writes it). */
    public byte[] byPublishedName(String path) {
        String logical = names.logical(path);
        return !logical.equals(path) || names.published(path).equals(path) ? files.get(logical) : null;
    }
}
