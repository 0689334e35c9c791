package de.quartier.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the launcher works out by the shell's own means rather than by starting a process (README,
 * "Start-up and JVM options"): its own folder from however it was named, and the JDK that the PATH's
 * java is a link to.
 */
class LauncherPathsIT extends LauncherFixture {
    @Test
    void startedByARelativeNameItFindsItsJar() throws Exception {
        // a wrong folder would find no jar there and try to build one with a Maven Wrapper this copy lacks (exit 70)
        Path target = app.resolve("target");
        for (Map.Entry<Path, String> named : List.of(Map.entry(app, "./quartier"), Map.entry(elsewhere, "../app/quartier"),
                Map.entry(target, "../quartier"), Map.entry(temp, "app/quartier"), Map.entry(temp, "./app/./quartier"),
                Map.entry(elsewhere, "..//app/../app/quartier"))) {
            Run run = run(named.getValue(), named.getKey(), Map.of(), "--version");
            assertEquals(0, run.status(), named + ": " + run);
            assertTrue(run.out().startsWith("quartier "), named + ": " + run);
        }
        // and it keeps its archives beside its jar, not beside the caller
        Run built = run("../app/quartier", elsewhere, Map.of("QUARTIER_CDS", "debug"),
                "build", "--out", out.toString(), "--today", TODAY, "--site", site.toString());
        assertEquals(0, built.status(), built.toString());
        // (JDK 17-23 name the archive "creating …", 24 and newer "recording for …")
        assertTrue(built.err().contains(" " + cds + "/build-java"), built.toString());
        assertFalse(Files.exists(temp.resolve("target")), "nothing made beside the caller's folder");
    }

    /** The launcher named as given (a relative path), run in {@code cwd} to its end. */
    private Run run(String launcher, Path cwd, Map<String, String> env, String... args) throws Exception {
        Path[] log = {temp.resolve("stdout"), temp.resolve("stderr")};
        return finish(start(launcher, cwd, env, log, args), log);
    }

    @Test
    void aPathJavaLinkedIntoTheJdkFoldersIsKnownByThatJdksRelease() throws Exception {
        Path folders = temp.resolve("jdks");
        Path ran99 = temp.resolve("ran-99");
        Path ran11 = temp.resolve("ran-11");
        fakeJdk(folders.resolve("jdk-99"), "99", ran99, true);
        Path old = fakeJdk(folders.resolve("jdk-11"), "11.0.2", ran11, true);
        // as Debian's /usr/bin/java: a link to a link to the JDK's java, on a PATH without readlink
        Path alternatives = Files.createDirectories(temp.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), old.resolve("bin/java"));
        Path bin = toolsBut(temp.resolve("bin"), "java", "readlink");
        Files.createSymbolicLink(bin.resolve("java"), alternatives.resolve("java"));

        Run run = build(elsewhere, Map.of("PATH", bin.toString(), "QUARTIER_JDKS", folders.toString(), "QUARTIER_CDS", "debug"),
                "--site", site.toString());
        assertEquals(0, run.status(), run.toString());
        // known as Java 11 (too old), the PATH's java gives way to the newest JDK in the folders
        assertTrue(run.err().contains("rather than the PATH's " + bin.resolve("java") + " (Java 11, too old)"), run.toString());
        assertTrue(Files.exists(ran99), run.toString());
        assertFalse(Files.exists(ran11), "the Java 11 was not started");
    }
}
