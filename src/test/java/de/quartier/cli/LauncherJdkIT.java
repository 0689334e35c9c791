package de.quartier.cli;

import de.quartier.InstalledJdks;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which JDK the launcher runs (README, "Which Java"): JAVA_HOME's, else the PATH's, else a newer
 * one from the JDK folders; and, on JDK 24 and newer, one AOT cache however soon the next build comes.
 */
class LauncherJdkIT extends LauncherFixture {
    @Test
    void javaHomeChoosesTheJdkAndAWrongOneIsNamed() throws Exception {
        // a JDK folder whose java notes that it ran, then runs the JDK of these tests
        Path jdk = temp.resolve("jdk");
        Path marker = temp.resolve("ran-from-java-home");
        Files.createDirectories(jdk.resolve("bin"));
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n: > '" + marker + "'\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        build(elsewhere, Map.of("JAVA_HOME", jdk.toString()), "--site", site.toString()).assertCleanSuccess();
        assertTrue(Files.exists(marker), "the launcher ran JAVA_HOME's java, not the one on the PATH");

        Path empty = Files.createDirectories(temp.resolve("not-a-jdk"));
        Run wrong = build(elsewhere, Map.of("JAVA_HOME", empty.toString()), "--site", site.toString());
        assertEquals(127, wrong.status(), wrong.toString());
        assertTrue(wrong.err().contains("JAVA_HOME is " + empty + ", but it has no bin/java"), wrong.toString());

        // a JDK too old for the jar is named as such, not by the JVM's UnsupportedClassVersionError
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Files.delete(marker);
        Run old = build(elsewhere, Map.of("JAVA_HOME", jdk.toString()), "--site", site.toString());
        assertEquals(127, old.status(), old.toString());
        assertTrue(old.err().contains("is Java 11.0.2; Quartier needs Java 17 or newer"), old.toString());
        assertTrue(!Files.exists(marker), "the old java was not started");
        // also when the jar is to be built first: Maven would fail on that JDK with a message of its own
        Path pom = Files.writeString(app.resolve("pom.xml"), "<project/>");
        pom.toFile().setLastModified(System.currentTimeMillis() + 60_000);
        Run stale = build(elsewhere, Map.of("JAVA_HOME", jdk.toString()), "--site", site.toString());
        assertEquals(127, stale.status(), stale.toString());
        assertTrue(stale.err().contains("Quartier needs Java 17 or newer") && !stale.err().contains("building"), stale.toString());
        Files.delete(pom);
    }

