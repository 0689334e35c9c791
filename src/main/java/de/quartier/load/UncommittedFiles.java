package de.quartier.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which content files are being written: not in the commit checked out (git ls-tree HEAD); true
 * for those (a predicate on site-relative paths). Asked
 * only when a check needs it, once per check (the preview keeps the answer until the repository
 * changes); a site outside a Git repository (found without starting git), one whose content/ is a
 * submodule, or a machine without git has no file that counts as uncommitted.
 */
public final class UncommittedFiles implements Predicate<String> {
    private static final long TIMEOUT_SECONDS = 20;

    private final Path siteRoot;
    private Set<String> committed; // null: not asked yet; empty and unknown: nothing counts as uncommitted
    private boolean known;

    /** The repository state this answer holds for: see {@link GitCommand#state}. */
    private final long stamp;

    public UncommittedFiles(Path siteRoot) {
        this(siteRoot, GitCommand.state(siteRoot));
    }

    private UncommittedFiles(Path siteRoot, long stamp) {
        this.siteRoot = siteRoot;
        this.stamp = stamp;
    }

    /**
     * The answer for the repository's state now: {@code before} while the repository has not changed
     * since (no commit, checkout or staging; the preview asks on every save), else a new one. A state
     * only git can tell (0) is asked anew.
     */
    public static UncommittedFiles now(Path siteRoot, UncommittedFiles before) {
        long stamp = GitCommand.state(siteRoot);
        return before != null && stamp != 0 && before.stamp == stamp ? before : new UncommittedFiles(siteRoot, stamp);
    }

    /** Whether the file ("content/offerings/x.md") is not in the commit checked out. */
    @Override
    public synchronized boolean test(String path) {
        if (committed == null) read();
        return known && !committed.contains(path);
    }

    private void read() {
        committed = new HashSet<>();
        // git is started only inside a repository (a process costs a preview's refresh some 10 ms); a submodule: unknown
        known = GitCommand.run(siteRoot, TIMEOUT_SECONDS, out -> parse(out, committed), "ls-tree", "-r", "HEAD", "--", "content")
                .map(submodule -> !submodule).orElse(false);
    }

    /** Reads ls-tree's lines ("100644 blob 3f2a…\tcontent/offerings/x.md") into paths; true if one is a submodule (a commit). */
    static boolean parse(BufferedReader tree, Set<String> paths) throws IOException {
        boolean submodule = false;
        for (String line = tree.readLine(); line != null; line = tree.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            String[] head = line.substring(0, tab).split(" ");
            if (head.length > 1 && head[1].equals("commit")) submodule = true;
            paths.add(line.substring(tab + 1));
        }
        return submodule;
    }
}
