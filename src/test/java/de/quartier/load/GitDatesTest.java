package de.quartier.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The date of each content file's last commit: read from git's log, and nothing where there is no repository. */
class GitDatesTest {
    @TempDir
    Path temp;

    @Test
    void parseKeepsEachPathsNewestDate() throws IOException {
        String log = """
                \u00012026-03-05

                content/offerings/a.md
                content/news/b.md
                \u00012025-12-24

                content/offerings/a.md
                content/quarters/c.md
                """;
        Map<String, LocalDate> dates = GitDates.parse(new BufferedReader(new StringReader(log)));
        assertEquals(Map.of(
                "content/offerings/a.md", LocalDate.of(2026, 3, 5),
                "content/news/b.md", LocalDate.of(2026, 3, 5),
                "content/quarters/c.md", LocalDate.of(2025, 12, 24)), dates);
    }

    @Test
    void parseSkipsTheFilesOfACommitWithABadDate() throws IOException {
        String log = "\u0001not-a-date\n\ncontent/offerings/x.md\n"
                + "\u00012026-01-02\n\ncontent/offerings/y.md\n   \n"
                + "\u00012025-02-30\ncontent/offerings/z.md\n";
        Map<String, LocalDate> dates = GitDates.parse(new BufferedReader(new StringReader(log)));
        assertEquals(Map.of("content/offerings/y.md", LocalDate.of(2026, 1, 2)), dates);
    }

    @Test
    void parseOfNothingIsEmpty() throws IOException {
        assertTrue(GitDates.parse(new BufferedReader(new StringReader(""))).isEmpty());
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoDates() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site/content/offerings"));
        Files.writeString(site.resolve("x.md"), "---\ntitle: X\n---\n");
        // git looks for a repository upwards; the temporary folder must not lie inside one
        assumeTrue(run(temp, "git", "rev-parse", "--git-dir") != 0, "the temporary folder lies inside a Git repository");
        assertEquals(Map.of(), GitDates.of(temp.resolve("site")));
    }

    @Test
    void aRepositoryGivesTheCommitDateOfEachContentFile() throws IOException {
        assumeTrue(run(temp, "git", "--version") == 0, "git is not on the PATH");
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content/offerings"));
        Files.createDirectories(site.resolve("themes"));
        Files.writeString(site.resolve("content/offerings/lesefest.md"), "---\ntitle: Lesefest\n---\n");
        // a name with umlauts comes back unquoted (core.quotepath=off), where the JVM can write such a name at all
        String umlauts = "content/offerings/schlagerchor-äöü.md";
        try {
            Files.writeString(site.resolve(umlauts), "---\ntitle: Chor\n---\n");
        } catch (InvalidPathException e) {
            umlauts = "content/offerings/schlagerchor.md";
            Files.writeString(site.resolve(umlauts), "---\ntitle: Chor\n---\n");
        }
        Files.writeString(site.resolve("themes/x.txt"), "not content\n");
        Files.writeString(site.resolve("site-config.yml"), "title: T\n");
        assertEquals(0, run(site, "git", "init", "-q"));
        assertEquals(0, run(site, "git", "config", "user.name", "Test"));
        assertEquals(0, run(site, "git", "config", "user.email", "test@example.org"));
        assertEquals(0, run(site, "git", "config", "commit.gpgsign", "false"));
        assertEquals(0, run(site, "git", "add", "-A"));
        assertEquals(0, commit(site, "2024-05-17T10:00:00+02:00", "first"));
        Files.writeString(site.resolve("content/offerings/lesefest.md"), "---\ntitle: Lesefest 2026\n---\n");
        assertEquals(0, run(site, "git", "add", "-A"));
        assertEquals(0, commit(site, "2025-01-31T23:30:00+01:00", "second"));

        Map<String, LocalDate> dates = GitDates.of(site);
        assertEquals(Map.of(
                "content/offerings/lesefest.md", LocalDate.of(2025, 1, 31),
                umlauts, LocalDate.of(2024, 5, 17)), dates,
                "only files under content/, each with its last commit's date, names unquoted");
    }

    private static int commit(Path dir, String date, String message) throws IOException {
        return run(dir, Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "git", "commit", "-q", "--no-verify", "-m", message);
    }

    private static int run(Path dir, String... command) throws IOException {
        return run(dir, Map.of(), command);
    }

    private static int run(Path dir, Map<String, String> env, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        // no global or system configuration (hooks, signing, templates) leaks into the test repository
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return -1; // no git
        }
        try {
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
