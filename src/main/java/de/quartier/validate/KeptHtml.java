package de.quartier.validate;

import java.util.Map;
import java.util.Set;

/**
 * What of an editor's raw HTML the renderer's sanitiser keeps (render.Markdown's safelist, which
 * this copies: a stage does not reach into another; a test compares the two). Every other element
 * and attribute is left out of the page, and the check says so where it is written.
 */
final class KeptHtml {
    private KeptHtml() {
    }

    /** The elements kept; an HTML parser reads {@code <image>} as {@code <img>}. */
    static final Set<String> TAGS = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "image", "li", "ol", "p", "pre",
            "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
            "figure", "figcaption", "abbr", "hr", "del", "ins", "mark", "html", "head", "body");

    /** The attributes kept, by element; elements not named keep none. */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "title")),
            Map.entry("abbr", Set.of("title")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("q", Set.of("cite")),
            Map.entry("col", Set.of("span", "width")),
            Map.entry("colgroup", Set.of("span", "width")),
            Map.entry("img", Set.of("src", "alt", "title", "width", "height")),
            Map.entry("image", Set.of("src", "alt", "title", "width", "height")),
            Map.entry("ol", Set.of("start", "type")),
            Map.entry("ul", Set.of("type")),
            Map.entry("table", Set.of("summary", "width")),
            Map.entry("td", Set.of("abbr", "axis", "colspan", "rowspan", "width")),
            Map.entry("th", Set.of("abbr", "axis", "colspan", "rowspan", "scope", "width")),
            Map.entry("h1", Set.of("id")), Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
            Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")));

    static boolean keeps(String tag, String attribute) {
        return ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute);
    }
}
