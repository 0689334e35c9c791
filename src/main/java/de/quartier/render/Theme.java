package de.quartier.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The theme: Pebble templates, assets and UI strings. The default theme ships in the jar
 * (resources under {@code themes/bottrop/}); a site's own {@code themes/<name>/} files override
 * it one file at a time. Pebble runs strict (an unknown variable is an error) with autoescaping.
 */
public final class Theme {
    public static final String DEFAULT = "bottrop";
    static final String BUILT_IN = "themes/" + DEFAULT + "/";
    /** The built-in theme's files, listed at build time of the jar (class path folders cannot be listed). */
    static final String INDEX = BUILT_IN + "files.txt";

    private final Map<String, byte[]> files;
    private final java.util.Set<String> fromSite;
    private final PebbleEngine engine;
    private final Map<String, String> strings;
    private final Map<String, String> siteStrings;
    private final de.quartier.render.search.SearchSynonyms synonyms;
    /** Parts the templates render once and reuse ({@code {% cache %}}: cards, header, footer). */
    final RenderedParts renderedParts = new RenderedParts();

    /**
     * @param siteFiles the site's theme files for the chosen theme, keyed relative to the theme folder
     */
    public Theme(Map<String, byte[]> siteFiles) {
        this(siteFiles, Map.of());
    }

    /** Words for one thing beside the words for several, by key: the singular's key → the plural's. */
    private static final Map<String, String> SINGULARS = Map.of("field.quarter", "field.quarters");

    /**
     * @param siteFiles   the site's theme files for the chosen theme, keyed relative to the theme folder
     * @param siteStrings the site's own words from site-config.yml ({@code strings:}), which replace the theme's
     */
    public Theme(Map<String, byte[]> siteFiles, Map<String, String> siteStrings) {
        Map<String, byte[]> all = new TreeMap<>(builtIn());
        all.putAll(siteFiles);
        this.files = Map.copyOf(all);
        this.fromSite = java.util.Set.copyOf(siteFiles.keySet());
        this.engine = new PebbleEngine.Builder()
                .loader(new ThemeFileLoader(files))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy(TemplateAccess.HTML, TemplateAccess.ESCAPE_HTML)
                .extension(new TemplateAccess())
                .extension(new PartTag())
                .newLineTrimming(true)
                .cacheActive(true)
                .tagCache(renderedParts)
                .build();
        Map<String, String> words = new java.util.HashMap<>(readStrings(files.get("strings.properties")));
        words.putAll(siteStrings);
        // a site that names its quarters otherwise ("Stadtviertel") names one of them so too, unless it says
        SINGULARS.forEach((one, many) -> {
            if (siteStrings.containsKey(many) && !siteStrings.containsKey(one)) words.put(one, siteStrings.get(many));
        });
        // the site's pattern for the third last and further ("{n} von hinten"; {n} is "3.") holds for all of them,
        // unless it gives its own words too: the theme's "drittletzten" would overrule it
        if (siteStrings.containsKey("hours.fromEnd") && !siteStrings.containsKey("hours.fromEndWords")) words.put("hours.fromEndWords", "");
        this.strings = Map.copyOf(words);
        this.siteStrings = Map.copyOf(siteStrings);
        // read once: every build and every preview refresh renders with it, and its problems are checked first
        this.synonyms = de.quartier.render.search.SearchSynonyms.read(files.get(de.quartier.render.search.SearchSynonyms.FILE));
    }

    /** The file of a language's UI strings: strings.properties for German, strings_tr.properties for Turkish. */
    static String stringsFile(String lang) {
        return lang.equals("de") ? "strings.properties" : "strings_" + lang + ".properties";
    }

    private final Map<String, Map<String, String>> stringsByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The UI strings in a language (the site's {@code strings:} are German words, so they apply to
     * German only). A key the language's file lacks is reported by {@link #problems()}; its German
     * text stands in.
     */
    public Map<String, String> strings(String lang) {
        if (lang.equals("de")) return strings;
        return stringsByLanguage.computeIfAbsent(lang, l -> {
            Map<String, String> words = new java.util.HashMap<>(strings);
            words.putAll(readStrings(files.get(stringsFile(l))));
            return Map.copyOf(words);
        });
    }

    /** The languages this theme has UI strings for. */
    public java.util.Set<String> languages() {
        return languagesIn(files.keySet());
    }

    /** The languages the built-in theme has UI strings for, and those a site's theme files add. */
    public static java.util.Set<String> languagesWith(java.util.Collection<String> siteThemeFiles) {
        java.util.Set<String> out = new java.util.TreeSet<>(BuiltIn.LANGUAGES);
        out.addAll(languagesIn(siteThemeFiles));
        return out;
    }

