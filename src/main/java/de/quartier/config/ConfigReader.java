package de.quartier.config;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SiteConfig;
import de.quartier.model.SourceSpan;
import de.quartier.source.Fields;
import de.quartier.source.Node;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Reads site-config.yml into a {@link SiteConfig}. */
public final class ConfigReader {
    static final String PATH = "site-config.yml";
    static final Set<String> KEYS = de.quartier.model.ContentFields.siteConfigKeys();
    /** The German states by ISO 3166-2 code; Jollyday knows the holidays of each. */
    static final Set<String> GERMAN_STATES = Set.of("DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
            "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH");

    private final Diagnostics diagnostics;

    public ConfigReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param baseUrlOverride a base URL given on the command line, already checked, or null
     * @param themesOnDisk    the theme folders the site has under themes/
     * @return the config, or empty if an error in it makes the site unbuildable (reported)
     */
    public Optional<SiteConfig> read(Node.Mapping root, String baseUrlOverride, Set<String> themesOnDisk) {
        return read(root, baseUrlOverride, themesOnDisk, null);
    }

    /**
     * @param stringKeys the UI strings a site may give its own words for (the built-in theme's
     *                   keys), or null: any; a kind's map style ({@code map.kind.<kind>}) is always allowed
     */
    public Optional<SiteConfig> read(Node.Mapping root, String baseUrlOverride, Set<String> themesOnDisk, Set<String> stringKeys) {
        return read(root, baseUrlOverride, themesOnDisk, stringKeys, null);
    }

