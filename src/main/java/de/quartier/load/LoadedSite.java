package de.quartier.load;

import de.quartier.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything load read.
 *
 * @param root       the site root (real path)
 * @param config     site-config.yml, if it was there and readable
 * @param records    every readable record file and translation ({@code x.tr.md}), sorted by path, one per slug,
 *                   collection and language
 * @param mediaFiles paths of files under content/media, relative to content/ ("media/x.jpg")
 * @param media      the bytes of those files, copied into the output as they are
 * @param themeFiles the files of the site's own themes, by path relative to the site ("themes/x/base.peb")
 */
public record LoadedSite(Path root, Optional<SourceFile> config, List<SourceFile> records, Set<String> mediaFiles,
                         Map<String, String> texts, Map<String, byte[]> media, Map<String, byte[]> themeFiles) {
    public LoadedSite {
        records = List.copyOf(records);
        mediaFiles = Set.copyOf(mediaFiles);
        texts = Map.copyOf(texts);
        media = Map.copyOf(media);
        themeFiles = Map.copyOf(themeFiles);
    }

    /** The record files, without the translations. */
    public List<SourceFile> recordFiles() {
        return records.stream().filter(f -> !f.isTranslation()).toList();
    }

    /** The translations ({@code x.tr.md}). */
    public List<SourceFile> translationFiles() {
        return records.stream().filter(SourceFile::isTranslation).toList();
    }

    /**
     * This site without the texts of its records, once they are checked: a build of 20,000
     * offerings would otherwise keep 45 MB of them through rendering. {@link #text} reads a file
     * again if a diagnostic of the rest of the build (a broken link) needs one of its lines.
     */
    public LoadedSite withoutTexts() {
        Map<String, String> kept = config.map(c -> Map.of(c.path(), c.text())).orElse(Map.of());
        return new LoadedSite(root, config, records.stream().map(SourceFile::withoutText).toList(), mediaFiles, kept, media, themeFiles);
    }

    /** The text of a file by its site-relative path, for printing source lines in diagnostics. */
    public Optional<String> text(String path) {
        String t = texts.get(path);
        if (t == null && records.stream().anyMatch(f -> f.path().equals(path) && f.text().isEmpty()))
            t = SiteLoader.readAgain(root, path).orElse(null);
        if (t == null && path.startsWith("content/media/") && (path.endsWith(".geojson") || path.endsWith(".json") || path.endsWith(".svg"))) {
            byte[] b = media.get(path.substring("content/".length()));
            if (b != null) t = new String(b, java.nio.charset.StandardCharsets.UTF_8); // boundaries and drawings are reported by line
        }
        if (t == null && path.startsWith("themes/")) {
            byte[] b = themeFiles.get(path);
            if (b != null) t = new String(b, java.nio.charset.StandardCharsets.UTF_8); // templates are reported by line
        }
        return Optional.ofNullable(t);
    }
}
