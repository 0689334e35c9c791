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
 */
public record BuildOptions(Path site, LocalDate today, boolean includeDrafts, String baseUrl) {
    public BuildOptions {
        Objects.requireNonNull(site, "site");
    }
}
