package de.quartier.render;

import de.quartier.InstalledJdks;
import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A site does not change with the JDK that builds it (README, "Which Java"): the names of languages
 * and the date patterns that differ between Java 17's and Java 25's locale data are pinned
 * ({@link LanguageNames}, {@code Wording.DATES}). Needs the JDK the table was written from beside
 * the one that runs the tests, in the folder that holds it (/usr/lib/jvm on Debian, where the CI
 * machine has Temurin 25); without one the tests say so and are skipped.
 */
class JdkIndependenceIT {
    private static final Path TABLE = Path.of("src/main/resources/de/quartier/render", LanguageNames.TABLE);

    @TempDir
    Path temp;

    @Test
    void theTableOfLanguageNamesAndTheDatePatternsAreWhatTheirJdkSays() throws Exception {
        Path jdk = tableJdk();
        String written = run(jdk, temp.resolve("table.out"), "-cp", "target/classes" + File.pathSeparator + "target/test-classes",
                LanguageNamesTable.class.getName());
        assertEquals(written, Files.readString(TABLE, StandardCharsets.UTF_8),
                "the table is not what " + jdk + " says; see LanguageNamesTable on how to write it again");
        // and Wording's pinned date patterns are that JDK's (German keeps "yyyy", the form its pages always had)
        String dates = run(jdk, temp.resolve("dates.out"), "-cp", "target/classes" + File.pathSeparator + "target/test-classes",
                LanguageNamesTable.class.getName(), "dates");
        for (String line : dates.split("\n")) {
            String[] cells = line.split("\t");
            List<String> pinned = Wording.pinnedDates(cells[0]);
            assertTrue(pinned != null, "Wording pins no dates for " + cells[0]);
            assertEquals(List.of(cells[1], cells[2]), pinned.stream().map(p -> p.replace("yyyy", "y")).toList(),
                    "Wording's dates for " + cells[0] + " are not " + jdk + "'s");
        }
    }

    @Test
    void theExampleSiteIsTheSameOnThisJdkAndTheTablesJdk() throws Exception {
        Path other = tableJdk();
        if (other.equals(InstalledJdks.current())) other = anyOtherJdk().orElse(null);
        assumeTrue(other != null, "only one JDK here");
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        Map<String, byte[]> first = null;
        for (Path jdk : List.of(InstalledJdks.current(), other)) {
            Path out = temp.resolve("out-" + jdk.getFileName());
            run(jdk, temp.resolve("build.out"), "-jar", Path.of("target/quartier.jar").toAbsolutePath().toString(),
                    "build", "--site", site.toString(), "--out", out.toString(), "--today", "2026-11-21");
            Map<String, byte[]> files = TestSites.files(out);
            assertTrue(files.size() > 1000, "the example site: " + files.size() + " files");
            if (first == null) {
                first = files;
                continue;
            }
            assertEquals(new TreeSet<>(first.keySet()), new TreeSet<>(files.keySet()));
            List<String> differ = new ArrayList<>();
            for (var e : first.entrySet()) if (!Arrays.equals(e.getValue(), files.get(e.getKey()))) differ.add(e.getKey());
            assertEquals(List.of(), differ, "files that differ between " + InstalledJdks.current() + " and " + jdk);
        }
        // one of the differences this test was made for (the other, Kurdish in itself, is on the ku pages compared above)
        String ru = Files.readString(temp.resolve("out-" + InstalledJdks.current().getFileName()).resolve("ru/angebote/index.html"));
        int at = ru.indexOf("г.");
        assertTrue(Pattern.compile("\\d{4}\u202fг\\.").matcher(ru).find(),
                "a Russian date keeps the year and г. together: " + (at < 0 ? "no date" : ru.substring(Math.max(0, at - 20), at + 2)));
    }

    // ---- JDKs ----------------------------------------------------------------------------------


    /** The JDK whose locale data the table holds, as its first line names it ("Java 25"). */
    private static Path tableJdk() throws IOException {
        Matcher m = Pattern.compile("locale data of Java (\\d+)").matcher(Files.readAllLines(TABLE).get(0));
        assertTrue(m.find(), "the table's first line names its JDK");
        int feature = Integer.parseInt(m.group(1));
        if (Runtime.version().feature() == feature) return InstalledJdks.current();
        Optional<Path> found = InstalledJdks.beside().stream().filter(j -> InstalledJdks.feature(j) == feature).findFirst();
        if (found.isEmpty()) {
            // said on the console too: Maven shows only the count of skipped tests
            String why = "no Java " + feature + " beside " + InstalledJdks.current() + ", the JDK the table of language names is from";
            System.err.println("[JdkIndependenceIT] skipped: " + why);
            assumeTrue(false, why);
        }
        return found.get();
    }

    private static Optional<Path> anyOtherJdk() throws IOException {
        return InstalledJdks.beside().stream().filter(j -> InstalledJdks.feature(j) >= 17 && InstalledJdks.feature(j) != Runtime.version().feature()).findFirst();
    }

    /** Runs the JDK's java; its standard output, after exit 0. */
    private static String run(Path jdk, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString(), "-Xshare:auto"));
        command.addAll(List.of(args));
        Path errors = log.resolveSibling(log.getFileName() + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile());
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) pb.environment().remove(name);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command + " did not finish in 5 minutes");
        }
        assertEquals(0, p.exitValue(), command + "\n" + Files.readString(errors));
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
