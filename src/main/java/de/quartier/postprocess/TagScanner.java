package de.quartier.postprocess;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page's ids and link targets straight from its text, without building a DOM: the link
 * check reads every page of a site, and a tree per page cost most of a large build's time and
 * memory. Enough HTML for pages Quartier writes (its templates and jsoup-cleaned bodies): tags with
 * quoted or bare attribute values, comments, and script and style contents skipped as raw text.
 */
final class TagScanner {
    /** A page's ids (in order, as written) and the targets of its a[href], link[href], img[src] and script[src]. */
    record Page(List<String> ids, List<String> links) {
    }

    private TagScanner() {
    }

    static Page scan(String html) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>(64);
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
            while (p < n && isNameChar(html.charAt(p))) p++;
            int nameLength = p - nameStart;
            // the only attribute holding a link on this tag (names compared without copying them)
            String linkAttr = is(html, nameStart, nameLength, "a") || is(html, nameStart, nameLength, "link") ? "href"
                    : is(html, nameStart, nameLength, "img") || is(html, nameStart, nameLength, "script") ? "src" : null;
            boolean rawText = is(html, nameStart, nameLength, "script") || is(html, nameStart, nameLength, "style");
            // attributes up to '>'
            while (p < n && html.charAt(p) != '>') {
                char c = html.charAt(p);
                if (c <= ' ' || c == '/') {
                    p++;
                    continue;
                }
                int a = p;
                while (p < n && (c = html.charAt(p)) > ' ' && c != '=' && c != '>' && c != '/') p++;
                int attrLength = p - a;
                while (p < n && html.charAt(p) <= ' ') p++;
                if (p >= n || html.charAt(p) != '=') continue;
                p++;
                while (p < n && html.charAt(p) <= ' ') p++;
                int valueStart;
                int valueEnd;
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    char q = html.charAt(p);
                    valueStart = p + 1;
                    valueEnd = html.indexOf(q, valueStart);
                    if (valueEnd < 0) valueEnd = n;
                    p = Math.min(n, valueEnd + 1);
                } else {
                    valueStart = p;
                    while (p < n && html.charAt(p) > ' ' && html.charAt(p) != '>') p++;
                    valueEnd = p;
                }
                if (is(html, a, attrLength, "id")) ids.add(unescape(html.substring(valueStart, valueEnd)));
                else if (linkAttr != null && is(html, a, attrLength, linkAttr)) links.add(unescape(html.substring(valueStart, valueEnd)));
            }
            int after = Math.min(n, p + 1);
            if (rawText) {
                String tag = html.substring(nameStart, nameStart + nameLength);
                int close = closingTag(html, tag, after);
                after = close < 0 ? n : close;
            }
            i = html.indexOf('<', after);
        }
        return new Page(ids, links);
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c > 127 && Character.isLetterOrDigit(c);
    }

    /** Whether the name at {@code start} (of {@code length} chars) is {@code name}, in any case. */
    private static boolean is(String html, int start, int length, String name) {
        return length == name.length() && html.regionMatches(true, start, name, 0, length);
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
