package de.quartier.render.search;

/**
 * The words a reader sees in a Markdown body, for the search index, read straight from the text
 * without building a Markdown tree (the index reads every body of a site; a tree per body cost a
 * large build seconds). What the rendered page does not show as text is left out: link targets
 * and titles, reference definitions, HTML tags and blocks, autolinks, list numbers. Markup
 * characters stay; {@link SearchText} splits words at them. A test compares the words with those
 * of Flexmark's own text of the same bodies.
 */
final class BodyText {
    private BodyText() {
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        StringBuilder out = new StringBuilder(markdown.length());
        boolean htmlBlock = false;
        String htmlEnd = null;   // what ends the HTML block: null for a blank line, else a text on its last line
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
                out.append('\n');
                continue;
            }
            if (fence) {
                out.append(line).append('\n');
                continue;
            }
            if (htmlBlock) {
                if (htmlEnd == null ? t.isEmpty() : t.contains(htmlEnd)) htmlBlock = false;
                out.append('\n');
                continue;
            }
            if (startsHtmlBlock(t)) {
                // an HTML block: shown as HTML, not as words of the text
                htmlEnd = t.startsWith("<!--") ? "-->" : RAW_BLOCK.matcher(t).matches() ? "</" + t.substring(1).split("[\\s>]", 2)[0].toLowerCase(java.util.Locale.ROOT) : null;
                htmlBlock = htmlEnd == null || !t.substring(4).contains(htmlEnd);
                out.append('\n');
                continue;
            }
            if (LINK_DEFINITION.matcher(t).matches()) {
                out.append('\n');   // a link reference definition
                continue;
            }
            inline(QUOTE_OR_NUMBER.matcher(t).replaceFirst(""), out);
            out.append('\n');
        }
        return out.toString();
    }

    /** A link reference definition ("[name]: address"), which the page does not show. */
    private static final java.util.regex.Pattern LINK_DEFINITION = java.util.regex.Pattern.compile("\\[[^\\]]+]:\\s*\\S.*");
    /** Block quote markers and an ordered list's number at the start of a line. */
    // a character class, not a repeated group: a group's repetition recurses per marker, and a
    // line of thousands of ">" overflowed the stack (the line is stripped, so it starts with ">" or none)
    private static final java.util.regex.Pattern QUOTE_OR_NUMBER = java.util.regex.Pattern.compile("^[>\\s]*(?:\\d{1,9}[.)](?=\\s|$))?");
    private static final java.util.regex.Pattern AUTOLINK_URL = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]{1,31}:\\S*");
    private static final java.util.regex.Pattern AUTOLINK_EMAIL = java.util.regex.Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");

    /** Tags that open an HTML block wherever they start a line (CommonMark's kinds 1 and 6). */
    private static final java.util.regex.Pattern BLOCK_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt"
                    + "|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu"
                    + "|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|style|summary|table|tbody|td|textarea"
                    + "|tfoot|th|thead|title|tr|track|ul)(\\s|/?>|$).*");
    /** Blocks that run to their closing tag, blank lines and all (CommonMark's kind 1). */
    private static final java.util.regex.Pattern RAW_BLOCK = java.util.regex.Pattern.compile("(?i)<(pre|script|style|textarea)(\\s|>|$).*");
    /** A line of nothing but one complete tag also opens one (kind 7). */
    private static final java.util.regex.Pattern LONE_TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");

    private static boolean startsHtmlBlock(String line) {
        return line.startsWith("<!--") || BLOCK_TAG.matcher(line).matches() || LONE_TAG.matcher(line).matches() && !isAutolink(line, 0);
    }

    /** Copies a line's text: link and image texts without their targets, tags and autolinks left out. */
    private static void inline(String s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(s.charAt(++i));
            } else if (c == ']' && i + 1 < n && s.charAt(i + 1) == '(') {
                int close = closing(s, i + 1);
                if (close < 0) out.append(c);
                else i = close;   // the target and title of an inline link or image
            } else if (c == ']' && i + 1 < n && s.charAt(i + 1) == '[') {
                int close = s.indexOf(']', i + 2);
                if (close < 0) out.append(c);
                else i = close;   // the label of a reference link
            } else if (c == '<') {
                int close = s.indexOf('>', i + 1);
                if (close > i + 1 && (isAutolink(s, i) || Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/'
                        || s.charAt(i + 1) == '!')) i = close;   // a tag or an autolink
                else out.append(c);
            } else {
                out.append(c);
            }
        }
    }

    /** The ')' that closes the '(' at {@code open}, with nested parentheses; -1 if none. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static boolean isAutolink(String s, int at) {
        int close = s.indexOf('>', at);
        if (close < 0) return false;
        String inner = s.substring(at + 1, close);
        return AUTOLINK_URL.matcher(inner).matches() || AUTOLINK_EMAIL.matcher(inner).matches();
    }
}
