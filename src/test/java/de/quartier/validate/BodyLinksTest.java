package de.quartier.validate;

import de.quartier.diag.Diagnostics;
import de.quartier.model.BodyLink;
import de.quartier.model.Collection;
import de.quartier.parse.SourceParser;
import de.quartier.render.Markdown;
import de.quartier.render.Urls;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Links in a body with the line and column where their target is written: Markdown links, and
 * the a[href] and img[src] of raw HTML, in a front-matter file and in a YAML record.
 */
class BodyLinksTest {
    private static final String PATH_MD = "content/pages/x.md";
    private static final String PATH_YML = "content/operators/x.yml";

    /** "target line:column+length" of each link in a file as the editor writes it. */
    private static List<String> links(String path, String text) {
        SourceFile.Format format = path.endsWith(".md") ? SourceFile.Format.MARKDOWN : SourceFile.Format.YAML;
        Collection collection = path.contains("/pages/") ? Collection.PAGES : Collection.OPERATORS;
        ParsedRecord r = new SourceParser(new Diagnostics()).parse(new SourceFile(path, collection, "x", format, text)).orElseThrow();
        return BodyLinks.of(r).links().stream()
                .map(l -> l.target() + " " + l.at().line() + ":" + l.at().column() + "+" + l.at().length()).toList();
    }

    private static List<String> md(String body) {
        return links(PATH_MD, "---\ntitle: X\n---\n" + body);
    }

