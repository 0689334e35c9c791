package de.quartier.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built output directory over HTTP on 127.0.0.1 (ephemeral port) below a path prefix,
 * the way a static web server publishes the site in a sub-folder: {@code /prefix/x/} serves
 * {@code x/index.html}, {@code /prefix/x} (a folder) redirects to {@code /prefix/x/}, everything
 * that is not a file inside the directory is a 404 with the site's {@code 404.html} when it has
 * one. Every request is recorded, so tests can assert which requests happened.
 */
public final class SiteServer implements AutoCloseable {
    /** One request as the server saw and answered it. */
    public record Request(String method, String path, int status) {
        @Override
        public String toString() {
            return method + " " + path + " -> " + status;
        }
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("yml", "text/yaml; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("geojson", "application/geo+json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("rss", "application/rss+xml; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("vcf", "text/vcard; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    static {
        answerWithoutNagle();
    }

    /**
     * Answer without Nagle's delay: otherwise every small response waits for the client's delayed
     * ACK (~40 ms), which makes a crawl of a few hundred pages take many seconds. The JDK reads the
     * setting once, when the first HttpServer of the JVM starts, so any test that starts its own
     * HttpServer calls this first.
     */
    static void answerWithoutNagle() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path root;
    private final String prefix;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests = new ArrayList<>();

    private SiteServer(Path root, String prefix) throws IOException {
        this.root = root.toRealPath();
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts serving {@code directory} under {@code prefix} ("/quartiersentwicklung/", or "/" for
     * the host's root).
     */
    public static SiteServer start(Path directory, String prefix) throws IOException {
        if (!prefix.startsWith("/") || !prefix.endsWith("/"))
            throw new IllegalArgumentException("prefix must start and end with '/': " + prefix);
        if (!Files.isDirectory(directory)) throw new IllegalArgumentException("not a directory: " + directory);
        return new SiteServer(directory, prefix);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String prefix() {
        return prefix;
    }

    /** The site's root URL, e.g. {@code http://127.0.0.1:41234/quartiersentwicklung/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + prefix);
    }

    /** A URL inside the site; {@code relative} is a path relative to the site root ("angebote/x/"). */
    public URI uri(String relative) {
        return baseUri().resolve(relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /** Every request so far, in the order they were answered. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    private synchronized void record(Request r) {
        requests.add(r);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            } else {
                serve(ex, method.equals("HEAD"));
            }
        } catch (RuntimeException | IOException e) {
            try {
                send(ex, 500, "text/plain; charset=utf-8", (e + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException ignored) {
                // the client has gone
            }
        } finally {
            ex.close();
        }
    }

    private int serve(HttpExchange ex, boolean head) throws IOException {
        String path = ex.getRequestURI().getPath(); // percent-decoded
        if (path == null) return notFound(ex, head);
        if (path.equals(prefix.substring(0, prefix.length() - 1)) && !prefix.equals("/")) return redirect(ex, prefix);
        if (!path.startsWith(prefix)) return notFound(ex, head);
        Path file = resolve(path.substring(prefix.length()));
        if (file == null) return notFound(ex, head);
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/") && !path.isEmpty()) return redirect(ex, ex.getRequestURI().getRawPath() + "/");
            file = file.resolve("index.html");
        }
        if (!isServable(file)) return notFound(ex, head);
        byte[] body = Files.readAllBytes(file);
        return send(ex, 200, contentType(file), head ? null : body);
    }

    /** The file for a decoded path below the prefix, or null if it would leave the directory. */
    private Path resolve(String relative) {
        if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) return null;
        for (String segment : relative.split("/", -1))
            if (segment.equals("..") || segment.equals(".")) return null;
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) ? p : null;
    }

    /** A regular file whose real location (after symbolic links) is still inside the directory. */
    private boolean isServable(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private int notFound(HttpExchange ex, boolean head) throws IOException {
        Path page = root.resolve("404.html");
        if (isServable(page)) {
            byte[] body = Files.readAllBytes(page);
            return send(ex, 404, TYPES.get("html"), head ? null : body);
        }
        byte[] body = "404 not found\n".getBytes(StandardCharsets.UTF_8);
        return send(ex, 404, "text/plain; charset=utf-8", head ? null : body);
    }

    private int redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        return send(ex, 301, "text/plain; charset=utf-8", null);
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** Records the request and answers it; body null: headers only (HEAD, redirects). */
    private int send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        String rawPath = ex.getRequestURI().getRawPath();
        record(new Request(ex.getRequestMethod(), rawPath == null ? "" : rawPath, status));
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (body == null || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }
}
