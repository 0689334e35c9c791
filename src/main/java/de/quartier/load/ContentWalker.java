package de.quartier.load;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.model.SourceSpan;
import de.quartier.source.SourceFile;
import de.quartier.diag.Suggestions;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The walk through content/: which files are records of which collection (and which are
 * translations of one), which are media; folders and files that are not read are reported.
 */
final class ContentWalker extends SimpleFileVisitor<Path> {
    private static final java.util.regex.Pattern HIDDEN_RECORD = java.util.regex.Pattern.compile("(?i)\\.[^.#_~][^/]*\\.(md|yml|yaml)");

    static final String MEDIA_FOLDER = "media";
    /** What content/media/ may hold: images, documents, data, sound and video; no scripts, pages or programs. */
    static final Set<String> MEDIA_TYPES = Set.of("jpg", "jpeg", "png", "webp", "gif", "avif", "svg", "pdf", "geojson", "json",
            "csv", "txt", "ics", "odt", "ods", "odp", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "mp3", "m4a", "mp4", "webm");
    private static final Set<String> KNOWN_FOLDERS;

    static {
        Set<String> folders = new TreeSet<>();
        for (Collection c : Collection.values()) folders.add(c.folder());
        folders.add(MEDIA_FOLDER);
        KNOWN_FOLDERS = Set.copyOf(folders);
    }

    /** A record file found by the walk; {@code attrs} of the file itself (a symbolic link is not followed). */
    record Candidate(Path path, String relative, Collection collection, String slug, SourceFile.Format format,
                     BasicFileAttributes attrs, String language) {
    }

    /** A translation's file name without .md: the record's slug, a dot, a language code. */
    private static final java.util.regex.Pattern TRANSLATION_NAME = java.util.regex.Pattern.compile("(.+)\\.([a-z]{2,3})");

    private final Diagnostics diagnostics;
    private final Path root;
    private final Path content;
    private final List<Candidate> candidates;
    private final Set<String> media;

