package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SVG files in content/media/ are published as they are, and an SVG is a document that can run
 * script: opened from a link, on the site's own address, where the site's Content-Security-Policy
 * trusts it (and the preview sends none). So an SVG with script ({@code <script>}, {@code onload=},
 * a {@code javascript:} link, HTML inside it) is an error, like a {@code .js} file there; so is one
 * that loads from another host (an image or a style sheet from a web address), which would ask
 * that host before the reader agreed. Read with jsoup's XML parser, which never fetches a DTD or an
 * entity.
 */
public final class SvgContent {
    /** Elements that run script or hold HTML (local names, lowercase). */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    /** Elements whose href or src is fetched when the SVG is shown. */
    private static final Set<String> LOADING_ELEMENTS = Set.of("image", "use", "feimage", "style", "link");
    private static final Pattern REMOTE_URL = Pattern.compile("(?i)^(https?:)?//");
    private static final Pattern REMOTE_IN_STYLE = Pattern.compile("(?i)(@import|url\\(\\s*['\"]?\\s*(https?:)?//)");
    /** Blanks and control characters, which browsers skip in a link's scheme ("java\tscript:"). */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20]+");

    private SvgContent() {
    }

    /** @param media the media files by their path below content/ ("media/logo.svg") */
    public static void check(Map<String, byte[]> media, Diagnostics diagnostics) {
        media.forEach((path, bytes) -> {
            if (!path.toLowerCase(Locale.ROOT).endsWith(".svg")) return;
            checked("content/" + path, bytes).forEach(diagnostics::add);
        });
    }

    /**
     * What a file's bytes gave: the preview checks on every save and keeps an unchanged file's bytes
     * (load.ReadCache), so each drawing is read once. By identity, as an array's equality is.
     */
    private static final Map<byte[], Map<String, List<Diagnostic>>> CHECKED = new java.util.WeakHashMap<>();

    private static synchronized List<Diagnostic> checked(String file, byte[] bytes) {
        return CHECKED.computeIfAbsent(bytes, b -> new java.util.HashMap<>()).computeIfAbsent(file, f -> {
            Diagnostics own = new Diagnostics();
            check(f, bytes, own);
            return own.sorted();
        });
    }

    static void check(String path, byte[] bytes, Diagnostics diagnostics) {
        Document svg;
        try {
            Parser parser = Parser.xmlParser().setTrackPosition(true);
            svg = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
        } catch (IOException e) {
            return; // in memory: cannot happen
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String hint = "save the drawing without scripts, links to scripts and pictures from other sites "
                + "(e.g. as \"Plain SVG\" in Inkscape), or publish it as PNG";
        for (Element e : svg.getAllElements()) {
            String element = local(e.tagName());
            if (ACTIVE_ELEMENTS.contains(element)) {
                diagnostics.error(Code.SVG_SCRIPT, at(path, e.sourceRange()), "`" + name + "`: an SVG with <" + e.tagName()
                        + "> is not published: it could run script on the site's own address", hint);
                continue;
            }
            for (Attribute a : e.attributes()) {
                String attribute = local(a.getKey());
                String value = IGNORED_IN_SCHEME.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                String problem = attribute.startsWith("on") ? "the script in " + a.getKey() + "=\"…\""
                        // also in an animation's values ("0;javascript:…"); a picture's data (data:image/png) stays
                        : value.contains("javascript:") || value.contains("vbscript:") || value.startsWith("data:") && !value.startsWith("data:image/")
                        ? "a script link in " + a.getKey() + "=\"…\""
                        : (attribute.equals("href") || attribute.equals("src")) && LOADING_ELEMENTS.contains(element) && REMOTE_URL.matcher(value).find()
                        ? "<" + e.tagName() + "> loading " + a.getValue().strip() + " from another site"
                        : attribute.equals("style") && REMOTE_IN_STYLE.matcher(a.getValue()).find()
                        ? "a style that loads from another site" : null;
                if (problem != null)
                    diagnostics.error(Code.SVG_SCRIPT, at(path, a.sourceRange().nameRange()), "`" + name + "`: an SVG with " + problem
                            + " is not published" + (problem.contains("another site") ? ": it would ask that site before the reader agreed"
                            : ": it could run script on the site's own address"), hint);
            }
            if (element.equals("style") && REMOTE_IN_STYLE.matcher(e.wholeText()).find())
                diagnostics.error(Code.SVG_SCRIPT, at(path, e.sourceRange()), "`" + name + "`: an SVG whose <style> loads from another site is not "
                        + "published: it would ask that site before the reader agreed", hint);
        }
    }

    private static String local(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static SourceSpan at(String path, Range range) {
        if (range == null || !range.isTracked()) return SourceSpan.startOf(path);
        return new SourceSpan(path, range.start().lineNumber(), range.start().columnNumber(), Math.max(1, range.end().pos() - range.start().pos()));
    }
}
