package de.quartier.load;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watcher reports a burst of file events as one change, with the site-relative paths that
 * changed, or "anything" (null) when folders come or go. It waits 200 ms for the end of a burst
 * here, so the test does not depend on how fast this machine is; editors' saves take it 8 ms.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SiteWatcherTest {
    /** The same, where the watcher compares snapshots of the site every 300 ms (as on macOS). */
    static class Scanning extends SiteWatcherTest {
        @Override
        boolean scans() {
            return true;
        }
    }

    /** What the watcher reported, in order; "anything" stands for null. */
    private final LinkedBlockingQueue<Optional<Set<String>>> reports = new LinkedBlockingQueue<>();
    @TempDir
    Path site;
    private SiteWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("site-config.yml"), "title: T\n");
        Files.createDirectories(site.resolve("content/offerings"));
        Files.writeString(site.resolve("content/offerings/a.md"), "---\ntitle: A\n---\n");
        watcher = new SiteWatcher(site, changed -> reports.add(Optional.ofNullable(changed)), 200, scans());
    }

    /** Whether the watcher compares snapshots (as on macOS) instead of listening for the system's file events. */
    boolean scans() {
        return false;
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    @Test
    void aSaveByWayOfATemporaryFileIsOneReport() throws Exception {
        Path tmp = site.resolve("content/offerings/a.md.tmp");
        Files.writeString(tmp, "---\ntitle: A2\n---\n");
        Files.move(tmp, site.resolve("content/offerings/a.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Optional<Set<String>> report = next();
        assertTrue(report.isPresent());
        assertTrue(report.get().contains("content/offerings/a.md"), report.get().toString());
        assertNull(reports.poll(600, TimeUnit.MILLISECONDS), "one burst, one report");
    }

    @Test
    void theConfigCountsEditorsSwapFilesAndTheOutputDoNot() throws Exception {
        Files.writeString(site.resolve("content/offerings/.a.md.swp"), "x");
        Files.createDirectories(site.resolve("public/angebote"));
        Files.writeString(site.resolve("public/index.html"), "x");
        Files.writeString(site.resolve("notizen.txt"), "x");
        assertNull(reports.poll(800, TimeUnit.MILLISECONDS), "nothing the site reads changed");
        Files.writeString(site.resolve("site-config.yml"), "title: T2\n");
        assertEquals(Optional.of(Set.of("site-config.yml")), next());
    }

    @Test
    void aNewOrDeletedFolderMeansAnythingAndItsFilesAreWatchedFromThen() throws Exception {
        Files.createDirectories(site.resolve("content/quarters"));
        assertEquals(Optional.empty(), next(), "a new folder: read the site whole");
        Files.writeString(site.resolve("content/quarters/mitte.md"), "---\ntitle: Mitte\n---\n");
        Optional<Set<String>> report = next();
        assertTrue(report.isEmpty() || report.get().contains("content/quarters/mitte.md"), report.toString());

        Files.delete(site.resolve("content/quarters/mitte.md"));
        Files.delete(site.resolve("content/quarters"));
        Optional<Set<String>> gone;
        do {
            gone = next();
        } while (gone.isPresent() && gone.get().equals(Set.of("content/quarters/mitte.md")));
        assertEquals(Optional.empty(), gone, "a deleted folder: read the site whole");
    }

    private Optional<Set<String>> next() throws InterruptedException {
        Optional<Set<String>> r = reports.poll(10, TimeUnit.SECONDS);
        assertNotNull(r, "no report within 10 s");
        return r;
    }
}
