package de.quartier.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The theme: Pebble templates, assets and UI strings. The default theme ships in the jar
 * (resources under {@code themes/bottrop/}); a site's own {@code themes/<name>/} files override
 * it one file at a time. Pebble runs strict (an unknown variable is an error) with autoescaping.
 */
public final class Theme {
    public static final String DEFAULT = "bottrop";
    static final String BUILT_IN = "themes/" + DEFAULT + "/";
    /** The built-in theme's files, listed at build time of the jar (class path folders cannot be listed). */
    static final String INDEX = BUILT_IN + "files.txt";

    private final Map<String, byte[]> files;
    private final PebbleEngine engine;
    private final Map<String, String> strings;
    /** Parts the templates render once and reuse ({@code {% cache %}}: cards, header, footer). */
    private final io.pebbletemplates.pebble.cache.tag.ConcurrentMapTagCache renderedParts =
            new io.pebbletemplates.pebble.cache.tag.ConcurrentMapTagCache();

    /**
     * @param siteFiles the site's theme files for the chosen theme, keyed relative to the theme folder
     */
    public Theme(Map<String, byte[]> siteFiles) {
        Map<String, byte[]> all = new TreeMap<>(builtIn());
        all.putAll(siteFiles);
        this.files = Map.copyOf(all);
        this.engine = new PebbleEngine.Builder()
                .loader(new MapLoader(files))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .tagCache(renderedParts)
                .build();
        this.strings = readStrings(files.get("strings.properties"));
    }

    /** Forgets the parts rendered once (cards, header, footer): the site they were made from has changed (the preview). */
    public void forgetRenderedParts() {
        renderedParts.invalidateAll();
    }

    /** UI strings of the theme (German), key → text. */
    public Map<String, String> strings() {
        return strings;
    }

    /** Assets to copy into the output under assets/: everything under the theme's assets/ folder. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith("assets/")) out.put(k, v);
        });
        return out;
    }

    public PebbleTemplate template(String name) {
        return engine.getTemplate("templates/" + name + ".peb");
    }

    public void render(String name, Map<String, Object> context, Writer out) throws IOException {
        template(name).evaluate(out, context);
    }

    private static Map<String, byte[]> builtIn() {
        ClassLoader cl = Theme.class.getClassLoader();
        Map<String, byte[]> out = new TreeMap<>();
        try (InputStream index = cl.getResourceAsStream(INDEX)) {
            if (index == null) throw new IllegalStateException("the built-in theme is missing from the jar: " + INDEX);
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty()) continue;
                try (InputStream in = cl.getResourceAsStream(BUILT_IN + name)) {
                    if (in == null) throw new IllegalStateException("built-in theme file missing: " + name);
                    out.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> readStrings(byte[] bytes) {
        Properties p = new Properties();
        if (bytes != null) {
            try (Reader r = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return Map.copyOf(m);
    }

    /** Pebble loads templates from the merged file map, never from disk. */
    private static final class MapLoader implements Loader<String> {
        private final Map<String, byte[]> files;

        MapLoader(Map<String, byte[]> files) {
            this.files = files;
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
            return "templates/" + relativePath;
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
}
