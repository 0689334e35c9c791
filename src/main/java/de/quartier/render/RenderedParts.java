package de.quartier.render;

import de.quartier.model.RenderedPart;
import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.cache.PebbleCache;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * A {@link RenderedPart}, or the text of a short one. Made once: a worker that needs a part
     * another one is making waits for it. Not with the map's own computeIfAbsent: a part holds parts
     * (a card's footer), and making one inside the making of another in the same map fails at
     * random ("Recursive update") where both keys fall into one of its bins, as Pebble's keys do by
     * their tags' identity hash.
     */
    @Override
    public Object computeIfAbsent(CacheKey key, Function<? super CacheKey, ?> make) {
        Object part = parts.get(key);
        if (part == null) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            part = parts.putIfAbsent(key, mine);
            if (part == null) return make(key, make, mine);
        }
        return part instanceof CompletableFuture<?> making ? madeElsewhere(making) : part;
    }

    private Object make(CacheKey key, Function<? super CacheKey, ?> make, CompletableFuture<Object> mine) {
        Object made;
        try {
            made = make.apply(key);
            // (not a text that ends in half a character pair: a page joins that with what follows)
            if (made instanceof String text && text.length() >= SHORTEST && !Character.isHighSurrogate(text.charAt(text.length() - 1)))
                made = new RenderedPart(numbers.getAndIncrement(), text.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException | Error e) {
            // as the map's computeIfAbsent: nothing kept, the next one to ask tries again
            parts.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        parts.replace(key, mine, made);
        mine.complete(made);
        return made;
    }

    /** A part another worker is making, once it is made; what its making threw, thrown here as it was. */
    private static Object madeElsewhere(CompletableFuture<?> making) {
        try {
            return making.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    @Override
    public void invalidateAll() {
        parts.clear();
    }
}
