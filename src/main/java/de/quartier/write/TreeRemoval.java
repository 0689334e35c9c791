package de.quartier.write;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Removes a folder and all it holds: the previous output after a build, a staging folder after a
 * failed one. It runs on every build and a site has one folder per page, so it costs one system
 * call per file ({@link File#delete} unlinks; NIO's delete and tree walk ask for each file's
 * attributes twice more, a third of the commit's time at 2,000 offerings) and takes folders
 * apart on all cores. A symbolic link is removed itself, never followed.
 */
final class TreeRemoval {
    private TreeRemoval() {
    }

    static void remove(Path root) throws IOException {
        remove(root, File::delete);
    }

    /** @param delete removes one file, link or empty folder, true if it did (a test refuses some) */
    static void remove(Path root, java.util.function.Predicate<File> delete) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        File top = root.toFile();
        if (delete.test(top)) return; // a file, a link or an empty folder
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.invoke(new Folder(top, delete));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    /** Empties a folder, its subfolders forked, then removes it. */
    private static final class Folder extends RecursiveAction {
        private final File dir;
        private final java.util.function.Predicate<File> delete;

        Folder(File dir, java.util.function.Predicate<File> delete) {
            this.dir = dir;
            this.delete = delete;
        }

        @Override
        protected void compute() {
            String[] names = dir.list();
            if (names == null) throw failed(dir);
            List<Folder> subfolders = new ArrayList<>();
            for (String name : names) {
                File f = new File(dir, name);
                // unlink first: nearly every entry is a file, and a folder refuses (its type is read only then)
                if (delete.test(f)) continue;
                if (Files.isDirectory(f.toPath(), LinkOption.NOFOLLOW_LINKS)) subfolders.add(new Folder(f, delete));
                else if (f.exists() || Files.isSymbolicLink(f.toPath())) throw failed(f);
            }
            invokeAll(subfolders);
            if (!delete.test(dir)) throw failed(dir);
        }

        private static UncheckedIOException failed(File f) {
            return new UncheckedIOException(new IOException("cannot remove " + f + " (no right to, or it is in use)"));
        }
    }
}