    private static java.util.Set<String> languagesIn(java.util.Collection<String> paths) {
        java.util.Set<String> out = new java.util.TreeSet<>(java.util.List.of("de"));
        for (String f : paths) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            if (name.matches("strings_[a-z]{2,3}\\.properties")) out.add(name.substring("strings_".length(), name.length() - ".properties".length()));
        }
        return out;
    }

    /** Forgets the parts rendered once (cards, header, footer): the site they were made from has changed (the preview). */
    public void forgetRenderedParts() {
        renderedParts.invalidateAll();
    }

    /** UI strings of the theme (German), key → text. */
    public Map<String, String> strings() {
        return strings;
    }

    private volatile PublishedAssets published;

    /** The map's vendor files and the theme's assets as they are published, made once per theme. */
    public PublishedAssets published() {
        PublishedAssets p = published;
        if (p == null) {
            synchronized (this) {
                if (published == null) published = PublishedAssets.of(this);
                p = published;
            }
        }
        return p;
    }

    /** The search's words that mean the same: the theme's {@code synonyms.txt}, the site's own if it has one. */
    public de.quartier.render.search.SearchSynonyms synonyms() {
        return synonyms;
    }

    /** Assets to copy into the output under assets/: everything under the theme's assets/ folder. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith("assets/")) out.put(k, v);
        });
        return out;
    }

    public PebbleTemplate template(String name) {
        return engine.getTemplate("templates/" + name + ".peb");
    }

    /** @throws Failure if a template cannot be read or fails on this page's data */
    public void render(String name, Map<String, Object> context, Writer out) throws IOException {
        try {
            template(name).evaluate(out, context);
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            throw Failure.of(e, "templates/" + name + ".peb");
        }
    }

    /** A template that cannot be read or fails: its file (relative to the theme), line and Pebble's message. */
    /**
     * @param column where on the line (1 where only the line is known), {@code length} how much of it is meant
     * @param hint   how to mend it where the file says so itself (synonyms.txt's form), else null for the template's
     */
    public record Problem(String file, int line, int column, int length, String message, String hint) {
        public Problem(String file, int line, String message) {
            this(file, line, 1, 1, message, null);
        }
    }

    /** A template failed while a page was rendered. */
    public static final class Failure extends RuntimeException {
        private final Problem problem;

        Failure(Problem problem) {
            super(problem.file() + ":" + problem.line() + ": " + problem.message());
            this.problem = problem;
        }

        static Failure of(io.pebbletemplates.pebble.error.PebbleException e, String fallbackFile) {
            String file = e.getFileName() == null ? fallbackFile : e.getFileName();
            int line = e.getLineNumber() == null || e.getLineNumber() < 1 ? 1 : e.getLineNumber();
            String message = e.getPebbleMessage() == null ? e.toString() : e.getPebbleMessage();
            return new Failure(new Problem(file, line, message));
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * What is wrong with the theme before any page is made: templates that cannot be read, UI
     * strings the built-in theme has but the site's {@code strings.properties} lacks, and entries
     * of its {@code synonyms.txt} the search cannot hold.
     */
    public List<Problem> problems() {
        List<Problem> out = new java.util.ArrayList<>();
        for (String file : files.keySet()) {
            if (!file.startsWith("templates/") || !file.endsWith(".peb")) continue;
            try {
                engine.getTemplate(file);
            } catch (io.pebbletemplates.pebble.error.PebbleException e) {
                out.add(Failure.of(e, file).problem());
            }
        }
        for (String lang : languages()) {
            String file = stringsFile(lang);
            if (!fromSite.contains(file)) continue;
            java.util.Set<String> missing = new java.util.TreeSet<>(BuiltIn.STRING_KEYS);
            missing.removeAll(lang.equals("de") ? strings.keySet() : readStrings(files.get(file)).keySet());
            if (!missing.isEmpty())
                out.add(new Problem(file, 1, "the theme's strings lack " + missing.size() + " the pages use: "
                        + String.join(", ", missing.stream().limit(12).toList()) + (missing.size() > 12 ? ", …" : "")));
        }
        for (var p : synonyms.problems())
            out.add(new Problem(de.quartier.render.search.SearchSynonyms.FILE, p.line(), p.column(), p.length(), p.message(),
                    "each line of synonyms.txt is a group of single words, separated by commas"));
        return out;
    }

    /** The keys of the built-in theme's UI strings: those a site may give its own words for in site-config.yml. */
    public static java.util.Set<String> builtInStringKeys() {
        return BuiltIn.STRING_KEYS;
    }

    /** The site's own words this theme was made with (site-config.yml's {@code strings:}). */
    public Map<String, String> siteStrings() {
        return siteStrings;
    }

    /** Whether the site's theme folder has this file (otherwise it is the built-in one). */
    public boolean fromSite(String file) {
        return fromSite.contains(file);
    }

    /** The built-in theme, read from the jar once per run (the preview makes a new Theme per theme edit). */
    private static Map<String, byte[]> builtIn() {
        return BuiltIn.FILES;
    }

    private static final class BuiltIn {
        static final Map<String, byte[]> FILES = Map.copyOf(read());
        static final java.util.Set<String> STRING_KEYS = readStrings(FILES.get("strings.properties")).keySet();
        static final java.util.Set<String> LANGUAGES = languagesIn(FILES.keySet());
    }

    private static Map<String, byte[]> read() {
        ClassLoader cl = Theme.class.getClassLoader();
        Map<String, byte[]> out = new TreeMap<>();
        try (InputStream index = cl.getResourceAsStream(INDEX)) {
            if (index == null) throw new IllegalStateException("the built-in theme is missing from the jar: " + INDEX);
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty()) continue;
                try (InputStream in = cl.getResourceAsStream(BUILT_IN + name)) {
                    if (in == null) throw new IllegalStateException("built-in theme file missing: " + name);
                    out.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> readStrings(byte[] bytes) {
        Properties p = new Properties();
        if (bytes != null) {
            try (Reader r = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return Map.copyOf(m);
    }
}
