package de.quartier.cli;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The {@code ./quartier} launcher's class-data archive (README, "Start-up"), run as a user runs it:
 * a copy of the launcher and of {@code target/quartier.jar} (so the project's own target/cds/ is not
 * touched), started from other folders, with a HOME that cannot be written, on the JDK that runs
 * Maven. Runs after {@code package} (failsafe), since the launcher needs the jar.
 *
 * <p>That the JVM really maps the archive is read from its class-loading log
 * ({@code -Xlog:class+load}): Quartier's classes come "source: shared objects file" from an archive,
 * "source: file:" from the jar.
 */
class LauncherIT extends LauncherFixture {
    @Test
    void firstBuildMakesTheArchiveLaterBuildsMapItANewJarGetsANewOne() throws Exception {
        // the same options in every run: they are part of the archive's key
        Path mapping = temp.resolve("mapping.log");
        String opts = "-Xlog:class+load=info:file=" + classes + " -Xlog:cds=info,cds+reloc=debug:file=" + mapping;

        Run first = build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts), "--site", site.toString());
        first.assertCleanSuccess();
        Path archive = single(awaitArchives());
        assertEquals(0, fromArchive(), "the first run loads Quartier from the jar");

        // from the site folder itself, without --site; debug says what the launcher does
        Run second = build(site, Map.of("QUARTIER_JAVA_OPTS", opts, "QUARTIER_CDS", "debug"));
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.err().contains("quartier: launcher: using " + archive), second.toString());
        // JDK 17-23: the launcher asks for the archive at its own address (JDK 24+'s AOT cache keeps the JDK's default)
        assertEquals(archive.toString().endsWith(".jsa"), second.err().contains("-XX:ArchiveRelocationMode=0"), second.toString());
        assertTrue(fromArchive() > 0.9 * quartierClasses(), "most of Quartier's classes come from the archive: "
                + fromArchive() + " of " + quartierClasses());
        Run quiet = build(site, Map.of("QUARTIER_JAVA_OPTS", opts));
        quiet.assertCleanSuccess();
        assertTrue(fromArchive() > 0.9 * quartierClasses());
        if (archive.toString().endsWith(".jsa")) {
            // JDK 17-23: mapped where it was written for, without rewriting its pointers (60 ms of each start);
            // were that address taken (not seen here), the JVM would relocate it and this would fail
            String log = Files.readString(mapping);
            assertTrue(log.contains("Mapped dynamic region"), log);
            assertFalse(log.contains("relocation start"), log);
        }

        Run off = build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts, "QUARTIER_CDS", "off"), "--site", site.toString());
        off.assertCleanSuccess();
        assertEquals(0, fromArchive(), "QUARTIER_CDS=off maps no archive");
        assertEquals(List.of(archive), archives());

        // a damaged archive never fails a build: one the JVM refuses (zeros) and a truncated one,
        // which JDK 17 would crash on, so the launcher makes it anew
        archive.toFile().setWritable(true); // the JVM makes it read-only
        Files.write(archive, new byte[(int) Files.size(archive)]);
        build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts), "--site", site.toString()).assertCleanSuccess();
        Files.write(archive, new byte[100_000]);
        build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts), "--site", site.toString()).assertCleanSuccess();
        Path remade = single(awaitArchives());
        assertEquals(sizeInName(remade), Files.size(remade), "an archive of the size its name says");

        // a new jar (another size, a later time): a new archive, the old one removed; and the key of
        // options whose archive is gone (here one that never had one) leaves target/cds/keys then
        String gone = "12345 build /no/jdk 17.0.0 -XX:+UseSerialGC offerings<256";
        Files.writeString(cds.resolve("keys"), gone + "\n", java.nio.file.StandardOpenOption.APPEND);
        try (FileSystem zip = FileSystems.newFileSystem(app.resolve("target/quartier.jar"))) {
            Files.writeString(zip.getPath("launcher-it.txt"), "a changed jar");
        }
        build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts), "--site", site.toString()).assertCleanSuccess();
        assertEquals(0, fromArchive(), "the archive of the old jar is not used");
        Path renewed = single(awaitArchives());
        assertTrue(Files.getLastModifiedTime(renewed).compareTo(Files.getLastModifiedTime(app.resolve("target/quartier.jar"))) > 0,
                "an archive made after the new jar");
        // the archive's checksum, worked out once, is read from target/cds/keys by the launcher
        long until = System.nanoTime() + 60_000_000_000L; // the old archives and keys go after the new one is in place
        while (Files.readAllLines(cds.resolve("keys")).contains(gone) && System.nanoTime() < until) Thread.sleep(200);
        List<String> keys = Files.readAllLines(cds.resolve("keys"));
        assertFalse(keys.contains(gone), keys.toString());
        assertTrue(keys.stream().anyMatch(l -> l.matches("\\d+ build .*") && renewed.getFileName().toString().startsWith(
                "build-java" + Runtime.version().feature() + "-" + l.substring(0, l.indexOf(' ')) + "-")), keys + " " + renewed);
        build(elsewhere, Map.of("QUARTIER_JAVA_OPTS", opts), "--site", site.toString()).assertCleanSuccess();
        assertTrue(fromArchive() > 0.9 * quartierClasses());
    }

    @Test
    void twoFirstRunsAtOnceLeaveOnlyWholeArchives() throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path[]> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path o = temp.resolve("out" + i);
            Path[] log = {temp.resolve("stdout" + i), temp.resolve("stderr" + i)};
            processes.add(start(elsewhere, Map.of(), log, "build", "--site", site.toString(), "--out", o.toString(),
                    "--today", TODAY));
            logs.add(log);
        }
        for (int i = 0; i < 2; i++) finish(processes.get(i), logs.get(i)).assertCleanSuccess();
        List<Path> made = awaitArchives();
        assertTrue(!made.isEmpty() && made.size() <= 2, made.toString());
        for (Path archive : made) assertEquals(sizeInName(archive), Files.size(archive), archive.toString());

        Run next = build(elsewhere, Map.of("QUARTIER_CDS", "debug"), "--site", site.toString());
        assertEquals(0, next.status(), next.toString());
        assertTrue(next.err().contains("quartier: launcher: using "), next.toString());
    }

    /**
     * The launcher's collector and young generation (README, "JVM options"), as the JVM itself
     * reports them at start and exit; a collector the user names replaces the launcher's, young
     * generation and all (two collectors would stop the JVM), and a heap the user caps small keeps
     * the JVM's own young generation.
     */
    @Test
    void theLaunchersCollectorUnlessTheUserNamesOne() throws Exception {
        String ours = gcLogOfABuildWith("");
        assertTrue(ours.contains("Using Parallel"), ours);
        assertEquals(60L << 20, youngReserved(ours, "PSYoungGen"), "the young generation's reserved bytes\n" + ours);
        // huge pages where the kernel offers them (else the JVM would warn on every run)
        assertEquals(kernelOffersHugePages(), ours.contains("UseTransparentHugePages=1"), ours);
        String without = gcLogOfABuildWith("-XX:-UseTransparentHugePages");
        assertFalse(without.contains("UseTransparentHugePages=1"), "the user's option comes last\n" + without);

        String theirs = gcLogOfABuildWith("-XX:+UseSerialGC");
        assertTrue(theirs.contains("Using Serial"), theirs);
        assertNotEquals(60L << 20, youngReserved(theirs, "(?:def new generation|DefNew)"), "the launcher's -Xmn went with its collector\n" + theirs);

        // a small heap of the user's keeps the JVM's young generation: no warning that 60 MB are the whole heap
        String small = gcLogOfABuildWith("-Xmx48m");
        assertTrue(small.contains("Using Parallel"), small);
        // the JVM's own share is a third of the heap; 60 MB asked of a 48 MB heap would have left ~47.5 MB
        assertTrue(youngReserved(small, "PSYoungGen") < 24L << 20, small);
        // as the JVM, the launcher reads the last cap given
        String last = gcLogOfABuildWith("-Xmx48m -Xmx1g");
        assertEquals(60L << 20, youngReserved(last, "PSYoungGen"), last);
    }

    /**
     * Below 10,000 offerings a build's survivors move to the old generation at once (README, "JVM
     * options"), as the JVM reads its flags; the user's own threshold, or a collector of the user's,
     * replaces it.
     */
    @Test
    void survivorsMoveToTheOldGenerationAtOnceUnlessTheUserSaysOtherwise() throws Exception {
        assertEquals("0", tenuringThreshold(""));
        assertEquals("7", tenuringThreshold("-XX:MaxTenuringThreshold=7"));
        assertNotEquals("0", tenuringThreshold("-XX:+UseSerialGC"), "the launcher's threshold went with its collector");
    }

    private String tenuringThreshold(String userOptions) throws Exception {
        Run run = build(elsewhere, Map.of("QUARTIER_CDS", "off", "QUARTIER_JAVA_OPTS", (userOptions + " -XX:+PrintFlagsFinal").strip()),
                "--site", site.toString());
        assertEquals(0, run.status(), run.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bMaxTenuringThreshold\\s+=\\s+(\\d+)").matcher(run.out());
        assertTrue(m.find(), "the JVM's flags\n" + run);
        return m.group(1);
    }

    /** Whether this machine's kernel gives transparent huge pages to a program that asks (or to all). */
    private static boolean kernelOffersHugePages() throws IOException {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!Files.isReadable(modes)) return false;
        String m = Files.readString(modes);
        return m.contains("[always]") || m.contains("[madvise]");
    }

    /**
     * From 10,000 offerings on the heap is capped and huge pages are left out (they cost 100 MB more
     * at 20,000), and C1 inlines as usual (its smaller inlining is for sites under 3,000). The JVM
     * options the launcher chose, as debug prints them, for a site with 10,000 offering files (empty:
     * only counted, since --help builds nothing).
     */
    @Test
    void theSitesSizeSetsTheHeapCapHugePagesAndInlining() throws Exception {
        Path large = temp.resolve("large");
        Path offerings = Files.createDirectories(large.resolve("content/offerings"));
        // counted by the shell's patterns, through subfolders, without hidden files
        Path nested = Files.createDirectories(offerings.resolve("a/b"));
        for (int i = 0; i < 4_000; i++) Files.createFile(offerings.resolve("o" + i + ".md"));
        for (int i = 0; i < 3_000; i++) Files.createFile(offerings.resolve("a/p" + i + ".md"));
        for (int i = 0; i < 3_000; i++) Files.createFile(nested.resolve("n" + i + ".md"));
        Files.createFile(offerings.resolve(".DS_Store"));
        // 5,000 entries in one folder or more are counted by a find, just as
        Path wide = Files.createDirectories(temp.resolve("wide/content/offerings"));
        for (int i = 0; i < 9_999; i++) Files.createFile(wide.resolve("o" + i + ".md"));
        Files.createFile(wide.resolve(".DS_Store"));
        Path[] log = {temp.resolve("stdout"), temp.resolve("stderr")};
        Run help = finish(start(elsewhere, Map.of("QUARTIER_CDS", "debug"), log, "build", "--help", "--site", large.toString()), log);
        assertEquals(0, help.status(), help.toString());
        String options = help.err().lines().filter(l -> l.startsWith("quartier: launcher: JVM options:")).findFirst().orElseThrow();
        assertTrue(options.contains(" -Xmx360m"), options);
        assertFalse(options.contains("HugePages"), options);
        assertFalse(options.contains("C1MaxInlineSize"), options);
        Files.delete(nested.resolve("n0.md"));
        Run fewer = finish(start(elsewhere, Map.of("QUARTIER_CDS", "debug"), log, "build", "--help", "--site", large.toString()), log);
        assertFalse(fewer.err().contains("-Xmx"), "9,999 offerings are no large site\n" + fewer);
        Run wider = finish(start(elsewhere, Map.of("QUARTIER_CDS", "debug"), log, "build", "--help", "--site", wide.getParent().getParent().toString()), log);
        assertFalse(wider.err().contains("-Xmx"), "9,999 offerings and a hidden file are no large site\n" + wider);
        assertFalse(wider.err().contains("C1MaxInlineSize"), "C1's smaller inlining is for up to 3,000 offerings\n" + wider);
        Files.createFile(wide.resolve("o9999.md"));
        wider = finish(start(elsewhere, Map.of("QUARTIER_CDS", "debug"), log, "build", "--help", "--site", wide.getParent().getParent().toString()), log);
        assertTrue(wider.err().contains(" -Xmx360m"), wider.toString());
        Run small = finish(start(elsewhere, Map.of("QUARTIER_CDS", "debug"), log, "build", "--help", "--site", site.toString()), log);
        assertEquals(kernelOffersHugePages(), small.err().contains("-XX:+UseTransparentHugePages"), small.toString());
        assertTrue(small.err().contains("-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20"), small.toString());
    }

    /**
     * A source file newer than the jar, however deep in src/main, makes the launcher build the jar
     * again (here it cannot: the copy has no Maven Wrapper, so it says so and stops); an older one
     * does not. The shell's own walk, which replaced a find.
     */
    @Test
    void aSourceNewerThanTheJarDeepInItsFoldersRebuildsIt() throws Exception {
        Path source = Files.createDirectories(app.resolve("src/main/java/de/quartier/x")).resolve("Y.java");
        Files.writeString(source, "class Y {}");
        long jarTime = Files.getLastModifiedTime(app.resolve("target/quartier.jar")).toMillis();
        for (Path p : List.of(source, source.getParent(), source.getParent().getParent(), app.resolve("src/main/java/de"),
                app.resolve("src/main/java"), app.resolve("src/main"), app.resolve("src")))
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(jarTime - 60_000));
        build(elsewhere, Map.of("QUARTIER_CDS", "off"), "--site", site.toString()).assertCleanSuccess();

        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(jarTime + 1));
        Run stale = build(elsewhere, Map.of("QUARTIER_CDS", "off"), "--site", site.toString());
        assertEquals(70, stale.status(), stale.toString());
        assertTrue(stale.err().contains("quartier: building target/quartier.jar"), stale.toString());
    }

    /** The JVM's collector (and page size) log of a clean build (no archive) with these options of the user's. */
    private String gcLogOfABuildWith(String userOptions) throws Exception {
        Path gcLog = temp.resolve("gc.log");
        String opts = (userOptions + " -Xlog:gc,gc+heap+exit,pagesize:file=" + gcLog).strip();
        build(elsewhere, Map.of("QUARTIER_CDS", "off", "QUARTIER_JAVA_OPTS", opts), "--site", site.toString()).assertCleanSuccess();
        return Files.readString(gcLog);
    }

    /**
     * The bytes reserved for the young generation: "PSYoungGen total 30720K, used … [start, top, end)" at
     * exit; {@code generation} is a pattern (the serial one's name is "DefNew" from JDK 24 on).
     */
    private static long youngReserved(String gcLog, String generation) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(generation
                + "\\s+total \\d+K, used \\d+K \\[0x(\\p{XDigit}+), 0x\\p{XDigit}+, 0x(\\p{XDigit}+)\\)").matcher(gcLog);
        assertTrue(m.find(), "no " + generation + " in the JVM's log at exit:\n" + gcLog);
        return Long.parseLong(m.group(2), 16) - Long.parseLong(m.group(1), 16);
    }

    /**
     * The same site and day give the same bytes in two JVMs: unlike two builds in one JVM (the unit
     * tests'), each starts with its own seed for the iteration order of Set.of and Map.of (no class-data
     * archive, which would fix it) and its own cold caches; one runs one worker, the other four.
     */
    @Test
    void twoJvmsWithOtherThreadCountsWriteTheSameBytes() throws Exception {
        Path example = TestSites.copyExample(temp.resolve("example"), false);
        Map<String, byte[]> built = null;
        for (String threads : List.of("1", "4")) {
            Path into = temp.resolve("out-" + threads);
            List<String> args = List.of("build", "--site", example.toString(), "--out", into.toString(), "--today", TODAY, "--threads", threads);
            Path[] log = {temp.resolve("stdout"), temp.resolve("stderr")};
            Run run = finish(start(elsewhere, Map.of("QUARTIER_CDS", "off", "QUARTIER_JAVA_OPTS", "-Xshare:off"), log, args.toArray(String[]::new)), log);
            run.assertCleanSuccess();
            Map<String, byte[]> files = TestSites.files(into);
            assertTrue(files.size() > 1000, "the example site: " + files.size() + " files");
            if (built == null) {
                built = files;
                continue;
            }
            assertEquals(new java.util.TreeSet<>(built.keySet()), new java.util.TreeSet<>(files.keySet()));
            for (var e : built.entrySet())
                assertTrue(java.util.Arrays.equals(e.getValue(), files.get(e.getKey())), e.getKey() + " differs between the two JVMs");
        }
    }


    private List<String> quartierLines() throws IOException {
        return Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(" de.quartier.") && l.contains(" source: ")).toList();
    }

    private long quartierClasses() throws IOException {
        long n = quartierLines().size();
        assertTrue(n > 50, "the class-loading log names Quartier's classes (" + n + ")");
        return n;
    }

    private long fromArchive() throws IOException {
        quartierClasses();
        return quartierLines().stream().filter(l -> l.contains("source: shared objects file")).count();
    }
}
