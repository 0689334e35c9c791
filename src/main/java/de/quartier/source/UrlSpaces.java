package de.quartier.source;

/** Blanks in an http(s) address an editor wrote, and the address as meant. */
public final class UrlSpaces {
    private UrlSpaces() {
    }

    /**
     * The address with its blanks mended: deleted from the host name, which cannot hold one
     * ("https://www.bottrop .de"), written as %20 in the path ("…/Flyer Frühstück.pdf").
     */
    public static String mended(String url) {
        int start = hostStart(url), end = hostEnd(url, start);
        if (noteAfter(url)) return url.substring(0, start) + url.substring(start, end).split("\\s+", 2)[0];
        return url.substring(0, start) + url.substring(start, end).replaceAll("\\s", "") + url.substring(end).replaceAll("\\s", "%20");
    }

    /**
     * Whether words follow the host name after a blank ("https://www.awo-bottrop.de (Startseite)"):
     * not a host name broken by a blank ("https://www.bottrop .de"), so the words go, not the blank.
     */
    public static boolean noteAfter(String url) {
        int start = hostStart(url);
        String[] host = url.substring(start, hostEnd(url, start)).strip().split("\\s+", 2);
        return host.length == 2 && !host[1].matches("[\\w.-]+(?:\\s+[\\w.-]+)*");
    }

    /** Whether a blank stands in the host name. */
    public static boolean inHost(String url) {
        int start = hostStart(url);
        return url.substring(start, hostEnd(url, start)).chars().anyMatch(Character::isWhitespace);
    }

    private static int hostStart(String url) {
        int scheme = url.indexOf("://");
        return scheme < 0 ? 0 : scheme + 3;
    }

    private static int hostEnd(String url, int start) {
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        return end;
    }
}
