package de.quartier.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end-to-end tools catch what they are meant to catch (no browser needed here). */
class E2eToolsTest {
    @TempDir
    Path temp;

    private static final String PAGE = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>";

    private Path site() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("secret.txt"), "outside");
        Files.writeString(site.resolve("index.html"), PAGE.formatted("Start", """
                <a href="a/">ok</a> <a href="a">ok, redirected</a> <a href="a/#x">ok with fragment</a>
                <a href="fehlt/">missing</a> <a href="/impressum/">root-absolute, out of the prefix</a>
                <a href="http://127.0.0.1/p/style.css">absolute to the public base URL</a>
                <a href="https://example.org/">external</a> <a href="mailto:a@example.org">mail</a>
                <img src="bild.png" alt="missing image">"""));
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), PAGE.formatted("A", "<link rel=\"stylesheet\" href=\"../style.css\"><a href=\"../../\">up and out</a>"));
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(site.resolve("data.geojson"), "{}");
        Files.writeString(site.resolve("404.html"), PAGE.formatted("Nicht gefunden", "<p>Diese Seite gibt es nicht.</p>"));
        try {
            Files.createSymbolicLink(site.resolve("link.txt"), temp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links here: that part is not checked
        }
        return site;
    }

    private static HttpResponse<String> get(SiteServer server, String rawPath) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serverServesTheFolderBelowThePrefixAndNothingElse() throws Exception {
        try (SiteServer server = SiteServer.start(site(), "/p/")) {
            HttpResponse<String> r = get(server, "/p/");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<title>Start</title>"));
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(get(server, "/p/a/").body().contains("<title>A</title>"));
            r = get(server, "/p/a");
            assertEquals(301, r.statusCode());
            assertEquals("/p/a/", r.headers().firstValue("Location").orElseThrow());
            assertEquals("text/css; charset=utf-8", get(server, "/p/style.css").headers().firstValue("Content-Type").orElseThrow());
            assertEquals("application/geo+json; charset=utf-8", get(server, "/p/data.geojson").headers().firstValue("Content-Type").orElseThrow());
            r = get(server, "/p/fehlt/");
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("Diese Seite gibt es nicht."), "404 answers with the site's 404.html");
            for (String out : List.of("/", "/index.html", "/p/../secret.txt", "/p/%2e%2e/secret.txt", "/p/..%2fsecret.txt", "/p/link.txt"))
                assertEquals(404, get(server, out).statusCode(), out);
            assertEquals(List.of("/p/", "/p/a/", "/p/a", "/p/style.css"),
                    server.requests().subList(0, 4).stream().map(SiteServer.Request::path).toList());
            assertEquals(301, server.requests().get(2).status());
        }
    }

    @Test
    void crawlerReportsMissingTargetsAndLinksOutOfThePrefix() throws Exception {
        try (SiteServer server = SiteServer.start(site(), "/p/")) {
            SiteCrawler.Result result = new SiteCrawler(server, URI.create("http://127.0.0.1/p/")).crawl();
            List<String> problems = result.problems().stream().map(p -> p.target() + ": " + p.reason()).sorted().toList();
            assertEquals(List.of(
                    "/: leads out of /p/ on the same host",
                    "/impressum/: leads out of /p/ on the same host",
                    "/p/bild.png: HTTP 404",
                    "/p/fehlt/: HTTP 404"), problems, result.problems().toString());
            assertEquals(java.util.Set.of("/p/", "/p/a/"), result.pages());
            assertEquals(java.util.Set.of("/p/style.css"), result.resources());
            assertEquals(java.util.Set.of("https://example.org/"), result.external());
        }
    }

    @Test
    void htmlValidationReportsErrorsButNotWarnings() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("html"));
        Files.writeString(dir.resolve("gut.html"), PAGE.formatted("Gut", "<main><h1>Gut</h1><p>Text</p></main>"));
        // a section without heading is a warning only
        Files.writeString(dir.resolve("warnung.html"), PAGE.formatted("Warnung", "<section><p>Text</p></section>"));
        Files.writeString(dir.resolve("schlecht.html"), PAGE.formatted("Schlecht", "<p id=\"x\">a</p><p id=\"x\">b</p><ul><p>c</p></ul>"));
        List<HtmlValidation.HtmlError> errors = new HtmlValidation().validateDirectory(dir);
        assertEquals(List.of("schlecht.html"), errors.stream().map(HtmlValidation.HtmlError::file).distinct().toList(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("Duplicate ID")), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.line() == 1), errors.toString());
    }
}
