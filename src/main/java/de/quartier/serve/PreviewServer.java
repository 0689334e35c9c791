package de.quartier.serve;

import de.quartier.build.PreviewState;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.quartier.build.Preview;
import de.quartier.postprocess.LiveReload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link Preview} over HTTP at {@code http://host:port/<base path>/}: each file made when
 * it is asked for, HTML pages with the live-reload script, the error page while the site has
 * errors. Its own files live under {@code /_quartier/}. Nothing is cached by the browser.
 */
public final class PreviewServer implements AutoCloseable {
    /** The port `serve` listens on unless told otherwise (Hugo's, which editors may know). */
    public static final int DEFAULT_PORT = 1313;
    static final String OWN = "/_quartier/";


    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "quartier-serve");
        t.setDaemon(true);
        return t;
    });
    private final LiveClients tabs = new LiveClients();

    private PreviewServer(Preview preview, HttpServer server) {
        this.preview = preview;
        this.server = server;
        server.setExecutor(threads);
        server.createContext("/", this::handle).getFilters().add(new com.sun.net.httpserver.Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                // which site this is, for `quartier new` (the folder never changes while serving)
                exchange.getResponseHeaders().set(SiteFingerprint.HEADER, siteFingerprint());
                // the published site's policy (deploy/), on every answer as the web servers send it: an SVG opened on its own too;
                // not on the web editor's pages, which need eval and the Git host (deploy/ gives admin/ a policy of its own)
                if (!exchange.getRequestURI().getRawPath().startsWith(preview.state().basePath() + "admin/"))
                    exchange.getResponseHeaders().set("Content-Security-Policy", ContentPolicy.of(preview.state().tileUrl()));
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "names the site folder and sends the site's Content-Security-Policy";
            }
        });
    }

    private volatile String siteFingerprint;

    private String siteFingerprint() {
        String f = siteFingerprint;
        if (f == null) siteFingerprint = f = SiteFingerprint.fingerprint(preview.state().loaded().root());
        return f;
    }

    /** @param port 0 for any free port */
    public static PreviewServer start(Preview preview, String bind, int port) throws IOException {
        // small responses go out at once: with Nagle's algorithm and delayed ACKs a page's CSS and
        // scripts each waited ~40 ms (read by the JDK server once, when it first starts)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        PreviewServer s = new PreviewServer(preview, HttpServer.create(new InetSocketAddress(bind, port), 64));
        s.server.start();
        return s;
    }

    /** The site's address on this server. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + preview.state().basePath());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** After a refresh: the tabs whose page changed reload. */
    public void changed() {
        tabs.changed(this::fingerprint);
    }

    /** Keeps the tabs' connections alive and forgets closed ones. */
    public void ping() {
        tabs.ping();
    }

    @Override
    public void close() {
        tabs.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- requests ----------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getRawPath().equals(OWN + "events")) {
            // stays open: the tab listens for reloads
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            tabs.listen(exchange, q.getOrDefault("page", "/"), q.getOrDefault("tab", ""), q.getOrDefault("hash", ""), this::fingerprint);
            return;
        }
        if (exchange.getRequestURI().getRawPath().equals(OWN + "left")) {
            try (exchange) {
                tabs.left(query(exchange.getRequestURI().getRawQuery()).getOrDefault("tab", ""));
                send(exchange, 204, "text/plain; charset=utf-8", new byte[0]);
            }
            return;
        }
        try (exchange) {
            try {
                request(exchange);
            } catch (Preview.PageFailure f) {
                // the site is fine, but the theme fails on this page: the editor sees where
                PreviewState state = preview.state();
                html(exchange, 500, ErrorPage.html(state, java.util.List.of(f.diagnostic()), OWN, false), state, failed(f));
            } catch (RuntimeException | StackOverflowError e) {
                // a bug of Quartier's, not an editor's mistake: say so in the browser, keep serving
                send(exchange, 500, "text/plain; charset=utf-8", ("quartier: interner Fehler: " + e + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void request(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=utf-8", "nur GET\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.startsWith(OWN)) {
            own(exchange, path.substring(OWN.length()));
            return;
        }
        String base = preview.state().basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || path.equals(base.substring(0, base.length() - 1))) redirect(exchange, base);
            else send(exchange, 404, "text/plain; charset=utf-8", ("Die Vorschau liegt unter " + base + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String rel = path.substring(base.length());
        if (rel.contains("\\") || java.util.List.of(rel.split("/")).contains("..")) {
            send(exchange, 400, "text/plain; charset=utf-8", "ungültige Adresse\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        site(exchange, path, rel);
    }

    private void site(HttpExchange exchange, String path, String rel) throws IOException {
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        PreviewState state = preview.state();
        if (!state.ok()) {
            // a page's address typed without its closing slash ("…/angebote") is a page too: the errors, live
            if (file.endsWith(".html") || !file.substring(file.lastIndexOf('/') + 1).contains(".")) html(exchange, 500, ErrorPage.html(state, OWN), state, broken(state));
            else send(exchange, 503, "text/plain; charset=utf-8", "Die Website hat Fehler; siehe die Seiten im Browser.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String brokenDraft = state.brokenDrafts().get(rel.isEmpty() || rel.endsWith("/") ? rel : rel + "/");
        if (brokenDraft != null) {
            // its page is left out: in its place, its errors (quartier new names this address)
            send(exchange, 500, MediaTypes.HTML, LiveReload.inject(ErrorPage.html(state, state.diagnostics().stream()
                    .filter(d -> d.at().path().equals(brokenDraft) || d.at().path().startsWith(draftFilePrefix(brokenDraft))).toList(), OWN, true),
                    liveScript(broken(state))).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<byte[]> bytes = preview.file(file);
        if (bytes.isEmpty() && !rel.isEmpty() && !rel.endsWith("/") && preview.file(rel + "/index.html").isPresent()) {
            redirect(exchange, path + "/");
            return;
        }
        if (bytes.isEmpty()) {
            // below a language's folder, that language's 404 page (as the shipped server configs do)
            int slash = rel.indexOf('/');
            Optional<byte[]> notFound = slash > 0 && rel.substring(0, slash).matches("[a-z]{2,3}")
                    ? preview.file(rel.substring(0, slash) + "/404.html") : Optional.empty();
            if (notFound.isEmpty()) notFound = preview.file("404.html");
            if (notFound.isPresent()) html(exchange, 404, new String(notFound.get(), StandardCharsets.UTF_8), state, MISSING);
            else send(exchange, 404, "text/plain; charset=utf-8", "nicht gefunden\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (file.endsWith(".html")) html(exchange, 200, new String(bytes.get(), StandardCharsets.UTF_8), state, shown(bytes.get(), state));
        else send(exchange, 200, MediaTypes.of(file), bytes.get());
    }

    /**
     * An HTML page with the preview's script (and the notice of warnings) before its closing body tag.
     * The fingerprint is of what is sent, from the same refresh: a save in between makes the page's
     * next fingerprint differ, so the tab reloads.
     */
    private void html(HttpExchange exchange, int status, String page, PreviewState state, String fingerprint) throws IOException {
        String notice = state.ok() ? ErrorPage.warnings(state) : "";
        String snippet = (notice.isEmpty() ? "" : "<link rel=\"stylesheet\" href=\"" + OWN + "preview.css\">" + notice) + liveScript(fingerprint);
        send(exchange, status, MediaTypes.HTML, LiveReload.inject(page, snippet).getBytes(StandardCharsets.UTF_8));
    }

    private static String liveScript(String fingerprint) {
        return "<script src=\"" + OWN + "live.js\" data-events=\"" + OWN + "events\" data-hash=\"" + fingerprint + "\" defer></script>";
    }

    /** A draft's translations ("content/offerings/treff.tr.md") by what their paths begin with. */
    private static String draftFilePrefix(String file) {
        return file.substring(0, file.lastIndexOf('.')) + ".";
    }

    /** What the page at a URL path shows now: its bytes (or the errors, or nothing), as a short fingerprint. */
    private String fingerprint(String path) {
        PreviewState state = preview.state();
        if (!state.ok()) return broken(state);
        String base = state.basePath();
        if (!path.startsWith(base)) return "-";
        String rel = path.substring(base.length());
        if (state.brokenDrafts().containsKey(rel.isEmpty() || rel.endsWith("/") ? rel : rel + "/")) return broken(state);
        try {
            return preview.file(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).map(b -> shown(b, state)).orElse(MISSING);
        } catch (Preview.PageFailure f) {
            return failed(f);
        } catch (IOException e) {
            return "x";
        }
    }

    /** The fingerprints: a page as made (with the site's warnings, which it shows), the site's errors, one page's failure, no page. */
    private static String shown(byte[] page, PreviewState state) {
        return "p" + Integer.toHexString(java.util.Arrays.hashCode(page)) + Integer.toHexString(state.notices().hashCode());
    }

    private static String broken(PreviewState state) {
        return "e" + Integer.toHexString(state.diagnostics().hashCode());
    }

    private static String failed(Preview.PageFailure f) {
        return "f" + Integer.toHexString(f.diagnostic().hashCode());
    }

    private static final String MISSING = "n";

    private void own(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("live.js") && !name.equals("preview.css")) {
            send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            send(exchange, 200, MediaTypes.of(name), in.readAllBytes());
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.HashMap<>();
        if (raw == null) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
