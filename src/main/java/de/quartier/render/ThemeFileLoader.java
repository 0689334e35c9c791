package de.quartier.render;

import io.pebbletemplates.pebble.loader.Loader;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Pebble loads templates from the merged file map, never from disk. */
final class ThemeFileLoader implements Loader<String> {
    private final Map<String, byte[]> files;
    /**
     * "_fact.peb" → "templates/_fact.peb" for every template: Pebble resolves an include's name at
     * each {@code include} (thousands per page list), and a kept name needs no new string or hash.
     */
    private final Map<String, String> templateNames = new java.util.HashMap<>();

    ThemeFileLoader(Map<String, byte[]> files) {
        this.files = files;
        for (String name : files.keySet())
            if (name.startsWith("templates/")) templateNames.put(name.substring("templates/".length()), name);
    }

    @Override
    public Reader getReader(String name) {
        byte[] b = files.get(name);
        if (b == null) throw new io.pebbletemplates.pebble.error.LoaderException(null, "no template " + name);
        return new StringReader(new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath.startsWith("templates/")) return relativePath;
        String known = templateNames.get(relativePath);
        return known != null ? known : "templates/" + relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return files.containsKey(templateName);
    }
}
