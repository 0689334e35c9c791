package de.quartier.render.editor;

import de.quartier.model.Collection;
import de.quartier.model.SiteConfig;
import de.quartier.render.Output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * admin/: the web editor for people without Git skills, when site-config.yml names a Git host
 * ({@code editor:}). Decap CMS served from the site itself (the pinned release the build put into
 * the jar, its licences beside it, no CDN), its configuration made from the field definitions,
 * and a page search engines leave alone. Nothing loads from another host before the login.
 */
public final class WebEditor {
    public static final String FOLDER = "admin/";
    private static final String VENDOR = "de/quartier/render/vendor/";

    private WebEditor() {
    }

    /** The files of admin/, or none when the site has no editor. */
    public static List<Output> plan(SiteConfig config, Function<Collection, String> label, String faviconHref) {
        if (config.editor() == null) return List.of();
        List<Output> out = new ArrayList<>();
        Map<Collection, String> labels = new EnumMap<>(Collection.class);
        for (Collection c : Collection.values()) {
            String l = label.apply(c);
            labels.put(c, l == null || l.isEmpty() ? "Seiten" : l);
        }
        out.add(Output.File.text(FOLDER + "index.html", () -> page(config.title(), faviconHref)));
        out.add(Output.File.text(FOLDER + "config.yml", () -> new DecapConfig(config, labels).text()));
        // read from the jar when a worker writes the file, not while planning (5.8 MB, and the preview plans often)
        for (String name : Decap.FILES) out.add(Output.File.of(FOLDER + name, () -> resource(VENDOR + "decap/" + name)));
        out.add(Output.File.of(FOLDER + "LICENSE-decap-cms.txt", () -> resource(VENDOR + "decap-cms-LICENSE")));
        return out;
    }

    private static String page(String siteTitle, String faviconHref) {
        String title = "Redaktion – " + de.quartier.render.HtmlText.escape(siteTitle);
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <title>%s</title>
                <link rel="icon" href="%s" type="image/svg+xml">
                </head>
                <body>
                <noscript><p>Die Redaktion braucht JavaScript.</p></noscript>
                <script src="decap-cms.js"></script>
                </body>
                </html>
                """.formatted(title, faviconHref);
    }

    /** Decap's script, its chunks and the licences of what it bundles, as the build listed them. */
    private static final class Decap {
        static final List<String> FILES = new String(resource(VENDOR + "decap/files.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebEditor.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing from the jar (the build downloads Decap CMS): " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
