package de.quartier.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * site-config.yml, checked: the site's title, base URL (always ending in '/'), language,
 * time zone, theme, owner, map, and the state whose public holidays apply (ISO 3166-2, e.g. DE-NW);
 * the site's own words for the theme's UI strings ({@code strings}: key → text, e.g. what a
 * quarter is called), and a notice every page shows (e.g. that the city's funding has ended);
 * {@code languages}: the site's language first, then those its key pages are also published in;
 * {@code translations}: the title, description and notice in those languages, by language code.
 */
public record SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                         String theme, Owner owner, MapSettings map, String holidays, OpenData openData,
                         java.util.Map<String, String> strings, String notice, Editor editor, java.util.List<String> languages,
                         java.util.Map<String, SiteTexts> translations) {
    /** The region whose public holidays {@code PH} means, when site-config.yml names none. */
    public static final String DEFAULT_HOLIDAYS = "DE-NW";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(map, "map");
        holidays = holidays == null ? DEFAULT_HOLIDAYS : holidays;
        strings = strings == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(strings));
        if (!baseUrl.endsWith("/")) throw new IllegalArgumentException("base URL must end in '/': " + baseUrl);
        // the site's own language comes first: its pages are at the base, the others' below <base>/<lang>/
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(language);
        if (languages != null) for (String l : languages) if (!all.contains(l)) all.add(l);
        languages = java.util.List.copyOf(all);
        translations = translations == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(translations));
    }

    /**
     * The site's own words in another language; each is null where the editor gave none.
     *
     * @param terms the editors' words for target groups, topics and kinds in that language ("Frauen" → "Women")
     */
    public record SiteTexts(String title, String description, String notice, java.util.Map<String, String> terms) {
        public SiteTexts {
            terms = terms == null ? java.util.Map.of() : java.util.Map.copyOf(terms);
        }

        public SiteTexts(String title, String description, String notice) {
            this(title, description, notice, java.util.Map.of());
        }
    }

    /** The site's words in a language (each null where the editor gave none), or none at all: the site's own language. */
    public SiteTexts translationTo(String lang) {
        return translations.getOrDefault(lang, new SiteTexts(null, null, null));
    }

    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                      String theme, Owner owner, MapSettings map, String holidays, OpenData openData,
                      java.util.Map<String, String> strings, String notice, Editor editor) {
        this(title, description, baseUrl, language, timezone, theme, owner, map, holidays, openData, strings, notice, editor, null, null);
    }

    /** The languages besides the site's own, each published below {@code <base>/<lang>/}. */
    public java.util.List<String> otherLanguages() {
        return languages.subList(1, languages.size());
    }

    /** The path part of the base URL, e.g. "/quartiersentwicklung/" (at least "/"). */
    public String basePath() {
        return java.net.URI.create(baseUrl).getRawPath();
    }

    /** The licence of the open data files (daten/…), e.g. "Datenlizenz Deutschland – Namensnennung – 2.0". */
    public record OpenData(String licence, String licenceUrl, String attribution) {
        public OpenData {
            Objects.requireNonNull(licence, "licence");
        }
    }

    /**
     * The web editor (admin/): the Git host the site's repository lies on.
     *
     * @param backend gitlab, github, gitea, or test-repo (Decap's in-browser demo: nothing is saved)
     * @param repo    "group/project"
     * @param branch  the branch editors' changes go to (through merge requests where the host has them)
     * @param baseUrl a self-hosted GitLab's or Gitea's address (GitLab: default gitlab.com), or GitHub's OAuth server, or null
     * @param appId   the OAuth application's id (GitLab, Gitea), or null
     */
    public record Editor(String backend, String repo, String branch, String baseUrl, String appId) {
        public static final java.util.List<String> BACKENDS = java.util.List.of("gitlab", "github", "gitea", "test-repo");

        public Editor {
            Objects.requireNonNull(backend, "backend");
            branch = branch == null ? "main" : branch;
        }
    }

    /** Who runs the site (named in the header and the Impressum). */
    public record Owner(String name, String website) {
        public Owner {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The map: initial view, the bounds every position must lie in, tiles, and whether tiles wait for consent. */
    public record MapSettings(GeoPoint center, int zoom, GeoBounds bounds, Tiles tiles, boolean consent) {
        public MapSettings {
            Objects.requireNonNull(center, "center");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(tiles, "tiles");
        }
    }

    /** A raster tile source with its attribution (always shown). */
    public record Tiles(String url, String attribution, int maxZoom) {
        public Tiles {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(attribution, "attribution");
        }
    }
}
