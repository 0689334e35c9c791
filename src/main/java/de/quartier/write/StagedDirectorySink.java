package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a staging directory beside the target, file by file as the build makes
 * them, and swaps it in whole when the build commits: a build that fails at any point (while
 * rendering, in the link check, while writing, or when the process is stopped) leaves the
 * previous output exactly as it was and no staging directory behind. The old output is removed
 * only after the new one is in place.
 */
public final class StagedDirectorySink implements OutputSink {
    private final Path target;

    public StagedDirectorySink(Path target) {
        Path t = target.toAbsolutePath().normalize();
        // an output folder that is a symbolic link: the folder it leads to is replaced, the link stays
        try {
            if (Files.isSymbolicLink(t) && Files.isDirectory(t)) t = t.toRealPath();
        } catch (IOException e) {
            // unreadable link: replaced as it is
        }
        this.target = t;
    }

    /**
     * Why this folder must not become the output, which a build replaces whole; empty if it may: it
     * does not exist, is empty (but for placeholders such as .gitkeep), or holds a generated site
     * (a home page, a sitemap and assets at its top). Anything else is someone's files, which a
     * build would delete: a Git working copy (a gh-pages checkout), a web server's root with a
     * home page and other things beside it.
     */
    public static java.util.Optional<String> refusal(Path target) {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return java.util.Optional.empty();
        if (!Files.isDirectory(target)) return java.util.Optional.of("is a file, not a folder; a build would replace it. Choose a folder such as public/");
        if (Files.exists(target.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
            return java.util.Optional.of("is a Git working copy (it holds .git); a build replaces its output folder whole and would delete "
                    + "the repository. Build into a folder of its own and copy from there");
        if (Files.exists(target.resolve("index.html"))) {
            if (Files.exists(target.resolve("sitemap.xml")) && Files.isDirectory(target.resolve("assets"))) return java.util.Optional.empty();
            return java.util.Optional.of("holds an index.html but no sitemap.xml and assets/ beside it, so it is not the output of a site "
                    + "build; a build replaces its output folder whole and would delete what is in it. Choose a new or empty folder");
        }
        try (java.util.stream.Stream<Path> in = Files.list(target)) {
            if (in.map(p -> p.getFileName().toString()).allMatch(n -> n.equals(".gitkeep") || n.equals(".DS_Store")))
                return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of("cannot be read (" + e.getMessage() + "), so nobody can tell what a build would delete in it");
        }
        return java.util.Optional.of("holds files but no index.html, so it is not the output of a site; a build replaces its output folder "
                + "whole and would delete them. Choose a new or empty folder");
    }

    @Override
    public Staging open() throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        // not Files.createTempDirectory: its folder is private (rwx------), and swapped in, the site
        // would be unreadable to a web server running as another user; this one gets the umask's rights.
        // Not a SecureRandom either: its first use (the JDK's security set-up) took 25-60 ms on the build's
        // main thread. A name nobody can guess is not needed: createDirectory refuses any entry that is
        // there (a link too), and then the loop takes another name.
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            Path staging = parent.resolve("." + target.getFileName() + ".staging-" + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return new DirectoryStaging(Files.createDirectory(staging));
            } catch (FileAlreadyExistsException taken) {
                // another build's, or a leftover: try another name
            }
        }
    }

    private final class DirectoryStaging implements Staging {
        private final Path staging;
        /** The folders made so far, each by the one worker that came first (the others wait for it). */
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        /** Removes the staging folder if the process ends (Ctrl-C) before the build commits or gives up. */
        private final Thread cleanUp;
        private volatile boolean done;

        DirectoryStaging(Path staging) {
            this.staging = staging;
            folders.put(staging, Boolean.TRUE);
            this.cleanUp = new Thread(() -> {
                try {
                    TreeRemoval.remove(staging);
                } catch (IOException | UncheckedIOException ignored) {
                    // the process is ending; nothing more can be done
                }
            }, "quartier-staging-clean-up");
            Runtime.getRuntime().addShutdownHook(cleanUp);
        }

        /** The most a channel write takes at once: all but the largest pages. */
        private static final int WRITE_PIECE = 512 * 1024;

        @Override
        public void write(RenderedFile file) throws IOException {
            Path p = staging.resolve(file.path()).normalize();
            if (!p.startsWith(staging)) throw new IOException("output path leaves the output folder: " + file.path());
            Path dir = p.getParent();
            folder(dir);
            try {
                // a page in one channel write (Files.write writes 8 KB at a time); a large file in
                // pieces, since each thread keeps a native copy of the largest piece it wrote
                byte[] content = file.content();
                try (FileChannel out = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    for (int at = 0; at < content.length; ) {
                        ByteBuffer piece = ByteBuffer.wrap(content, at, Math.min(WRITE_PIECE, content.length - at));
                        while (piece.hasRemaining()) out.write(piece);
                        at = piece.position();
                    }
                }
            } catch (FileAlreadyExistsException e) {
                throw new IOException("written twice: " + file.path(), e);
            }
        }

        /*
         * A folder after its parent, once: Files.createDirectories tries the folder first and learns
         * from an exception that its parent is missing, and two workers writing a page and its
         * calendar made the same folder at once, one of them failing (about 900 exceptions, each
         * with a stack trace, in a build of 2,000 offerings).
         */
        private void folder(Path dir) throws IOException {
            if (folders.containsKey(dir)) return;
            // the staging folder is the first entry, so the walk up ends there; never above it
            if (dir == null || !dir.startsWith(staging)) throw new IOException("a folder outside the output folder: " + dir);
            folder(dir.getParent());
            try {
                folders.computeIfAbsent(dir, d -> {
                    try {
                        Files.createDirectory(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Boolean.TRUE;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void commit() throws IOException {
            if (done) throw new IllegalStateException("this output was already committed or discarded");
            Path parent = target.getParent();
            String name = target.getFileName().toString();
            Path old = null;
            if (Files.exists(target)) {
                keepRights(target, staging);
                old = parent.resolve("." + name + ".old-" + staging.getFileName().toString().replaceAll(".*staging-", ""));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the previous site back
                throw e;
            }
            done = true;
            removeHook();
            if (old != null) TreeRemoval.remove(old);
        }

        @Override
        public void close() throws IOException {
            if (done) return;
            done = true;
            try {
                TreeRemoval.remove(staging);
            } finally {
                removeHook();
            }
        }

        private void removeHook() {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * The group and rights someone gave the output folder (chgrp www-data public; chmod 750 public) stay
     * with the folder that replaces it. Where the group cannot be kept (not a member) or the store has no
     * such rights, the new folder keeps the umask's: never narrower than what the web server could read.
     */
    private static void keepRights(Path from, Path to) {
        try {
            java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(to, java.nio.file.attribute.PosixFileAttributeView.class);
            if (view == null) return;
            java.nio.file.attribute.PosixFileAttributes old = Files.readAttributes(from, java.nio.file.attribute.PosixFileAttributes.class);
            if (!old.group().equals(view.readAttributes().group())) view.setGroup(old.group());
            view.setPermissions(old.permissions());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // the umask's rights stay
        }
    }
}
