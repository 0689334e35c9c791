package de.quartier.serve;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.Preview;
import de.quartier.postprocess.LiveReload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server over real HTTP on a free port: pages, errors, reload events, and what it refuses. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewServerTest {
    private static final String OFFERING = "content/offerings/spielmobil.md";

    @TempDir
    Path site;
    private Preview preview;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        TestSites.copyBase(site);
        preview = new Preview(new BuildOptions(site, TestSites.TODAY, true, null));
        assertTrue(preview.refresh().ok());
        server = PreviewServer.start(preview, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesThePagesAsBuiltWithTheReloadScriptAtTheEnd() throws Exception {
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/quartiere/"), server.url());
        HttpResponse<String> page = get("/quartiere/angebote/spielmobil/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        // which site it is (for `quartier new`), as a fingerprint, not the folder's path
        assertEquals(de.quartier.serve.SiteFingerprint.fingerprint(site), page.headers().firstValue("X-Quartier-Site").orElseThrow());
        assertEquals(16, page.headers().firstValue("X-Quartier-Site").orElseThrow().length());
        assertEquals(page.headers().firstValue("X-Quartier-Site"), get("/nirgends/").headers().firstValue("X-Quartier-Site"), "on every answer");
        // the published site's policy, as deploy/'s nginx file sends it (the same tiles), so the preview blocks what it would block
        java.util.regex.Matcher shipped = java.util.regex.Pattern.compile("add_header Content-Security-Policy \"([^\"]*tile[^\"]*)\"")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("deploy/nginx/quartiersentwicklung.conf")));
        assertTrue(shipped.find());
        assertEquals(shipped.group(1), page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals(shipped.group(1), get("/nirgends/").headers().firstValue("Content-Security-Policy").orElseThrow(), "on every answer");
        // but the web editor's pages, which Decap runs with eval and the Git host (deploy/ gives admin/ its own policy)
        assertTrue(get("/quartiere/admin/").headers().firstValue("Content-Security-Policy").isEmpty());
        String built = new String(preview.file("angebote/spielmobil/index.html").orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(built, LiveReload.remove(page.body()), "only the preview's snippet is added");
        assertTrue(page.body().contains("<script src=\"/_quartier/live.js\""));
        assertTrue(page.body().indexOf("/_quartier/live.js") < page.body().lastIndexOf("</body>"));
        assertEquals(200, get("/_quartier/live.js").statusCode());

        HttpResponse<String> css = get("/quartiere/assets/" + preview.paths().stream().filter(p -> p.startsWith("assets/") && p.endsWith(".css"))
                .findFirst().orElseThrow().substring("assets/".length()));
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(css.body().contains("quartier-vorschau"), "only HTML pages get the script");
    }

    @Test
    void redirectsAndNotFound() throws Exception {
        assertEquals("/quartiere/", get("/").headers().firstValue("Location").orElseThrow());
        assertEquals("/quartiere/angebote/spielmobil/", get("/quartiere/angebote/spielmobil").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> missing = get("/quartiere/angebote/gibt-es-nicht/");
        assertEquals(404, missing.statusCode());
        assertEquals(LiveReload.remove(missing.body()), new String(preview.file("404.html").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(404, get("/anderswo/").statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(uri("/quartiere/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void neverServesAFileOutsideTheSite() throws Exception {
        Files.writeString(site.getParent().resolve("geheim.txt"), "geheim");
        for (String path : new String[]{"/quartiere/../../geheim.txt", "/quartiere/%2e%2e/%2e%2e/geheim.txt", "/quartiere/..%5c..%5cgeheim.txt"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertFalse(answer.contains("geheim\n") || answer.endsWith("geheim"), path + ": " + answer);
            assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), path + ": " + answer);
        }
    }

    @Test
    void whileTheSiteHasErrorsEveryPageShowsThemWithTheirPlace() throws Exception {
        edit(OFFERING, "quarters: [altstadt]", "quarters: [altstat]");
        HttpResponse<String> page = get("/quartiere/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"de\">"));
        assertTrue(page.body().contains("Die Website hat einen Fehler"), page.body());
        assertTrue(page.body().contains(OFFERING + ":4:12: error:"), page.body());
        assertTrue(page.body().contains("quarters: [altstat]\n"), "the source line");
        assertTrue(page.body().contains("   ^^^^^^^"), "a caret under the mistake");
        assertTrue(page.body().contains("hint: did you mean `altstadt`?"), page.body());
        assertTrue(page.body().contains("/_quartier/live.js"), "the error page reloads by itself too");
        // an error in a published record holds up publishing too: the page says so, not that drafts are left out
        assertTrue(page.body().contains("Solange dieser Fehler besteht, baut auch <code>quartier build</code> die Website nicht"), page.body());
        assertFalse(page.body().contains("lässt Entwürfe weg"), page.body());
        assertTrue(page.body().contains("<code>quartier check --drafts</code> dieselben Meldungen"), page.body());
        assertEquals(503, get("/quartiere/daten/angebote.json").statusCode());
        HttpResponse<String> noSlash = get("/quartiere/angebote");
        assertEquals(500, noSlash.statusCode(), "a page's address without its closing slash is a page: the errors");
        assertTrue(noSlash.body().contains(OFFERING + ":4:12: error:") && noSlash.body().contains("/_quartier/live.js"), noSlash.body());

        edit(OFFERING, "quarters: [altstat]", "quarters: [altstadt]");
        assertEquals(200, get("/quartiere/").statusCode());
    }

    /** A half-filled draft (quartier new's skeleton) holds up its own page only: the rest is shown, its errors in the notice. */
    @Test
    void aDraftWithErrorsIsLeftOutAndTheRestShown() throws Exception {
        String draft = "content/offerings/treff.md";
        showsTheRestWithout(draft, "---\ntitle: Treff\ndraft: true\nquarters: [altstat]\nschedule: We 15:00-17:00\ncontact_point: quartiersbuero-altstadt\n---\n");
        HttpResponse<String> home = get("/quartiere/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Ein Entwurf hat Fehler</strong> (er fehlt in der Vorschau"), home.body());
        assertTrue(home.body().contains(draft + ":4:12: error:"), home.body());
        HttpResponse<String> own = get("/quartiere/angebote/treff/");
        assertEquals(500, own.statusCode(), "its own address shows its errors (quartier new names it)");
        assertTrue(own.body().contains("Dieser Entwurf hat einen Fehler"), own.body());
        assertTrue(own.body().contains("hint: did you mean `altstadt`?"), own.body());
        assertFalse(own.body().contains("quartier-hinweise"), "its errors once, not again in the notice");
        // a draft's errors do not hold up publishing: its page says so
        assertTrue(own.body().contains("<code>quartier build</code> lässt Entwürfe weg"), own.body());
        assertFalse(own.body().contains("baut auch"), own.body());
        // a page whose bytes stay the same is told to reload once the notice changes
        String fingerprintWith = fingerprintOf(get("/quartiere/impressum/").body());
        // an error in a published record: the whole site waits for it, as before; the page says which errors hold up publishing
        edit(OFFERING, "quarters: [altstadt]", "quarters: [altstat]");
        assertFalse(preview.state().ok());
        HttpResponse<String> both = get("/quartiere/");
        assertEquals(500, both.statusCode());
        assertTrue(both.body().contains("Solange der Fehler außerhalb der Entwürfe besteht, baut auch <code>quartier build</code> die Website nicht"), both.body());
        assertTrue(both.body().contains("<code>quartier build</code> lässt Entwürfe weg"), both.body());
        edit(OFFERING, "quarters: [altstat]", "quarters: [altstadt]");
        // filled in: the draft's page is there
        edit(draft, "[altstat]", "[altstadt]");
        assertEquals(200, get("/quartiere/angebote/treff/").statusCode());
        assertFalse(get("/quartiere/").body().contains("Entwurf hat Fehler"));
        assertFalse(fingerprintWith.equals(fingerprintOf(get("/quartiere/impressum/").body())), "the notice went, so the tab reloads");
        // a draft named like a page the site makes itself (the finder's angebote/finden/) does not take its address: all errors shown
        Files.writeString(site.resolve("content/offerings/finden.md"), Files.readString(site.resolve(draft)).replace("[altstadt]", "[altstat]"));
        preview.refresh(Set.of("content/offerings/finden.md"));
        assertFalse(preview.state().ok());
        String all = get("/quartiere/").body();
        assertTrue(all.contains("<code>quartier build</code> lässt Entwürfe weg"), all);
    }

    @Test
    void aDraftWhoseYamlCannotBeReadYetOrAPageWithAShortNameIsLeftOutToo() throws Exception {
        // typing a quote that is not closed yet: the line `draft: true` still says what the file is
        String draft = "content/offerings/treff.md";
        showsTheRestWithout(draft, "---\ntitle: \"Treff\ndraft: true\n---\n");
        assertEquals(200, get("/quartiere/").statusCode());
        assertEquals(500, get("/quartiere/angebote/treff/").statusCode());
        Files.delete(site.resolve(draft));
        preview.refresh(Set.of(draft));
        // a page named with two or three letters that are no language of the site
        String page = "content/pages/faq.md";
        showsTheRestWithout(page, "---\ntitle: FAQ\ndraft: true\nupdated: 1.12.2026\n---\n");
        // an error in a published record as well: the list of errors says which are the draft's
        edit(OFFERING, "quarters: [altstadt]", "quarters: [altstat]");
        String errors = get("/quartiere/").body();
        assertTrue(errors.contains("<p class=\"kopf\"><strong>Entwurf:</strong> " + page + ":4:10: error:"), errors);
        assertTrue(errors.contains("<p class=\"kopf\">" + OFFERING + ":"), errors);
    }

    /**
     * Writes a draft with one error of its own: the preview shows the rest of the site without it
     * and names it in its summary.
     */
    private void showsTheRestWithout(String draft, String text) throws Exception {
        Files.writeString(site.resolve(draft), text);
        preview.refresh(Set.of(draft));
        assertTrue(preview.state().ok(), preview.state().summary());
        assertTrue(preview.state().summary().endsWith("not shown until fixed: 1 draft with 1 error, " + draft), preview.state().summary());
    }

    private static String fingerprintOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-hash=\"([^\"]+)\" defer").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void aTemplateThatFailsOnAPageShowsWhereOnThatPage() throws Exception {
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + "theme: bottrop\n");
        Path detail = site.resolve("themes/bottrop/templates/detail.peb");
        Files.createDirectories(detail.getParent());
        Files.writeString(detail, Files.readString(Path.of("themes/bottrop/templates/detail.peb")).replace("{{ detail.title }}", "{{ detail.titel }}"));
        preview.refresh(null);
        HttpResponse<String> page = get("/quartiere/angebote/spielmobil/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("themes/bottrop/templates/detail.peb:"), page.body());
        assertTrue(page.body().contains("detail.titel"), "the template's line");
        assertTrue(page.body().contains("Diese Seite hat einen Fehler"), page.body());
        assertEquals(200, get("/quartiere/").statusCode(), "pages the template does not make are shown");
    }

    @Test
    void warningsShowAsANoticeOnThePages() throws Exception {
        Files.createDirectories(site.resolve("content/offerings/alt"));
        Files.writeString(site.resolve("content/offerings/alt/notizen.txt"), "Ideen\n");
        preview.refresh(null);
        String page = get("/quartiere/").body();
        assertTrue(page.contains("<aside id=\"quartier-hinweise\" role=\"status\""), page);
        assertTrue(page.contains("content/offerings/alt/:1:1: warning: folders inside content/offerings/ are not read"), page);
        assertTrue(page.contains("<button type=\"button\">Schließen</button>"));
    }

    @Test
    void aTabIsToldToReloadOnlyWhenItsPageChanged() throws Exception {
        String offering = "/quartiere/angebote/spielmobil/";
        String imprint = "/quartiere/" + preview.paths().stream().filter(p -> p.endsWith("impressum/index.html")).findFirst().orElseThrow()
                .replace("index.html", "");
        try (Events onOffering = listen(offering, hashOf(offering)); Events onImprint = listen(imprint, hashOf(imprint))) {
            assertEquals("hello", onOffering.next());
            assertEquals("hello", onImprint.next());
            edit(OFFERING, "schedule: Fr 15:00-18:00", "schedule: Fr 15:00-19:00");
            server.changed();
            assertEquals("reload", onOffering.next(), "the offering's page changed");
            server.ping();
            assertEquals("ping", onImprint.next(), "the imprint did not change: no reload, only the keep-alive");
        }
        try (Events stale = listen(offering, "veraltet")) {
            assertEquals("hello", stale.next());
            assertEquals("reload", stale.next(), "a tab that loaded before the last change reloads at once");
        }
    }

    @Test
    void aTabThatLeftItsPageIsNotWorkedFor() throws Exception {
        String offering = "/quartiere/angebote/spielmobil/";
        try (Events gone = listen(offering, hashOf(offering), "t1"); Events stays = listen(offering, hashOf(offering), "t2")) {
            assertEquals("hello", gone.next());
            assertEquals("hello", stays.next());
            // what the page's script sends as the page goes (navigator.sendBeacon: a POST)
            assertEquals(204, http.send(HttpRequest.newBuilder(uri("/_quartier/left?tab=t1")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            edit(OFFERING, "schedule: Fr 15:00-18:00", "schedule: Fr 15:00-19:00");
            server.changed();
            assertEquals("reload", stays.next());
            assertEquals("ended", gone.next(), "the server closed the stream of the tab that left");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String hashOf(String path) throws Exception {
        String body = get(path).body();
        int at = body.indexOf("data-hash=\"") + "data-hash=\"".length();
        return body.substring(at, body.indexOf('"', at));
    }

    private void edit(String rel, String from, String to) throws IOException {
        Path file = site.resolve(rel);
        String text = Files.readString(file);
        assertTrue(text.contains(from));
        Files.writeString(file, text.replace(from, to));
        preview.refresh(Set.of(rel));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One tab's event stream, read by hand: each next() is the name of the next event ("ping" for a keep-alive comment). */
    private Events listen(String page, String hash) throws IOException {
        return listen(page, hash, "");
    }

    private Events listen(String page, String hash, String tab) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /_quartier/events?page=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8) + "&hash=" + hash + "&tab=" + tab
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return new Events(s);
    }

    private static final class Events implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;

        Events(Socket socket) throws IOException {
            this.socket = socket;
            InputStream raw = socket.getInputStream();
            this.in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                if (line.startsWith("HTTP/")) assertTrue(line.contains(" 200 "), line);
            }
        }

        /** The next event's name, "ping" for a keep-alive comment, "ended" for the last (empty) chunk of the stream. */
        String next() throws IOException {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("0")) return "ended";
                if (line.startsWith("event: ")) return line.substring("event: ".length());
                if (line.startsWith(": ")) return "ping";
            }
            throw new IOException("the stream ended");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
