package de.quartier.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each content file was last changed, by the date of the last Git commit that touched it: the
 * sitemap's {@code lastmod} where a record gives no {@code updated}. Never the build clock or a file's
 * modification time (a fresh clone would make every page look new). A site that is not in a Git
 * repository (git is then not started), or a machine without git, simply has no dates.
 */
public final class GitDates {
    private static final long TIMEOUT_SECONDS = 60;

    private GitDates() {
    }

    /** Site-relative path ("content/offerings/x.md") → the date of its last commit, for files under content/. */
    public static Map<String, LocalDate> of(Path siteRoot) {
        return GitCommand.run(siteRoot, TIMEOUT_SECONDS, GitDates::parse,
                "log", "--no-renames", "--relative", "--format=%x01%cs", "--name-only", "--", "content").orElse(Map.of());
    }

    /**
     * Reads {@code git log --format=%x01%cs --name-only}: newest commit first, so a path's first
     * date is its last change.
     */
    static Map<String, LocalDate> parse(BufferedReader log) throws IOException {
        Map<String, LocalDate> dates = new TreeMap<>();
        LocalDate current = null;
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.startsWith("\u0001")) {
                try {
                    current = LocalDate.parse(line.substring(1).trim());
                } catch (DateTimeParseException e) {
                    current = null;
                }
            } else if (!line.isBlank() && current != null) {
                dates.putIfAbsent(line.trim(), current);
            }
        }
        return dates;
    }
}
