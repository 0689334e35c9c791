package de.quartier.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What an absolute address says about where it leads. An address copied from the browser while
 * {@code quartier serve} runs ({@code http://127.0.0.1:1313/…}) works only on the editor's own
 * computer: published, it is a dead link for every resident.
 */
public final class WebAddress {
    private WebAddress() {
    }

    /** Where an address leads, seen from a published page. */
    public enum Reach {
        /** Anywhere else: a page on the web, or no http(s) address at all. */
        WEB(""),
        /** The computer it is opened on (localhost, 127.x.x.x, ::1, 0.0.0.0): the preview's address bar. */
        THIS_COMPUTER("to this computer (an address of the preview)"),
        /**
         * A private network no reader of the published site can reach: 10.x, 172.16-31.x,
         * 192.168.x, 169.254.x, IPv6 fc00::/7 and fe80::/10, names such as "nas.local" or
         * "fritz.box".
         */
        LOCAL_NETWORK("into a local network (a preview opened from another computer, an intranet)");

        /** Where it leads, for a message: "leads " + this. */
        public final String leads;

        Reach(String leads) {
            this.leads = leads;
        }
    }

    /** Where an address leads; {@link Reach#WEB} for one that cannot be read. */
    public static Reach reach(String address) {
        try {
            return reach(new URI(address.strip()));
        } catch (URISyntaxException e) {
            return Reach.WEB;
        }
    }

    /** The same for an address already read. */
    public static Reach reach(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("http") && !scheme.equals("https") || host == null) return Reach.WEB;
        host = host.toLowerCase(Locale.ROOT);
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        if (v6) host = host.substring(1, host.length() - 1);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") && IPV4.matcher(host).matches()
                || host.equals("0.0.0.0") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1"))
            return Reach.THIS_COMPUTER;
        return (v6 ? PRIVATE_V6.matcher(host).lookingAt() : IPV4.matcher(host).matches() ? privateV4(host) : localName(host))
                ? Reach.LOCAL_NETWORK : Reach.WEB;
    }

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** fc00::/7 and fe80::/10, the first group written whole: "fc::1" is 00fc::1, no private address. */
    private static final java.util.regex.Pattern PRIVATE_V6 = java.util.regex.Pattern.compile("f[cd][0-9a-f]{2}:|fe[89ab][0-9a-f]:");
    /** Names that only a local network resolves (RFC 6762 .local, RFC 8375 home.arpa, a router's own). */
    private static final java.util.List<String> LOCAL_NAMES = java.util.List.of(".local", ".home.arpa", ".fritz.box", ".lan", ".internal");

    private static boolean privateV4(String host) {
        String[] part = host.split("\\.");
        int a = Integer.parseInt(part[0]), b = Integer.parseInt(part[1]);
        return a == 10 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 169 && b == 254;
    }

    private static boolean localName(String host) {
        for (String suffix : LOCAL_NAMES) if (host.endsWith(suffix) || host.equals(suffix.substring(1))) return true;
        return false;
    }

    /**
     * The part of a link's path below a base path ("/quartiersentwicklung/anlaufstellen/x/" below
     * "/quartiersentwicklung/" → "anlaufstellen/x/"; below "/" → "anlaufstellen/x/"), or null if
     * the path is not below it.
     */
    public static String below(String path, String basePath) {
        if (basePath == null || !path.startsWith(basePath)) return null;
        return path.substring(basePath.length());
    }

    /** The path, query and fragment of an absolute address ("http://127.0.0.1:1313/a/b/#x" → "/a/b/#x"), "/" if it has no path. */
    public static String pathOf(String address) {
        int hostStart = address.indexOf("//");
        int path = hostStart < 0 ? -1 : address.indexOf('/', hostStart + 2);
        return path < 0 ? "/" : address.substring(path);
    }

    /** Whether an absolute http(s) address leads below a base URL (same host and port, either scheme). */
    public static boolean belowBase(String address, URI base) {
        if (!address.startsWith("http://") && !address.startsWith("https://")) return false;
        try {
            URI uri = new URI(address);
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost()) && uri.getPort() == base.getPort()
                    && uri.getRawPath() != null && uri.getRawPath().startsWith(base.getRawPath());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