    @Test
    void withoutJavaHomeTheNewestJdkFrom25OnInTheJdkFoldersRunsQuartier() throws Exception {
        // each made-up JDK notes its arguments when it runs, then runs the JDK of these tests
        Path folders = temp.resolve("jdks");
        Path ran99 = temp.resolve("ran-99");
        fakeJdk(folders.resolve("a/jdk-98"), "98", temp.resolve("ran-98"), true);
        fakeJdk(folders.resolve("a/jdk-102-jre"), "102", temp.resolve("ran-102-jre"), false); // no javac: a JRE
        Path newest = fakeJdk(folders.resolve("b/jdk-99"), "99.0.1", ran99, true);
        fakeJdk(folders.resolve("b/jdk-101-ea"), "101-ea", temp.resolve("ran-101-ea"), true); // early access
        Files.createDirectories(folders.resolve("b/jdk-100")); // no bin/java
        Files.writeString(folders.resolve("b/jdk-100/release"), "JAVA_VERSION=\"100\"\n");
        // an empty entry is no folder (it would be "/")
        String jdks = folders.resolve("a") + File.pathSeparator + File.pathSeparator + folders.resolve("b");

        Run picked = build(elsewhere, Map.of("QUARTIER_JDKS", jdks, "QUARTIER_CDS", "debug"), "--site", site.toString());
        assertEquals(0, picked.status(), picked.toString());
        assertEquals(List.of("ran-99"), ran(), "the newest JDK release with java and javac, not an early-access build");
        // from Java 25 on with compact object headers (README, "Start-up and JVM options")
        assertTrue(Files.readAllLines(ran99).contains("-XX:+UseCompactObjectHeaders"), Files.readString(ran99));
        // and no full collection for the code cache's growth
        assertTrue(Files.readAllLines(ran99).contains(SWEEPER), Files.readString(ran99));
        assertTrue(picked.err().contains("quartier: launcher: running " + newest + " (Java 99) rather than the PATH's "), picked.toString());

        // JAVA_HOME chooses; an empty QUARTIER_JDKS looks nowhere; a JDK older than 25 is no reason to switch
        Files.delete(ran99);
        Path only24 = temp.resolve("jdks-24");
        fakeJdk(only24.resolve("jdk-24"), "24.0.2", temp.resolve("ran-24"), true);
        for (Map<String, String> env : List.<Map<String, String>>of(Map.of("QUARTIER_JDKS", jdks, "JAVA_HOME", System.getProperty("java.home")),
                Map.of(), Map.of("QUARTIER_JDKS", only24.toString()))) {
            Map<String, String> debug = new HashMap<>(env);
            debug.put("QUARTIER_CDS", "debug");
            Run kept = build(elsewhere, debug, "--site", site.toString());
            assertEquals(0, kept.status(), kept.toString());
            assertFalse(kept.err().contains("quartier: launcher: running"), env + ": " + kept);
        }
        assertEquals(List.of(), ran(), "the JDK of these tests ran");

        // the PATH's java decides what counts as newer: a Java 99 there keeps it, a Java 11 gives way (too old)
        Path path99 = fakeJdk(temp.resolve("path-99"), "99", temp.resolve("ran-path-99"), true);
        String path = path99.resolve("bin") + File.pathSeparator + System.getenv("PATH");
        build(elsewhere, Map.of("QUARTIER_JDKS", jdks, "PATH", path), "--site", site.toString()).assertCleanSuccess();
        assertEquals(List.of("ran-path-99"), ran(), "a JDK as new as the PATH's is no reason to switch");
        Files.delete(temp.resolve("ran-path-99"));
        Path path11 = fakeJdk(temp.resolve("path-11"), "11.0.2", temp.resolve("ran-path-11"), true);
        Run old = build(elsewhere, Map.of("QUARTIER_JDKS", jdks, "QUARTIER_CDS", "debug",
                "PATH", path11.resolve("bin") + File.pathSeparator + System.getenv("PATH")), "--site", site.toString());
        assertEquals(0, old.status(), old.toString());
        assertEquals(List.of("ran-99"), ran(), old.toString());
        assertTrue(old.err().contains("(Java 11, too old), and building the jar with it"), old.toString());
        Files.delete(ran99);

        // no java on the PATH at all: the newest JDK in the folders from 17 on, or an error that says where it looked
        Path bin = toolsBut(temp.resolve("bin-without-java"), "java");
        build(elsewhere, Map.of("PATH", bin.toString(), "QUARTIER_JDKS", jdks), "--site", site.toString()).assertCleanSuccess();
        assertEquals(List.of("ran-99"), ran(), "without a java on the PATH the newest JDK in the folders ran");
        Run none = build(elsewhere, Map.of("PATH", bin.toString()), "--site", site.toString());
        assertEquals(127, none.status(), none.toString());
        assertTrue(none.err().contains("no java on the PATH, no JAVA_HOME, and no JDK 17 or newer in the JDK folders (QUARTIER_JDKS is empty)"), none.toString());
    }

    private static final String COH = "-XX:+UseCompactObjectHeaders";
    private static final String MHC = "-Djava.lang.invoke.MethodHandle.CUSTOMIZE_THRESHOLD=-1";
    private static final String SWEEPER = "-XX:SweeperThreshold=100";

