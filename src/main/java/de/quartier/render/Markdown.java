package de.quartier.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import de.quartier.model.ContentLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;

/**
 * Markdown bodies to safe HTML: CommonMark with tables, autolinks and heading ids (Flexmark),
 * then sanitised by jsoup to a safe subset (no script, no event handlers, no iframes, only http,
 * https, mailto and tel links). Paths are written relative to content/ ("media/flyer.pdf",
 * "offerings/x.md") and become site links; links to other hosts are marked as such.
 */
public final class Markdown {
    private static final String PLACEHOLDER_BASE = "https://quartier.invalid/";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;
    private final String externalNote;
    private final String tableLabel;

    public Markdown() {
        this("");
    }

    /** @param externalNote words after a link to another host, for screen readers, e.g. "(externe Seite)" */
    public Markdown(String externalNote) {
        this(externalNote, null);
    }

    /**
     * @param tableLabel the name of the scrolling box around a table (null: "Tabelle"): a wide table scrolls by
     *                   itself on a phone instead of widening the page, and the box is named for keyboards and screen readers
     */
    public Markdown(String externalNote, String tableLabel) {
        this.externalNote = externalNote == null ? "" : externalNote;
        this.tableLabel = tableLabel == null || tableLabel.isBlank() ? "Tabelle" : tableLabel;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = de.quartier.markdown.MarkdownParser.of(options);
        this.renderer = HtmlRenderer.builder(options).build();
        this.safelist = Safelist.relaxed()
                .removeTags("img")
                .addTags("img", "figure", "figcaption", "abbr", "hr", "del", "ins", "mark", "small")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("abbr", "title")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
                .addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("th", "scope")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                // jsoup's relaxed list also allows ftp: links (a summary's Markdown is rendered unchecked by the body check)
                .removeProtocols("a", "href", "ftp")
                .addProtocols("img", "src", "https")
                .preserveRelativeLinks(true);
    }

    /** A record body as safe HTML, with site links under {@code urls}' base path. */
    public String toHtml(String markdown, Urls urls) {
        return toHtml(markdown, urls, java.util.Set.of());
    }

    /**
     * As {@link #toHtml(String, Urls)}, with heading ids kept clear of {@code takenIds}, the ids the
     * page's own parts use (a heading "Angebote" becomes id "angebote-2" next to the page's
     * "angebote" section); links inside the body to such a heading follow it.
     */
    public String toHtml(String markdown, Urls urls, java.util.Set<String> takenIds) {
        return toHtml(markdown, urls, takenIds, null);
    }

    /**
     * As {@link #toHtml(String, Urls, java.util.Set)}, with each root-relative link ("/x/") made absolute by
     * {@code absolute}: for feed readers, which do not know the page a body came from.
     */
    public String toHtml(String markdown, Urls urls, java.util.Set<String> takenIds, java.util.function.UnaryOperator<String> absolute) {
        if (markdown == null || markdown.isBlank()) return "";
        String plain = PlainParagraphs.html(markdown, takenIds);
        if (plain != null) return plain;
        return fullHtml(markdown, urls, takenIds, absolute);
    }

    String fullHtml(String markdown, Urls urls, java.util.Set<String> takenIds) {
        return fullHtml(markdown, urls, takenIds, null);
    }

    /** The whole way: Flexmark, then jsoup's sanitizer and the adjustments (also what {@link PlainParagraphs} is tested against). */
    String fullHtml(String markdown, Urls urls, java.util.Set<String> takenIds, java.util.function.UnaryOperator<String> absolute) {
        String raw = renderer.render(parser.parse(markdown));
        // one parse: the cleaner copies what the safelist allows into a new document, which is then adjusted
        Document doc = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(raw, PLACEHOLDER_BASE));
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        // one walk over the elements instead of a selector query per step
        List<Element> all = doc.body().getAllElements();
        boolean h1 = false;
        for (Element e : all) h1 |= e.normalName().equals("h1");
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>(takenIds);
        List<Element> anchors = new java.util.ArrayList<>();
        List<Element> tables = new java.util.ArrayList<>();
        for (Element e : all) {
            String name = e.normalName();
            if (name.equals("table")) tables.add(e);
            // the page title is the only h1: a body that uses '#' headings is moved one level down
            if (h1 && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '5')
                e.tagName("h" + (char) (name.charAt(1) + 1));
            if (e.hasAttr("id")) {
                String id = e.id();
                if (!used.add(id)) {
                    int n = 2;
                    while (!used.add(id + "-" + n)) n++;
                    renamed.put(id, id + "-" + n);
                    e.id(id + "-" + n);
                }
            }
            if (name.equals("a") && e.hasAttr("href") || name.equals("img") && e.hasAttr("src")) anchors.add(e);
        }
        for (Element e : anchors) {
            if (e.normalName().equals("img")) {
                String src = siteLink(e.attr("src"), urls);
                e.attr("src", absolute != null && src.startsWith("/") ? absolute.apply(src) : src);
                continue;
            }
            String href = e.attr("href");
            if (href.startsWith("#") && renamed.containsKey(href.substring(1))) href = "#" + renamed.get(href.substring(1));
            href = siteLink(href, urls);
            e.attr("href", href);
            if (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8)) {
                e.attr("rel", "external noopener");
                e.addClass("external");
                if (!externalNote.isEmpty()) e.appendElement("span").addClass("visually-hidden").text(" " + externalNote);
            } else if (absolute != null && href.startsWith("/")) {
                e.attr("href", absolute.apply(href));
            }
        }
        for (Element t : tables) {
            Element box = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0").attr("aria-label", tableLabel);
            t.before(box);
            box.appendChild(t);
        }
        return doc.body().html();
    }

    /** A body's text without markup, as Flexmark reads it (the search index reads bodies faster with {@code BodyText}, tested against this). */
    public String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(parser.parse(markdown));
    }

    /**
     * "media/x.pdf" → base + "media/x.pdf"; "offerings/x.md" → the record's page; other paths
     * without a scheme are taken from the site root. Absolute links stay as they are.
     */
    public static String siteLink(String href, Urls urls) {
        ContentLink link = ContentLink.parse(href).orElse(null);
        if (link instanceof ContentLink.ToRecord r) {
            String segment = r.collection().urlSegment();
            return urls.href((segment.isEmpty() ? "" : segment + "/") + r.slug() + "/") + r.fragment();
        }
        if (link instanceof ContentLink.ToMedia m) return urls.href(m.path()) + m.fragment();
        if (link instanceof ContentLink.ToSitePath p) return urls.href(p.path()) + p.fragment();
        return href;
    }
}
