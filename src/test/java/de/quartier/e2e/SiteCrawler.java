package de.quartier.e2e;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Crawls a site served by {@link SiteServer}, starting at its root: fetches every same-host URL
 * found in {@code <a href>}, {@code <area href>}, {@code <link href>}, {@code <script src>} and
 * {@code <img src>} (resolved against the page, or its {@code <base href>}) and follows redirects
 * by hand. A link fails when it answers with an error or leads out of the site's path prefix on
 * the same host. Absolute links to the site's public base URL (the {@code --base-url} of the
 * build, e.g. canonical links) count as links into the served site. Links to other hosts are not
 * fetched.
 */
public final class SiteCrawler {
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final int MAX_URLS = 20_000;

    /** Where a URL was found: the page (a path below the prefix) and the attribute as written. */
    public record Reference(String page, String element, String raw) {
        @Override
        public String toString() {
            return page + " <" + element + " \"" + raw + "\">";
        }
    }

    /** A link target that is broken, with every place that links to it. */
    public record Problem(String target, String reason, List<Reference> from) {
        @Override
        public String toString() {
            List<Reference> shown = from.subList(0, Math.min(3, from.size()));
            return target + ": " + reason + "; linked from " + shown + (from.size() > shown.size() ? " and " + (from.size() - shown.size()) + " more" : "");
        }
    }

    /** What the crawl saw: HTML pages, other files fetched, external URLs skipped, and problems. */
    public record Result(Set<String> pages, Set<String> resources, Set<String> external, List<Problem> problems) {
    }

    private final SiteServer server;
    private final URI publicBase;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, List<Reference>> referrers = new LinkedHashMap<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private final Set<String> pages = new TreeSet<>();
    private final Set<String> resources = new TreeSet<>();
    private final Set<String> external = new TreeSet<>();

    /**
     * @param publicBase the base URL the site was built with; absolute links below it are mapped
     *                   onto the server (its path must be the server's prefix)
     */
    public SiteCrawler(SiteServer server, URI publicBase) {
        if (!publicBase.getPath().equals(server.prefix()))
            throw new IllegalArgumentException("base URL path " + publicBase.getPath() + " is not the server's prefix " + server.prefix());
        this.server = server;
        this.publicBase = publicBase;
    }

    public Result crawl() throws IOException, InterruptedException {
        String start = server.baseUri().toString();
        referrers.put(start, new ArrayList<>(List.of(new Reference("(start)", "start", start))));
        queue.add(start);
        while (!queue.isEmpty()) {
            if (referrers.size() > MAX_URLS) throw new IllegalStateException("more than " + MAX_URLS + " URLs; a link loop?");
            fetch(queue.poll());
        }
        List<Problem> list = new ArrayList<>();
        for (Map.Entry<String, Problem> e : problems.entrySet())
            list.add(new Problem(e.getValue().target(), e.getValue().reason(), List.copyOf(referrers.getOrDefault(e.getKey(), e.getValue().from()))));
        return new Result(Set.copyOf(pages), Set.copyOf(resources), Set.copyOf(external), List.copyOf(list));
    }

    private void fetch(String url) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        String shown = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) problems.put(url, new Problem(shown, "redirect " + status + " without Location", List.of()));
            else link(uri, shown, "redirect " + status, location);
            return;
        }
        if (status != 200) {
            problems.put(url, new Problem(shown, "HTTP " + status, List.of()));
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html")) {
            resources.add(shown);
            return;
        }
        pages.add(shown);
        for (String[] found : links(uri, response.body())) link(URI.create(found[0]), shown, found[1], found[2]);
    }

    /** Resolves {@code raw} against {@code base}, checks where it leads and queues it. */
    private void link(URI base, String page, String element, String raw) {
        Reference ref = new Reference(page, element, raw);
        String value = raw.strip();
        if (value.isEmpty()) return; // the page itself
        URI target;
        try {
            target = base.resolve(new URI(encodeLeniently(value))).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            problem(raw, "not a valid URL (" + e.getMessage() + ")", ref);
            return;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("webcal")) return; // mailto:, tel:, data:, …
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        boolean toServer = LOCAL_HOSTS.contains(host) && target.getPort() == server.port();
        boolean toPublicBase = host.equals(publicBase.getHost().toLowerCase(Locale.ROOT)) && port(target) == port(publicBase);
        if (!toServer && !toPublicBase) {
            if (LOCAL_HOSTS.contains(host) || host.equals(publicBase.getHost().toLowerCase(Locale.ROOT)))
                problem(target.toString(), "leads to another server on the same host (port " + port(target) + ")", ref);
            else external.add(target.toString());
            return;
        }
        String prefix = server.prefix();
        if (!path.startsWith(prefix) && !path.equals(prefix.substring(0, prefix.length() - 1))) {
            problem(path + query, "leads out of " + prefix + " on the same host", ref);
            return;
        }
        String url = "http://127.0.0.1:" + server.port() + path + query;
        List<Reference> refs = referrers.get(url);
        if (refs == null) {
            referrers.put(url, new ArrayList<>(List.of(ref)));
            queue.add(url);
        } else {
            refs.add(ref);
        }
    }

    private void problem(String key, String reason, Reference ref) {
        String k = "!" + key + " " + reason;
        referrers.computeIfAbsent(k, x -> new ArrayList<>()).add(ref);
        problems.putIfAbsent(k, new Problem(key, reason, List.of()));
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** Percent-encodes what browsers encode silently: non-ASCII, spaces and a few other characters. */
    static String encodeLeniently(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** (base URI, element, raw value) of every link in an HTML page, parsed like a browser does. */
    private static List<String[]> links(URI pageUri, byte[] html) throws IOException {
        List<String[]> found = new ArrayList<>();
        String[] base = {pageUri.toString()};
        boolean[] baseSeen = {false};
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String ns, String local, String qName, Attributes atts) {
                String name = local.toLowerCase(Locale.ROOT);
                String attr = switch (name) {
                    case "a", "area", "link" -> "href";
                    case "script", "img" -> "src";
                    case "base" -> "base";
                    default -> null;
                };
                if (attr == null) return;
                if (attr.equals("base")) {
                    String href = atts.getValue("", "href");
                    if (href != null && !baseSeen[0]) {
                        baseSeen[0] = true;
                        try {
                            base[0] = pageUri.resolve(new URI(encodeLeniently(href.strip()))).toString();
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // an invalid <base> is left to the HTML checker
                        }
                    }
                    return;
                }
                String value = atts.getValue("", attr);
                if (value != null) found.add(new String[]{name, attr, value});
            }
        });
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setEncoding("UTF-8");
        source.setSystemId(pageUri.toString());
        try {
            parser.parse(source);
        } catch (SAXException e) {
            throw new IOException("cannot parse " + pageUri + ": " + e.getMessage(), e);
        }
        List<String[]> result = new ArrayList<>();
        for (String[] f : found) result.add(new String[]{base[0], f[0] + " " + f[1], f[2]});
        return result;
    }
}
