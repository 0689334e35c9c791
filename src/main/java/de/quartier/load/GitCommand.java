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
 * takes too long: no answer.
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
        ProcessBuilder pb = new ProcessBuilder(command).directory(siteRoot.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process git = pb.start();
            T result;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
                result = reader.read(out);
            }
            if (!git.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(result) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
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
