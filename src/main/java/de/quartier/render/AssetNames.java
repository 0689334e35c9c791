package de.quartier.render;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published names of the site's style sheets and scripts: each carries a hash of its content
 * ({@code assets/style.css} → {@code assets/style.1a2b3c4d5e.css}), so a web server can let
 * browsers keep them for a year (deploy/ does) and a changed file is a new name that no cache
 * holds. Other files (images, which style sheets refer to by their plain names) keep theirs.
 */
public final class AssetNames {
    /** How many hex digits of the content's checksum a name carries (40 of its 64 bits). */
    private static final int HASH_LENGTH = 10;

    private final Map<String, String> published;
    private final Map<String, String> logical;

    private AssetNames(Map<String, String> published) {
        this.published = Map.copyOf(published);
        Map<String, String> back = new HashMap<>();
        published.forEach((from, to) -> back.put(to, from));
        this.logical = Map.copyOf(back);
    }

    /** @param files the assets by their site-relative paths ("assets/style.css") */
    public static AssetNames of(Map<String, byte[]> files) {
        Map<String, String> names = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (hashed(path)) names.put(path, withHash(path, bytes));
        });
        return new AssetNames(names);
    }

    /** These names and one more file's, which carries a hash whatever its kind. */
    AssetNames with(String path, byte[] bytes) {
        Map<String, String> names = new TreeMap<>(published);
        names.put(path, withHash(path, bytes));
        return new AssetNames(names);
    }

    private static boolean hashed(String path) {
        return path.startsWith("assets/") && (path.endsWith(".css") || path.endsWith(".js"));
    }

    /** The name with the first digits of the content's {@link ContentChecksum}. */
    private static String withHash(String path, byte[] bytes) {
        int dot = path.lastIndexOf('.');
        String hash = ContentChecksum.of(bytes).substring(0, HASH_LENGTH);
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** The name a file is published under (its own if it carries no hash). */
    public String published(String path) {
        return published.getOrDefault(path, path);
    }

    /** The file a published name stands for (the name itself if it carries no hash). */
    public String logical(String publishedPath) {
        return logical.getOrDefault(publishedPath, publishedPath);
    }

    /** Site-relative path → published path, of the files that carry a hash. */
    public Map<String, String> all() {
        return published;
    }
}