    @Test
    void theTagsTheCheckTakesForKeptAreTheOnesTheRendererKeeps() {
        // KeptHtml.TAGS copies the sanitiser's list (render.Markdown); a tag one keeps and the other not would be
        // a warning for what is shown, or silence for what is dropped
        List<String> tags = List.of("a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "br", "button", "canvas",
                "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed",
                "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
                "iframe", "img", "input", "ins", "kbd", "label", "li", "main", "mark", "marquee", "nav", "object", "ol", "p", "picture",
                "pre", "q", "s", "samp", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary",
                "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video");
        Urls urls = new Urls("/q/");
        Markdown markdown = new Markdown();
        List<String> differ = new ArrayList<>();
        // the parts of a table stand only inside one (an HTML parser drops them elsewhere)
        String table = "<table><caption>c</caption><colgroup><col></colgroup><thead><tr><th>h</th></tr></thead>"
                + "<tbody><tr><td>d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>\n";
        org.jsoup.nodes.Document tableRendered = Jsoup.parseBodyFragment(markdown.toHtml(table, urls));
        for (String tag : tags) {
            String body = "<div><" + tag + " src=\"media/x.png\" alt=\"x\">x</" + tag + "></div>\n";
            // the page's title is its only h1: a body's h1 is rendered as h2
            String rendersAs = tag.equals("div") ? "div div" : tag.equals("h1") ? "h2" : tag;
            boolean rendered = table.contains("<" + tag + ">") ? !tableRendered.select(tag).isEmpty()
                    : !Jsoup.parseBodyFragment(markdown.toHtml(body, urls)).select(rendersAs).isEmpty();
            if (rendered != KeptHtml.TAGS.contains(tag)) differ.add(tag + (rendered ? " kept, not in TAGS" : " dropped, in TAGS"));
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theAttributesTheCheckTakesForKeptAreTheOnesTheRendererKeeps() {
        List<String> attributes = List.of("href", "src", "alt", "title", "width", "height", "align", "valign", "style", "class", "id",
                "target", "rel", "lang", "dir", "name", "cite", "start", "type", "span", "summary", "abbr", "axis", "colspan", "rowspan",
                "scope", "border", "color", "bgcolor", "face", "size", "onclick", "onerror", "reversed", "datetime", "hidden",
                "tabindex", "role", "aria-label", "data-x", "download", "loading");
        Urls urls = new Urls("/q/");
        Markdown markdown = new Markdown();
        List<String> differ = new ArrayList<>();
        for (String tag : KeptHtml.TAGS) {
            if (List.of("html", "head", "body", "image").contains(tag)) continue;
            for (String attribute : attributes) {
                String value = attribute.equals("href") ? "https://example.org/" : attribute.equals("src") ? "https://example.org/x.png" : "2";
                String element = "<" + tag + " " + attribute + "=\"" + value + "\">x</" + tag + ">";
                // the parts of a table stand only inside one, a list item inside a list
                String body = switch (tag) {
                    case "caption", "colgroup", "thead", "tbody", "tfoot" -> "<table>" + element + "<tr><td>x</td></tr></table>";
                    case "col" -> "<table><colgroup>" + element + "</colgroup><tr><td>x</td></tr></table>";
                    case "tr" -> "<table><tbody>" + element + "</tbody></table>";
                    case "td", "th" -> "<table><tbody><tr>" + element + "</tr></tbody></table>";
                    case "li" -> "<ul>" + element + "</ul>";
                    case "dt", "dd" -> "<dl>" + element + "</dl>";
                    case "figcaption" -> "<figure>" + element + "</figure>";
                    default -> "<div>" + element + "</div>";
                };
                String rendersAs = tag.equals("h1") ? "h2" : tag;
                boolean kept = !Jsoup.parseBodyFragment(markdown.toHtml(body + "\n", urls)).select(rendersAs + "[" + attribute + "]").isEmpty();
                if (kept != KeptHtml.keeps(tag, attribute)) differ.add(tag + "[" + attribute + "]" + (kept ? " kept, not in KeptHtml" : " dropped, in KeptHtml"));
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void rawHtmlBlockAtTheValueInAFrontMatterFile() {
        // line 4 is the body's first line; the value starts in column 11, inside the quotes
        assertEquals(List.of("media/a.png 6:11+11"), md("Text\n\n<img src=\"media/a.png\" alt=\"\">\n"));
        assertEquals(List.of("media/b.png 7:8+11"), md("Text\n\n<div><img alt=\"\"\n  src=\"media/b.png\"></div>\n"));
    }

    @Test
    void rawHtmlInsideAParagraph() {
        assertEquals(List.of("anlaufstellen/ 4:14+14"), md("Ein <a href='anlaufstellen/'>Link</a> im Satz.\n"));
        assertEquals(List.of("x 5:18+1", "y 5:41+1"), md("Erste Zeile,\nund hier <a href=x>ein</a> und <img src=y alt=\"\">.\n"));
    }

    @Test
    void htmlAfterACommentOnTheSameLineIsStillChecked() {
        // a comment block runs to the line's end: the image after it reaches the page
        assertEquals(List.of("media/x.png 4:28+11"), md("<!-- Hinweis --> <img src=\"media/x.png\" alt=\"\">\n"));
    }

    @Test
    void aTagOverSeveralLines() {
        assertEquals(List.of("offerings/x.md 6:9+14"), md("Ein <a\n  class=\"k\"\n  href=\"offerings/x.md\">Angebot</a> heute.\n"));
        assertEquals(List.of("media/c.png 6:8+11"), md("<div>\n<img alt=\"Foto\"\n  src=\"media/c.png\">\n</div>\n"));
    }

    @Test
    void aYamlBodyIsNamedAtTheFilesColumnsWithTheBlocksIndentation() {
        String yml = """
                title: AWO
                body: |
                  Text mit <a href="anlaufstellen/">Link</a>.

                  <img src="media/a.png" alt="">

                  [Flyer](media/flyer.pdf)
                """;
        // lines and columns are the file's: the block's two spaces of indentation count
        assertEquals(List.of("anlaufstellen/ 3:21+14", "media/a.png 5:13+11", "media/flyer.pdf 7:11+15"), links(PATH_YML, yml));
        // four spaces, and a blank first line in the block
        assertEquals(List.of("media/b.png 4:17+11"), links(PATH_YML, "title: AWO\nbody: |\n\n    Mehr [hier](media/b.png).\n"));
    }

    @Test
    void tagAndAttributeNamesInAnyCaseAndValuesInAnyQuotes() {
        assertEquals(List.of("a 4:10+1", "b 4:30+1", "c 4:43+1"), md("<IMG SRC=a ALT=\"\"> <Img Src='b'> <A hReF=\"c\">x</A>\n"));
        // an HTML parser reads <image> as <img>
        assertEquals(List.of("media/i.png 4:13+11"), md("<image src=\"media/i.png\">\n"));
    }

    @Test
    void entitiesAreDecodedAndTheSpanIsAsWritten() {
        assertEquals(List.of("anlaufstellen/?a=1&b=2 4:15+26"), md("Text <a href=\"anlaufstellen/?a=1&amp;b=2\">x</a>\n"));
    }

    @Test
    void anEmptyTargetIsALinkAtTheClosingQuoteOrParenthesisOrAtTheAttributesName() {
        // each renders href="" or src=""; an unused empty reference definition renders nothing
        assertEquals(List.of(" 4:18+1", " 4:33+1", " 4:47+4", " 4:69+1", " 4:87+1"),
                md("Text [Anmeldung]() und <a href=\"\">hier</a> <a href>da</a> <img src='' alt=''> ![Bild]()\n\n[leer]: <>\n"));
    }

    @Test
    void onlyWhatTheSanitiserKeepsIsALink() {
        String body = """
                <iframe src="https://example.org/karte"></iframe>
                <script src="media/x.js"></script>
                Text <video src="v.mp4"></video> <link href="l.css"> <a data-href="d" name="n">x</a> <img srcset="s.png" alt="">
                <area href="a"> <source src="so"> <form action="f"></form>
                """;
        assertEquals(List.of(), md(body));
    }

    @Test
    void commentsScriptTextCodeAndAltTextHoldNoLinks() {
        String body = """
                <!-- <a href="kommentar"> -->

                Text <!-- <img src="inline-kommentar"> --> und <script>var a = '<a href="skript">';</script> mehr.

                `<a href="code">` und

                    <img src="eingerueckt">

                ```
                <img src="zaun">
                ```

                ![Bild mit <img src="alt-text"> darin](media/bild.png)
                """;
        assertEquals(List.of("media/bild.png 16:40+14"), md(body));
    }

    @Test
    void rawHtmlInABlockQuoteListAndTable() {
        assertEquals(List.of("q 6:8+1"), md("> <div>\n> <img\n> src=\"q\" alt=\"\">\n> </div>\n"));
        assertEquals(List.of("l1 4:13+2", "l2 5:18+2"), md("- <img src=\"l1\">\n- Text <img src=\"l2\"> mehr\n"));
        assertEquals(List.of("t 6:13+1"), md("| A | B |\n|---|---|\n| <img src=\"t\"> | x |\n"));
    }

    @Test
    void markdownLinksAndRawHtmlTogetherInTheOrderWritten() {
        assertEquals(List.of("a.md 4:5+4", "b 4:24+1", "media/c.pdf 6:6+11"), md("[A](a.md) und <a href=\"b\">B</a>\n\n[c]: media/c.pdf\n"));
    }

    /**
     * The twin of render.Markdown: every link a sanitised page keeps from a body is one this class
     * finds, and nothing more; if the renderer's safelist changes, this fails.
     */
    @Test
    void findsTheLinksTheSanitisedPageKeeps() {
        List<String> bodies = List.of(
                "Text\n\n<img src=\"media/a.png\" alt=\"\">\n",
                "Ein <a href='anlaufstellen/'>Link</a> und <a\n  href=\"y\">zwei</a>.\n",
                "> <div>\n> <a href=\"q\">x</a>\n> <img\n> src=\"r\">\n> </div>\n",
                "<IMG SRC=x ALT=\"\"> <Img Src='y'> <image src=\"z\">\n",
                "<a href=\"a&amp;b\">1</a> <a href=\"a&ampb\">2</a> <a href=\"a&amp=b\">3</a> <a href=\"&#x61;nl&lt\">4</a>\n",
                "<a href=\"first\" href=\"second\">d</a> <a href=\" space \">s</a> <a href=x/y>u</a>\n",
                "<iframe src=\"f\"><img src=\"no\"></iframe> <video src=\"v\"></video> <link href=\"l\"> <img srcset=\"ss\" src=\"ok\">\n",
                "Text <script>var s='<a href=\"s\">';</script> <a href=\"nach-skript\">x</a>\n",
                "Text <textarea><a href=\"ta\"></textarea> <title><a href=\"ti\"></title> <noscript><a href=\"ns\">x</a></noscript>\n",
                "<div title=\"<a href='in-attribut'>\"><a href=\"b\"title=\"t\">z</a></div>\n",
                "<div><![CDATA[ 1 > 0 <a href=\"cd\"> ]]><?php <a href=\"pi\"> ?></a title=\">\"><a href=\"nach-ende\">y</a></div>\n",
                "<div><!--><a href=\"leer-kommentar\">y</a><!-- x --!><a href=\"bang\">y</a><!-- <a href=\"c\"> --></div>\n",
                "<!-- <a href=\"kommentar\"> -->\n\nText <!-- <img src=\"d\"> --> mehr\n",
                "- <img src=\"li\">\n- text <img src=\"li2\"> x\n\n| a | b |\n|---|---|\n| <img src=\"t\"> | x |\n",
                "<svg><a href=\"svg\">x</a></svg> <math><a href=\"math\">x</a></math> <template><a href=\"tpl\">x</a></template>\n",
                "[md](offerings/x.md) <a href=\"offerings/y.md#anmeldung\">y</a> <img src=\"media/z.png\"> <a href=\"#oben\">o</a>\n",
                "![<img src=\"alt\"> Bild [mit Link](offerings/alt.md)](media/b.png) `<a href=\"code\">`\n");
        Urls urls = new Urls("/q/");
        Markdown markdown = new Markdown();
        for (String body : bodies) {
            List<String> kept = new ArrayList<>();
            for (Element e : Jsoup.parseBodyFragment(markdown.toHtml(body, urls)).select("a[href], img[src]"))
                kept.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
            List<String> found = new ArrayList<>();
            for (BodyLink l : BodyLinks.of(body, PATH_MD, 4).links()) found.add(Markdown.siteLink(l.target(), urls));
            assertEquals(sortedSiteLinks(kept), sortedSiteLinks(found), body);
        }
    }

    /** The links into the site (links to other hosts are dropped or kept by the sanitiser's protocol rules). */
    private static List<String> sortedSiteLinks(List<String> hrefs) {
        return hrefs.stream().filter(h -> h.startsWith("/q/") || h.startsWith("#")).sorted().toList();
    }
}