    /**
     * @param themeLanguages the languages the chosen theme (null: the built-in one) has UI strings
     *                       for ({@code strings_<lang>.properties}), or null: any
     */
    public Optional<SiteConfig> read(Node.Mapping root, String baseUrlOverride, Set<String> themesOnDisk, Set<String> stringKeys,
                                     java.util.function.Function<String, Set<String>> themeLanguages) {
        Fields f = new Fields(root, SourceSpan.startOf(PATH), "", diagnostics);
        f.checkKeys(KEYS);
        String title = f.requiredText("title");
        String description = f.text("description");
        String baseUrl = baseUrlOverride;
        if (baseUrl == null && f.require("base_url")) {
            baseUrl = f.url("base_url");
            if (baseUrl != null && (baseUrl.contains("?") || baseUrl.contains("#"))) {
                diagnostics.error(Code.BAD_URL, f.spanOf("base_url"), "`base_url` must not have a query or fragment");
                baseUrl = null;
            }
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        java.util.List<String> languages = f.languages("language");
        String language = languages.isEmpty() ? "de" : languages.get(0);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Optional<Node.Scalar> tz = f.scalar("timezone");
        if (tz.isPresent()) {
            try {
                zone = ZoneId.of(tz.get().value().strip());
            } catch (DateTimeException e) {
                diagnostics.error(Code.BAD_TIMEZONE, tz.get().at(), "`timezone`: `" + tz.get().value() + "` is not a time zone",
                        "use a name from the tz database, e.g. Europe/Berlin");
            }
        }
        String theme = f.text("theme");
        if (theme != null && !de.quartier.model.Slug.isValid(theme)) {
            diagnostics.error(Code.BAD_SLUG, f.spanOf("theme"), "`theme` must be the name of a folder under themes/ (lowercase a-z, 0-9 and -)");
            theme = null;
        } else if (theme != null && themesOnDisk != null && !themesOnDisk.contains(theme)) {
            diagnostics.error(Code.THEME_MISSING, f.spanOf("theme"), "`theme`: there is no folder themes/" + theme + "/ in the site",
                    themesOnDisk.isEmpty() ? "leave `theme` out to use the built-in theme" : "themes found: " + String.join(", ", new java.util.TreeSet<>(themesOnDisk)));
            theme = null;
        }
        // after the theme: a language needs the words of the theme the site uses
        java.util.List<String> published = readLanguages(f, language, themeLanguages == null ? null : themeLanguages.apply(theme));
        SiteConfig.Owner owner = null;
        Fields o = f.map("owner");
        if (o != null) {
            o.checkKeys(de.quartier.model.ContentFields.siteConfigField("owner").keys());
            String name = o.requiredText("name");
            String website = o.url("website");
            if (name != null) owner = new SiteConfig.Owner(name, website);
        }
        SiteConfig.MapSettings map = new MapSettingsReader(diagnostics).read(f);
        SiteConfig.OpenData openData = null;
        Fields d = f.map("open_data");
        if (d != null) {
            d.checkKeys(de.quartier.model.ContentFields.siteConfigField("open_data").keys());
            String licence = d.requiredText("licence");
            String licenceUrl = d.url("licence_url");
            String attribution = d.text("attribution");
            if (licence != null) openData = new SiteConfig.OpenData(licence, licenceUrl, attribution);
        }
        String holidays = f.text("holidays");
        if (holidays != null && !GERMAN_STATES.contains(holidays.strip().toUpperCase(java.util.Locale.ROOT))) {
            diagnostics.error(Code.BAD_VALUE, f.spanOf("holidays"), "`holidays`: `" + holidays + "` is not a German state's code",
                    "write the ISO 3166-2 code, e.g. DE-NW for Nordrhein-Westfalen");
            holidays = null;
        } else if (holidays != null) {
            holidays = holidays.strip().toUpperCase(java.util.Locale.ROOT);
        }
        String notice = f.text("notice");
        // read to the end before giving up, so one run reports every mistake in the file
        java.util.Map<String, String> strings = readStrings(f, stringKeys);
        SiteConfig.Editor editor = readEditor(f);
        java.util.Map<String, SiteConfig.SiteTexts> translations = readTranslations(f, published);
        if (title == null || baseUrl == null || map == null) return Optional.empty();
        return Optional.of(new SiteConfig(title, description, baseUrl, language, zone, theme, owner, map, holidays, openData,
                strings, notice, editor, published, translations));
    }

    /**
     * {@code languages: [de, en, tr]}: the languages the key pages are published in. The site's own
     * language must be among them; every other one needs the theme's words for it.
     */
    private java.util.List<String> readLanguages(Fields f, String language, Set<String> themeLanguages) {
        if (!f.has("languages")) return java.util.List.of(language);
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> written = f.languages("languages");
        for (Node.Scalar s : f.scalars("languages")) {
            String l = s.value().strip();
            if (!written.contains(l)) continue; // not a language code: reported by Fields
            SourceSpan span = s.at();
            if (out.contains(l)) {
                diagnostics.error(Code.BAD_LANGUAGE, span, "`languages`: `" + l + "` is named twice");
            } else if (!l.equals(language) && themeLanguages != null && !themeLanguages.contains(l)) {
                diagnostics.error(Code.BAD_LANGUAGE, span, "`languages`: the theme has no words for `" + l + "`",
                        "the theme speaks " + String.join(", ", new java.util.TreeSet<>(themeLanguages))
                                + "; for another language add themes/<name>/strings_" + l + ".properties");
            } else {
                out.add(l);
            }
        }
        if (!written.isEmpty() && !written.contains(language))
            diagnostics.error(Code.BAD_LANGUAGE, f.spanOf("languages"), "`languages` must name the site's own language, " + language,
                    "its pages are the originals; write e.g. languages: [" + language + ", " + String.join(", ", written) + "]");
        out.remove(language);
        out.add(0, language);
        return out;
    }

    /** The web editor's Git host ({@code editor:}), or null: no admin/. */
    private SiteConfig.Editor readEditor(Fields f) {
        Fields e = f.map("editor");
        if (e == null) return null;
        e.checkKeys(de.quartier.model.ContentFields.siteConfigField("editor").keys());
        String backend = e.require("backend") ? e.choice("backend", choices(SiteConfig.Editor.BACKENDS)) : null;
        String repo = e.text("repo");
        if (backend != null && !backend.equals("test-repo") && repo == null) {
            diagnostics.error(Code.MISSING_FIELD, e.keyAt("backend"), "`editor.repo` is required for " + backend,
                    "the repository as group/project, e.g. repo: stadt/quartiersentwicklung");
            return null;
        }
        if (repo != null && !repo.matches("[\\w.-]+(/[\\w.-]+)+")) {
            diagnostics.error(Code.BAD_VALUE, e.spanOf("repo"), "`editor.repo`: `" + repo + "` is not group/project");
            return null;
        }
        String branch = e.text("branch");
        String baseUrl = e.url("base_url");
        String appId = e.text("app_id");
        return backend == null ? null : new SiteConfig.Editor(backend, repo, branch, baseUrl, appId);
    }

    private static java.util.Map<String, String> choices(java.util.List<String> values) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String v : values) out.put(v, v);
        return out;
    }

    /** {@code translations: {en: {title: …, description: …, notice: …}}}: for the site's other languages only. */
    private java.util.Map<String, SiteConfig.SiteTexts> readTranslations(Fields f, java.util.List<String> published) {
        Fields all = f.map("translations");
        if (all == null) return java.util.Map.of();
        java.util.Map<String, SiteConfig.SiteTexts> out = new java.util.TreeMap<>();
        java.util.List<String> others = published.subList(1, published.size());
        for (Node.Pair p : all.mapping().pairs()) {
            String lang = p.key().value().strip();
            if (!others.contains(lang)) {
                diagnostics.error(Code.BAD_LANGUAGE, p.key().at(), "`translations`: `" + lang + "` is not one of the site's other languages",
                        others.isEmpty() ? "name the language in `languages` first, e.g. languages: [" + published.get(0) + ", " + lang + "]"
                                : "the site is also published in " + String.join(", ", others) + " (`languages`)");
                continue;
            }
            Fields one = all.map(lang);
            if (one == null) continue; // not a mapping: reported
            one.checkKeys(de.quartier.model.ContentFields.siteConfigField("translations").keys());
            out.put(lang, new SiteConfig.SiteTexts(one.text("title"), one.text("description"), one.text("notice"), readTerms(one, lang)));
        }
        return out;
    }

    /**
     * {@code terms: {Frauen: women}}: the editors' words for target groups, topics and kinds,
     * translated. Words are matched as the finder matches values (case, spaces and accents aside):
     * two keys that match the same words are an error at the second, an empty term a warning.
     */
    private java.util.Map<String, String> readTerms(Fields one, String lang) {
        Fields t = one.map("terms");
        if (t == null) return java.util.Map.of();
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Node.Pair p : t.mapping().pairs()) {
            String word = p.key().value().strip();
            String text = t.text(p.key().value());
            String before = seen.putIfAbsent(de.quartier.model.Slug.suggest(word), word);
            if (before != null) {
                diagnostics.error(Code.DUPLICATE_KEY, p.key().at(), "`translations." + lang + ".terms`: `" + word + "` is the same word as `" + before + "`",
                        "give each word one term");
                continue;
            }
            if (p.value() instanceof Node.Scalar sc && sc.value().isBlank()) {
                String language = java.util.Locale.forLanguageTag(lang).getDisplayLanguage(java.util.Locale.ENGLISH);
                diagnostics.warning(Code.BAD_VALUE, p.key().at(), "`translations." + lang + ".terms." + word + "` is empty: pages in " + language
                        + " show the German word", "write its " + language + " word after the colon, or remove the line");
                continue;
            }
            if (text == null) continue; // not text: reported
            out.put(word, text.strip());
        }
        return out;
    }

    /** A theme key renamed because its text changed shape, and how the new key's text looks (for the hint). */
    private record Renamed(String successor, String example) {
    }

    /** {@code finder.only} had no place for the value. */
    private static final java.util.Map<String, Renamed> RENAMED_STRINGS = java.util.Map.of("finder.only",
            new Renamed("finder.onlyValue", "\"nur {value}\"`; {value} stands for the choice („kostenlose“)"));

    /**
     * The site's own words ({@code strings: {nav.quarters: Stadtteile}}): replace the theme's text
     * of the same key, so that a city's pages use its vocabulary without a theme of its own.
     */
    private java.util.Map<String, String> readStrings(Fields f, Set<String> stringKeys) {
        Fields s = f.map("strings");
        if (s == null) return java.util.Map.of();
        if (stringKeys != null) {
            Set<String> known = new java.util.HashSet<>(stringKeys);
            for (Node.Pair p : s.mapping().pairs()) {
                String key = p.key().value();
                if (key.startsWith("map.kind.")) known.add(key);
                Renamed renamed = RENAMED_STRINGS.get(key);
                if (renamed != null && stringKeys.contains(renamed.successor())) {
                    // a site's words from before the theme renamed the key: say where they go now, not "did you mean" a neighbour
                    known.add(key);
                    diagnostics.error(Code.UNKNOWN_KEY, p.key().at(), "`strings." + key + "` is now `strings." + renamed.successor()
                            + "`, so this text is not published", "write `" + renamed.successor() + ": " + renamed.example());
                }
            }
            s.checkKeys(known);
        }
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Node.Pair p : s.mapping().pairs()) {
            String text = s.text(p.key().value());
            if (text != null && (stringKeys == null || stringKeys.contains(p.key().value()) || p.key().value().startsWith("map.kind.")))
                out.put(p.key().value(), text);
        }
        return out;
    }
}
