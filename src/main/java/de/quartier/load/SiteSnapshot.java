package de.quartier.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The size and time of every file the site reads (site-config.yml, content/, themes/), and of its
 * folders: for systems whose file events are slow (macOS: the JDK looks every 10 s there), two
 * snapshots a moment apart tell what changed.
 */
final class SiteSnapshot {
    /** One file's or folder's size and modification time; folders have size -1. */
    private record Stamp(long size, long modified) {
    }

    private final Map<String, Stamp> stamps;

    private SiteSnapshot(Map<String, Stamp> stamps) {
        this.stamps = stamps;
    }

    static SiteSnapshot of(Path root) {
        Map<String, Stamp> out = new HashMap<>();
        add(root, root.resolve("site-config.yml"), out);
        for (String folder : new String[]{"content", "themes"}) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                        out.put(rel(root, d) + "/", new Stamp(-1, 0));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (!f.getFileName().toString().startsWith("."))
                            out.put(rel(root, f), new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        return FileVisitResult.CONTINUE;   // gone while we looked: the next look sees it
                    }
                });
            } catch (IOException e) {
                // a folder that went away while we looked: the next look tells
            }
        }
        return new SiteSnapshot(out);
    }

    private static void add(Path root, Path file, Map<String, Stamp> out) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            out.put(rel(root, file), new Stamp(a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            // no such file: nothing to compare
        }
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The files that differ from an earlier snapshot: empty if none, null if a folder came or went
     * (what it holds is then read whole).
     */
    Set<String> changedSince(SiteSnapshot earlier) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new java.util.HashSet<>(stamps.keySet());
        all.addAll(earlier.stamps.keySet());
        for (String path : all) {
            if (Objects.equals(stamps.get(path), earlier.stamps.get(path))) continue;
            if (path.endsWith("/")) return null;
            changed.add(path);
        }
        return changed;
    }
}
