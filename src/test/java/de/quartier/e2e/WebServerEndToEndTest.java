package de.quartier.e2e;

import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example site as it is published: built with --gzip into a release folder behind a "current"
 * symlink and served by a real web server with the shipped configuration from deploy/ (only its
 * port, folder and tile host substituted): Debian's nginx ({@link NginxEndToEndTest}) and Apache
 * httpd with the .htaccess ({@link ApacheEndToEndTest}). Headers, types, caching, the 404 page at
 * any depth, precompressed files, and every kind of page in headless Chromium without one
 * violation of the Content-Security-Policy, also with the map loaded from a local stand-in tile host.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebServerEndToEndTest {
    Path temp;
    Process server;
    TileHost tiles;
    String base;
    Path release;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Starts the server on 127.0.0.1:port serving {@code www/current/} under /quartiersentwicklung/,
     * with the tile host allowed for images; returns it once it accepts connections.
     */
    abstract Process start(Path www, int port, String tileHost, Path dir) throws Exception;

    /** Whether the server sends the site's address without its slash to the address with it. */
    abstract boolean redirectsTheBareAddress();

    @BeforeAll
    void publishAndServe(@TempDir Path dir) throws Exception {
        temp = dir;
        tiles = TileHost.start();
        Path site = tiles.copyExampleSite(temp.resolve("site"));
        Path www = temp.resolve("www");
        release = www.resolve("releases/1");
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--out", release.toString(), "--today", "2026-11-21",
                "--base-url", "http://127.0.0.1/quartiersentwicklung/", "--gzip"));
        Files.createSymbolicLink(www.resolve("current"), Path.of("releases/1"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path logs = temp.resolve("server");
        Files.createDirectories(logs);
        server = start(www, port, tiles.origin(), logs);
        base = "http://127.0.0.1:" + port + "/quartiersentwicklung/";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    StringBuilder log = new StringBuilder();
                    try (Stream<Path> files = Files.list(logs)) {
                        for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) log.append(Files.readString(f));
                    }
                    throw new IllegalStateException("the web server did not start: " + log);
                }
                Thread.sleep(50);
            }
        }
    }

    static String replaceOnce(String config, String text, String what, String with) {
        assertTrue(text.contains(what), config + " has `" + what + "`");
        return text.replace(what, with);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) stopServer(server);
        if (tiles != null) tiles.close();
    }

    void stopServer(Process p) throws Exception {
        p.destroy();
        p.waitFor();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        String csp = header(r, "Content-Security-Policy");
        String where = r.uri().getPath();
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), where + ": " + csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), where);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), where);
        assertTrue(header(r, "Permissions-Policy").contains("geolocation=(self)"), where);
    }

    private String onePath(String folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(release.resolve(folder))) {
            return release.relativize(s.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst().orElseThrow()).toString();
        }
    }

    /** A record's page in the folder (folder/slug/), not the listing or one of its pages. */
    private String recordPage(String folder) throws IOException {
        try (Stream<Path> s = Files.list(release.resolve(folder))) {
            return s.filter(p -> Files.exists(p.resolve("index.html")) && !p.getFileName().toString().equals("seite")
                    && !p.getFileName().toString().equals("finden")).map(p -> folder + "/" + p.getFileName() + "/").sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void headersTypesAndCachingOnPagesAssetsAndCalendars() throws Exception {
        HttpResponse<byte[]> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(header(home, "Content-Type").startsWith("text/html"), header(home, "Content-Type"));
        assertEquals("no-cache", header(home, "Cache-Control"), "pages are checked again on every visit");
        assertSecurityHeaders(home);

        String css;
        try (Stream<String> names = Files.list(release.resolve("assets")).map(p -> "assets/" + p.getFileName())) {
            css = names.filter(n -> n.startsWith("assets/style.") && n.endsWith(".css")).sorted().findFirst().orElseThrow();   // not its .gz
        }
        assertTrue(css.matches("assets/style\\.[0-9a-f]{10}\\.css"), css);
        HttpResponse<byte[]> style = get(css);
        assertEquals(200, style.statusCode());
        assertTrue(header(style, "Content-Type").startsWith("text/css"));
        assertEquals("public, max-age=31536000, immutable", header(style, "Cache-Control"), "a name with a hash is kept a year");
        assertSecurityHeaders(style);

        String ics = onePath("angebote", ".ics");
        HttpResponse<byte[]> calendar = get(ics);
        assertEquals(200, calendar.statusCode());
        assertTrue(header(calendar, "Content-Type").startsWith("text/calendar"), header(calendar, "Content-Type"));
        assertEquals("no-cache", header(calendar, "Cache-Control"));
        assertSecurityHeaders(calendar);

        assertTrue(header(get(onePath("anlaufstellen", ".vcf")), "Content-Type").startsWith("text/vcard"));
        assertTrue(header(get(onePath("daten", ".geojson")), "Content-Type").startsWith("application/geo+json"));
    }

    @Test
    void missingPathsGetTheSitesOwnNotFoundPageAtAnyDepth() throws Exception {
        String notFound = Files.readString(release.resolve("404.html"));
        for (String path : List.of("gibt-es-nicht", "angebote/gibt-es-nicht/", "a/b/c/d/e.html")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(notFound, new String(r.body(), StandardCharsets.UTF_8), path);
            assertSecurityHeaders(r);
        }
        // below a language's folder, the 404 page in that language
        for (String lang : List.of("tr", "ar")) {
            HttpResponse<byte[]> r = get(lang + "/anlaufstellen/gibt-es-nicht/");
            assertEquals(404, r.statusCode(), lang);
            assertEquals(Files.readString(release.resolve(lang + "/404.html")), new String(r.body(), StandardCharsets.UTF_8), lang);
        }
        HttpResponse<byte[]> folder = get("angebote");
        assertEquals(301, folder.statusCode());
        assertTrue(header(folder, "Location").endsWith("/quartiersentwicklung/angebote/"), "a folder's slash: " + header(folder, "Location"));
        if (!redirectsTheBareAddress()) return;
        HttpResponse<byte[]> root = http.send(HttpRequest.newBuilder(URI.create(base.substring(0, base.length() - 1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(301, root.statusCode());
        assertEquals("/quartiersentwicklung/", header(root, "Location"), "the site's address without its slash");
    }

    @Test
    void precompressedCopiesAreSentToBrowsersThatTakeThem() throws Exception {
        assertTrue(Files.exists(release.resolve("index.html.gz")), "--gzip wrote the copy");
        HttpResponse<byte[]> gz = get("", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertTrue(header(gz, "Vary").contains("Accept-Encoding"), "caches keep the two forms apart");
        assertEquals(Files.readString(release.resolve("index.html")),
                new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> plain = get("");
        assertEquals("", header(plain, "Content-Encoding"), "others get the page as it is");
        // compressed or not, text says its charset: a client that asks for gzip read the CSV's umlauts as Latin-1
        String csv = onePath("daten", ".csv");
        assertTrue(Files.exists(release.resolve(csv + ".gz")), csv);
        HttpResponse<byte[]> zipped = get(csv, "Accept-Encoding", "gzip");
        assertEquals("gzip", header(zipped, "Content-Encoding"), csv);
        assertEquals(header(get(csv), "Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT),
                header(zipped, "Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertTrue(header(zipped, "Content-Type").toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"), header(zipped, "Content-Type"));
    }

    @Test
    void dotFilesAreNotServedAndFilesWithoutAnExtensionAreText() throws Exception {
        // copied into the web root by mistake: a repository's or a tool's files
        Files.createDirectories(release.resolve(".git"));
        Files.writeString(release.resolve(".git/config"), "[remote]");
        Files.writeString(release.resolve(".env"), "SECRET=1");
        try {
            for (String path : List.of(".git/config", ".env", "angebote/.env")) assertEquals(404, get(path).statusCode(), path);
        } finally {
            Files.delete(release.resolve(".git/config"));
            Files.delete(release.resolve(".git"));
            Files.delete(release.resolve(".env"));
        }
        // the map library's licence: shown, not downloaded as an unknown file (nosniff)
        HttpResponse<byte[]> licence = get("assets/vendor/leaflet/LICENSE");
        assertEquals(200, licence.statusCode());
        assertTrue(header(licence, "Content-Type").startsWith("text/plain"), header(licence, "Content-Type"));
        // what content/media/ may publish gets its own type, not application/octet-stream
        Files.createDirectories(release.resolve("media"));
        java.util.Map<String, String> types = java.util.Map.of("probe.avif", "image/avif", "probe.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "probe.odt", "application/vnd.oasis.opendocument.text",
                "probe.mp3", "audio/mpeg", "probe.mp4", "video/mp4", "probe.webm", "video/webm");
        try {
            for (var t : types.entrySet()) {
                Files.write(release.resolve("media/" + t.getKey()), new byte[]{1, 2, 3});
                assertEquals(t.getValue(), header(get("media/" + t.getKey()), "Content-Type").split(";")[0].strip(), t.getKey());
            }
        } finally {
            for (String name : types.keySet()) Files.deleteIfExists(release.resolve("media/" + name));
        }
    }

    @Test
    void everyKindOfPageMeetsTheContentSecurityPolicyAlsoWithTheMap() throws Exception {
        List<String> pages = List.of("", "anlaufstellen/", recordPage("anlaufstellen"),
                "angebote/", recordPage("angebote"), onePath("angebote/finden", "index.html").replace("index.html", ""),
                "quartiere/", recordPage("quartiere"), "aktuelles/", "suche/?q=Beratung",
                "daten/", "impressum/", "traeger/", "gibt-es-nicht/");
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            // the check itself: a page with an inline style and script is caught
            Files.writeString(release.resolve("csp-probe.html"),
                    "<!doctype html><title>x</title><link rel=\"icon\" href=\"assets/favicon.svg\">"
                            + "<p style=\"color:red\">x</p><script>document.title='y'</script>");
            d.get(base + "csp-probe.html");
            Thread.sleep(300);
            List<String> probe = browser.consoleErrors();
            assertTrue(probe.stream().anyMatch(m -> m.contains("Content Security Policy")), "violations show in the console: " + probe);
            Files.delete(release.resolve("csp-probe.html"));

            for (String page : pages) {
                d.get(base + page);
                new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) x).executeScript("return document.readyState")));
                Thread.sleep(300);   // scripts that run after load (search, finder, hours)
                List<String> errors = browser.consoleErrors();
                assertEquals(List.of(), errors.stream().filter(m -> !page.equals("gibt-es-nicht/") || !m.contains("404")).toList(),
                        "/" + page + ": no console error, no CSP violation");
            }

            d.get(base);
            d.findElement(By.cssSelector(".map-consent")).click();
            tiles.awaitLoadedMap(d);
            // an office's page has one marker, outside any cluster; the consent is remembered
            d.get(base + recordPage("anlaufstellen"));
            new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> "loaded".equals(
                    x.findElement(By.cssSelector("div.map")).getAttribute("data-map-state")));
            assertFalse(d.findElements(By.cssSelector(".leaflet-marker-icon .map-symbol[class*='kc-']")).isEmpty(),
                    "the marker coloured by its class");
            Thread.sleep(500);
            assertEquals(List.of(), browser.consoleErrors(), "the map with tiles from the tile host meets the policy");
        }
    }

    @Test
    void theWebEditorHasItsOwnPolicyAndLoadsWithoutAViolation() throws Exception {
        // the example site has `editor:` (GitLab): admin/ is Decap CMS
        HttpResponse<Void> admin = http.send(HttpRequest.newBuilder(URI.create(base + "admin/")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, admin.statusCode());
        String csp = admin.headers().firstValue("Content-Security-Policy").orElse("");
        org.junit.jupiter.api.Assertions.assertTrue(csp.contains("style-src 'self' 'unsafe-inline'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("noindex, nofollow", admin.headers().firstValue("X-Robots-Tag").orElse(""));
        HttpResponse<Void> config = http.send(HttpRequest.newBuilder(URI.create(base + "admin/config.yml")).build(), HttpResponse.BodyHandlers.discarding());
        org.junit.jupiter.api.Assertions.assertTrue(config.headers().firstValue("Content-Type").orElse("").startsWith("text/yaml"));
        try (BrowserSupport browser = BrowserSupport.start()) {
            org.openqa.selenium.WebDriver d = browser.driver();
            d.get(base + "admin/");
            // the GitLab backend's login page: nothing is asked of the Git host before the login
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(60))
                    .until(x -> !x.findElements(org.openqa.selenium.By.xpath("//button[contains(., 'GitLab')]")).isEmpty());
            Thread.sleep(500);
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no CSP violation, no error");
        }
    }

}
