package de.quartier.render;

import de.quartier.model.RenderedPart;
import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.CacheNode;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parts made once, also parts made inside the making of another, and by several workers at once. */
class RenderedPartsTest {
    /** One cache tag, as in a template: Pebble's keys hash by its identity and the part's name. */
    private static final CacheNode TAG = new CacheNode(1, null, new BodyNode(1, java.util.List.of()));

    private static CacheKey key(String name) {
        return new CacheKey(TAG, name, Locale.GERMAN);
    }

    private static String text(String name) {
        return ("<p>" + name + "</p>").repeat(10);
    }

    /**
     * A part whose making makes 300 others: the map's own computeIfAbsent failed here ("Recursive
     * update") as soon as an inner key fell into the outer one's bin.
     */
    @Test
    void partsInsidePartsAreEachMadeOnce() {
        RenderedParts parts = new RenderedParts();
        Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
        Object outer = parts.computeIfAbsent(key("outer"), k -> {
            made.computeIfAbsent("outer", n -> new AtomicInteger()).incrementAndGet();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                String name = "inner-" + i;
                Object inner = parts.computeIfAbsent(key(name), k2 -> {
                    made.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                    return text(name);
                });
                out.append(new String(((RenderedPart) inner).utf8(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return out.toString();
        });
        assertInstanceOf(RenderedPart.class, outer);
        assertEquals(301, made.size());
        made.forEach((name, n) -> assertEquals(1, n.get(), name));
        // asked again, the same part, not made again
        assertSame(outer, parts.computeIfAbsent(key("outer"), k -> "anders"));
        assertSame(parts.computeIfAbsent(key("inner-7"), k -> "anders"), parts.computeIfAbsent(key("inner-7"), k -> "wieder anders"));
    }

    /** Eight workers ask for the same part while it is being made: it is made once and all get it. */
    @Test
    void workersWaitForAPartAnotherIsMaking() throws Exception {
        RenderedParts parts = new RenderedParts();
        AtomicInteger makings = new AtomicInteger();
        CountDownLatch asked = new CountDownLatch(1);
        Object[] got = new Object[8];
        Thread[] workers = new Thread[8];
        for (int w = 0; w < workers.length; w++) {
            int slot = w;
            workers[w] = new Thread(() -> {
                try {
                    asked.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                got[slot] = parts.computeIfAbsent(key("karte"), k -> {
                    makings.incrementAndGet();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return text("karte");
                });
            });
            workers[w].start();
        }
        asked.countDown();
        for (Thread t : workers) t.join();
        assertEquals(1, makings.get());
        for (Object part : got) assertSame(got[0], part);
    }

    /** A making that fails keeps nothing: the error reaches the one who asked, and the next try makes the part. */
    @Test
    void aFailedMakingKeepsNothing() {
        RenderedParts parts = new RenderedParts();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> parts.computeIfAbsent(key("kaputt"), k -> {
                    throw new IllegalStateException("template error");
                }));
        assertEquals("template error", thrown.getMessage());
        assertEquals("<hr>", parts.computeIfAbsent(key("kaputt"), k -> "<hr>"));
    }
}
