package de.quartier.render;

/**
 * Most bodies are a few paragraphs of plain text, perhaps under a heading or two: no links, no
 * emphasis, no lists, no HTML. Their HTML is written directly, without Flexmark and the sanitizer
 * (which cost a large build seconds); any body with a character that could mean more takes the
 * whole way, as does a heading of anything but letters, digits, spaces and hyphens, a first-level
 * heading (it moves all headings a level down) or a heading whose id is taken. A test checks that
 * both ways give the same HTML for every body where this one applies.
 */
final class PlainParagraphs {
    /** Characters that may start Markdown or HTML syntax anywhere in a line, or need escaping. */
    private static final String SYNTAX = "<>&[]!*_`\\|~\u00a0";

    private PlainParagraphs() {
    }

    /** The body's HTML, or null when it is not plain paragraphs. */
    static String html(String markdown) {
        return html(markdown, java.util.Set.of());
    }

    /** As {@link #html(String)}, with heading ids that must stay clear of the page's own ({@code takenIds}). */
    static String html(String markdown, java.util.Set<String> takenIds) {
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        boolean open = false;
        java.util.Set<String> ids = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            // Markdown's white space is spaces and tabs: any other (U+2003 …) at a line's ends stays text, the whole way keeps it
            String trimmed = trim(line);
            if (trimmed == null) return null;
            if (trimmed.isEmpty()) {
                if (open) out.append("</p>\n");
                open = false;
                continue;
            }
            if (line.startsWith("##")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') level++;
                String text = level < line.length() && line.charAt(level) == ' ' ? trim(line.substring(level)) : "";
                String id = text != null && level <= 6 ? headingId(text) : null; // null: other white space after the #s
                if (id == null) return null;
                if (ids == null) ids = new java.util.HashSet<>(takenIds);
                if (!ids.add(id)) return null; // a repeated or taken id is renamed: the whole way does that
                if (open) out.append("</p>\n");
                open = false;
                out.append("<h").append(level).append(" id=\"").append(id).append("\">").append(text).append("</h").append(level).append(">\n");
                continue;
            }
            if (!plain(line)) return null;
            String text = trimmed;
            if (open) out.append('\n');
            else out.append("<p>");
            out.append(text);
            open = true;
        }
        if (open) out.append("</p>\n");
        return out.toString();
    }

    /**
     * The id Flexmark gives a heading of letters, digits, spaces and hyphens that starts with a
     * letter ("Öffnungszeiten und Anfahrt" → "öffnungszeiten-und-anfahrt"); null for any other text.
     */
    private static String headingId(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) return null;
        StringBuilder id = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                if (id.charAt(id.length() - 1) != '-') id.append('-');
            } else if (c < 0x100 && (Character.isLetter(c) || c >= '0' && c <= '9')) {
                id.append(Character.toLowerCase(c));
            } else {
                return null;
            }
        }
        return id.toString();
    }

    /** The line without spaces and tabs at its ends; null if other white space is left there. */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) start++;
        while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) end--;
        if (start < end && (Character.isWhitespace(line.charAt(start)) || Character.isSpaceChar(line.charAt(start))
                || Character.isWhitespace(line.charAt(end - 1)) || Character.isSpaceChar(line.charAt(end - 1)))) return null;
        return line.substring(start, end);
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
