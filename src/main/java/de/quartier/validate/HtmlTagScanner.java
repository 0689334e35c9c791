package de.quartier.validate;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the start tags of raw HTML that an editor wrote into a body, with each attribute's value
 * and where it stands, so a link in it can be reported at its line and column. It reads tags as
 * an HTML5 parser tokenizes them (the renderer's sanitiser, jsoup, parses the body that way):
 * tag and attribute names in any case, values in double, single or no quotes, over several lines,
 * entities decoded, a repeated attribute ignored, comments, {@code <![CDATA[…]]>}, {@code <!…>}
 * and {@code <?…>} skipped, and the content of {@code <script>}, {@code <style>},
 * {@code <textarea>}, {@code <title>}, {@code <iframe>} and their kind read as text, not as tags.
 * Tree building (which element may stand where) is not modelled. No DOM is built: bodies are
 * checked one by one, and most hold no HTML at all.
 *
 * <p>One scanner reads the HTML pieces of one body in order (Markdown puts every inline tag in a
 * piece of its own): a {@code <script>} or comment opened in one piece turns everything up to its
 * end into text, in later pieces too. A tag not closed within its piece is not reported.
 */
final class HtmlTagScanner {
    /**
     * An attribute of a start tag. Tag and attribute names are in lower case; the value is
     * entity-decoded ("" when the attribute has none). {@code start} and {@code length} say where
     * the value stands in the scanned text as written: from the first character inside the quotes
     * (of an attribute without a value: its name); {@code tagAt} where its tag's name starts, the
     * same for all attributes of one tag; {@code nameAt} where the attribute's name starts.
     */
    record Attribute(String tag, String name, String value, int start, int length, int tagAt, int nameAt) {
    }

    /** A start tag: its name in lower case, and where the name stands in the scanned text. */
    record StartTag(String name, int at) {
    }

    /** The start tags of the last {@link #scan}, in order. */
    private final List<StartTag> tags = new ArrayList<>();

    List<StartTag> tags() {
        return List.copyOf(tags);
    }

    /** Elements whose content an HTML parser reads as text up to their end tag (raw text and RCDATA). */
    private static final Set<String> TEXT_ELEMENTS = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");

    /** What the scanner is inside of when a piece ends before it does. */
    private enum Inside { MARKUP, COMMENT, CDATA, BOGUS_COMMENT, TEXT_ELEMENT, PLAINTEXT }

    private Inside inside = Inside.MARKUP;
    /** With {@link Inside#TEXT_ELEMENT}: the element whose end tag ends the text. */
    private String textElement;

    /** The attributes of the start tags in {@code piece}, in the order they are written. */
    List<Attribute> scan(CharSequence piece) {
        tags.clear();
        String s = piece.toString();
        List<Attribute> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (inside != Inside.MARKUP) {
                int end = endOfText(s, i);
                if (end < 0) break;
                inside = Inside.MARKUP;
                i = end;
                continue;
            }
            int lt = s.indexOf('<', i);
            if (lt < 0) break;
            i = markup(s, lt, out);
        }
        return out;
    }

    /** What starts at the '<' at {@code lt}; returns where scanning goes on. */
    private int markup(String s, int lt, List<Attribute> out) {
        if (s.startsWith("<!--", lt)) {
            // "<!-->" and "<!--->" are whole (empty) comments to an HTML parser
            if (s.startsWith(">", lt + 4)) return lt + 5;
            if (s.startsWith("->", lt + 4)) return lt + 6;
            inside = Inside.COMMENT;
            return lt + 4;
        }
        if (s.startsWith("<![CDATA[", lt)) {
            inside = Inside.CDATA;
            return lt + 9;
        }
        if (s.startsWith("<!", lt) || s.startsWith("<?", lt)) {
            inside = Inside.BOGUS_COMMENT;
            return lt + 2;
        }
        if (s.startsWith("</", lt)) {
            if (isAsciiLetter(s, lt + 2)) return tag(s, lt + 2, null);
            if (s.startsWith(">", lt + 2)) return lt + 3;
            inside = Inside.BOGUS_COMMENT;
            return lt + 2;
        }
        if (isAsciiLetter(s, lt + 1)) return tag(s, lt + 1, out);
        return lt + 1; // a '<' that starts no tag is text
    }

    /**
     * A tag from its name at {@code at}; its attributes go to {@code out} (null for an end tag).
     * Returns the index after its '>', or the end of the piece when it is not closed there.
     */
    private int tag(String s, int at, List<Attribute> out) {
        int n = s.length();
        int p = at;
        while (p < n && !isSpace(s.charAt(p)) && s.charAt(p) != '/' && s.charAt(p) != '>') p++;
        String name = s.substring(at, p).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (p < n && s.charAt(p) != '>') {
            char c = s.charAt(p);
            if (isSpace(c) || c == '/') {
                p++;
                continue;
            }
            int nameStart = p++; // a first '=' belongs to the name
            while (p < n && !isSpace(s.charAt(p)) && "/>=".indexOf(s.charAt(p)) < 0) p++;
            String attribute = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
            int q = skipSpace(s, p);
            int valueStart = nameStart;
            int valueEnd = nameStart + attribute.length();
            String raw = "";
            if (q < n && s.charAt(q) == '=') {
                q = skipSpace(s, q + 1);
                if (q >= n) return n;
                char quote = s.charAt(q);
                if (quote == '"' || quote == '\'') {
                    int close = s.indexOf(quote, q + 1);
                    if (close < 0) return n;
                    valueStart = q + 1;
                    valueEnd = close;
                    p = close + 1;
                } else {
                    int end = q;
                    while (end < n && !isSpace(s.charAt(end)) && s.charAt(end) != '>') end++;
                    valueStart = q;
                    valueEnd = end;
                    p = end;
                }
                raw = s.substring(valueStart, valueEnd);
            }
            if (seen.add(attribute)) attributes.add(new Attribute(name, attribute, decode(raw), valueStart, valueEnd - valueStart, at, nameStart));
        }
        if (p >= n) return n;
        if (out != null) {
            out.addAll(attributes);
            tags.add(new StartTag(name, at));
            if (TEXT_ELEMENTS.contains(name)) {
                inside = Inside.TEXT_ELEMENT;
                textElement = name;
            } else if (name.equals("plaintext")) {
                inside = Inside.PLAINTEXT;
            }
        }
        return p + 1;
    }

    /** Where the text the scanner is inside of ends, from {@code from}; -1 when it goes on past this piece. */
    private int endOfText(String s, int from) {
        return switch (inside) {
            case COMMENT -> {
                int a = s.indexOf("-->", from);
                int b = s.indexOf("--!>", from);
                yield a < 0 && b < 0 ? -1 : b < 0 || (a >= 0 && a < b) ? a + 3 : b + 4;
            }
            case CDATA -> after(s.indexOf("]]>", from), 3);
            case BOGUS_COMMENT -> after(s.indexOf('>', from), 1);
            case TEXT_ELEMENT -> endTag(s, from);
            case PLAINTEXT, MARKUP -> -1;
        };
    }

    /** Where the end tag of the text element starts ("</script" and a space, '/' or '>'), so it is read as a tag. */
    private int endTag(String s, int from) {
        int length = textElement.length();
        for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
            int after = i + 2 + length;
            if (s.regionMatches(true, i + 2, textElement, 0, length)
                    && (after >= s.length() || isSpace(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>'))
                return i;
        }
        return -1;
    }

    private static int after(int found, int length) {
        return found < 0 ? -1 : found + length;
    }

    /**
     * Entities decoded as jsoup decodes them in an attribute (where "&amp" before a letter stays as
     * written), so the value is the one the sanitised page links to. jsoup sets up a small parser
     * per call: only for the few values that hold an '&'.
     */
    private static String decode(String raw) {
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private static boolean isAsciiLetter(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** HTML's white space: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }
}
