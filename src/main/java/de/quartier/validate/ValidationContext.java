package de.quartier.validate;

import de.quartier.model.GeoBounds;

import java.time.ZoneId;
import java.util.Set;

/**
 * What validating one record needs to know about the whole site.
 *
 * @param zone       the site's time zone: date-times without a zone are local time there
 * @param bounds     the map bounds every position must lie in; null when site-config.yml is broken
 * @param mediaFiles the files under content/media, as "media/…" paths
 * @param media      their bytes (boundary files are read and checked)
 * @param basePath   the path of the site's base URL ("/quartiersentwicklung/"); "/" when site-config.yml is broken
 * @param uncommitted whether a file ("content/offerings/x.md") is being written: not in the commit checked out
 *                   of the site's Git repository; false for every file of a site outside one
 * @param siteExamples (file, dotted key such as "address.city") → the site's own example for the hint of a missing field, or null
 */
public record ValidationContext(ZoneId zone, GeoBounds bounds, Set<String> mediaFiles, java.util.Map<String, byte[]> media, String basePath,
                                java.time.LocalDate today, java.util.function.Predicate<String> uncommitted,
                                java.util.function.BinaryOperator<String> siteExamples) {
    public ValidationContext {
        mediaFiles = Set.copyOf(mediaFiles);
        media = media == null ? java.util.Map.of() : media;
        basePath = basePath == null ? "/" : basePath;
        uncommitted = uncommitted == null ? path -> false : uncommitted;
        siteExamples = siteExamples == null ? (file, key) -> null : siteExamples;
    }

    public ValidationContext(ZoneId zone, GeoBounds bounds, Set<String> mediaFiles, java.util.Map<String, byte[]> media, String basePath,
                             java.time.LocalDate today) {
        this(zone, bounds, mediaFiles, media, basePath, today, null, null);
    }
}
