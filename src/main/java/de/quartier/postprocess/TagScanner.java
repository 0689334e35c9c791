package de.quartier.postprocess;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a page's ids and link targets straight from its text, without building a DOM: the link
 * check reads every page of a site, and a tree per page cost most of a large build's time and
 * memory. Enough HTML for pages Quartier writes (its templates and jsoup-cleaned bodies): tags with
 * quoted or bare attribute values, comments, and script and style contents skipped as raw text.
 */
final class TagScanner {
    /** A page's ids and the targets of its a[href], link[href], img[src] and script[src]. */
    record Page(Set<String> ids, List<String> links) {
    }

    private TagScanner() {
    }

    static Page scan(String html) {
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            int nameStart = i + 1;
            if (!Character.isLetter(html.charAt(nameStart))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int p = nameStart;
            while (p < n && (Character.isLetterOrDigit(html.charAt(p)) || html.charAt(p) == '-')) p++;
            String tag = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
            String linkAttr = switch (tag) {
                case "a", "link" -> "href";
                case "img", "script" -> "src";
                default -> null;
            };
            // attributes up to '>'
            while (p < n && html.charAt(p) != '>') {
                char c = html.charAt(p);
                if (Character.isWhitespace(c) || c == '/') {
                    p++;
                    continue;
                }
                int a = p;
                while (p < n && !Character.isWhitespace(html.charAt(p)) && "=>/".indexOf(html.charAt(p)) < 0) p++;
                String attr = html.substring(a, p).toLowerCase(Locale.ROOT);
                while (p < n && Character.isWhitespace(html.charAt(p))) p++;
                String value = null;
                if (p < n && html.charAt(p) == '=') {
                    p++;
                    while (p < n && Character.isWhitespace(html.charAt(p))) p++;
                    if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                        char q = html.charAt(p);
                        int end = html.indexOf(q, p + 1);
                        if (end < 0) end = n;
                        value = html.substring(p + 1, end);
                        p = Math.min(n, end + 1);
                    } else {
                        int v = p;
                        while (p < n && !Character.isWhitespace(html.charAt(p)) && html.charAt(p) != '>') p++;
                        value = html.substring(v, p);
                    }
                }
                if (value == null) continue;
                if (attr.equals("id")) ids.add(unescape(value));
                else if (attr.equals(linkAttr)) links.add(unescape(value));
            }
            int after = Math.min(n, p + 1);
            if (tag.equals("script") || tag.equals("style")) {
                int close = closingTag(html, tag, after);
                after = close < 0 ? n : close;
            }
            i = html.indexOf('<', after);
        }
        return new Page(ids, links);
    }

    /** jsoup's unescaping sets up a parser per call: only for the few values that hold an entity. */
    private static String unescape(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }

    /** Where "</script" (any case) starts, from {@code from}; -1 if nowhere. */
    private static int closingTag(String html, String tag, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2))
            if (html.regionMatches(true, i + 2, tag, 0, tag.length())) return i;
        return -1;
    }
}
