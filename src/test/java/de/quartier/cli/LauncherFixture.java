package de.quartier.cli;

import de.quartier.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the launcher's tests share: a copy of the launcher and of {@code target/quartier.jar} (so the
 * project's own target/cds/ is not touched), started from other folders, with a HOME that cannot be
 * written, on the JDK that runs Maven, and ways to run it and to find the archives it made. Its
 * tests run after {@code package} (failsafe), since the launcher needs the jar.
 */
abstract class LauncherFixture {
    static final String TODAY = "2026-11-21";

    @TempDir
    Path temp;

    Path app;
    Path cds;
    Path site;
    Path out;
    Path elsewhere;
    Path home;
    Path classes;

    @BeforeEach
    void install() throws IOException {
        app = temp.resolve("app");
        cds = app.resolve("target/cds");
        Files.createDirectories(app.resolve("target"));
        Files.copy(Path.of("quartier"), app.resolve("quartier"));
        Files.setPosixFilePermissions(app.resolve("quartier"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of("target/quartier.jar"), app.resolve("target/quartier.jar"));
        site = TestSites.copyBase(temp.resolve("site"));
        out = temp.resolve("out");
        elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        // a file, so nothing can be made under $HOME/.cache (root ignores permission bits)
        home = Files.writeString(temp.resolve("home-is-a-file"), "");
        classes = temp.resolve("classes.log");
    }

    // ---- running the launcher ----------------------------------------------------------------

    record Run(int status, String out, String err) {
        /** Exit 0, and nothing but Quartier's own lines: no JVM warning on either stream. */
        void assertCleanSuccess() {
            assertEquals(0, status, toString());
            for (String line : (out + err).split("\n")) {
                if (!line.isEmpty()) assertTrue(line.startsWith("quartier build: "), "unexpected output: " + line + "\n" + this);
            }
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Run build(Path cwd, Map<String, String> env, String... siteArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--out", out.toString(), "--today", TODAY));
        args.addAll(List.of(siteArgs));
        Path[] log = {temp.resolve("stdout"), temp.resolve("stderr")};
        return finish(start(cwd, env, log, args.toArray(String[]::new)), log);
    }

    Process start(Path cwd, Map<String, String> env, Path[] log, String... args) throws IOException {
        return start(app.resolve("quartier").toString(), cwd, env, log, args);
    }

    /** As {@link #start(Path, Map, Path[], String...)}, with the launcher named as given (a relative path). */
    Process start(String launcher, Path cwd, Map<String, String> env, Path[] log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(log[0].toFile()).redirectError(log[1].toFile());
        Map<String, String> e = pb.environment();
        for (String name : List.of("QUARTIER_CDS", "QUARTIER_JAVA_OPTS", "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS",
                "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JAVA_HOME")) {
            e.remove(name);
        }
        e.put("HOME", home.toString());
        // no JDK from the machine's JDK folders (Temurin 25 beside the JDK of these tests) unless a test names some
        e.put("QUARTIER_JDKS", "");
        // the JDK that runs these tests comes first on the PATH (and JAVA_HOME only where a test sets it)
        e.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + e.getOrDefault("PATH", ""));
        e.putAll(env);
        return pb.start();
    }

    static Run finish(Process p, Path[] log) throws Exception {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the launcher did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), Files.readString(log[0]), Files.readString(log[1]));
    }

    /**
     * A JDK folder of the given version whose java writes its arguments into {@code marker}, then runs the
     * JDK of these tests without the options only Java 25 and newer know.
     */
    static Path fakeJdk(Path home, String version, Path marker, boolean javac) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        if (javac) Files.setPosixFilePermissions(Files.writeString(home.resolve("bin/javac"), "#!/bin/sh\nexit 1\n"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' '--- run' \"$@\" >> '" + marker + "'\n"
                + "for a; do shift; [ \"$a\" = -XX:+UseCompactObjectHeaders ] || set -- \"$@\" \"$a\"; done\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /**
     * A folder to stand for the PATH: links to the machine's tools in /usr/bin and /bin, but for
     * those whose names begin with one of the given words.
     */
    static Path toolsBut(Path bin, String... left) throws IOException {
        Files.createDirectories(bin);
        for (String dir : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> tools = Files.list(Path.of(dir))) {
                for (Path tool : tools.toList()) {
                    String name = tool.getFileName().toString();
                    Path link = bin.resolve(name);
                    if (Stream.of(left).noneMatch(name::startsWith) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS))
                        Files.createSymbolicLink(link, tool);
                }
            }
        }
        return bin;
    }

    // ---- archives and class loading ----------------------------------------------------------

    /** The finished archives (name-SIZE.jsa on JDK 17-23, .aot on 24+), once no temporary file is left. */
    List<Path> archives() throws IOException {
        if (!Files.isDirectory(cds)) return List.of();
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().matches(".*-\\d+\\.(jsa|aot)")).sorted().toList();
        }
    }

    /** JDK 24+ assembles the AOT cache in the background after the run: wait for it (and its clean-up). */
    List<Path> awaitArchives() throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            boolean busy;
            try (Stream<Path> files = Files.list(cds)) {
                busy = files.anyMatch(f -> f.getFileName().toString().contains(".tmp"));
            }
            List<Path> done = archives();
            if (!busy && !done.isEmpty()) return done;
            Thread.sleep(200);
        }
        fail("no archive in " + cds + " after 3 minutes: " + archives());
        return List.of();
    }

    static Path single(List<Path> archives) {
        assertEquals(1, archives.size(), archives.toString());
        return archives.get(0);
    }

    static long sizeInName(Path archive) {
        String name = archive.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.')));
    }
}
