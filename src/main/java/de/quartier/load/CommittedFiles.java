package de.quartier.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Which content files are being written: not in the commit checked out (git ls-tree HEAD). Asked
 * only when a check needs it, once per check (the preview keeps the answer until the repository
 * changes); a site outside a Git repository (found without starting git), one whose content/ is a
 * submodule, or a machine without git has no file that counts as uncommitted.
 */
public final class CommittedFiles implements Predicate<String> {
    private static final long TIMEOUT_SECONDS = 20;

    private final Path siteRoot;
    private Set<String> committed; // null: not asked yet; empty and unknown: nothing counts as uncommitted
    private boolean known;

    private final long stamp;

    public CommittedFiles(Path siteRoot) {
        this.siteRoot = siteRoot;
        this.stamp = stamp(siteRoot);
    }

    /** Whether the file ("content/offerings/x.md") is not in the commit checked out. */
    @Override
    public synchronized boolean test(String path) {
        if (committed == null) read();
        return known && !committed.contains(path);
    }

    /**
     * The state of the site's repository as a number that changes with each commit, checkout or
     * staging (the time of its index file); -1 outside a repository, found without starting git.
     */
    public static long stamp(Path siteRoot) {
        for (Path dir = siteRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (java.nio.file.Files.isDirectory(git)) {
                try {
                    return java.nio.file.Files.getLastModifiedTime(git.resolve("index")).toMillis();
                } catch (IOException e) {
                    return 0; // a repository without an index yet
                }
            }
            if (java.nio.file.Files.exists(git)) return 0; // a worktree's or submodule's .git file: ask git
        }
        return -1;
    }

    /** The repository state this answer holds for (see {@link #stamp}). */
    public long stamp() {
        return stamp;
    }

    private void read() {
        committed = new HashSet<>();
        // outside a repository git is not started at all (a process costs a preview's refresh some 10 ms)
        if (stamp == -1) return;
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "core.quotepath=off", "ls-tree", "-r", "HEAD", "--", "content")
                .directory(siteRoot.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process git = pb.start();
            boolean submodule = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
                submodule = parse(out, committed);
            }
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return;
            }
            known = git.exitValue() == 0 && !submodule;
        } catch (IOException e) {
            // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
