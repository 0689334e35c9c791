package de.quartier.serve;

import java.net.URI;

/**
 * The Content-Security-Policy the preview sends with its pages: the one deploy/ ships for nginx and
 * Apache, with the site's own tile host. What the published site's policy would block (an inline
 * style or script in a theme, a picture from another host) is then blocked in the preview too,
 * where the editor sees it, and not only after publishing.
 */
final class ContentPolicy {
    private ContentPolicy() {
    }

    /** @param tileUrl the tiles' address from site-config.yml ("https://{s}.tile.example.de/{z}/{x}/{y}.png"), or "" */
    static String of(String tileUrl) {
        String tiles = source(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" + (tiles.isEmpty() ? "" : " " + tiles)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * The tiles' origin as a CSP source: "https://tile.openstreetmap.org"; a placeholder in the host
     * ({s}, a server letter) becomes a wildcard label; "" for tiles of the site's own (a relative address).
     */
    static String source(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) return "";
        String host = tileUrl.replaceAll("\\{[^}/]*}", "x-placeholder-x");
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) return "";
        String name = uri.getHost().replaceAll("(^|\\.)[^.]*x-placeholder-x[^.]*", "$1*");
        if (name.contains("*") && !name.startsWith("*.")) return "";   // CSP allows a wildcard only as the first label
        return uri.getScheme() + "://" + name + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
