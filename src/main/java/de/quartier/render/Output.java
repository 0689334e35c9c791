package de.quartier.render;

import de.quartier.model.Entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the built site, planned before it is made: where it goes and how to make it. The
 * plan is small (a path and a function per file); the bytes exist only while a worker writes
 * them, so a site of any size is never held in memory whole.
 */
public sealed interface Output permits Output.Page, Output.File, Output.Bundle {
    /** The path under the output root: "anlaufstellen/x/index.html". */
    String path();

    /**
     * An HTML page, rendered from a theme template with a context made when it is rendered.
     *
     * @param source  the record the page shows, or null (listings, browse pages): link problems are reported there
     * @param indexed false keeps it out of the sitemap and search engines (ended records, print sheets, the 404 page)
     * @param lastmod the sitemap's date, or null
     */
    record Page(String path, String template, Entry source, Supplier<Map<String, Object>> context, boolean indexed,
                LocalDate lastmod) implements Output {
        public Page {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(context, "context");
        }

        public Page unindexed() {
            return new Page(path, template, source, context, false, lastmod);
        }

        /** The same page at another path (its version in another language). */
        public Page at(String otherPath) {
            return new Page(otherPath, template, source, context, indexed, lastmod);
        }

        public Page lastmod(LocalDate date) {
            return new Page(path, template, source, context, indexed, date);
        }

        /** The page's URL path relative to the base ("angebote/x/"; "" for the home page). */
        public String pagePath() {
            return path.equals("index.html") ? "" : path.substring(0, path.length() - "index.html".length());
        }
    }

    /**
     * Any other file: a calendar, a contact card, a feed, open data, an asset, a media file.
     * {@code wholeSite} marks a file made from every record (the search index, the sitemap): the
     * build starts those first, so that no single long job is left running at the end.
     */
    record File(String path, Supplier<byte[]> content, boolean wholeSite) implements Output {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }

        /** A file whose bytes are made when the build comes to it. */
        public static File of(String path, Supplier<byte[]> content) {
            return new File(path, content, false);
        }

        public static File text(String path, Supplier<String> text) {
            return of(path, () -> text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public static File bytes(String path, byte[] bytes) {
            return of(path, () -> bytes);
        }

        /** A file made from every record. */
        public File ofWholeSite() {
            return new File(path, content, true);
        }
    }

    /**
     * Files made together from every record whose names are known only once they are made (the
     * search index's parts, cut where its words fall): {@code path} names the folder they go in.
     * Started first, like {@link File#wholeSite()} files.
     */
    record Bundle(String path, Supplier<List<de.quartier.model.RenderedFile>> files) implements Output {
        public Bundle {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(files, "files");
        }
    }
}