    @Test
    void theJava25OptionsGoOnlyWhereTheyWereMeasured() throws Exception {
        // README, "Start-up and JVM options": each option where it made builds faster, and nowhere else
        Path log25 = temp.resolve("ran-25");
        Path jdk25 = fakeJdk(temp.resolve("jdks/jdk-25"), "25.0.1", log25, true);
        // no base CDS archive in the JDK, so no AOT cache: method handles are customised as by default
        build(elsewhere, Map.of("JAVA_HOME", jdk25.toString()), "--site", site.toString()).assertCleanSuccess();
        List<String> plain = runs(log25).get(0);
        assertTrue(plain.contains(COH) && plain.contains(SWEEPER) && plain.contains("-XX:TieredStopAtLevel=1"), plain.toString());
        assertFalse(plain.contains(MHC), plain.toString());
        Files.delete(log25);

        // with the JDK's base archive the first build records an AOT cache, and it runs without customised
        // method handles; if the recording fails (as on a JDK 17 under the made-up 25), the build that
        // follows it has no cache and so no such option either
        Files.createDirectories(jdk25.resolve("lib/server"));
        Files.writeString(jdk25.resolve("lib/server/classes.jsa"), "");
        Run first = build(elsewhere, Map.of("JAVA_HOME", jdk25.toString(), "QUARTIER_CDS", "debug"), "--site", site.toString());
        assertEquals(0, first.status(), first.toString());
        List<List<String>> runs = runs(log25);
        assertTrue(runs.get(0).contains("-XX:AOTMode=record") && runs.get(0).contains(MHC), runs.toString());
        if (first.err().contains("running once more without one")) {
            assertFalse(runs.get(1).contains(MHC) || runs.get(1).stream().anyMatch(a -> a.startsWith("-XX:AOT")), runs.toString());
        } else {
            awaitArchives(); // the cache assembled in the background, before the test's folder goes
        }
        Files.delete(log25);

        // a threshold of the user's own stands, with a cache too (README: "restores the JDK's default")
        String own = "-Djava.lang.invoke.MethodHandle.CUSTOMIZE_THRESHOLD=127";
        Run mine = build(elsewhere, Map.of("JAVA_HOME", jdk25.toString(), "QUARTIER_JAVA_OPTS", own), "--site", site.toString());
        assertEquals(0, mine.status(), mine.toString());
        List<String> recorded = runs(log25).get(0);
        assertTrue(recorded.contains("-XX:AOTMode=record") && recorded.contains(own) && !recorded.contains(MHC), recorded.toString());
        if (Runtime.version().feature() >= 24) awaitArchives();
        Files.delete(log25);

        // serve runs for hours with C2, which inlines customised method handles, and unloads code as it goes
        Path[] log = {temp.resolve("stdout"), temp.resolve("stderr")};
        Run serve = finish(start(elsewhere, Map.of("JAVA_HOME", jdk25.toString()), log, "serve", "--help"), log);
        assertEquals(0, serve.status(), serve.toString());
        List<String> served = runs(log25).get(0);
        assertTrue(served.contains(COH), served.toString());
        assertFalse(served.contains(MHC) || served.contains(SWEEPER) || served.contains("-XX:TieredStopAtLevel=1"), served.toString());

        // Java 24 knows none of them as measured (compact object headers were experimental there)
        Path log24 = temp.resolve("ran-24");
        Path jdk24 = fakeJdk(temp.resolve("jdks/jdk-24"), "24.0.2", log24, true);
        build(elsewhere, Map.of("JAVA_HOME", jdk24.toString()), "--site", site.toString()).assertCleanSuccess();
        List<String> on24 = runs(log24).get(0);
        assertFalse(on24.contains(COH) || on24.contains(MHC) || on24.contains(SWEEPER), on24.toString());
    }

    /** The arguments of each run of a made-up JDK's java, in order. */
    private static List<List<String>> runs(Path marker) throws IOException {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = null;
        for (String line : Files.readAllLines(marker)) {
            if (line.equals("--- run")) runs.add(run = new ArrayList<>());
            else run.add(line);
        }
        return runs;
    }

