package de.quartier.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * git run in a site's folder, its output read as it comes. A folder outside any repository (found
 * by looking for .git, without starting a process), a machine without git, a git that fails or
 * takes too long (stopped when its time is up): no answer.
 */
final class GitCommand {
    private GitCommand() {
    }

    /** Reads what git prints. */
    interface Reader<T> {
        T read(BufferedReader out) throws IOException;
    }

    static <T> Optional<T> run(Path siteRoot, long timeoutSeconds, Reader<T> reader, String... args) {
        if (state(siteRoot) == -1) return Optional.empty();
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        return run(siteRoot, timeoutSeconds, reader, command);
    }

    /** The command as given (a test's stand-in for git). */
    static <T> Optional<T> run(Path siteRoot, long timeoutSeconds, Reader<T> reader, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(siteRoot.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process git = null;
        java.util.concurrent.CompletableFuture<Void> watchdog = null;
        try {
            git = pb.start();
            // the output is read to its end first: a git that hangs (a lock, a slow network drive) is
            // stopped when its time is up, which ends its output, instead of holding the build
            Process started = git;
            watchdog = java.util.concurrent.CompletableFuture.runAsync(() -> stop(started),
                    java.util.concurrent.CompletableFuture.delayedExecutor(timeoutSeconds, TimeUnit.SECONDS));
            T result;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
                result = reader.read(out);
            }
            if (!git.waitFor(timeoutSeconds, TimeUnit.SECONDS) || watchdog.isDone()) return Optional.empty();
            return git.exitValue() == 0 ? Optional.of(result) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine, or its output cut off by the watchdog
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (watchdog != null) watchdog.cancel(false);
            if (git != null && git.isAlive()) stop(git);   // also when the reader failed
        }
    }

    /** The process and what it started (which may hold its output open). */
    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /**
     * The state of the repository the folder lies in, as a number that changes with each commit,
     * checkout or staging (the time of its index file); 0 where only git can tell (a worktree's or
     * submodule's .git file, no index yet); -1 outside any repository.
     */
    static long state(Path siteRoot) {
        for (Path dir = siteRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                try {
                    return Files.getLastModifiedTime(git.resolve("index")).toMillis();
                } catch (IOException e) {
                    return 0;
                }
            }
            if (Files.exists(git)) return 0;
        }
        return -1;
    }
}