    ContentWalker(Diagnostics diagnostics, Path root, Path content, List<Candidate> candidates, Set<String> media) {
        this.diagnostics = diagnostics;
        this.root = root;
        this.content = content;
        this.candidates = candidates;
        this.media = media;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(content)) return FileVisitResult.CONTINUE;
        String name = dir.getFileName().toString();
        if (name.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
        Path rel = content.relativize(dir);
        String top = rel.getName(0).toString();
        if (rel.getNameCount() == 1 && !KNOWN_FOLDERS.contains(top)) {
            Optional<String> meant = germanFolder(top).or(() -> Suggestions.closest(top, KNOWN_FOLDERS));
            List<String> records = records(dir);
            if (records.isEmpty()) {
                diagnostics.warning(Code.UNKNOWN_FOLDER, SourceSpan.startOf(relative(dir) + "/"),
                        "content/" + top + "/ is not a collection folder; its files are not read",
                        meant.map(n -> "did you mean content/" + n + "/?").orElse("known folders: " + String.join(", ", KNOWN_FOLDERS)));
            } else {
                unpublished(dir, records, "content/" + top + "/ is not a collection folder",
                        meant.map(n -> "content/" + n + "/").orElse("one of " + String.join(", ", KNOWN_FOLDERS)));
            }
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (rel.getNameCount() > 1 && !top.equals(MEDIA_FOLDER)) {
            List<String> records = records(dir);
            if (records.isEmpty())
                diagnostics.warning(Code.IGNORED_FILE, SourceSpan.startOf(relative(dir) + "/"),
                        "folders inside content/" + top + "/ are not read", "put each record directly in content/" + top + "/");
            else unpublished(dir, records, "folders inside content/" + top + "/ are not read", "content/" + top + "/");
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            // ".advent.md" looks like a record and is lost without a word; ".DS_Store", ".gitkeep", an
            // editor's ".x.md.swp" or lock ".#x.md", a Mac's "._x.md" are no one's records
            if (HIDDEN_RECORD.matcher(name).matches())
                diagnostics.warning(Code.IGNORED_FILE, SourceSpan.startOf(relative(file)),
                        "a file whose name begins with a dot is hidden, and not read",
                        "if it is a record, rename it to " + name.substring(1));
            return FileVisitResult.CONTINUE;
        }
        String rel = relative(file);
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (NoSuchFileException e) {
                diagnostics.error(Code.UNREADABLE, SourceSpan.startOf(rel), "symbolic link to a file that does not exist");
                return FileVisitResult.CONTINUE;
            }
            if (!target.startsWith(root)) {
                diagnostics.error(Code.OUTSIDE_SITE, SourceSpan.startOf(rel),
                        "symbolic link leads outside the site folder; it is not read",
                        "copy the file into the site instead of linking to it");
                return FileVisitResult.CONTINUE;
            }
            if (Files.isDirectory(target)) {
                diagnostics.warning(Code.IGNORED_FILE, SourceSpan.startOf(rel), "links to folders are not followed");
                return FileVisitResult.CONTINUE;
            }
        } else if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
        }
        Path relToContent = content.relativize(file);
        String top = relToContent.getName(0).toString();
        if (relToContent.getNameCount() == 1) {
            diagnostics.warning(Code.IGNORED_FILE, SourceSpan.startOf(rel),
                    "files directly in content/ are not read", "put records into a collection folder such as content/pages/");
            return FileVisitResult.CONTINUE;
        }
        if (top.equals(MEDIA_FOLDER)) {
            int mediaDot = name.lastIndexOf('.');
            String type = mediaDot < 0 ? "" : name.substring(mediaDot + 1).toLowerCase(java.util.Locale.ROOT);
            if (!MEDIA_TYPES.contains(type)) {
                // a script or page here would be served from the site itself, where the
                // Content-Security-Policy trusts it: only images, documents and data are copied
                diagnostics.error(Code.MEDIA_TYPE, SourceSpan.startOf(rel), "`" + name + "`: a ."
                        + (type.isEmpty() ? "(no extension)" : type) + " file is not published from content/media/",
                        "media files are images, documents and data: " + String.join(", ", new TreeSet<>(MEDIA_TYPES)));
                return FileVisitResult.CONTINUE;
            }
            media.add(relToContent.toString().replace('\\', '/'));
            return FileVisitResult.CONTINUE;
        }
        Collection collection = Collection.ofFolder(top).orElseThrow();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        SourceFile.Format format = switch (ext) {
            case "md" -> SourceFile.Format.MARKDOWN;
            case "yml", "yaml" -> SourceFile.Format.YAML;
            default -> null;
        };
        if (format == null && java.util.Set.of("md", "yml", "yaml").contains(ext.toLowerCase(java.util.Locale.ROOT))) {
            // "x.MD": clearly a record, and a warning would let it go missing from the site
            String lowered = ext.toLowerCase(java.util.Locale.ROOT);
            String stem = name.substring(0, dot);
            // "spielmobil.tr.MD" is the Turkish text of a record: its name stays a translation's
            java.util.regex.Matcher translation = TRANSLATION_NAME.matcher(stem);
            String meant = de.quartier.model.Slug.isValid(stem) || translation.matches() && de.quartier.model.Slug.isValid(translation.group(1))
                    ? stem : de.quartier.model.Slug.suggest(stem);
            diagnostics.error(Code.BAD_FILE_NAME, SourceSpan.startOf(rel), "`" + name + "`: a record's extension is written in lowercase: ."
                    + lowered, "rename it to " + meant + "." + lowered);
            return FileVisitResult.CONTINUE;
        }
        if (format == null) {
            // a record saved with another text extension ("x.markdown", "x.txt", "x.md.txt" from an editor) is meant as one
            String lower = ext.toLowerCase(java.util.Locale.ROOT);
            boolean text = java.util.Set.of("markdown", "mdown", "mkd", "txt", "text", "mdx").contains(lower);
            String stem = dot < 0 ? name : name.substring(0, dot).replaceFirst("(?i)\\.(md|yml|yaml)$", "");
            // "x.md.bak", "x.md~", "x.md.orig": an editor's or a program's copy of a record
            boolean copy = !text && (name.matches("(?i).+\\.(md|yml|yaml)(\\..+|~)") || name.endsWith("~"));
            diagnostics.warning(Code.IGNORED_FILE, SourceSpan.startOf(rel),
                    "only .md, .yml and .yaml files are records; this file is not read",
                    text ? "if it is a record, rename it to " + stem + ".md"
                            : copy ? "a copy of a record, it seems: delete it, or keep it outside content/"
                            : "images and documents belong in content/media/");
            return FileVisitResult.CONTINUE;
        }
        String slug = name.substring(0, dot);
        // "x.tr.md": the Turkish text of record x (checked against the site's languages later)
        java.util.regex.Matcher translated = TRANSLATION_NAME.matcher(slug);
        if (format == SourceFile.Format.MARKDOWN && translated.matches() && de.quartier.model.Slug.isValid(translated.group(1))) {
            candidates.add(new Candidate(file, rel, collection, translated.group(1), format, attrs, translated.group(2)));
            return FileVisitResult.CONTINUE;
        }
        if (!de.quartier.model.Slug.isValid(slug)) {
            // "Spielmobil.TR.md": the editor meant a translation; suggest its name, not a new record's
            java.util.regex.Matcher meant = java.util.regex.Pattern.compile("(.+)\\.([A-Za-z]{2,3})").matcher(slug);
            String suggestion = format == SourceFile.Format.MARKDOWN && meant.matches()
                    ? de.quartier.model.Slug.suggest(meant.group(1)) + "." + meant.group(2).toLowerCase(java.util.Locale.ROOT) + "." + ext
                    : de.quartier.model.Slug.suggest(slug) + "." + ext;
            diagnostics.error(Code.BAD_FILE_NAME, SourceSpan.startOf(rel),
                    "`" + name + "`: a file name must be a slug: lowercase a-z, 0-9 and -",
                    "rename it to " + suggestion);
            return FileVisitResult.CONTINUE;
        }
        candidates.add(new Candidate(file, rel, collection, slug, format, attrs, null));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        diagnostics.error(Code.UNREADABLE, SourceSpan.startOf(relative(file)), "cannot read: " + exc.getMessage());
        return FileVisitResult.CONTINUE;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Records in a folder that is not read: written to be published, left out without an error they
     * would be missing from the site unnoticed. One kept unpublished on purpose has {@code draft: true}.
     */
    private void unpublished(Path dir, List<String> records, String why, String where) {
        String named = records.size() <= 3 ? String.join(", ", records) : String.join(", ", records.subList(0, 3)) + ", …";
        boolean one = records.size() == 1;
        diagnostics.error(Code.UNKNOWN_FOLDER, SourceSpan.startOf(relative(dir) + "/"),
                why + ": " + (one ? "its record " : "its " + records.size() + " records ") + "(" + named + ") would not be published",
                "move " + (one ? "it" : "them") + " to " + where + "; to keep a record unpublished, give it `draft: true` there");
    }

    /** The records (.md, .yml, .yaml, any case) in a folder and the folders in it (names relative to it, sorted), hidden ones left out. */
    private static List<String> records(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir, 4)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".+\\.(md|yml|yaml)")
                            && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> java.util.Arrays.stream(n.split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** Editors think in the German names the site shows (angebote, anlaufstellen, …). */
    private static Optional<String> germanFolder(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (Collection c : Collection.values())
            if (!c.urlSegment().isEmpty() && c.urlSegment().equals(n)) return Optional.of(c.folder());
        return switch (n) {
            case "seiten" -> Optional.of(Collection.PAGES.folder());
            case "medien", "bilder" -> Optional.of(MEDIA_FOLDER);
            case "träger" -> Optional.of(Collection.OPERATORS.folder());
            default -> Optional.empty();
        };
    }
}
