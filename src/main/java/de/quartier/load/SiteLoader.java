package de.quartier.load;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.model.SourceSpan;
import de.quartier.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a site folder: site-config.yml, the record files of each collection, the list of media files. */
public final class SiteLoader {
    /** The largest record or config file read; far above any real record, far below harm. */
    public static final long MAX_TEXT_FILE_BYTES = 1L << 20;
    /** The largest media or theme file copied; far above a flyer PDF or photo. */
    public static final long MAX_BINARY_FILE_BYTES = 64L << 20;
    public static final String CONFIG_FILE = "site-config.yml";
    private final Diagnostics diagnostics;
    private final ReadCache cache;

    public SiteLoader(Diagnostics diagnostics) {
        this(diagnostics, null);
    }

    /** @param cache files read before, reused while their size and time are unchanged (the preview); null: read everything */
    public SiteLoader(Diagnostics diagnostics, ReadCache cache) {
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    public LoadedSite load(Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        Map<String, String> texts = new ConcurrentHashMap<>();
        Optional<SourceFile> config = Optional.empty();
        Path configPath = root.resolve(CONFIG_FILE);
        if (Files.exists(configPath, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(configPath)) {
            config = readText(root, configPath, CONFIG_FILE, null, null, SourceFile.Format.YAML, texts, null);
        } else {
            // run inside content/ (or content/offerings/): the site is the nearest folder above with a site-config.yml
            Path above = root.toAbsolutePath().normalize().getParent();
            while (above != null && !Files.exists(above.resolve(CONFIG_FILE))) above = above.getParent();
            boolean siteAbove = above != null;
            diagnostics.error(Code.MISSING_CONFIG, SourceSpan.startOf(CONFIG_FILE), "site-config.yml is missing",
                    siteAbove ? "this folder lies inside a site: run the command in " + above + ", or give --site " + above
                            : "every site needs a site-config.yml next to content/ with at least title, base_url and map; "
                            + "`quartier init` starts a new site");
        }

        List<ContentWalker.Candidate> candidates = new ArrayList<>();
        Set<String> media = new TreeSet<>();
        Path content = root.resolve("content");
        if (Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(content, new ContentWalker(diagnostics, root, content, candidates, media));
        } else {
            diagnostics.warning(Code.UNKNOWN_FOLDER, SourceSpan.startOf(CONFIG_FILE),
                    "the site has no content/ folder, so it has no records");
        }

        // directory order differs between file systems: sort, so reports and duplicates are stable
        candidates.sort(java.util.Comparator.comparing(ContentWalker.Candidate::relative));
        // reading is the slow part on big sites: decode files in parallel, keep the order stable
        Map<String, Optional<SourceFile>> read = new ConcurrentHashMap<>();
        candidates.parallelStream().forEach(c -> {
            try {
                read.put(c.relative(), readText(root, c.path(), c.relative(), c.collection(), c.slug(), c.format(), texts, c.attrs()).map(f -> f.asTranslation(c.language())));
            } catch (IOException e) {
                diagnostics.error(Code.UNREADABLE, SourceSpan.startOf(c.relative()), "cannot read the file: " + e.getMessage());
                read.put(c.relative(), Optional.empty());
            }
        });

        List<SourceFile> records = new ArrayList<>();
        Map<String, String> firstBySlug = new HashMap<>();
        for (ContentWalker.Candidate c : candidates) {
            Optional<SourceFile> f = read.get(c.relative());
            if (f == null || f.isEmpty()) continue;
            String key = c.collection().folder() + "/" + c.slug() + (c.language() == null ? "" : "." + c.language());
            String earlier = firstBySlug.putIfAbsent(key, c.relative());
            if (earlier != null) {
                diagnostics.error(Code.DUPLICATE_SLUG, SourceSpan.startOf(c.relative()),
                        "the slug `" + c.slug() + "` is used twice in content/" + c.collection().folder() + "/",
                        "also used by " + earlier + "; keep one of the two files");
                continue;
            }
            records.add(f.get());
        }
        Map<String, byte[]> mediaBytes = readBinaries(root, content, media.stream().map(m -> content.resolve(m)).toList());
        Map<String, byte[]> theme = new TreeMap<>();
        Path themes = root.resolve("themes");
        if (Files.isDirectory(themes, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(themes, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().startsWith(".") && (attrs.isRegularFile() || attrs.isSymbolicLink())) files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            theme.putAll(readBinaries(root, root, files));
        }
        Map<String, byte[]> mediaByName = new TreeMap<>();
        mediaBytes.forEach((k, v) -> mediaByName.put(k.substring("content/".length()), v));
        media.retainAll(mediaByName.keySet());
        return new LoadedSite(root, config, records, media, texts, mediaByName, theme);
    }

    /**
     * The site again after the given files changed, reading only those, when all of them are record
     * files directly in a collection folder (edited, added or deleted); empty when a full load is
     * needed (the config, media, themes, folders, or a file name taken twice). Problems with the
     * changed files are reported; those of the others are the caller's to keep.
     *
     * @param changed site-relative paths ("content/offerings/x.md")
     */
    public Optional<LoadedSite> reload(LoadedSite previous, java.util.Collection<String> changed) throws IOException {
        Path root = previous.root();
        Path content = root.resolve("content");
        // in path order, as a load leaves them: patched in place, where a sorted map compared every
        // path a dozen times on each save in the preview
        List<SourceFile> records = new ArrayList<>(previous.records());
        if (!inPathOrder(records)) records.sort(java.util.Comparator.comparing(SourceFile::path));
        Map<String, String> texts = new HashMap<>(previous.texts());
        for (String rel : changed) {
            String[] parts = rel.split("/");
            if (parts.length != 3 || !parts[0].equals("content") || Collection.ofFolder(parts[1]).isEmpty() || parts[2].startsWith("."))
                return Optional.empty();
            // a slug written as two files (x.md and x.yml): which one counts and which is the error
            // changes with either of them, and the other may never have been read
            if (hasNamesake(root.resolve(rel))) return Optional.empty();
            int was = indexOf(records, rel);
            if (was >= 0) records.remove(was);
            texts.remove(rel);
            Path file = root.resolve(rel);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            List<ContentWalker.Candidate> found = new ArrayList<>();
            Files.walkFileTree(file, new ContentWalker(diagnostics, root, content, found, new TreeSet<>()));
            for (ContentWalker.Candidate c : found) {
                Map<String, String> read = new HashMap<>();
                Optional<SourceFile> f = readText(root, c.path(), c.relative(), c.collection(), c.slug(), c.format(), read, c.attrs())
                        .map(x -> x.asTranslation(c.language()));
                if (f.isEmpty()) continue;
                boolean taken = records.stream().anyMatch(o -> o.collection() == c.collection() && o.slug().equals(c.slug())
                        && java.util.Objects.equals(o.language(), c.language()));
                if (taken) return Optional.empty();
                int at = indexOf(records, c.relative());
                if (at >= 0) records.set(at, f.get());
                else records.add(-at - 1, f.get());
                texts.putAll(read);
            }
        }
        return Optional.of(new LoadedSite(root, previous.config(), records, previous.mediaFiles(), texts,
                previous.media(), previous.themeFiles()));
    }

    private static boolean inPathOrder(List<SourceFile> records) {
        for (int i = 1; i < records.size(); i++)
            if (records.get(i - 1).path().compareTo(records.get(i).path()) >= 0) return false;
        return true;
    }

    /** Where the record file of this path is in the path-ordered list, or (-(insertion point) - 1), as binary searches answer. */
    private static int indexOf(List<SourceFile> records, String path) {
        int low = 0;
        int high = records.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = records.get(mid).path().compareTo(path);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    /** Whether another record file of the same slug lies beside this one (x.yml beside x.md). */
    private static boolean hasNamesake(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) return false;
        for (String ext : new String[]{"md", "yml", "yaml"}) {
            String other = name.substring(0, dot + 1) + ext;
            if (!other.equals(name) && Files.exists(file.resolveSibling(other), LinkOption.NOFOLLOW_LINKS)) return true;
        }
        return false;
    }

    /** Files copied as they are (media, theme assets), keyed by site-relative path; links out of the site are refused. */
    private Map<String, byte[]> readBinaries(Path root, Path base, List<Path> files) {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            String rel = root.relativize(file).toString().replace('\\', '/');
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(root)) {
                    diagnostics.error(Code.OUTSIDE_SITE, SourceSpan.startOf(rel), "symbolic link leads outside the site folder; it is not read");
                    return;
                }
                long size = Files.size(real);
                if (size > MAX_BINARY_FILE_BYTES) {
                    diagnostics.error(Code.FILE_TOO_LARGE, SourceSpan.startOf(rel), String.format(java.util.Locale.ROOT,
                            "the file is %.1f MB; media files may be at most %d MB", size / 1e6, MAX_BINARY_FILE_BYTES >> 20),
                            "make the file smaller (compress the PDF, scale the photo)");
                    return;
                }
                out.put(rel, cache == null ? Files.readAllBytes(real) : cache.bytes(real, size));
            } catch (IOException e) {
                diagnostics.error(Code.UNREADABLE, SourceSpan.startOf(rel), "cannot read the file: " + e.getMessage());
            }
        });
        return new TreeMap<>(out);
    }

    /**
     * A record file's text read again as the loader read it (inside the site, within the size
     * limit, strict UTF-8, its BOM dropped); empty if it cannot be read so now. For a diagnostic
     * that quotes a line after the texts were let go ({@link LoadedSite#withoutTexts}).
     */
    static Optional<String> readAgain(Path root, String rel) {
        try {
            return new SiteLoader(new Diagnostics()).readText(root, root.resolve(rel), rel, null, null, SourceFile.Format.MARKDOWN,
                    new java.util.HashMap<>(), null).map(SourceFile::text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @param attrs the walk's attributes of a regular file (its path is then real and inside the site), or null */
    private Optional<SourceFile> readText(Path root, Path file, String rel, Collection collection, String slug,
                                          SourceFile.Format format, Map<String, String> texts, BasicFileAttributes attrs) throws IOException {
        boolean plain = attrs != null && attrs.isRegularFile() && !attrs.isSymbolicLink();
        Path real = plain ? file : file.toRealPath();
        if (!real.startsWith(root)) {
            diagnostics.error(Code.OUTSIDE_SITE, SourceSpan.startOf(rel), "symbolic link leads outside the site folder; it is not read");
            return Optional.empty();
        }
        long size = plain ? attrs.size() : Files.size(real);
        if (size > MAX_TEXT_FILE_BYTES) {
            diagnostics.error(Code.FILE_TOO_LARGE, SourceSpan.startOf(rel),
                    String.format(java.util.Locale.ROOT, "the file is %.1f MB; a record may be at most %d KB",
                            size / 1e6, MAX_TEXT_FILE_BYTES / 1024),
                    "put large documents into content/media/ and link to them");
            return Optional.empty();
        }
        String known = cache == null ? null : cache.text(real, size, plain ? attrs.lastModifiedTime() : null);
        if (known != null) {
            texts.put(rel, known);
            return Optional.of(new SourceFile(rel, collection, slug, format, known));
        }
        long readAt = ReadCache.now();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            // read at most the limit, even if the file grew since we looked at its size
            bytes = in.readNBytes((int) MAX_TEXT_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_TEXT_FILE_BYTES) {
            diagnostics.error(Code.FILE_TOO_LARGE, SourceSpan.startOf(rel), "the file is larger than " + MAX_TEXT_FILE_BYTES / 1024 + " KB");
            return Optional.empty();
        }
        Optional<String> text = TextDecoding.utf8(bytes, rel, diagnostics);
        if (text.isEmpty()) {
            // reported; text in another encoding (an umlaut in Windows-1252) is still read, each bad byte as U+FFFD,
            // so that its other mistakes come in the same run and what points at it is not told the file does not
            // exist (the build stops at the error); a binary file is not
            text = TextDecoding.legacyText(bytes);
            if (text.isEmpty()) return Optional.empty();
        } else if (cache != null) {
            cache.keepText(real, bytes.length, plain ? attrs.lastModifiedTime() : null, readAt, text.get());
        }
        texts.put(rel, text.get());
        return Optional.of(new SourceFile(rel, collection, slug, format, text.get()));
    }

}
