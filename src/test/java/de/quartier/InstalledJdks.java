package de.quartier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK that runs the tests and the JDKs installed beside it (/usr/lib/jvm on Debian, where the CI
 * machine has Temurin 25 beside OpenJDK 17), for tests that run Quartier on another JDK.
 */
public final class InstalledJdks {
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private InstalledJdks() {
    }

    /** The folder of the JDK that runs these tests. */
    public static Path current() {
        return Path.of(System.getProperty("java.home")).toAbsolutePath();
    }

    /** The JDKs in the folder that holds the current one (each with bin/java and a release file), by name. */
    public static List<Path> beside() throws IOException {
        try (Stream<Path> dirs = Files.list(current().getParent())) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && Files.isRegularFile(d.resolve("release")))
                    .map(Path::toAbsolutePath).sorted().toList();
        }
    }

    /** A JDK's release from its release file (JAVA_VERSION="25.0.1" → 25); 0 if it cannot be read. */
    public static int feature(Path jdk) {
        try {
            Matcher m = VERSION.matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
