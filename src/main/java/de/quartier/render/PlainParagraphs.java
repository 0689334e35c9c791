package de.quartier.render;

/**
 * Most bodies are a few paragraphs of plain text: no links, no emphasis, no lists, no HTML. Their
 * HTML is written directly, without Flexmark and the sanitizer (which cost a large build most of
 * a second); any body with a character that could mean more takes the whole way. A test checks
 * that both ways give the same HTML for every body where this one applies.
 */
final class PlainParagraphs {
    /** Characters that may start Markdown or HTML syntax anywhere in a line, or need escaping. */
    private static final String SYNTAX = "<>&[]!*_`\\|~\u00a0";

    private PlainParagraphs() {
    }

    /** The body's HTML, or null when it is not plain paragraphs. */
    static String html(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        boolean open = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isBlank()) {
                if (open) out.append("</p>\n");
                open = false;
                continue;
            }
            if (!plain(line)) return null;
            String text = line.strip();
            if (open) out.append('\n');
            else out.append("<p>");
            out.append(text);
            open = true;
        }
        if (open) out.append("</p>\n");
        return out.toString();
    }

    /** A line that can only be text of a paragraph. */
    private static boolean plain(String line) {
        if (line.startsWith("    ") || line.startsWith("\t") || line.endsWith("  ") || line.contains("\t")) return false;
        String t = line.strip();
        char first = t.charAt(0);
        // block starts: headings, quotes, lists, rules, setext underlines, fences, tables
        if ("#>-+*=:0123456789".indexOf(first) >= 0) return false;
        for (int i = 0; i < t.length(); i++) if (SYNTAX.indexOf(t.charAt(i)) >= 0) return false;
        // autolinks (the extension links bare addresses)
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains("http") && !lower.contains("www.") && !lower.contains("@") && !lower.contains("://");
    }
}
