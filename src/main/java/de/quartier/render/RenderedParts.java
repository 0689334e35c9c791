package de.quartier.render;

import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parts templates render once and reuse ({@code {% cache %}}: cards, header, footer), and each
 * part's UTF-8 bytes: a page copies a part's bytes instead of encoding the same characters again,
 * and the link check reads a part once, not on every page that holds it. Cached parts were 45 % of
 * a 2,000-offering site's HTML.
 */
public final class RenderedParts implements PebbleCache<CacheKey, Object> {
    /** Shorter texts are not looked up: most of what a template writes is short. */
    static final int SHORTEST = 64;

    private final ConcurrentHashMap<CacheKey, Object> parts = new ConcurrentHashMap<>();
    /** By the part's text: a text's hash is kept in it, and the part's own text is found by identity. */
    private final ConcurrentHashMap<String, Part> bytes = new ConcurrentHashMap<>();

    /**
     * A part's UTF-8 bytes, and what the link check read of it, kept with it: another look-up in a map
     * of thousands of parts for every part of every page cost more than reading it.
     */
    public static final class Part {
        private final byte[] utf8;
        private volatile Object read;

        public Part(byte[] utf8) {
            this.utf8 = utf8;
        }

        public byte[] utf8() {
            return utf8;
        }

        /** What the link check read of this part, or null before it read it. */
        public Object read() {
            return read;
        }

        public void read(Object what) {
            read = what;
        }
    }

    @Override
    public Object computeIfAbsent(CacheKey key, Function<? super CacheKey, ?> make) {
        Object part = parts.get(key); // (the map's computeIfAbsent locks where a key is not first in its bin)
        if (part != null) return part;
        // made once: a worker that needs a part another one is making waits for it
        return parts.computeIfAbsent(key, k -> {
            Object made = make.apply(k);
            // (not a text that ends in half a character pair: a page joins that with what follows)
            if (made instanceof String text && text.length() >= SHORTEST && !Character.isHighSurrogate(text.charAt(text.length() - 1)))
                bytes.putIfAbsent(text, new Part(text.getBytes(StandardCharsets.UTF_8)));
            return made;
        });
    }

    /** The part with this text, always the same; null if the text is no part. */
    public Part part(String text) {
        return text.length() < SHORTEST ? null : bytes.get(text);
    }

    @Override
    public void invalidateAll() {
        parts.clear();
        bytes.clear();
    }
}
