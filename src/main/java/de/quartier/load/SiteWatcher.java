package de.quartier.load;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site folder (site-config.yml, content/, themes/) and reports what changed. An editor's
 * save often arrives as several events (a temporary file, a rename): events are gathered until
 * none came for {@link #QUIET_MS} ms, so a burst gives one report. A report of null means "it is
 * not known what changed" (new folders, lost events): read the site whole.
 *
 * <p>Where the JDK has no file events of the system and only looks for changes every few seconds
 * (macOS), the watcher compares {@link SiteSnapshot snapshots} of the site itself every
 * {@link #SCAN_MS} ms instead.
 */
public final class SiteWatcher implements AutoCloseable {
    /** How long after the last event a burst counts as over. */
    public static final long QUIET_MS = 8;
    /** The longest a burst is waited for. */
    static final long MAX_WAIT_MS = 250;
    /** How often the site is looked at where there are no file events. */
    static final long SCAN_MS = 300;

    private final long quietMs;
    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param changes called on the watcher's thread with site-relative paths, or null for "anything" */
    public SiteWatcher(Path root, Consumer<Set<String>> changes) throws IOException {
        this(root, changes, QUIET_MS);
    }

    /** @param quietMs how long after the last event a burst counts as over (tests wait longer than editors) */
    SiteWatcher(Path root, Consumer<Set<String>> changes, long quietMs) throws IOException {
        this(root, changes, quietMs, false);
    }

    /** @param scan compare snapshots instead of listening for file events (as where the JDK only polls) */
    SiteWatcher(Path root, Consumer<Set<String>> changes, long quietMs, boolean scan) throws IOException {
        this.quietMs = quietMs;
        this.root = root.toRealPath();
        WatchService events = FileSystems.getDefault().newWatchService();
        if (scan || events.getClass().getName().endsWith("PollingWatchService")) {
            events.close();
            this.service = null;
            SiteSnapshot first = SiteSnapshot.of(this.root);   // now, not when the thread gets going
            this.thread = new Thread(() -> scan(first, changes), "quartier-watch");
        } else {
            this.service = events;
            watch(this.root, false);
            for (String folder : new String[]{"content", "themes"}) {
                Path p = this.root.resolve(folder);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) watch(p, true);
            }
            this.thread = new Thread(() -> loop(changes), "quartier-watch");
        }
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Path dir, boolean tree) throws IOException {
        if (!tree) {
            folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY), dir);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.getFileName().toString().startsWith(".") && !d.equals(dir)) return FileVisitResult.SKIP_SUBTREE;
                watch(d, false);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Set<String>> changes) {
        while (running) {
            try {
                WatchKey key = service.take();
                Set<String> changed = new TreeSet<>();
                boolean everything = handle(key, changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(MAX_WAIT_MS, 4 * quietMs));
                // gather the rest of the burst
                for (WatchKey more; System.nanoTime() < deadline && (more = service.poll(quietMs, TimeUnit.MILLISECONDS)) != null; )
                    everything |= handle(more, changed);
                if (everything) changes.accept(null);
                else if (!changed.isEmpty()) changes.accept(changed);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private void scan(SiteSnapshot first, Consumer<Set<String>> changes) {
        SiteSnapshot last = first;
        while (running) {
            try {
                Thread.sleep(SCAN_MS);
                SiteSnapshot now = SiteSnapshot.of(root);
                Set<String> changed = now.changedSince(last);
                if (changed != null && changed.isEmpty()) continue;
                // a save in progress: wait until the files hold still, as for a burst of events
                for (SiteSnapshot next = waitQuiet(now); next != now; next = waitQuiet(now)) {
                    if (!running) return;
                    now = next;
                }
                changed = now.changedSince(last);
                last = now;
                if (changed == null) changes.accept(null);
                else if (!changed.isEmpty()) changes.accept(changed);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A snapshot taken a quiet moment after {@code now}: the same object if nothing changed in between. */
    private SiteSnapshot waitQuiet(SiteSnapshot now) throws InterruptedException {
        Thread.sleep(Math.max(quietMs, 20));
        SiteSnapshot next = SiteSnapshot.of(root);
        Set<String> moved = next.changedSince(now);
        return moved != null && moved.isEmpty() ? now : next;
    }

    /** Adds the key's changes; true if what changed cannot be told file by file. */
    private boolean handle(WatchKey key, Set<String> changed) {
        Path dir = folders.get(key);
        boolean everything = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                everything = true;
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            String name = p.getFileName().toString();
            if (name.startsWith(".")) continue;   // editors' swap and lock files; the site never reads them
            String rel = root.relativize(p).toString().replace('\\', '/');
            // at the top only these three belong to the site (not public/, .git/ or a build's staging)
            if (dir.equals(root) && !rel.equals("site-config.yml") && !rel.equals("content") && !rel.equals("themes")) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || folders.containsValue(p)) {
                try {
                    if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE) watch(p, true);
                } catch (IOException ex) {
                    // read whole below
                }
                everything = true;   // a folder came or went: what it holds is not known file by file
                continue;
            }
            changed.add(rel);
        }
        if (!key.reset()) {
            folders.remove(key);
            everything = true;   // a watched folder went away
        }
        return everything;
    }

    @Override
    public void close() throws IOException {
        running = false;
        if (service != null) service.close();
        thread.interrupt();
    }
}
