package de.quartier.render;

/**
 * Text made safe to stand in HTML, inside elements and quoted attributes: the one escaping of the
 * pages a build writes, Pebble's autoescaping and the web editor's page alike. (The preview's
 * error page has its own four replacements: serve may not depend on render.)
 */
public final class HtmlText {
    private HtmlText() {
    }

    /**
     * As Pebble's default escaper (unbescape's {@code escapeHtml4Xml}): the five characters that
     * are markup, {@code & < > " '}, become {@code &amp; &lt; &gt; &quot; &#39;}; a text without
     * them is returned as it is.
     */
    public static String escape(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && replacement(text.charAt(i)) == null) i++;
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            String r = replacement(c);
            if (r == null) out.append(c);
            else out.append(r);
        }
        return out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
