package de.quartier.postprocess;

/**
 * The preview's addition to each HTML page it serves (never to a build): the live-reload script
 * and, while the site has warnings, a small notice of them. Put between two comments right before
 * {@code </body>}, so the page around it is exactly what a build writes.
 */
public final class LiveReload {
    private static final String START = "<!-- quartier-vorschau -->";
    private static final String END = "<!-- /quartier-vorschau -->";

    private LiveReload() {
    }

    /** The page with {@code snippet} before its closing body tag (or at its end, if it has none). */
    public static String inject(String html, String snippet) {
        String marked = START + snippet + END;
        int at = html.lastIndexOf("</body>");
        return at < 0 ? html + marked : html.substring(0, at) + marked + html.substring(at);
    }

    /** The page as a build writes it: what {@link #inject} added taken out again. */
    public static String remove(String html) {
        int start = html.lastIndexOf(START);
        int end = html.lastIndexOf(END);
        return start < 0 || end < start ? html : html.substring(0, start) + html.substring(end + END.length());
    }
}
