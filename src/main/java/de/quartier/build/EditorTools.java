package de.quartier.build;

import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.load.LoadedSite;
import de.quartier.load.SiteLoader;
import de.quartier.model.Collection;
import de.quartier.model.Slug;
import de.quartier.schema.JsonSchemas;
import de.quartier.schema.RecordSkeleton;
import de.quartier.write.TextFiles;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What helps editors before a build: the JSON Schemas ({@code quartier schema}) and new records ({@code quartier new}). */
public final class EditorTools {
    private EditorTools() {
    }

    /** The site's records' slugs by collection, in slug order. */
    private static Map<Collection, List<String>> slugs(Path site) throws IOException {
        return SiteExamples.slugs(new SiteLoader(new Diagnostics()).load(site));
    }


    /** Where in a site the JSON Schema of a collection's records is written ("schemas/offerings.schema.json"). */
    public static String schemaPath(Collection c) {
        return JsonSchemas.FOLDER + "/" + JsonSchemas.fileName(c);
    }

    /** The schemas of a site, file name → text. */
    public static Map<String, String> schemas(Path site) throws IOException {
        return new JsonSchemas(slugs(site)).all();
    }

    /**
     * Starts a new city's site in {@code site} ({@code quartier init}): its files, then the schemas.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming site-config.yml or content/ if the folder holds a site
     *                                                  already (nothing is written then)
     */
    public static void newSite(Path site, String city) throws IOException {
        for (String taken : List.of("site-config.yml", "content"))
            if (java.nio.file.Files.exists(site.resolve(taken)))
                throw new java.nio.file.FileAlreadyExistsException(taken, null, "the folder holds a site already");
        Map<String, String> files = new java.util.LinkedHashMap<>(de.quartier.schema.SiteSkeleton.files(city));
        // a repository made with a .gitignore of its own keeps it, with the output added
        String ignore = files.remove(".gitignore");
        // before the first file: a link that leads out stops init with nothing written
        de.quartier.write.LinkedOutside.check(site, site.resolve(".gitignore"));
        de.quartier.write.LinkedOutside.check(site, site.resolve(JsonSchemas.FOLDER));
        TextFiles.createAll(site, files);
        if (java.nio.file.Files.exists(site.resolve(".gitignore"))) TextFiles.appendMissingLines(site, site.resolve(".gitignore"), ignore.lines().toList());
        else TextFiles.create(site, site.resolve(".gitignore"), ignore);
        writeSchemas(site, null);
    }

    /** Writes the schemas into a folder (null: schemas/ of the site); returns the folder. */
    public static Path writeSchemas(Path site, Path out) throws IOException {
        Path folder = out == null ? site.resolve(JsonSchemas.FOLDER) : out;
        // the site's own schemas/ stays in the site; a folder the user named is his to write into
        TextFiles.writeAll(out == null ? site : out, folder, schemas(site));
        return folder;
    }

    /** A collection by its folder ("contact-points"), one of it ("contact-point") or its German URL word ("anlaufstellen"). */
    public static Optional<Collection> collection(String written) {
        // "Angebot", as German writes nouns
        String name = written.strip().toLowerCase(java.util.Locale.GERMAN);
        return Arrays.stream(Collection.values())
                .filter(c -> c.folder().equals(name) || c.singular().replace(' ', '-').equals(name)
                        || (!c.urlSegment().isEmpty() && c.urlSegment().equals(name)))
                .findFirst()
                .or(() -> Optional.ofNullable(GERMAN_SINGULARS.get(name)));
    }

    /** One record of a collection in German, as editors call it ("angebot"); the plurals are the URL words. */
    private static final Map<String, Collection> GERMAN_SINGULARS = Map.of("quartier", Collection.QUARTERS,
            "anlaufstelle", Collection.CONTACT_POINTS, "angebot", Collection.OFFERINGS, "träger", Collection.OPERATORS,
            "programm", Collection.PROGRAMS, "seite", Collection.PAGES, "seiten", Collection.PAGES, "meldung", Collection.NEWS,
            "meldungen", Collection.NEWS);

    /** The names an editor may give, for a message: "quarters (quartier), contact-points (anlaufstelle), …". */
    public static String collectionNames() {
        StringBuilder out = new StringBuilder();
        for (Collection c : Collection.values()) {
            String german = GERMAN_SINGULARS.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).sorted().findFirst().orElse("");
            if (out.length() > 0) out.append(", ");
            out.append(c.folder()).append(" (").append(german).append(")");
        }
        return out.toString();
    }



    /** What {@link #newRecord} did: the file written (site-relative) and the problems left in it. */
    public record NewRecord(String path, List<Diagnostic> toFill, BuildResult check, String pagePath) {
    }

    /**
     * Writes a new record's skeleton and checks the site with drafts.
     *
     * @param today the day to check for, or null for today in the site's time zone
     * @throws IllegalArgumentException    if the slug is not a valid one (nothing written)
     * @throws FileAlreadyExistsException if a record of that slug exists in the collection (nothing written)
     */
    public static NewRecord newRecord(Path site, Collection c, String slug, boolean yml, LocalDate today) throws IOException {
        if (!Slug.isValid(slug))
            throw new IllegalArgumentException("`" + slug + "` is not a valid file name: lowercase a-z, 0-9 and - only, e.g. " + Slug.suggest(slug));
        if (de.quartier.assemble.SiteAssembler.RESERVED_SLUGS.getOrDefault(c, java.util.Set.of()).contains(slug))
            throw new IllegalArgumentException("`" + slug + "` is a name the site's own pages use (" + c.folder()
                    + "): choose another, e.g. " + slug + "-info");
        Path folder = site.resolve("content").resolve(c.folder());
        for (String ext : List.of(".md", ".yml", ".yaml"))
            if (Files.exists(folder.resolve(slug + ext)))
                throw new FileAlreadyExistsException("content/" + c.folder() + "/" + slug + ext);
        String path = "content/" + c.folder() + "/" + slug + (yml ? ".yml" : ".md");
        LoadedSite loaded = new SiteLoader(new Diagnostics()).load(site);
        // read once: the skeleton's examples and the page's address come from it
        Optional<de.quartier.model.SiteConfig> config = loaded.config().flatMap(new de.quartier.parse.SourceParser(new Diagnostics())::parseYaml)
                .flatMap(root -> new de.quartier.config.ConfigReader(new Diagnostics()).read(root, null, null));
        RecordSkeleton skeleton = new RecordSkeleton(SiteExamples.slugs(loaded), SiteExamples.examples(loaded, config));
        TextFiles.create(site, site.resolve(path), skeleton.of(c, yml));
        BuildResult check = new Pipeline().check(new BuildOptions(site, today, true, null));
        // the check hints what is left with the site's own examples, as the skeleton's comments give them
        List<Diagnostic> mine = check.diagnostics().sorted().stream().filter(d -> d.at().path().equals(path)).toList();
        String base = config.map(de.quartier.model.SiteConfig::basePath).orElse("/");
        String page = base + de.quartier.render.Urls.pathOf(c, slug);
        return new NewRecord(path, mine, check, page);
    }
}