    /** Which made-up JDKs ran (their notes, "ran-…", in the test's folder). */
    private List<String> ran() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("ran-")).sorted().toList();
        }
    }

    /** JDK 24+ (its cache is assembled after the first run): the JDK of these tests, or one beside it; else the test is skipped. */
    private static Path jdk24OrNewer() throws IOException {
        Optional<Path> jdk = Runtime.version().feature() >= 24 ? Optional.of(InstalledJdks.current())
                : InstalledJdks.beside().stream().filter(j -> InstalledJdks.feature(j) >= 24).findFirst();
        if (jdk.isEmpty()) System.err.println("[LauncherJdkIT] skipped: no JDK 24 or newer beside " + System.getProperty("java.home"));
        assumeTrue(jdk.isPresent(), "no JDK 24 or newer beside the JDK of these tests");
        return jdk.get();
    }

    @Test
    void aDamagedAotCacheStillBuildsAndIsMadeAnew() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", jdk24OrNewer().toString(), "QUARTIER_CDS", "debug");
        assertEquals(0, build(elsewhere, env, "--site", site.toString()).status());
        Path cache = single(awaitArchives());
        // cut short (its name still says its old size): the JVM runs without it, and the launcher's check beside
        // the JVM's start removes it
        try (var file = java.nio.channels.FileChannel.open(cache, java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(Files.size(cache) / 2);
        }
        Run damaged = build(elsewhere, env, "--site", site.toString());
        assertEquals(0, damaged.status(), damaged.toString());
        assertTrue(damaged.err().contains("using " + cache), damaged.toString());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(cache) && System.nanoTime() < end) Thread.sleep(100);
        assertFalse(Files.exists(cache), "the damaged cache is removed");
        Run next = build(elsewhere, env, "--site", site.toString());
        assertTrue(next.err().contains("recording for "), next.toString());
        assertEquals(sizeInName(single(awaitArchives())), Files.size(single(awaitArchives())), "a whole cache again");
    }

    @Test
    void aSiteOfAnotherSizeClassHasAnAotCacheOfItsOwn() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", jdk24OrNewer().toString(), "QUARTIER_CDS", "debug");
        Path offerings = site.resolve("content/offerings");
        try (Stream<Path> files = Files.list(offerings)) {
            assertEquals(3, files.count(), "the base site's offerings: fewer than 4");
        }
        assertEquals(0, build(elsewhere, env, "--site", site.toString()).status());
        Path small = single(awaitArchives());

        // 4 offerings: fewer than 8, another class, so a cache of its own beside the first
        Files.copy(offerings.resolve("spielmobil.md"), offerings.resolve("spielmobil-2.md"));
        Run grown = build(elsewhere, env, "--site", site.toString());
        assertEquals(0, grown.status(), grown.toString());
        assertTrue(grown.err().contains("recording for "), grown.toString());
        List<Path> both = awaitArchives();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.contains(small), both.toString());
        Path larger = both.get(both.get(0).equals(small) ? 1 : 0);

        // 5 offerings: the same class as 4
        Files.copy(offerings.resolve("spielmobil.md"), offerings.resolve("spielmobil-3.md"));
        Run same = build(elsewhere, env, "--site", site.toString());
        assertTrue(same.err().contains("quartier: launcher: using " + larger), same.toString());

        // back to 3: the first cache again
        Files.delete(offerings.resolve("spielmobil-2.md"));
        Files.delete(offerings.resolve("spielmobil-3.md"));
        Run back = build(elsewhere, env, "--site", site.toString());
        assertTrue(back.err().contains("quartier: launcher: using " + small), back.toString());
        assertEquals(both, archives());
    }

    @Test
    void noSecondAotCacheIsRecordedWhileOneIsAssembled() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", jdk24OrNewer().toString(), "QUARTIER_CDS", "debug");
        Run first = build(elsewhere, env, "--site", site.toString());
        assertEquals(0, first.status(), first.toString());
        Matcher recording = Pattern.compile("recording for (\\S+)-SIZE\\.aot").matcher(first.err());
        assertTrue(recording.find() && first.err().contains("in the background"), first.toString());
        String stem = recording.group(1);
        Files.delete(single(awaitArchives()));

        // what an assembly in progress leaves: the next build runs without a cache and records none
        Path conf = Path.of(stem + ".4242.tmp.conf");
        Files.writeString(conf, "");
        Run during = build(elsewhere, env, "--site", site.toString());
        assertEquals(0, during.status(), during.toString());
        assertTrue(during.err().contains("no archive: " + conf + " is being made into the AOT cache"), during.toString());
        assertFalse(during.err().contains("recording"), during.toString());
        assertEquals(List.of(), archives());

        // a leftover older than 10 minutes (a killed assembly) stops no one
        Files.setLastModifiedTime(conf, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(11)));
        Run after = build(elsewhere, env, "--site", site.toString());
        assertEquals(0, after.status(), after.toString());
        assertTrue(after.err().contains("recording for " + stem), after.toString());
        Files.delete(conf);
        Path cache = single(awaitArchives());
        Run next = build(elsewhere, env, "--site", site.toString());
        assertTrue(next.err().contains("quartier: launcher: using " + cache), next.toString());
    }
}
