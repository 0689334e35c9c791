package de.quartier.render;

import de.quartier.model.RenderedPart;
import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parts templates render once and reuse ({@code {% cache %}}: cards, header, footer), each as
 * its UTF-8 bytes: a page copies a part's bytes instead of encoding the same characters again, and
 * the link check reads a part once, not on every page that holds it. Cached parts were 45 % of a
 * 2,000-offering site's HTML. For templates whose cache tag is {@link PartTag}'s: Pebble's own
 * expects text.
 */
public final class RenderedParts implements PebbleCache<CacheKey, Object> {
    /** Shorter texts stay text: most of what a template writes is short. */
    static final int SHORTEST = 64;

    private final ConcurrentHashMap<CacheKey, Object> parts = new ConcurrentHashMap<>();
    /** The next part's number (numbers are never reused, not even after {@link #invalidateAll}). */
    private final java.util.concurrent.atomic.AtomicInteger numbers = new java.util.concurrent.atomic.AtomicInteger();

    /** A {@link RenderedPart}, or the text of a short one. */
    @Override
    public Object computeIfAbsent(CacheKey key, Function<? super CacheKey, ?> make) {
        Object part = parts.get(key); // (the map's computeIfAbsent locks where a key is not first in its bin)
        if (part != null) return part;
        // made once: a worker that needs a part another one is making waits for it
        return parts.computeIfAbsent(key, k -> {
            Object made = make.apply(k);
            // (not a text that ends in half a character pair: a page joins that with what follows)
            if (made instanceof String text && text.length() >= SHORTEST && !Character.isHighSurrogate(text.charAt(text.length() - 1)))
                return new RenderedPart(numbers.getAndIncrement(), text.getBytes(StandardCharsets.UTF_8));
            return made;
        });
    }

    @Override
    public void invalidateAll() {
        parts.clear();
    }
}
