package de.quartier.render;

import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.RenderedFile;
import de.quartier.model.Site;
import de.quartier.model.Status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Interim output until the themed renderer lands: a plain, valid HTML page per published record
 * and an index linking them all. Everything written by an editor is escaped.
 */
public final class PlainRenderer {
    public List<RenderedFile> render(Site site) {
        List<RenderedFile> files = new ArrayList<>();
        StringBuilder index = new StringBuilder();
        for (Collection c : Collection.values()) {
            if (site.count(c) == 0) continue;
            index.append("<h2>").append(escape(c.plural())).append("</h2>\n<ul>\n");
            for (Entry e : site.all(c)) {
                String path = url(e);
                index.append("<li><a href=\"").append(escape(path)).append("\">").append(escape(e.title())).append("</a></li>\n");
                files.add(page(site, path + "index.html", e.title(), body(site, e)));
            }
            index.append("</ul>\n");
        }
        files.add(page(site, "index.html", site.config().title(), index.toString()));
        return files;
    }

    private static String url(Entry e) {
        String segment = e.collection().urlSegment();
        return (segment.isEmpty() ? "" : segment + "/") + e.slug() + "/";
    }

    private static String body(Site site, Entry e) {
        StringBuilder b = new StringBuilder();
        Status status = site.status(e);
        if (status == Status.ENDED) b.append("<p><strong>Beendet.</strong></p>\n");
        if (status == Status.UPCOMING) b.append("<p><strong>Demnächst.</strong></p>\n");
        if (e.common().summary() != null) b.append("<p>").append(escape(e.common().summary())).append("</p>\n");
        b.append("<pre>").append(escape(e.common().body())).append("</pre>\n");
        return b.toString();
    }

    private static RenderedFile page(Site site, String path, String title, String body) {
        int depth = path.split("/").length - 1;
        String root = depth == 0 ? "./" : "../".repeat(depth);
        String html = "<!DOCTYPE html>\n<html lang=\"" + escape(site.config().language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n</head>\n"
                + "<body>\n<header><a href=\"" + root + "\">" + escape(site.config().title()) + "</a></header>\n<main>\n<h1>"
                + escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
        return new RenderedFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
