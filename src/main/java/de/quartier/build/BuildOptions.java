package de.quartier.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a build is asked to do.
 *
 * @param site          the site root (with site-config.yml and content/)
 * @param today         the build date; null: today in the site's time zone
 * @param includeDrafts build records marked {@code draft: true}
 * @param baseUrl       overrides site-config.yml's base_url (already checked); may be null
 * @param threads       how many workers render and write; 0: one per processor
 * @param strict        warnings count as errors (--strict): the build fails on one
 */
public record BuildOptions(Path site, LocalDate today, boolean includeDrafts, String baseUrl, int threads, boolean strict) {
    public BuildOptions {
        Objects.requireNonNull(site, "site");
        if (threads < 0) throw new IllegalArgumentException("threads must not be negative: " + threads);
    }

    public BuildOptions(Path site, LocalDate today, boolean includeDrafts, String baseUrl, int threads) {
        this(site, today, includeDrafts, baseUrl, threads, false);
    }

    public BuildOptions(Path site, LocalDate today, boolean includeDrafts, String baseUrl) {
        this(site, today, includeDrafts, baseUrl, 0);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(site, today, includeDrafts, baseUrl, n, strict);
    }

    /** The number of workers this build uses. */
    public int workers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
